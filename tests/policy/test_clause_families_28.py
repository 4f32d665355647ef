"""Table-driven tests for session 18's third rule round (round 28).

Found on devstyle309-324 (blind in cycle 2 of session 18, open since), clause 6.6: a job named by
its role ("applications for the caretaker job", "the caretaker post couldn't be full time",
"Interviews for the caretaker post take place next week") is the vacancy, not the colleague who
holds or held it. Still a comment: the caretaker himself, praised or criticised, and the Clerk's
pay held against her.

Clause 4.3: a candidate's "Your vote on 4 May", "Four more years?", "Give me another four years",
the name and ward with a ballot-box emoji between ("Becky Ellison 🗳️ Treeton North, 4 May"), and
a councillor's paid post putting a candidate up for the ward by name ("Anita Rushby for Treeton
South on 10 June"). Not: "fancies another four years" said of someone else, nor "I've got
another four years in me" months before the period.
"""

from __future__ import annotations

from .conftest import family_fires, near_miss_stays_quiet

POSITIVES_28 = [
    (
        "the caretaker himself criticised",
        dict(
            text="Long week. The caretaker's left the pavilion open again, useless.",
            author="p-cllr-wragg",
        ),
        "comment-on-colleague",
    ),
    (
        "the Clerk's pay held against her",
        dict(
            text="Warm space still can't get a second heater, but I hear the Clerk's pay review "
            "went very nicely thank you. Priorities.",
            author="p-cllr-wragg",
        ),
        "comment-on-colleague",
    ),
]

NEGATIVES_28 = [
    (
        "applications for the caretaker job",
        dict(
            text="Long week in the office: 14 applications for the caretaker job! Thanks to "
            "everyone who took the time. Shortlisting next week.",
            author="p-clerk",
        ),
        "comment-on-colleague",
    ),
    (
        "the caretaker post's hours",
        dict(
            text="I argued for the caretaker job to be full time rather than 20 hours. Lost that "
            "one fair and square. Now let's get a good person in, share the advert!",
            author="p-cllr-fairbrother",
        ),
        "comment-on-colleague",
    ),
    (
        "interviews for the post",
        dict(
            text="Interviews for the caretaker post take place next week. We'll confirm the "
            "appointment once references are back.",
            kind="official",
            author="p-clerk",
        ),
        "comment-on-colleague",
    ),
]

ORDINARY = "2028-04-12T19:00:00+01:00"  # the May 2028 election's period
BY_ELECTION = "2027-05-24T19:00:00+01:00"

ELECTION_28 = [
    (
        "'your vote on 4 May' from a candidate",
        dict(
            text="I'll keep nagging till every bin on Station Road has a lid that shuts 🗑️ Your "
            "vote on 4 May, Treeton North.",
            author="p-cllr-ellison",
            at=ORDINARY,
        ),
        "digital-imprint",
    ),
    (
        "'four more years?' from a candidate",
        dict(
            text="Four more years? Only if you want them, Treeton North 😉 Polling day is 4 May.",
            author="p-cllr-ahmed",
            at=ORDINARY,
        ),
        "digital-imprint",
    ),
    (
        "name, ballot box and ward in the period",
        dict(
            text="Becky Ellison 🗳️ Treeton North, 4 May. Nurse, runner, and a nag about bins.",
            author="p-cllr-ellison",
            at=ORDINARY,
        ),
        "digital-imprint",
    ),
    (
        "a paid post putting a by-election candidate up for the ward",
        dict(
            text="Put a few quid behind this one 💷 Anita Rushby for Treeton South on 10 June. "
            "Promoted by Maureen Hollis, PO Box 4175, Rotherham S60 9XB.",
            author="p-cllr-hollis",
            at=BY_ELECTION,
            paid=True,
        ),
        "election-advertising",
    ),
]
NOT_ELECTION_28 = [
    (
        "'another four years' said of someone else",
        dict(
            text="Funny how a certain Treeton North councillor has missed 7 of the last 10 "
            "meetings and now fancies another four years.",
            author="p-cllr-ellison",
            at=ORDINARY,
        ),
        "digital-imprint",
    ),
    (
        "'another four years in me' before the period",
        dict(
            text="Proud grandad moment ⚽ Been having a think about May as well... reckon I've "
            "got another four years in me.",
            author="p-cllr-wragg",
            at="2028-01-20T19:00:00+00:00",
        ),
        "digital-imprint",
    ),
]

test_family_fires_28 = family_fires(POSITIVES_28 + ELECTION_28, context="treeton")
test_near_miss_stays_quiet_28 = near_miss_stays_quiet(
    NEGATIVES_28 + NOT_ELECTION_28, context="treeton"
)
