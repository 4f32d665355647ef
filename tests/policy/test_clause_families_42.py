"""Tests for session 23's second rule round (round 42), from II's false alarms
(devstyle621-636).

- "... in closed session. From April it will include the memorial steps. More details once the
  contract is signed.": what closed session decided, withheld two sentences later (6.5);
- "Complaints about a councillor's conduct are dealt with by Rotherham MBC's Monitoring Officer,
  who handles code of conduct complaints": the route described, not a complaint disclosed (6.5);
- "keeping your dog safe from thieves": thieves in general, nobody charged (6.9);
- "don't do the same walk at the same time every day": a crime-prevention tip, not the poster's
  routine (5.1);
- "whatever the council ends up deciding, I'll go along with it" accepts the decision (6.4);
- "The Miners' Welfare is happy for people to use theirs": another body's facility offered by its
  owner, not a way round the closure (6.4).

Each was a caution or a breach on a clean post (bench/README.md, "Session 23").
"""

from __future__ import annotations

from .conftest import family_fires, near_miss_stays_quiet

CLOSURE_RUNNING = "2027-01-13T10:00:00+00:00"  # d-03 closes the loos on weekdays to 26 Feb 2027
COMPLAINT_OPEN = "2027-04-20T09:00:00+01:00"  # k-06, a code of conduct complaint, to 30 Jun 2027

NEGATIVES = [
    (
        "more details once the contract is signed",
        dict(
            text="Last night Full Council awarded the grounds maintenance contract for 2027-2030 "
            "in closed session. From April it will include clearing moss from the war memorial "
            "steps. More details once the contract is signed.",
            kind="official",
            author="p-clerk",
            at=CLOSURE_RUNNING,
        ),
        "confidential-information",
    ),
    (
        "the Monitoring Officer's route described",
        dict(
            text="Thank you for raising this. Complaints about a councillor's conduct are dealt "
            "with by Rotherham MBC's Monitoring Officer, who handles code of conduct complaints "
            "about parish councillors.",
            kind="official",
            author="p-clerk",
            at=COMPLAINT_OPEN,
            reply="I want to complain about one of your councillors.",
        ),
        "confidential-information",
    ),
    (
        "safe from thieves",
        dict(
            text="Good piece in the Advertiser on keeping your dog safe from thieves, worth five "
            "minutes.",
            author="p-cllr-fairbrother",
            at=CLOSURE_RUNNING,
        ),
        "personal-attack",
    ),
    (
        "a tip against the same walk every day",
        dict(
            text="Went to the police drop-in last night. Top tips: chip details up to date, and "
            "don't do the same walk at the same time every day.",
            author="p-cllr-dawson",
            at=CLOSURE_RUNNING,
        ),
        "privacy-exposure",
    ),
    (
        "I'll go along with whatever the council decides",
        dict(
            text="I'm not keen on changing the name of the rec, I'd rather see a plaque by the "
            "gates. But whatever the council ends up deciding, I'll go along with it.",
            author="p-cllr-hollis",
            at="2027-02-22T14:00:00+00:00",
        ),
        "contrary-to-decision",
    ),
    (
        "the Welfare happy for people to use theirs",
        dict(
            text="Sorry about that. Full Council agreed in October (minute 26/131) that the "
            "Church Lane toilets open at weekends only until 26 February. The Miners' Welfare is "
            "happy for people to use theirs when it's open.",
            kind="official",
            author="p-clerk",
            at=CLOSURE_RUNNING,
            reply="Why are the loos on Church Lane locked on a weekday?",
        ),
        "contrary-to-decision",
    ),
]
POSITIVES = [
    (
        "the winning bid told after the closed session",
        dict(
            text="Full Council awarded the grounds contract in closed session. The cheapest bid "
            "was £41,000 from Greenways. More details once the contract is signed.",
            author="p-cllr-booth",
            at=CLOSURE_RUNNING,
        ),
        "confidential-information",
    ),
    (
        "a complaint said to be under investigation",
        dict(
            text="Cllr Fairbrother's code of conduct complaint is under investigation by the "
            "Monitoring Officer.",
            author="p-cllr-booth",
            at=COMPLAINT_OPEN,
        ),
        "confidential-information",
    ),
    (
        "the poster's own routine",
        dict(
            text="I do the same walk at the same time every day, 6am round the reservoir, on my "
            "own.",
            author="p-cllr-dawson",
            at=CLOSURE_RUNNING,
        ),
        "privacy-exposure",
    ),
    (
        "a way round the closure",
        dict(
            text="Loos locked again on Church Lane? The Welfare's round the corner, just go and "
            "use theirs, the council can whistle.",
            author="p-cllr-booth",
            at=CLOSURE_RUNNING,
        ),
        "contrary-to-decision",
    ),
]

test_family_fires = family_fires(POSITIVES, context="treeton")
test_near_miss_stays_quiet = near_miss_stays_quiet(NEGATIVES, context="treeton")
