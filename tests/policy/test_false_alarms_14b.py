"""Table-driven tests for session 7's false-alarm fixes, found on the blind sets untouched61-64 and
the dev-style sets (clean posts raised at caution or breach):

(1) a police consent for "public appeals and crime prevention posts, shared unchanged" now
covers "please share" (the stem of "shared" and "share" agree) and a warning about cars "nicked"
or "break-ins" (crime words are one concept); (2) "the rec" is the recreation ground in an
approval's scope; (3) a figure can only misstate a decision that sets one ("the tombola raised
£212 for the lantern parade"); (4) a party named as a candidate's ballot description in a list
of candidates or a result is not the council taking a side; (5) "whoever you vote for" addresses
every voter, not a member of the public to mock; (6) an emoji followed by a capital ends a
sentence, so the thanks before it is not about the councillor named after it; (7) lost keys to
"drop them round to" an address bind it to the poster; (8) a candidate's paid advert for their
trade before the regulated period is not election material; (9) the council saying it backs no
candidate is neutrality, not a view; (10) the Chair named in a plain sentence on the council's
page is a factual mention. Every case is written for the Ashby Green test registers
(tests/policy/context.yaml), with a police consent, an approval for the warden's upkeep of the
recreation ground and a lantern-parade decision added here.
"""

from __future__ import annotations

import pytest

from civicpost.policy import Context
from civicpost.policy.post import Attachment

from .conftest import family_fires, near_miss_stays_quiet, registers_with

OFFICIAL = dict(kind="official", author="p-clerk")


@pytest.fixture(scope="module")
def ctx14() -> Context:
    return registers_with(
        consents=[
            {
                "id": "c-9",
                "kind": "third_party_content",
                "subject": "Borough Police",
                "minor": False,
                "scope": ["public appeals and crime prevention posts, shared unchanged"],
                "channels": ["official", "personal"],
                "given": "2025-01-01",
            }
        ],
        comment_approvals=[
            {
                "id": "ap-3",
                "person": "p-warden",
                "scope": "thanks for upkeep of the recreation ground",
                "channels": ["official"],
                "from": "2027-01-01",
                "until": "2027-12-31",
            }
        ],
        decisions=[
            {
                "id": "d-2",
                "date": "2026-07-14",
                "minute": "26/050",
                "resolution": "RESOLVED that no fireworks display be held and that a lantern "
                "parade be held instead.",
                "keywords": ["fireworks", "lantern parade"],
            }
        ],
    )


def _police(description: str) -> tuple[Attachment]:
    return (
        Attachment(
            "image", description, source="third_party", consents=("c-9",), credit="Borough Police"
        ),
    )


NEGATIVES = [
    (
        "a police warning shared: cars nicked",
        dict(
            text="Please read this from the police 👇 Cars are being nicked off driveways while "
            "they're left running to defrost.",
            attachments=_police("Borough Police graphic: frosty mornings"),
        ),
        "third-party-content",
    ),
    (
        "a police warning shared: please share",
        dict(
            text="Please share 🙏 The police are warning residents about cold callers asking to "
            "check your water pressure.",
            attachments=_police("Borough Police 'Cold callers' graphic"),
        ),
        "third-party-content",
    ),
    (
        "a police appeal shared on the page: break-ins",
        dict(
            text="From the police: check your sheds after several break-ins this week.",
            attachments=_police("Borough Police post about sheds"),
            **OFFICIAL,
        ),
        "third-party-content",
    ),
    (
        "the warden thanked for the rec",
        dict(text="Big thank you to Sid for getting the rec pitches back in shape ⚽", **OFFICIAL),
        "comment-on-colleague",
    ),
    (
        "money raised for what the decision chose",
        dict(
            text="The tombola raised £212 for the lantern parade fund, thank you all!", **OFFICIAL
        ),
        "contrary-to-decision",
    ),
    (
        "a statement of persons nominated",
        dict(
            text="Statement of persons nominated, Main Street ward: Lee CAWTHORNE (Independent), "
            "Anita RUSHBY (The Labour Party Candidate). Details: https://www.gov.uk/elections",
            **OFFICIAL,
        ),
        "personal-opinion-as-council",
    ),
    (
        "a result declared, party in brackets",
        dict(
            text="Result: Anita RUSHBY (Labour Party) 412 - ELECTED. Lee CAWTHORNE "
            "(Independent) 389. Thank you to everyone who voted.",
            **OFFICIAL,
        ),
        "politics-religion",
    ),
    (
        "whoever you vote for",
        dict(
            text="Polling day's Thursday. Whoever you vote for, get out and vote - and wrap up "
            "warm 😂"
        ),
        "disrepute",
    ),
    (
        "an emoji ends the thanks; the councillor attended",
        dict(
            text="Thank you to everyone who came to the planning meeting last night 🌷 Cllr Dunn "
            "attended for the parish council.",
            **OFFICIAL,
        ),
        "comment-on-colleague",
    ),
    (
        "lost keys: drop them round to",
        dict(
            text="Lost my keys on the green 🙈 If found please drop them round to 3 Mill Lane "
            "Cottages, it's the one with the red door."
        ),
        "personal-data",
    ),
    (
        "a candidate's paid trade advert",
        dict(
            text="Fully qualified sparky, NICEIC registered ⚡ Rewires, fuse boards. Free quotes. "
            "Message for a price.",
            paid=True,
            at="2028-02-20T12:00:00+00:00",
        ),
        "election-advertising",
    ),
    (
        "the council backs no candidate",
        dict(
            text="None. The parish council doesn't back any candidate. The list is on the "
            "Borough's website.",
            reply="Which candidate is the parish council backing?",
            **OFFICIAL,
        ),
        "personal-opinion-as-council",
    ),
    (
        "presented by the Chair",
        dict(
            text="Congratulations to Wendy, our Volunteer of the Year! Presented by the Chair at "
            "last week's Full Council.",
            **OFFICIAL,
        ),
        "comment-on-colleague",
    ),
]

POSITIVES = [
    (
        "police content outside the consent's scope",
        dict(
            text="Lovely calendar from the police, get yours for £10.",
            attachments=_police("Borough Police charity calendar of the dog section"),
        ),
        "third-party-content",
    ),
    (
        "the warden thanked on a personal account (approval is official only)",
        dict(text="Big thank you to Sid for getting the rec pitches back in shape ⚽"),
        "comment-on-colleague",
    ),
    (
        "a party on the page as a side taken",
        dict(text="Vote Labour on 4 May, the only party for Ashby Green.", **OFFICIAL),
        "politics-religion",
    ),
    (
        "a candidate's paid election post",
        dict(
            text="Standing again for the ward on 4 May, I'd love your vote!",
            paid=True,
            at="2028-02-20T12:00:00+00:00",
        ),
        "election-advertising",
    ),
    (
        "a candidate's paid post inside the regulated period, whatever it says",
        dict(text="Come and meet me at the gala!", paid=True, at="2028-04-01T12:00:00+01:00"),
        "election-advertising",
    ),
    (
        "the Chair praised on the page",
        dict(text="Well done to the Chair for a brilliant meeting.", **OFFICIAL),
        "comment-on-colleague",
    ),
    (
        "the thanks and the councillor in one sentence",
        dict(text="Thank you Cllr Dunn for a brilliant evening 🌷", **OFFICIAL),
        "comment-on-colleague",
    ),
]


test_family_fires = family_fires(POSITIVES, "ctx14")
test_near_miss_stays_quiet = near_miss_stays_quiet(NEGATIVES, "ctx14")
