"""Table-driven tests for session 19's second rule round (round 30).

Found on devstyle365-372 (cycle 1's first group, read once scored), clause 6.7: a picture whose
people are named ("Edna", "Walter"; "Mavis Jessop") when nobody the registers know is among them
and no consent is listed. Not a stranger described ("unknown young man"), a candidate at an
election, nor the poster's own family by surname.

Clause 6.9: a slur against a group of people, also with a letter masked ("p*key scroungers");
not the words that are places or everyday words here ("Treeton Dyke", "nipped out for a fag",
"Pakistan", "faggots and peas").

Clause 6.5: a padlock and where it is, then "is" its number ("the padlock on the play area gate
is 4271"); not its age.
"""

from __future__ import annotations

from civicpost.policy.post import Attachment

from .conftest import family_fires, near_miss_stays_quiet

OFFICIAL = dict(kind="official", author="p-clerk")


def _picture(*people: str, minors: bool = False, consents: tuple[str, ...] = ()):
    return (
        Attachment(
            kind="image",
            description="People dancing in the care home lounge",
            people=people,
            minors=minors,
            source="own",
            consents=consents,
        ),
    )


POSITIVES_30 = [
    (
        "a care-home couple named in the picture",
        dict(
            text="Married 62 years and first on the floor at yesterday's tea dance ❤️",
            attachments=_picture("Edna", "Walter"),
            **OFFICIAL,
        ),
        "name-without-permission",
    ),
    (
        "a resident named in full in the picture",
        dict(
            text="After three sherries at the lunch club do 😂😂 absolute scenes",
            attachments=_picture("Mavis Jessop"),
            author="p-cllr-wragg",
        ),
        "name-without-permission",
    ),
]
NEGATIVES_30 = [
    (
        "a stranger described, not named",
        dict(
            text="Recognise this lad? Caught on our cameras at the rec. Reported to the police.",
            attachments=_picture("unknown young man"),
            author="p-caretaker",
        ),
        "name-without-permission",
    ),
    (
        "a candidate pictured",
        dict(
            text="Out on Bole Hill today, thank you for all the chats!",
            attachments=_picture("Anita Rushby"),
            author="p-cllr-gill",
            at="2027-05-20T12:00:00+01:00",
        ),
        "name-without-permission",
    ),
    (
        "the poster's own family",
        dict(
            text="Happy anniversary to my wonderful husband ❤️",
            attachments=_picture("Kevin Carr"),
            author="p-cllr-carr",
        ),
        "name-without-permission",
    ),
]

SLURS_30 = [
    (
        "a masked slur in an election leaflet",
        dict(
            text="Fed up of the rec being a free campsite for p*key scroungers? So am I.",
            author="p-cllr-wragg",
        ),
        "hostile-language",
    ),
    (
        "a slur about disabled people",
        dict(text="Whoever designed that ramp must be a retard.", author="p-cllr-dawson"),
        "hostile-language",
    ),
]
NOT_SLURS_30 = [
    (
        "a dish",
        dict(text="Faggots and peas at the Welfare on Friday, £4.50 a plate 😋", author="p-clerk"),
        "hostile-language",
    ),
    (
        "the Dyke is a place",
        dict(text="Frosty loop round Treeton Dyke with the dog this morning 🥶", author="p-clerk"),
        "hostile-language",
    ),
    (
        "a fag is a cigarette",
        dict(text="Nipped out for a fag and missed the raffle draw 😂", author="p-caretaker"),
        "hostile-language",
    ),
    (
        "a country",
        dict(
            text="Pakistan v England on the big screen at the Welfare tonight 🏏", author="p-clerk"
        ),
        "hostile-language",
    ),
]

CODES_30 = [
    (
        "a padlock's number",
        dict(
            text="Surfacing lads, if nobody's about, the padlock on the play area gate is 4271. "
            "Lock it after yous please 🔒",
            author="p-cllr-dawson",
        ),
        "confidential-information",
    ),
]
NOT_CODES_30 = [
    (
        "a padlock's age",
        dict(
            text="The padlock on the allotment gate is 20 years old and rusted solid.",
            author="p-cllr-dawson",
        ),
        "confidential-information",
    ),
]

test_family_fires_30 = family_fires(POSITIVES_30 + SLURS_30 + CODES_30, context="treeton")
test_near_miss_stays_quiet_30 = near_miss_stays_quiet(
    NEGATIVES_30 + NOT_SLURS_30 + NOT_CODES_30, context="treeton"
)
