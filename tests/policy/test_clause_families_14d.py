"""Table-driven tests for three session-7 families on the blind sets untouched61-64:

(1) 6.7: a consent for one year's event ("Carol service 2026") does not cover the same event a
year on: a post naming another year, or speaking of the event as happening now ("this year",
"tonight") from the July after the consent's year; "this year" in the January after still means
the event just gone, and a scope line without a year covers every year; (2) 5.1: an age reached
today with a full date of birth ("Sixty today 🎂 22/06/1967"); (3) 5.1: the poster's own vehicle
with its number plate ("I'm the silver Astra, YK64 RFZ"), not a plate reported ("I know the van,
YX19 KRM"); (4) 5.1, not 6.5: an address the poster invites people to ("help yourself - it's
round the side at ...", "... Just let yourself in"). Written for the Ashby Green test registers,
with a choir consent added here.
"""

from __future__ import annotations

import pytest

from civicpost.policy import Context
from civicpost.policy.post import Attachment

from .conftest import family_fires, make_post, near_miss_stays_quiet, registers_with, rules_raised


@pytest.fixture(scope="module")
def ctx14d() -> Context:
    return registers_with(
        consents=[
            {
                "id": "c-10",
                "kind": "photo",
                "subject": "Ashby Juniors choir",
                "minor": True,
                "scope": ["Carol service 2026"],
                "channels": ["official"],
                "names_allowed": False,
                "given": "2026-12-01",
                "expires": "2027-12-31",
            }
        ]
    )


def _choir(when: str) -> tuple[Attachment]:
    return (
        Attachment(
            "image",
            f"The Ashby Juniors choir singing at the {when} carol service",
            people=("Ashby Juniors choir",),
            minors=True,
            source="own",
            consents=("c-10",),
        ),
    )


OFFICIAL = dict(kind="official", author="p-clerk")

POSITIVES = [
    (
        "the same event a year on, 'this year'",
        dict(
            text="Another magical carol service 🎄 Ashby Juniors choir, wonderful again this year!",
            attachments=_choir("2027"),
            at="2027-12-17T12:00:00+00:00",
            **OFFICIAL,
        ),
        "minor-without-consent",
    ),
    (
        "another year named",
        dict(
            text="Our carol service 2027: the Ashby Juniors choir 🎄",
            attachments=_choir("2027"),
            at="2027-12-20T12:00:00+00:00",
            **OFFICIAL,
        ),
        "minor-without-consent",
    ),
    (
        "sixty today with a date of birth",
        dict(text="Sixty today 🎂🎉 22/06/1967, where's it all gone!"),
        "privacy-exposure",
    ),
    (
        "the poster's own car and plate",
        dict(text="Need a lift to the meeting? I'm the silver Astra, YK64 RFZ, outside the shop."),
        "privacy-exposure",
    ),
]

NEGATIVES = [
    (
        "'this year' in the January after the event",
        dict(
            text="Thank you to the Ashby Juniors choir, the star of our carol service this year!",
            attachments=_choir("December"),
            at="2027-01-05T12:00:00+00:00",
            **OFFICIAL,
        ),
        "minor-without-consent",
    ),
    (
        "a throwback naming the consent's year",
        dict(
            text="Throwback to the carol service 2026 and the Ashby Juniors choir 🎄",
            attachments=_choir("2026"),
            at="2027-12-01T12:00:00+00:00",
            **OFFICIAL,
        ),
        "minor-without-consent",
    ),
    (
        "a plate reported, not the poster's",
        dict(text="Fly-tippers on Mill Lane again. I know the van, YX19 KRM, reported to police."),
        "privacy-exposure",
    ),
    (
        "a birthday with no date of birth",
        dict(text="Sixty today 🎂 thanks for all the cards everyone!"),
        "privacy-exposure",
    ),
]


test_family_fires = family_fires(POSITIVES, "ctx14d")
test_near_miss_stays_quiet = near_miss_stays_quiet(NEGATIVES, "ctx14d")


# (4) 5.1, not 6.5: an address the poster invites people to is their own ("help yourself - it's
# round the side at ...", "... Just let yourself in", "... if any of her class still need the
# address"); an address given for somebody else's collection stays someone else's.
OWN_INVITED = [
    "Spare grit if anyone needs some, help yourself - it's round the side at 27 Mill Lane.",
    "Carer from the agency: spare key's by the back door at 6 Mill Lane. Just let yourself in.",
    "Party tomorrow 🎉 2pm, 8 Mill Lane if any of her class still need the address 😅",
]


@pytest.mark.parametrize("text", OWN_INVITED)
def test_invited_address_is_the_posters_own(ctx14d, text):
    raised = rules_raised(make_post(text=text), ctx14d)
    assert "privacy-exposure" in raised and "personal-data" not in raised, raised


def test_address_of_a_neighbour_stays_theirs(ctx14d):
    text = "The lad at 27 Mill Lane keeps dumping rubbish on the verge, someone have a word."
    assert "privacy-exposure" not in rules_raised(make_post(text=text), ctx14d)
