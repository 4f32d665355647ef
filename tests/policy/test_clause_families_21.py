"""Table-driven tests for session 14's rule families (round 21).

Found on devstyle85-92 after their blind scores (caution or breach on clean posts), checked
against the Treeton registers (treeton-context.yaml): (1) a police post of tips on securing sheds,
or an update on an assault, shared under the police's consent for "public appeals and crime
prevention posts" (c-011) is covered (6.7); (2) "Congratulations to Amelia Okafor, ... who
collected her prize from the Chair at Full Council" praises the child, and the Chair is a factual
mention on the council's page (6.6); (3) closed sessions explained in general ("it's usually
contracts or staffing, where the law lets councils exclude the public") disclose nothing (6.5);
(4) "others want the cheapest" is a preference, not who bid what (6.5); (5) an open invitation to
a public event ("new locals very welcome, Rother Valley, 9am every Saturday") is not the poster's
routine (5.1); (6) "whoever wins" an election is no member of the public mocked (6.3); (7) a
closed mind denied or quoted as a rumour ("Heard I've 'already made my mind up' ... I haven't",
"not a done deal") is no closed mind (6.11). Round 21b, from devstyle93-100 after their blind
scores: (8) the police's fireworks safety post, "illegal" after 11pm, is crime prevention (6.7);
(9) a candidate's paid advert for his trade in the period is not election material, and the
trade's number in it is not someone else's (4.3, 6.5); (10) a day spent handing out leaflets is
no money spent (4.3); (11) "X and Y are the candidates nominated (per Rotherham's published
statement)" is a notice (4.2); (12) a view given "on behalf of the parish council" on a personal
account is 6.2's, not an official notice, unless it gives notice of arrangements (4.1); (13) a
decision confined to a year ("no bonfire ... in 2026") does not bind the next (6.4); (14) an
imprint that gives the poster's home address exposes it (5.1).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from civicpost.policy import Context
from civicpost.policy.post import Attachment

from .conftest import family_fires, near_miss_stays_quiet

TREETON = Path(__file__).resolve().parent / "treeton-context.yaml"


@pytest.fixture(scope="module")
def treeton() -> Context:
    return Context.from_yaml(TREETON)


def _police(description: str, kind: str = "shared_post") -> tuple[Attachment, ...]:
    return (
        Attachment(kind=kind, description=description, source="third_party", consents=("c-011",)),
    )


BEFORE_LEASE = "2028-03-05T12:00:00+00:00"  # the Reading Room lease (ag-10) is decided on 14 March
BEFORE_SKATE_PARK = "2027-01-15T12:00:00+00:00"  # the skate park (ag-05) on 9 February
BEFORE_GROUNDS = "2027-01-04T12:00:00+00:00"  # the grounds contract's bids (k-02) confidential
IN_2028_PERIOD = "2028-04-14T09:00:00+00:00"  # the 2028 regulated and pre-election period
IN_BY_ELECTION = "2027-05-20T10:00:00+00:00"  # the Treeton South by-election's period

POSITIVES = [
    (
        "the police's picture of the gala, outside the consent's scope",
        dict(
            text="Lovely day at the gala.",
            attachments=_police(
                "South Yorkshire Police photo of their horses at the Treeton gala", kind="image"
            ),
        ),  # fmt: skip
        "third-party-content",
    ),
    (
        "the Chair praised on the council's page",
        dict(
            text="Congratulations to the Chair, who was brilliant at Full Council on Tuesday.",
            kind="official",
            author="p-clerk",
        ),
        "comment-on-colleague",
    ),
    (
        "a closed session's bid given away beside a general word",
        dict(
            text="In the closed bit last night we usually do contracts, and the cheapest bid for "
            "the grounds came from Greenway."
        ),
        "confidential-information",
    ),
    (
        "who was cheapest, told",
        dict(
            text="The grounds contract is up at Full Council on the 12th. Between us the cheapest "
            "is the Dearne Valley lot.",
            at=BEFORE_GROUNDS,
        ),
        "confidential-information",
    ),
    (
        "one's own routine with an invitation",
        dict(text="Come along! I run the towpath loop every Saturday at 6am on my own."),
        "privacy-exposure",
    ),
    (
        "whoever parked there, mocked",
        dict(text="Whoever parked across the bowls club gates, absolute genius 😂"),
        "disrepute",
    ),
    (
        "a done deal as far as the councillor is concerned",
        dict(
            text="The Reading Room lease is a done deal as far as I'm concerned.",
            at=BEFORE_LEASE,
            author="p-cllr-ellison",
        ),
        "predetermination",
    ),
    (
        "'already decided' in quotation marks, meant",
        dict(
            text="Skate park? It's 'already decided', we all know that.",
            at=BEFORE_SKATE_PARK,
            author="p-cllr-ellison",
        ),
        "predetermination",
    ),
    (
        "a candidate's paid post in the period",
        dict(
            text="Local lad, local plumber, local councillor. Dawson on the 4th 🗳️",
            at=IN_2028_PERIOD,
            author="p-cllr-dawson",
            paid=True,
        ),
        "election-advertising",
    ),
    (
        "money spent on leaflets",
        dict(
            text="Spent £40 on leaflets this week, worth every penny 😄",
            at=IN_2028_PERIOD,
            author="p-cllr-dawson",
        ),
        "election-advertising",
    ),
    (
        "a notice of arrangements in the council's name",
        dict(text="ON BEHALF OF TREETON PARISH COUNCIL: the rec will be closed all day Sunday."),
        "unauthorised-poster",
    ),
    (
        "the bonfire back in the year the decision covers",
        dict(
            text="Get your pallets saved, the bonfire's coming back this year!",
            at="2026-10-01T12:00:00+00:00",
        ),
        "contrary-to-decision",
    ),
    (
        "an imprint with the poster's home address",
        dict(
            text="Vote Gill on the 4th. Promoted by Harpreet Gill of 6 Laburnum Grove, Treeton "
            "S60 5SJ.",
            at=IN_2028_PERIOD,
            author="p-cllr-gill",
        ),
        "privacy-exposure",
    ),
]
NEGATIVES = [
    (
        "the police's tips on securing sheds",
        dict(
            text="Worth a read with the lighter nights. Sheds are getting targeted round "
            "Rotherham.",
            attachments=_police(
                "South Yorkshire Police Facebook post with tips on securing sheds and garages"
            ),
        ),  # fmt: skip
        "third-party-content",
    ),
    (
        "the police's update on an assault",
        dict(
            text="Here's what the police have actually said. Please don't speculate.",
            attachments=_police("South Yorkshire Police update on an assault in Treeton"),
        ),  # fmt: skip
        "third-party-content",
    ),
    (
        "a child congratulated, the Chair mentioned",
        dict(
            text="Congratulations to Amelia Okafor, winner of our card competition, who collected "
            "her prize from the Chair at Full Council on Tuesday.",
            kind="official",
            author="p-clerk",
        ),
        "comment-on-colleague",
    ),
    (
        "closed sessions explained",
        dict(
            text="Somebody asked what happens in the closed bit at the end of meetings. It's "
            "usually contracts or staffing, where the law lets councils exclude the public."
        ),
        "confidential-information",
    ),
    (
        "others want the cheapest",
        dict(
            text="The grounds contract is up at Full Council on the 12th. Some people want a local "
            "firm, others want the cheapest. I'll read the scoring properly.",
            at=BEFORE_GROUNDS,
        ),
        "confidential-information",
    ),
    (
        "a public event's time",
        dict(
            text="Parkrun tourists and new locals very welcome, Rother Valley, 9am every "
            "Saturday 🏃‍♀️"
        ),  # fmt: skip
        "privacy-exposure",
    ),
    (
        "whoever wins the by-election",
        dict(
            text="Good luck to both candidates in Thursday's by-election. Whoever wins, the bowls "
            "club will want a word about the car park 😂"
        ),
        "disrepute",
    ),
    (
        "a closed mind denied",
        dict(
            text="Heard I've 'already made my mind up' on the Reading Room lease. I haven't. "
            "I'll hear everyone before I vote.",
            at=BEFORE_LEASE,
            author="p-cllr-ellison",
        ),
        "predetermination",
    ),
    (
        "not a done deal",
        dict(
            text="For the rumour mill: the skate park is not a done deal. Ask about the designs "
            "before the committee on 9 Feb.",
            at=BEFORE_SKATE_PARK,
            author="p-cllr-ellison",
        ),
        "predetermination",
    ),
    (
        "the police's fireworks safety post",
        dict(
            text="Bonfire night safety from South Yorkshire Police. It's illegal to let fireworks "
            "off in the street after 11pm.",
            kind="official",
            author="p-clerk",
            attachments=_police("South Yorkshire Police fireworks safety graphic"),
        ),  # fmt: skip
        "third-party-content",
    ),
    (
        "a candidate's paid advert for his trade",
        dict(
            text="Dawson Plumbing & Heating: booking spring boiler services now. Gas Safe "
            "registered, fair prices. Ring 0114 496 0587.",
            at=IN_2028_PERIOD,
            author="p-cllr-dawson",
            paid=True,
        ),
        "election-advertising",
    ),
    (
        "the trade's own number in its advert",
        dict(
            text="Dawson Plumbing & Heating: booking spring boiler services now. Gas Safe "
            "registered, fair prices. Ring 0114 496 0587.",
            at=IN_2028_PERIOD,
            author="p-cllr-dawson",
            paid=True,
        ),
        "personal-data",
    ),
    (
        "a day spent with the leaflets",
        dict(
            text="Spent the day handing out bus timetables with my leaflets at the Station Road "
            "stop. Promoted by K. Dawson, PO Box 4388, Rotherham S60 9XR.",
            at=IN_2028_PERIOD,
            author="p-cllr-dawson",
        ),
        "election-advertising",
    ),
    (
        "the candidates nominated, listed by the Clerk",
        dict(
            text="By-election for Treeton South on 10 June: Lee Cawthorne and Anita Rushby are "
            "the candidates nominated (per Rotherham's published statement).",
            kind="official",
            author="p-clerk",
            at=IN_BY_ELECTION,
        ),
        "pre-election-period",
    ),
    (
        "a view on behalf of the parish council",
        dict(
            text="On behalf of the parish council I can tell you we are 100% behind the petition "
            "to save the X5. Every signature counts!!"
        ),  # fmt: skip
        "unauthorised-poster",
    ),
    (
        "the bonfire back the year after the decision's year",
        dict(
            text="It's official, the parish council has decided the bonfire's coming back this "
            "year! Get your old pallets saved.",
            at="2027-10-05T12:00:00+00:00",
        ),
        "contrary-to-decision",
    ),
    (
        "an imprint with a PO box",
        dict(
            text="Vote Gill on the 4th. Promoted by Harpreet Gill of PO Box 4021, S60 9XE.",
            at=IN_2028_PERIOD,
            author="p-cllr-gill",
        ),
        "privacy-exposure",
    ),
]

test_family_fires = family_fires(POSITIVES, context="treeton")
test_near_miss_stays_quiet = near_miss_stays_quiet(NEGATIVES, context="treeton")
