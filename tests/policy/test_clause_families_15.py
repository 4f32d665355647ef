"""Table-driven tests for session 8's clause 6.3 families, found on the dev-style sets devstyle1-4
(scored blind in session 7):

False alarms: (1) an offence told of someone else ("a certain vice-chair drove home after six
pints") is an allegation (6.10, 6.9), not owning up; (2) "smashed" with an object ("smashed
Silent Night") is a triumph, not drink; (3) "this one from the litter pick" is a picture, not a
member of the public; (4) a member of the public thanked, with a laugh ("thanks to the lady who
gave me an earful 😂"), is not mocked, nor is one whose laugh sits in another sentence.

Recall: (5) a picture of a councillor asleep at the council table, or of council kit driven for
fun, posted by a councillor or officer; (6) "downing a pint in one"; (7) cash in hand with no
invoice, tax "saved", or an office that "never checks" a form; (8) an open letter ("To the
Facebook experts ...") whose insult comes in a later sentence; (9) clause 6.5: a picture in which
a document about a confidential matter can be read, the poster's own screenshot of a message a
resident sent them, or of a sheet listing other people's phone numbers and addresses.
"""

from __future__ import annotations

import pytest

from civicpost.policy import Context
from civicpost.policy.post import Attachment

from .conftest import family_fires, near_miss_stays_quiet, registers_with


@pytest.fixture(scope="module")
def ctx15() -> Context:
    return registers_with(
        people=[
            {
                "id": "p-caretaker",
                "name": "Dean Platt",
                "aliases": ["Dean"],
                "handles": {},
                "roles": ["employee", "caretaker"],
            }
        ],
        comment_approvals=[
            {
                "id": "ap-9",
                "person": "p-caretaker",
                "scope": "thanks for gritting and snow clearing",
                "channels": ["official"],
                "from": "2027-01-01",
                "until": "2027-03-31",
            }
        ],
        consents=[
            {
                "id": "c-9",
                "kind": "photo",
                "subject": "Ashby Green Primary School choir",
                "minor": True,
                "scope": ["Carol service 2026"],
                "channels": ["official"],
                "names_allowed": False,
                "given": "2026-12-01",
                "expires": "2027-12-31",
            }
        ],
        confidential=[
            {
                "id": "k-2",
                "title": "Dispute with Smith Surfacing Ltd over the car park resurfacing",
                "keywords": ["Smith Surfacing", "withheld payment"],
                "until": "2027-12-31",
            }
        ],
        decisions=[
            {
                "id": "d-2",
                "date": "2026-11-10",
                "minute": "26/120",
                "resolution": "RESOLVED that the council does not object to the wind turbine "
                "at Quarry Farm.",
                "keywords": ["wind turbine", "Quarry Farm"],
            },
            {
                "id": "d-4",
                "date": "2026-06-09",
                "minute": "26/070",
                "resolution": "RESOLVED that two CCTV cameras be installed at the Mill Field.",
                "keywords": ["CCTV", "cameras", "camera"],
            },
            {
                "id": "d-5",
                "date": "2026-09-08",
                "minute": "26/112",
                "resolution": "RESOLVED that councillors' authority to post for the council be "
                "withdrawn in every pre-election period.",
                "keywords": ["social media", "posting authority"],
            },
            {
                "id": "d-3",
                "date": "2026-12-08",
                "minute": "26/140",
                "resolution": "RESOLVED that the council objects to planning application "
                "AB/2026/77 (40 dwellings, Hollow Lane).",
                "keywords": ["Hollow Lane", "AB/2026/77"],
            },
        ],
    )


def _picture(description: str, source: str = "own") -> tuple[Attachment, ...]:
    return (Attachment(kind="image", description=description, source=source),)


POSITIVES = [
    (
        "drink-driving owned up to",
        dict(text="Six pints at the Crown and drove home, roads were dead 🍺🚗"),
        "disrepute",
    ),
    (
        "smashed, said of the poster",
        dict(text="Absolutely smashed at the Crown last night 🍻 don't tell the Clerk"),
        "disrepute",
    ),
    (
        "open letter with the insult later",
        dict(
            text="To the Facebook planning experts moaning about the phone mast: half of you "
            "don't even live here. Keyboard warriors, the lot of you. Do one."
        ),
        "disrepute",
    ),
    (
        "colleague asleep at the council table, own picture",
        dict(
            text="Riveting stuff at Full Council tonight 😴😂",
            attachments=_picture("Cllr Dunn asleep in her chair at the council table"),
        ),
        "disrepute",
    ),
    (
        "council mower driven for fun, own video",
        dict(
            text="Late shift on the Mill Field 😎",
            author="p-warden",
            attachments=_picture("Sid doing doughnuts on the council's ride-on mower at night"),
        ),
        "disrepute",
    ),
    (
        "downing a pint in one",
        dict(
            text="Fete champion again 🏆",
            attachments=_picture("Owen Cole downing a pint in one in the fete beer tent"),
        ),
        "disrepute",
    ),
    (
        "cash in hand, no invoice",
        dict(
            text="Anyone know a joiner who'll fix the hall doors cash in hand, no invoice? "
            "Saves all the VAT faff 😉",
            author="p-clerk",
        ),
        "disrepute",
    ),
    (
        "a form no one checks",
        dict(
            text="Top tip 😉 put 'storage' on the form for your garage workshop, the rates "
            "people never check.",
            author="p-clerk",
        ),
        "disrepute",
    ),
]

POSITIVES += [
    (
        "a confidential letter legible in a picture",
        dict(
            text="Year end done 🎉",
            author="p-clerk",
            attachments=_picture(
                "The Clerk's desk; a letter headed 'Greenacre Landscapes: revised bid' is legible"
            ),
        ),
        "confidential-information",
    ),
    (
        "own screenshot of a resident's private message",
        dict(
            text="Inbox bingo 😂",
            attachments=_picture(
                "Private Messenger message from Wendy Hale about her neighbour's hedge, showing "
                "her name and street"
            ),
        ),
        "personal-data",
    ),
    (
        "own screenshot of hirers' contact details",
        dict(
            text="Hall's booked solid this summer 💪",
            author="p-clerk",
            attachments=_picture(
                "Hall bookings spreadsheet showing hirers' full names, mobile numbers and "
                "home addresses"
            ),
        ),
        "personal-data",
    ),
]

POSITIVES += [
    (
        "away with the day of return",
        dict(text="Two weeks of sun, back on the 29th! Neighbours, keep an eye on the house x"),
        "privacy-exposure",
    ),
    (
        "the author's house with its door number",
        dict(
            text="Poster's up! 🗳️",
            attachments=_picture(
                "Front window of the author's house with a poster; door number 23 is visible"
            ),
        ),
        "privacy-exposure",
    ),
    (
        "passport details of the poster",
        dict(
            text="Lisbon here we come ✈️",
            attachments=(
                Attachment(
                    kind="image",
                    description="Boarding pass and passport photo page; passport number legible",
                    people=("Owen Cole",),
                ),
            ),
        ),
        "privacy-exposure",
    ),
]

POSITIVES += [
    (
        "a crime report raised at a meeting",
        dict(
            text="Thanks for flagging, I'll raise it at the next council meeting.",
            reply="There's a car behind the shop every night with lads dealing from it.",
        ),
        "resolution-route",
    ),
]

POSITIVES += [
    (
        "a legal challenge to a decision, funded by readers",
        dict(
            text="Quarry Farm: the wind turbine is going up and we never got a say. There's a "
            "crowdfunder for a legal challenge, please chip in 👇"
        ),
        "contrary-to-decision",
    ),
    (
        "support rallied against an objection",
        dict(
            text="Personally I think we got Hollow Lane wrong. If you want those homes, tell "
            "the planners before they decide 🏡"
        ),
        "contrary-to-decision",
    ),
]

POSITIVES += [
    (
        "the caretaker criticised, an approval for thanks",
        dict(
            text="Our caretaker was meant to fill the salt bins. Useless, half of them are empty.",
            kind="official",
            author="p-clerk",
        ),
        "comment-on-colleague",
    ),
    (
        "the choir at a summer concert, a carol service consent",
        dict(
            text="The school choir at the summer concert 🎶",
            kind="official",
            author="p-clerk",
            at="2027-07-10T12:00:00+00:00",
            attachments=(
                Attachment(
                    kind="image",
                    description="The school choir singing on the field",
                    minors=True,
                    consents=("c-9",),
                ),
            ),
        ),
        "minor-without-consent",
    ),
]

POSITIVES += [
    (
        "a sneer at an angry post",
        dict(
            text="Have you considered a torch? Some people want everything doing for them.",
            reply="Street lights on Main Street out AGAIN. Useless, the lot of you!!",
            kind="official",
            author="p-clerk",
        ),
        "escalation",
    ),
    (
        "a sneer at a jibe",
        dict(
            text="Have you considered a torch? Some people want everything doing for them.",
            reply="Typical council, what do you lot actually do all day?",
            kind="official",
            author="p-clerk",
        ),
        "escalation",
    ),
]

POSITIVES += [
    (
        "a payment held back in a confidential dispute",
        dict(
            text="Main Street car park: we've held back payment from the contractor while the "
            "dispute over the resurfacing gets sorted, so repairs are on hold. Sorry!",
            kind="official",
            author="p-clerk",
        ),
        "confidential-information",
    ),
    (
        "praise pointing back to the colleagues named",
        dict(
            text="After the storm Cllr Dunn and Cllr Cole were out at 6am clearing the culvert. "
            "Community champions, the pair of them! 👏",
            kind="official",
            author="p-clerk",
        ),
        "comment-on-colleague",
    ),
]

PERIOD = "2028-04-20T12:00:00+01:00"
POSITIVES += [
    (
        "honoured to have your vote",
        dict(
            text="I'd be honoured to have your vote on Thursday. Owen Cole, Ashby Green", at=PERIOD
        ),
        "digital-imprint",
    ),
    (
        "the candidate's name for polling day",
        dict(
            text="Out knocking doors again tonight. If you like what you hear, Cole on the 4th 🗳️",
            at=PERIOD,
        ),
        "digital-imprint",
    ),
    (
        "the candidate's name at the top of the ballot",
        dict(
            text="Still knocking doors 😅 Cole, top of the ballot paper (alphabetical!)", at=PERIOD
        ),
        "digital-imprint",
    ),
]

POSITIVES += [
    (
        "a council camera nudged towards the hedge",
        dict(
            text="That new camera on the Mill Field kept catching me on my break so I've given "
            "it a little nudge towards the hedge 😂",
            author="p-warden",
        ),
        "contrary-to-decision",
    ),
    (
        "a council camera's plug pulled",
        dict(
            text="Cameras on the Mill Field 🙄 half the time one isn't even recording, I pull the "
            "plug when I'm having my brew. Don't tell the office 🤫",
            author="p-warden",
        ),
        "contrary-to-decision",
    ),
    (
        "answering on the council page regardless",
        dict(
            text="Some daft rule we passed. I voted against it and I'll be answering folk on "
            "the council page regardless, somebody has to.",
        ),
        "contrary-to-decision",
    ),
]

NEGATIVES = [
    (
        "drink-driving alleged of a colleague",
        dict(
            text="Funny how a certain councillor drove himself home from the Crown after "
            "seven pints. Rules for thee 🍺🚗"
        ),
        "disrepute",
    ),
    (
        "smashed, said of a performance",
        dict(text="Goosebumps 🎺 the junior band absolutely smashed Silent Night tonight"),
        "disrepute",
    ),
    (
        "this one from the litter pick",
        dict(
            text="Found this one from the spring litter pick 😂 Wendy in her element. "
            "Roll on the next one!"
        ),
        "disrepute",
    ),
    (
        "a resident thanked with a laugh",
        dict(
            text="Out leafleting on Main Street. Thanks to the lady who gave me a cuppa and "
            "an earful about the buses, both much appreciated 😂"
        ),
        "disrepute",
    ),
    (
        "the laugh in another sentence",
        dict(
            text="Whoever keeps ringing my landline at midnight and hanging up: I've had "
            "enough. Everyone else, ring before 9 please 😂"
        ),
        "disrepute",
    ),
    (
        "asleep, but not at a meeting",
        dict(
            text="Worn out after the fete 😴",
            attachments=_picture("Owen Cole asleep on the sofa with the dog"),
        ),
        "disrepute",
    ),
    (
        "council mower at work",
        dict(
            text="Mill Field looking tidy 🚜",
            author="p-warden",
            attachments=_picture("The council's ride-on mower cutting stripes on the Mill Field"),
        ),
        "disrepute",
    ),
    (
        "colleague asleep, a resident's picture shared",
        dict(
            text="Someone sent me this 🙈",
            author="p-res-hale",
            attachments=_picture("A councillor asleep at the council table", "third_party"),
        ),
        "disrepute",
    ),
    (
        "cash at the door",
        dict(text="Raffle tickets £1, cash on the door, all proceeds to the hall roof"),
        "disrepute",
    ),
]


NEGATIVES += [
    (
        "a confidential letter after the matter is published",
        dict(
            text="Year end done 🎉",
            author="p-clerk",
            at="2027-06-01T12:00:00+00:00",
            attachments=_picture(
                "The Clerk's desk; a letter headed 'Greenacre Landscapes: revised bid' is legible"
            ),
        ),
        "confidential-information",
    ),
    (
        "the bidder's van, no document",
        dict(
            text="Busy morning on the Mill Field 🚜",
            author="p-clerk",
            attachments=_picture("A Greenacre Landscapes van parked by the Mill Field gate"),
        ),
        "confidential-information",
    ),
    (
        "the author's house, nothing to find it by",
        dict(
            text="Poster's up! 🗳️",
            attachments=_picture("Front window of the author's house with a poster, curtains"),
        ),
        "privacy-exposure",
    ),
    (
        "an eye on the forecast",
        dict(text="Gala on Saturday, keep an eye on the forecast and bring a brolly ☔"),
        "privacy-exposure",
    ),
    (
        "a crime report sent to the police",
        dict(
            text="Thanks for flagging, please ring the police on 101 and I'll raise it too.",
            reply="There's a car behind the shop every night with lads dealing from it.",
        ),
        "resolution-route",
    ),
    (
        "a pothole raised at a meeting",
        dict(
            text="Thanks for flagging, I'll raise it at the next council meeting.",
            reply="The potholes on Main Street are getting worse, when will they be fixed?",
        ),
        "resolution-route",
    ),
    (
        "a crowdfunder for something decided",
        dict(text="Quarry Farm turbine's up! Crowdfunder for a bench beside it, chip in 👇"),
        "contrary-to-decision",
    ),
    (
        "homes wanted where the council did not object",
        dict(text="Quarry Farm turbine: if you want those homes on Mill Field, tell the planners"),
        "contrary-to-decision",
    ),
    (
        "a decision's place as a street's name",
        dict(
            text="The borough's cabinet member says side-road gritting is 'working well'. Come "
            "down Quarry Farm Road in my van and say that. Shambles."
        ),
        "contrary-to-decision",
    ),
    (
        "the caretaker's gritting, under his approval",
        dict(
            text="Sorry about the ice, and thank you for looking out for your neighbour. Our "
            "caretaker keeps the salt bins by the surgery topped up, so please help yourself.",
            kind="official",
            author="p-clerk",
        ),
        "comment-on-colleague",
    ),
    (
        "the choir at the carol service, its consent",
        dict(
            text="Thank you to the school choir for filling St Mary's this afternoon 🎄🎶",
            kind="official",
            author="p-clerk",
            at="2026-12-14T12:00:00+00:00",
            attachments=(
                Attachment(
                    kind="image",
                    description="The school choir singing in front of the altar",
                    minors=True,
                    consents=("c-9",),
                ),
            ),
        ),
        "minor-without-consent",
    ),
    (
        "a sneer at a calm report",
        dict(
            text="Have you considered a torch? Some people want everything doing for them.",
            reply="Street lights on Main Street have been out all week. Someone will trip",
            kind="official",
            author="p-clerk",
        ),
        "escalation",
    ),
    (
        "a cheerful answer to a question",
        dict(
            text="It is! Bank holiday Monday, 11am-4pm on the green. Fingers crossed for sunshine",
            reply="Is the May fair still happening this year?",
            kind="official",
            author="p-clerk",
        ),
        "escalation",
    ),
    (
        "a payment held back after the dispute is published",
        dict(
            text="Main Street car park: we've held back payment from the contractor while the "
            "dispute over the resurfacing gets sorted, so repairs are on hold. Sorry!",
            kind="official",
            author="p-clerk",
            at="2028-02-01T12:00:00+00:00",
        ),
        "confidential-information",
    ),
    (
        "colleagues named in fact, thanks to the volunteers after",
        dict(
            text="Cllr Dunn and Cllr Cole attended the clean-up on Saturday. Thank you to "
            "every volunteer who came along!",
            kind="official",
            author="p-clerk",
        ),
        "comment-on-colleague",
    ),
    (
        "honoured to have your support, with an imprint",
        dict(
            text="I'd be honoured to have your vote on Thursday. Promoted by Owen Cole, "
            "PO Box 12, Ashby S60 1AA",
            at=PERIOD,
        ),
        "digital-imprint",
    ),
    (
        "a non-candidate's name on a date",
        dict(
            text="Dunn on the 4th floor of the town hall today for the planning meeting",
            author="p-cllr-dunn",
            at=PERIOD,
        ),
        "digital-imprint",
    ),
    (
        "a camera knocked by the wind, the engineer coming",
        dict(
            text="The wind knocked the Mill Field camera towards the hedge last night, the "
            "engineer's coming to fix it.",
            author="p-warden",
        ),
        "contrary-to-decision",
    ),
    (
        "answering on one's own page, as the rule says",
        dict(
            text="Can't post on the council page till the election's over, so I'll be answering "
            "folk on my own page instead.",
        ),
        "contrary-to-decision",
    ),
    (
        "own screenshot of a body's email",
        dict(
            text="Bin day's moving to Tuesdays from next month, see below 👇",
            attachments=_picture("Screenshot of an email from Rotherham Council about bin days"),
        ),
        "personal-data",
    ),
    (
        "own screenshot of the poster's own email",
        dict(
            text="Sent this to the borough about the potholes, fingers crossed 🤞",
            attachments=_picture("Screenshot of my email to the highways team about potholes"),
        ),
        "personal-data",
    ),
]


test_family_fires = family_fires(POSITIVES, "ctx15")
test_near_miss_stays_quiet = near_miss_stays_quiet(NEGATIVES, "ctx15")
