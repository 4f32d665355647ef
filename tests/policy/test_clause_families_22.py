"""Table-driven tests for session 15's rule families (round 22).

Found on devstyle125-132 (blind in session 14, open since): caution or breach on clean posts,
and errors a rule could settle, checked against the Treeton registers (treeton-context.yaml):
(1) "the author's own two children" in a picture's description are the poster's own (6.7);
(2) "shovelling the steps" is snow clearing, inside an approval for "thanks for ... snow
clearing" (6.6); (3) a puppy asleep on the meeting papers is no colleague asleep at a meeting
(6.3); (4) "a clip from last year's (concert)" posted the year after is the event the consent
covers (6.7); (5) "on the doorstep" is where a councillor meets residents, not canvassing for a
party (G.3); (6) the Clerk as the one who keeps or sends what is needed ("the Clerk has the
forms", "can post you a paper copy", "on the Clerk's list") is named in passing (6.6); (7) goods
left out "at 8 Elm Row, help yourselves" are left at the poster's own door (6.5); (8) another
body run down first ("Westminster couldn't organise ...") no longer hides the council run down
after it: every hit of the lexicon is looked at (6.3).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from civicpost.policy import Context
from civicpost.policy.post import Attachment

from .conftest import family_fires, near_miss_stays_quiet

TREETON = Path(__file__).resolve().parent / "treeton-context.yaml"

WINTER = "2026-12-03T09:00:00+00:00"  # inside ap-02 (the caretaker's winter approval)
NEXT_DECEMBER = "2027-11-28T10:00:00+00:00"  # c-015 (Christmas concert 2026) still in force


@pytest.fixture(scope="module")
def treeton() -> Context:
    return Context.from_yaml(TREETON)


def _photo(description: str, *, minors: bool = False, consents: tuple[str, ...] = ()):
    return (
        Attachment(
            kind="image", description=description, source="own", minors=minors, consents=consents
        ),
    )


def _band_video() -> tuple[Attachment, ...]:
    return (
        Attachment(
            kind="video",
            description="The brass band, junior players among them, playing carols",
            source="own",
            minors=True,
            consents=("c-015",),
        ),
    )


POSITIVES = [
    (
        "the poster's children with their friends",
        dict(
            text="Half-term den building, proud mum 💚",
            author="p-cllr-ellison",
            attachments=_photo(
                "The author's own two children and their friends in the woods", minors=True
            ),
        ),
        "minor-without-consent",
    ),
    (
        "the caretaker's snow clearing run down",
        dict(
            text="Dean shovelled half the Welfare steps then knocked off. Useless.",
            kind="official",
            author="p-clerk",
            at=WINTER,
        ),
        "comment-on-colleague",
    ),
    (
        "a councillor pictured asleep over the meeting papers",
        dict(
            text="Riveting stuff at Full Council 😴",
            author="p-cllr-booth",
            attachments=_photo("A councillor asleep over the meeting papers"),
        ),
        "disrepute",
    ),
    (
        "tonight's concert, another year's",
        dict(
            text="What a night at St Helen's! A clip from tonight's Christmas concert 🎺",
            kind="official",
            author="p-clerk",
            at="2027-12-12T21:00:00+00:00",
            attachments=_band_video(),
        ),
        "minor-without-consent",
    ),
    (
        "canvassing for a party",
        dict(text="Three hours canvassing for the Tories tonight and a great reception."),
        "politics-religion",
    ),
    (
        "the Clerk who has the forms, run down",
        dict(text="The Clerk has the forms, but she's useless at sending them out."),
        "comment-on-colleague",
    ),
    (
        "Westminster run down first, the parish council after",
        dict(
            text="Westminster couldn't organise a raffle in a tea shop, and this parish council "
            "couldn't organise a brew in a brewery.",
            author="p-cllr-wragg",
        ),
        "disrepute",
    ),
    (
        "someone else's address given",
        dict(text="To the mum who still owes the club £60: Mrs Jenkins at 8 Well Lane 😡"),
        "personal-data",
    ),
]

NEGATIVES = [
    (
        "the poster's own two children",
        dict(
            text="Dragged these two round the pond clean-up, proud mum 💚",
            author="p-cllr-ellison",
            attachments=_photo(
                "The author's own two children in wellies, seen from behind", minors=True
            ),
        ),
        "minor-without-consent",
    ),
    (
        "thanks for shovelling snow, under ap-02",
        dict(
            text="Thanks to Dean for shovelling the Welfare steps before 7 this morning ❄️",
            kind="official",
            author="p-clerk",
            at=WINTER,
        ),
        "comment-on-colleague",
    ),
    (
        "a puppy asleep on the papers",
        dict(
            text="Meet Bramble, she's already chewed a council agenda 🐶",
            author="p-cllr-booth",
            attachments=_photo("Spaniel puppy asleep on a pile of meeting papers"),
        ),
        "disrepute",
    ),
    (
        "last year's concert, as the consent covers",
        dict(
            text="This year's Christmas concert is on the 12th. Here's a clip from last year's 🎺",
            kind="official",
            author="p-clerk",
            at=NEXT_DECEMBER,
            attachments=_band_video(),
        ),
        "minor-without-consent",
    ),
    (
        "on the doorstep, about a national policy",
        dict(
            text="Heard it on the doorstep all week: the bus grant cut hurts. The Government "
            "should put it back."
        ),
        "politics-religion",
    ),
    (
        "the Clerk has the forms",
        dict(text="I lost that vote, that's that. If you want to apply, the Clerk has the forms."),
        "comment-on-colleague",
    ),
    (
        "the Clerk can post a paper copy",
        dict(text="The form is online, and the Clerk can post you a paper copy if you'd rather."),
        "comment-on-colleague",
    ),
    (
        "on the Clerk's list",
        dict(text="Drop me a line about the pavilion roof and I'll get it on the Clerk's list."),
        "comment-on-colleague",
    ),
    (
        "goods at the poster's door",
        dict(
            text="Too much rhubarb again! There's a crate on the wall at 8 Elm Row, help "
            "yourselves.",
            author="p-cllr-booth",
        ),
        "personal-data",
    ),
]

test_family_fires = family_fires(POSITIVES, context="treeton")
test_near_miss_stays_quiet = near_miss_stays_quiet(NEGATIVES, context="treeton")
