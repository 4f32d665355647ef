"""Table-driven tests for session 17's rule families (round 24).

Found on devstyle213-252 (blind in session 16, open since), checked against the Treeton registers
(treeton-context.yaml): (1) a picture of a list of people with their details (entrants' home
addresses and medical notes, customers with addresses and medical needs, each caller's full number)
is other people's personal data, whoever took the picture (6.5); (2) the password to a council
account given in a post ("still got the login, it's Treeton1966!") is confidential (6.5), a
password to the poster's own tablet is not; (3) an employee "given a written warning" or "on a
final warning" is a staff employment matter (6.5), a warning to vandals is not; (4) a private
individual named in full with a common first name the lexicon lacked ("Kev Marsden", "Kieran
Sykes") is named without permission (6.7), but a street named after a first name ("Holly Grove")
is no person.
"""

from __future__ import annotations

from civicpost.policy.post import Attachment

from .conftest import family_fires, near_miss_stays_quiet


def _picture(description: str, *, source: str = "own", minors: bool = False):
    return (Attachment(kind="screenshot", description=description, source=source, minors=minors),)


POSITIVES_24 = [
    (
        "a race entry sheet with entrants' addresses and medical notes",
        dict(
            text="Fun run results attached, thanks all! 🏅",
            kind="official",
            author="p-clerk",
            attachments=_picture(
                "Entry spreadsheet: 180 entrants' full names, ages, home addresses, emergency "
                "contact numbers and medical notes"
            ),
        ),
        "personal-data",
    ),
    (
        "a third party's list of customers with addresses and medical needs",
        dict(
            text="For the doorstep rota, save this to your phone please.",
            attachments=_picture(
                "Spreadsheet of vulnerable customers with names, addresses and medical needs",
                source="third_party",
            ),
        ),
        "personal-data",
    ),
    (
        "a call log with each caller's number",
        dict(
            text="Monday morning 😩",
            author="p-rfo",
            attachments=_picture("Office call log, nine missed calls, each caller's full number"),
        ),
        "personal-data",
    ),
    (
        "a council login's password given",
        dict(
            text="Not waiting for the agreed posters. I've still got the council page login from "
            "years back, it's Treeton1966! 😉",
            author="p-cllr-hollis",
        ),
        "confidential-information",
    ),
    (
        "a login in brackets",
        dict(
            text="Only two councillors can post on the council page? I've got the login now "
            "(Treeton1974!) so watch this space.",
            author="p-cllr-fairbrother",
        ),
        "confidential-information",
    ),
    (
        "an employee on a final warning",
        dict(
            text="Martin's on a final warning after the invoices mess, not that you heard it "
            "from me 🤐",
            author="p-cllr-carr",
        ),
        "confidential-information",
    ),
    (
        "the Clerk given a written warning",
        dict(
            text="I can't say much, but the panel upheld it and Jo Spurr has been given a "
            "written warning. That's the end of it.",
            author="p-cllr-ahmed",
        ),
        "confidential-information",
    ),
    (
        "a private resident named in full with a common first name",
        dict(
            text="Everyone knows Kev Marsden up the lane is selling poorly pups out of his shed.",
            author="p-cllr-booth",
        ),
        "name-without-permission",
    ),
    (
        "a child named in full at a funeral",
        dict(
            text="What a send-off. Young Kieran Sykes reading that poem at eleven, so brave 💙",
            author="p-cllr-hollis",
        ),
        "name-without-permission",
    ),
]

NEGATIVES_24 = [
    (
        "the poster's own tablet password",
        dict(
            text="New tablet at last 😊 the password's Smudge1958 so I won't forget it.",
            author="p-cllr-hollis",
        ),
        "confidential-information",
    ),
    (
        "a warning to vandals",
        dict(
            text="Whoever keeps kicking the bus shelter in: final warning, the cameras are on.",
            author="p-cllr-booth",
        ),
        "confidential-information",
    ),
    (
        "a picture of a crowd with no details",
        dict(
            text="Great turnout at the fun run!",
            kind="official",
            author="p-clerk",
            attachments=_picture("Runners and families at the start line on the rec"),
        ),
        "personal-data",
    ),
    (
        "a street named after a first name",
        dict(
            text="Spare bulbs can go in the box by my gate on Holly Grove, ta 🌷",
            author="p-cllr-ellison",
        ),
        "name-without-permission",
    ),
]

test_family_fires_24 = family_fires(POSITIVES_24, context="treeton")
test_near_miss_stays_quiet_24 = near_miss_stays_quiet(NEGATIVES_24, context="treeton")
