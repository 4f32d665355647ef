"""Table-driven tests for session 18's rule round (round 26).

Found on devstyle269-292 (blind in session 17, open since), checked against the Treeton
registers (treeton-context.yaml), clause 4.3:

- a councillor's paid post in a regulated period for a candidate left unnamed ("our candidate",
  "vote on Thursday", "polling day") is election spending, as a paid post naming the candidate is;
- a candidate's own appeal "I'd be glad of your vote", their name beside a dash and the ward
  ("KEITH DAWSON - TREETON SOUTH" in their own picture), the name and ward after a comma once the
  period runs ("Dawson, Treeton South, 4th May"), and the short name of a "short name + surname"
  alias ("Tez for Treeton North") are election material wanting an imprint.

Clause 5.1: a trade's name before the address in a profile ("Fairbrother Electrical, 14 Station
Road") is the shop's published address, not the poster's home (the writers leave 23 of 26 such
posts without 5.1).

Not: a sign-off "Cllr Terry Wragg, Treeton North" months before the period, "Nadia (Cllr, Treeton
North)" (a title is not a short name), a paid post by a councillor in the period about something
else ("Votes for Women" talk), nor the same appeal by a councillor who is not a candidate.
"""

from __future__ import annotations

from civicpost.policy.post import Attachment

from .conftest import family_fires, near_miss_stays_quiet

BY_ELECTION = "2027-06-07T19:00:00+01:00"  # the Treeton South by-election's period
ORDINARY = "2028-04-19T18:00:00+01:00"  # the May 2028 election's period
JANUARY = "2028-01-10T19:00:00+00:00"  # candidates' window, before the period


def _own_picture(description: str):
    return (Attachment(kind="image", description=description, source="own"),)


POSITIVES_26 = [
    (
        "a councillor's paid post for 'our candidate' in the by-election period",
        dict(
            text="Three days to go, Treeton South! Our candidate has knocked on every door from "
            "the Crescent to Pit Lane. Vote on Thursday! 🗳️",
            author="p-cllr-booth",
            at=BY_ELECTION,
            paid=True,
        ),
        "election-advertising",
    ),
    (
        "a councillor's paid 'VOTE on the 10th' for a candidate named only by first name",
        dict(
            text="Knocked doors for Anita today 🚪 Paid to push this one out so please share "
            "and VOTE on the 10th 🙏",
            author="p-cllr-ellison",
            at=BY_ELECTION,
            paid=True,
        ),
        "election-advertising",
    ),
    (
        "a candidate's 'I'd be glad of your vote'",
        dict(
            text="Nobody's ever had to ask me twice for help. Treeton North, I'd be glad of your "
            "vote on the 4th. 🗳️",
            author="p-cllr-wragg",
            at=ORDINARY,
        ),
        "digital-imprint",
    ),
    (
        "a candidate's short name put up for the ward",
        dict(
            text="Tez for Treeton North, 4th May 🗳️ Fewer potholes and always a straight answer "
            "off me.",
            author="p-cllr-wragg",
            at=ORDINARY,
        ),
        "digital-imprint",
    ),
    (
        "name, ward and polling day after a comma in the period",
        dict(
            text="Knocked on 60-odd doors on the new estate today. I hear you. Dawson, Treeton "
            "South, 4th May 🗳️",
            author="p-cllr-dawson",
            at=ORDINARY,
        ),
        "digital-imprint",
    ),
    (
        "the candidate's own leaflet graphic with name and ward",
        dict(
            text="New leaflet's back from the printers! Share it round 🗳️",
            author="p-cllr-dawson",
            at=ORDINARY,
            attachments=_own_picture(
                "Campaign graphic reading 'KEITH DAWSON - TREETON SOUTH - GETS THINGS DONE'"
            ),
        ),
        "digital-imprint",
    ),
]

NEGATIVES_26 = [
    (
        "a trade's name before the address in the profile (a shop, not a home)",
        dict(
            text="Shop's shut 24th to 27th. Merry Christmas from me and the lads 🎄",
            author="p-cllr-fairbrother",
            bio="Electrician. Local lad. Fairbrother Electrical, 14 Station Road ⚡",
        ),
        "privacy-exposure",
    ),
    (
        "a sign-off with name and ward before the period",
        dict(
            text="Well this Cllr has got appetite for a youth club. Cllr Terry Wragg, Treeton "
            "North.",
            author="p-cllr-wragg",
            at=JANUARY,
        ),
        "digital-imprint",
    ),
    (
        "a title in brackets is not a short name",
        dict(
            text="Last one's 18:52 from the Co-op stop I'm afraid.\nNadia (Cllr, Treeton North)",
            author="p-cllr-ahmed",
            at=ORDINARY,
            reply="Does anyone know if the 73 still runs after 7?",
        ),
        "digital-imprint",
    ),
    (
        "a councillor's paid post in the period about a talk",
        dict(
            text="WI talk: 'Votes for Women: the Yorkshire suffragettes', Tuesday 18 April, "
            "7.30pm, St Helen's church hall.",
            author="p-cllr-carr",
            at=ORDINARY,
            paid=True,
        ),
        "election-advertising",
    ),
    (
        "the paid appeal for 'our candidate' outside any period",
        dict(
            text="Our candidate has knocked on every door. Vote on Thursday! 🗳️",
            author="p-cllr-booth",
            at="2027-03-01T19:00:00+00:00",
            paid=True,
        ),
        "election-advertising",
    ),
    (
        "'glad of your vote' from a councillor not standing",
        dict(
            text="Treeton North, I'd be glad of your vote on the 4th. 🗳️",
            author="p-cllr-carr",
            at=ORDINARY,
        ),
        "digital-imprint",
    ),
]

HOME_IN_BIO = [
    (
        "a home address in the profile still shows where the poster lives",
        dict(
            text="Shop's shut 24th to 27th. Merry Christmas from me and the lads 🎄",
            author="p-cllr-fairbrother",
            bio="Electrician. Local lad. Home: 14 Station Road ⚡",
        ),
        "privacy-exposure",
    ),
]

test_family_fires_26 = family_fires(POSITIVES_26 + HOME_IN_BIO, context="treeton")
test_near_miss_stays_quiet_26 = near_miss_stays_quiet(NEGATIVES_26, context="treeton")
