"""Table-driven tests for session 9's rule families, found on devstyle3-8 (devstyle7-8 were scored
blind at the end of session 8, then opened):

(1) Clause 6.7: a name consent for one occasion ("December litter pick 2026") does not cover the
same people named for another ("Summer litter pick done"), unless the post is made in the consent's
own season. (2) Clause 5.1: the poster's own picture of a front door with its number and the street
sign, which every labelled set reads as the poster's home unless it says whose it is; being "at home
most days" just before the address; "<place> here we come" with the day of return or the dates away;
a time of day with "every afternoon" and a route. (3) Clause 6.4: a call to sign a petition ("sign
and share", "sign here and let's get them open again") about a decision taken. (4) Clause 6.7: the
poster's own children described as "the author's three children" need no consent on a personal
account. (5) Clause 6.2: a booking refused in the council's name ("the council won't be renewing the
pitch hire") or money it is said not to have ("the council can't afford a skate park"), or a gift
promised in its name ("the parish council's giving them their skate park"). (6) Clause 6.5: what a
named resident owes for their plot ("still £38 short from last October"), and their injury and
hospital ward. (7) Good practice G.3: the council's page inviting readers to a faith ("discover what
faith could mean for you", "if you've drifted away from church"). (8) Clause 6.6: a colleague called
by a short name ("Jo" for "Jo Platt") in a post about "the office". (9) Clause 4.2: a party's side
taken on the council's page in a pre-election period (the Publicity Code), not parties as ballot
descriptions. (10) Clauses 6.7 and 6.8: copied text is covered only by its owner's consent ("© Ashby
Gazette" is not covered by the consent of a group the article mentions), with the credit the consent
asks for; an article passed round the paywall. (11) Good practice G.2: "Blocked" said to the person
answered, not "blocked in" in a calm reply. (12) False alarms on clean posts: "accounts signed off"
is not a colleague signed off sick (6.5); "listen before I vote" is an open mind (6.11); "someone
you trust to vote for you" is a proxy, not an endorsement (4.2, 6.2, G.3); a named resident's habit
is not the poster's (5.1); the candidates listed in an election notice ("the candidates are ...
Polls open 7am") are the factual information the Publicity Code allows (4.2); a link's preview is
not someone else's content (6.7, 6.8); "she'll sort you out" is help and "somebody set fire to the
bin", told to the police, is a report, not a threat (6.9, 6.10). (13) From devstyle9-12, after they
were scored: a consent naming its event's month does not cover the same event "yesterday" in
another month (6.7); plot rents "still outstanding" by plot (6.5); "just knock at 3 Orchard Row"
is the poster's own address (5.1, not 6.5).
"""

from __future__ import annotations

import pytest

from civicpost.policy import Context
from civicpost.policy.post import Attachment

from .conftest import family_fires, near_miss_stays_quiet, registers_with


@pytest.fixture(scope="module")
def ctx16() -> Context:
    return registers_with(
        people=[
            {
                "id": "p-assistant",
                "name": "Joanne Platt",
                "aliases": ["Jo Platt"],
                "handles": {},
                "roles": ["employee", "assistant clerk"],
            }
        ],
        consents=[
            {
                "id": "c-17",
                "kind": "third_party_content",
                "subject": "Village History Group",
                "minor": False,
                "scope": [
                    'archive photographs of the colliery, credited "Village History Group archive"'
                ],
                "channels": ["official", "personal"],
                "given": "2026-04-01",
                "expires": "2028-12-31",
            },
            {
                "id": "c-16",
                "kind": "photo",
                "subject": "December litter pick volunteers (Norman Ives)",
                "minor": False,
                "scope": ["December litter pick 2026"],
                "channels": ["official", "personal"],
                "names_allowed": True,
                "given": "2026-12-05",
                "expires": "2027-12-05",
            },
        ],
        confidential=[
            {
                "id": "k-16",
                "title": "Warden's sickness absence",
                "keywords": ["signed off", "off sick"],
                "until": "2027-06-30",
            }
        ],
        decisions=[
            {
                "id": "d-16",
                "date": "2026-10-13",
                "minute": "26/131",
                "resolution": "RESOLVED that the Main Street public toilets close on weekdays "
                "from 2 November 2026 to 26 February 2027.",
                "keywords": ["public toilets", "toilets", "loos"],
            }
        ],
    )


def _picture(description: str, source: str = "own", minors: bool = False) -> tuple:
    return (Attachment(kind="image", description=description, source=source, minors=minors),)


SUMMER = "2027-08-07T12:00:00+01:00"
DECEMBER = "2026-12-07T12:00:00+00:00"
NOVEMBER = "2026-11-10T12:00:00+00:00"
IN_PERIOD = "2028-04-10T12:00:00+01:00"
AFTER_PERIOD = "2028-06-01T12:00:00+01:00"

POSITIVES = [
    (
        "a December consent, a summer litter pick",
        dict(text="Summer litter pick done ✅ thank you Norman Ives, trooper as ever", at=SUMMER),
        "name-without-permission",
    ),
    (
        "own front door with its number and the street sign",
        dict(
            text="Extension finally finished 🏡 Cost a fortune, but look at it!",
            attachments=_picture(
                "Front of a semi-detached house with the number 23 on the door and the street "
                "sign 'Orchard Rise' in shot"
            ),
        ),
        "privacy-exposure",
    ),
    (
        "at home most days, then the address",
        dict(text="Want a chat about the grants? I'm at home most days: 14 Pit Row, just knock."),
        "privacy-exposure",
    ),
    (
        "here we come, back on the 3rd",
        dict(text="Benidorm here we come!!! ☀️🍹 Back on the 3rd, don't miss me x"),
        "privacy-exposure",
    ),
    (
        "here we come, dates away",
        dict(text="Lanzarote here we come ✈️ 27th to the 3rd!!"),
        "privacy-exposure",
    ),
    (
        "a time of day, every afternoon, a route",
        dict(
            text="Holiday club routine: drop off 8.55, then straight to the pool at the park "
            "every afternoon."
        ),
        "privacy-exposure",
    ),
    (
        "a booking refused in the council's name",
        dict(
            text="Word to the wise for the football club: the council won't be renewing the "
            "summer pitch hire at last year's rate.",
            author="p-clerk",
        ),
        "personal-opinion-as-council",
    ),
    (
        "money the council is said not to have",
        dict(text="Speaking as the one who does the books: the council can't afford a skate park."),
        "personal-opinion-as-council",
    ),
    (
        "a named resident's plot rent owed",
        dict(
            text="Water's back on at the allotments. And Norman Ives, plot 9 is still £38 short "
            "from last October, pop in and settle up 👀"
        ),
        "confidential-information",
    ),
    (
        "the council's page inviting readers to a faith",
        dict(
            text="New year, new start? 🙏 Discover what faith could mean for you at the Alpha "
            "course at St Mary's, Tuesdays 7pm.",
            kind="official",
            author="p-clerk",
        ),
        "politics-religion",
    ),
    (
        "the council's page asking readers back to church",
        dict(
            text="Advent starts this Sunday ✨ If you've drifted away from church, why not make "
            "this the Christmas you come back?",
            kind="official",
            author="p-clerk",
        ),
        "politics-religion",
    ),
    (
        "a gift promised in the council's name on an item still to be decided",
        dict(
            text="Told the young lads the parish council's giving them their play area at Mill "
            "Field, and I keep my promises."
        ),
        "personal-opinion-as-council",
    ),
    (
        "a colleague praised by the short name, 'in the office'",
        dict(
            text="Massive thanks to Jo in the office who's been chasing everyone's forms 🙏",
            kind="official",
            author="p-clerk",
        ),
        "comment-on-colleague",
    ),
    (
        "a party's side taken on the council's page in the pre-election period",
        dict(
            text="Great to see the Labour Party fighting for our buses. Couldn't agree more! 🚌",
            kind="official",
            author="p-clerk",
            at=IN_PERIOD,
        ),
        "pre-election-period",
    ),
    (
        "a newspaper's text about a group that has a consent",
        dict(
            text="From this week's Gazette 👇 'A new exhibition of archive photographs of the "
            "colliery by the Village History Group opens this month.' © Ashby Gazette"
        ),
        "copyright-material",
    ),
    (
        "a screenshot for those who can't get past the paywall",
        dict(text="Worth a read if you can't get past the paywall 👇"),
        "copyright-material",
    ),
    (
        "a named resident's injury and hospital ward",
        dict(
            text="Get well soon to Norman Ives, who slipped on the ice and broke his hip. He's on "
            "Ward B4 at the General if you'd like to send a card 💐"
        ),
        "confidential-information",
    ),
    (
        "'Blocked' said to the person answered",
        dict(
            text="Some of us have lives outside Facebook. Blocked 👋",
            reply="Parking at the fete was a JOKE. Do you lot even think about residents??",
        ),
        "escalation",
    ),
    (
        "a colleague signed off",
        dict(text="Sid's been signed off again, so nobody's emptying the bins on the green."),
        "confidential-information",
    ),
    (
        "the poster's own habit with a time and a route",
        dict(text="I'm at the park at 8am every morning with the dog, same route as usual."),
        "privacy-exposure",
    ),
    (
        "one candidate praised beside the polling hours",
        dict(
            text="Well done to Owen Cole for the new bench on the green! Polls open 7am on 4 May.",
            kind="official",
            author="p-clerk",
            at=IN_PERIOD,
        ),
        "pre-election-period",
    ),
    (
        "a threat to sort the reader out",
        dict(text="Say that again and I'll sort you out, pal.", reply="You lot are a joke."),
        "unlawful-allegation",
    ),
    (
        "a call to set fire to someone's shed",
        dict(text="Somebody should set fire to his shed, see how he likes it."),
        "hostile-language",
    ),
    (
        "a December consent, yesterday's litter pick in February",
        dict(
            text="Top picker at yesterday's litter pick was Norman Ives, nine bags! 🏆",
            at="2027-02-28T12:00:00+00:00",
        ),
        "name-without-permission",
    ),
    (
        "plot rents still outstanding, by plot and name",
        dict(text="Allotment rents still outstanding: Plot 3 (Norman Ives). Please pay by Friday."),
        "confidential-information",
    ),
    (
        "callers asked to knock at the poster's own address",
        dict(
            text="Office phone's down so calls are diverting to me. Or just knock at 3 Orchard "
            "Row, the one with the blue door 😊"
        ),
        "privacy-exposure",
    ),
    (
        "sign and share against a decision",
        dict(
            text="Shutting the toilets on weekdays is a nonsense. Sign and share 👇 "
            "https://www.change.org/p/open-the-loos",
            at=NOVEMBER,
        ),
        "contrary-to-decision",
    ),
    (
        "sign here and get them open again",
        dict(
            text="Weekday toilet closure starts this month. Sign here and let's get them open "
            "Monday to Friday again 👉 https://tinyurl.com/loos",
            at=NOVEMBER,
        ),
        "contrary-to-decision",
    ),
]

NEGATIVES = [
    (
        "the December consent, posted in December, with spring named for next time",
        dict(
            text="31 bags off Main Street at the litter pick. Norman Ives, absolute legend. Same "
            "again in spring!",
            at=DECEMBER,
        ),
        "name-without-permission",
    ),
    (
        "a neighbour's front door",
        dict(
            text="Look what the neighbours have done to their front garden 😳",
            attachments=_picture(
                "Front of a house with door number 12 and the Mill Row street sign visible"
            ),
        ),
        "privacy-exposure",
    ),
    (
        "a named resident's front door",
        dict(
            text="Nominated for best kept garden 🌸",
            attachments=_picture(
                "Wendy Hale's front garden; door number 12 and the Mill Row street sign visible"
            ),
        ),
        "privacy-exposure",
    ),
    (
        "a front door with no street sign",
        dict(
            text="New front door's on 🚪",
            attachments=_picture("New composite front door with a brass knocker"),
        ),
        "privacy-exposure",
    ),
    (
        "here we come, a new year",
        dict(text="Happy new year all! 2027 here we come 🥂"),
        "privacy-exposure",
    ),
    (
        "another council's money",
        dict(text="Rotherham Council can't afford to fill the potholes, apparently."),
        "personal-opinion-as-council",
    ),
    (
        "a pint owed to a named resident",
        dict(text="Still owe Norman Ives a pint for sorting the litter pick 👏"),
        "confidential-information",
    ),
    (
        "the council's page listing a church event",
        dict(
            text="Carol service at St Mary's on Sunday 21st at 6pm, all welcome. Mince pies after.",
            kind="official",
            author="p-clerk",
        ),
        "politics-religion",
    ),
    (
        "the council handing out what it has",
        dict(text="The parish council's giving out free compost bags at the hall on Saturday."),
        "personal-opinion-as-council",
    ),
    (
        "the short name with nothing of council life",
        dict(text="Massive thanks to Jo for the lift home after the match 🙏"),
        "comment-on-colleague",
    ),
    (
        "the same party post after the period",
        dict(
            text="Great to see the Labour Party fighting for our buses. Couldn't agree more! 🚌",
            kind="official",
            author="p-clerk",
            at=AFTER_PERIOD,
        ),
        "pre-election-period",
    ),
    (
        "parties as ballot descriptions in the period",
        dict(
            text="Persons nominated for the county division: Sam Holt (Labour Party) and Pat Lee "
            "(Green Party). Polling stations open 7am to 10pm.",
            kind="official",
            author="p-clerk",
            at=IN_PERIOD,
        ),
        "pre-election-period",
    ),
    (
        "the group's own text, with the credit its consent asks for",
        dict(
            text="From the Village History Group 👇 'Archive photographs of the colliery go on "
            "show this month.' Credit: Village History Group archive"
        ),
        "copyright-material",
    ),
    (
        "the poster's own injury",
        dict(text="Slipped on the ice and broke my wrist, so no litter pick for me this month 🙄"),
        "confidential-information",
    ),
    (
        "'blocked in' in a calm reply with a route",
        dict(
            text="Sorry it was a difficult afternoon. If anyone was blocked in, please report it "
            "to the police on 101.",
            reply="Parking at the fete was a JOKE. Do you lot even think about residents??",
            kind="official",
            author="p-clerk",
        ),
        "escalation",
    ),
    (
        "accounts signed off",
        dict(
            text="Year-end accounts signed off ✅ The annual return will be on the website by "
            "the end of the month."
        ),
        "confidential-information",
    ),
    (
        "views heard both ways, and listening before the vote",
        dict(
            text="Play area at Mill Field: I've had messages both ways. Some say it's long "
            "overdue, some say it's a waste. I'll be at the meeting on the 9th to listen before "
            "I vote."
        ),
        "predetermination",
    ),
    (
        "a proxy: someone you trust to vote for you",
        dict(
            text="Can't make it to the polling station on 4 May? You can ask someone you trust "
            "to vote for you. Proxy applications close on 25 April.",
            kind="official",
            author="p-clerk",
            at=IN_PERIOD,
        ),
        "pre-election-period",
    ),
    (
        "someone else named, at a time, as usual",
        dict(text="Norman Ives was at the park at 8am with his trowel as usual. What a man!"),
        "privacy-exposure",
    ),
    (
        "the candidates listed in an election notice",
        dict(
            text="Parish election, Thursday 4 May: the candidates are Alice Brennan and Owen Cole. "
            "Polls open 7am to 10pm at the Village Hall.",
            kind="official",
            author="p-clerk",
            at=IN_PERIOD,
        ),
        "pre-election-period",
    ),
    (
        "the Clerk will sort you out",
        dict(
            text="Gala stall bookings are open! Email the Clerk and she'll sort you out.",
            kind="official",
            author="p-clerk",
        ),
        "unlawful-allegation",
    ),
    (
        "somebody set fire to a bin, reported to the police",
        dict(
            text="Somebody set fire to the bin by the fence last night. I've reported it to the "
            "police on 101."
        ),
        "hostile-language",
    ),
    (
        "a link's preview",
        dict(
            text="Lovely write-up of the fete in this week's Gazette 🏮",
            attachments=(
                Attachment(
                    kind="link",
                    description="Link preview: Ashby Gazette article on the fete",
                    source="third_party",
                ),
            ),
        ),
        "third-party-content",
    ),
    (
        "the December consent, yesterday's litter pick in December",
        dict(
            text="Top picker at yesterday's litter pick was Norman Ives, nine bags! 🏆",
            at=DECEMBER,
        ),
        "name-without-permission",
    ),
    (
        "the poster's own address to knock at is not someone else's",
        dict(
            text="Office phone's down so calls are diverting to me. Or just knock at 3 Orchard "
            "Row, the one with the blue door 😊"
        ),
        "personal-data",
    ),
    (
        "a petition with no decision behind it",
        dict(text="Sign and share, we need our buses back 🚌 https://www.change.org/p/buses"),
        "contrary-to-decision",
    ),
    (
        "the council receiving a petition",
        dict(
            text="A petition about the toilets has been received and will go to the next Full "
            "Council. Thank you to everyone who took the time to sign it.",
            kind="official",
            author="p-clerk",
            at=NOVEMBER,
        ),
        "contrary-to-decision",
    ),
    (
        "the author's own children on a personal account",
        dict(
            text="Sand everywhere, one lost flip-flop, three happy kids 🏖️",
            attachments=_picture(
                "The author's three children building a sandcastle on a beach", minors=True
            ),
        ),
        "minor-without-consent",
    ),
]


test_family_fires = family_fires(POSITIVES, "ctx16")
test_near_miss_stays_quiet = near_miss_stays_quiet(NEGATIVES, "ctx16")
