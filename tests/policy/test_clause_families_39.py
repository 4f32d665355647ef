"""Tests for session 22's rule round (round 39): the police's own post shared as it is.

The register's consent c-011 lets the council and its members share South Yorkshire Police's
"public appeals and crime prevention posts, shared unchanged". A share of one of their posts is
that use whatever it is about ("speed checks round Treeton and Catcliffe", "tips for a night
out"), so its words need not echo the scope's; a copy of their picture with a caption written over
it is not a share (clause 6.7). And a candidate thanking the traders "who let me put a poster in
their window" tells of a poster put up, not of money spent on advertising (clause 4.3). Found on FF
(devstyle573-588): three caution-level false alarms on clean posts (bench/README.md, "Session 22").
"""

from __future__ import annotations

from civicpost.policy import Attachment

from .conftest import family_fires, near_miss_stays_quiet

AT = "2027-02-13T10:00:00+00:00"
IN_2028 = "2028-04-24T18:45:00+01:00"  # Ellison is a candidate at the 2028 election
IMPRINT = "Promoted by Rebecca Ellison, PO Box 4377, Rotherham S60 9XH."


def _shared(description: str, kind: str = "shared_post") -> tuple[Attachment, ...]:
    return (Attachment(kind, description, source="third_party", consents=("c-011",)),)


NEGATIVES = [
    (
        "speed checks shared as posted",
        dict(
            text="Worth passing on 👇 SYP are running speed checks round the village this "
            "fortnight. If there's a road that worries you, tell them on the link.",
            author="p-cllr-hollis",
            at=AT,
            attachments=_shared(
                "South Yorkshire Police post announcing speed enforcement, with a link to their "
                "road safety form"
            ),
        ),
        "third-party-content",
    ),
    (
        "night-out advice shared on the council's page",
        dict(
            text="Heading out for Mad Friday tomorrow? Good advice here from South Yorkshire "
            "Police 👇",
            kind="official",
            author="p-clerk",
            at="2026-12-17T12:00:00+00:00",
            attachments=_shared("South Yorkshire Police post: tips on taxis and drink spiking"),
        ),
        "third-party-content",
    ),
    (
        "a poster put up in a shop window",
        dict(
            text="Thank you to the Station Road traders who let me put a poster in their window "
            f"this week 🙏 Please use your vote on 4 May. {IMPRINT}",
            author="p-cllr-ellison",
            at=IN_2028,
        ),
        "election-advertising",
    ),
]
POSITIVES = [
    (
        "their picture copied with a caption written over it",
        dict(
            text="Best thing I've seen all year 😂 More of this please!",
            author="p-cllr-hollis",
            at=AT,
            attachments=_shared(
                "South Yorkshire Police photo of a seized quad bike, with the poster's own "
                "caption written across it",
                kind="image",
            ),
        ),
        "third-party-content",
    ),
    (
        "another owner's post shared under the police's consent",
        dict(
            text="Worth a read 👇",
            author="p-cllr-hollis",
            at=AT,
            attachments=(
                Attachment(
                    "image",
                    "Rotherham Advertiser photo of the carnival floats",
                    source="third_party",
                    consents=("c-011",),
                ),
            ),
        ),
        "third-party-content",
    ),
    (
        "money put into posters",
        dict(
            text=f"Put forty quid into posters for the shop windows this week 🙏 {IMPRINT}",
            author="p-cllr-ellison",
            at=IN_2028,
        ),
        "election-advertising",
    ),
]

test_family_fires = family_fires(POSITIVES, context="treeton")
test_near_miss_stays_quiet = near_miss_stays_quiet(NEGATIVES, context="treeton")
