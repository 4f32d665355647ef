"""Tests for session 21's rule round (round 37): caution and breach false alarms on clean posts.

Found on BB (devstyle509-524), whose 928 clean posts drew sixteen caution or breach findings:
"the closed bit" of a road shut for works is no closed session (6.5); a meeting's notice that
lists an item for closed session tells nothing of it (6.5); sympathy ("I'm so sorry this is
happening") and a declared interest ("Conflict of interest, simple as") are no closed mind (6.11);
a councillor who says the council has not discussed a matter and speaks for herself does not
present her view as the council's (6.2); an act warned against ("please don't let the kids climb
over") is not defiance of a decision (6.4). Each family keeps its positives beside its near
misses (bench/README.md, "Session 21").
"""

from __future__ import annotations

from .conftest import family_fires, near_miss_stays_quiet

# k-02 (the grounds tender) is confidential until 2027-02-15; ag-07 (allotment rents) and ag-09
# (community grants) are still to be decided on these dates; d-08 removed the Mill Lane swings.
NEGATIVES = [
    (
        "the closed bit of a road",
        dict(
            text="Lads racing scramblers up and down the closed bit of Station Road again. "
            "Reported to the police on 101.",
            author="p-cllr-ahmed",
            at="2027-01-20T21:00:00+00:00",
        ),
        "confidential-information",
    ),
    (
        "a meeting's notice lists an item for closed session",
        dict(
            text="Full Council meets on Tuesday at 7pm in the Miners' Welfare Hall. Main "
            "business: the budget, then the grounds maintenance contract in closed session.",
            kind="official",
            author="p-clerk",
            at="2027-01-08T10:00:00+00:00",
        ),
        "confidential-information",
    ),
    (
        "sympathy with allotment holders, not a verdict on their rents",
        dict(
            text="Allotment holders, I'm so sorry this is happening to your sheds. Please report "
            "anything you see to the police on 101.",
            author="p-cllr-ahmed",
            at="2027-01-29T18:00:00+00:00",
        ),
        "predetermination",
    ),
    (
        "a declared interest, not a closed mind",
        dict(
            text="As a sparky, I won't be quoting for any lights work for groups that get a "
            "council grant. Conflict of interest, simple as.",
            author="p-cllr-fairbrother",
            at="2027-09-30T12:00:00+01:00",
        ),
        "predetermination",
    ),
    (
        "the council has no view yet; the poster speaks for herself",
        dict(
            text="A few of you asked what the parish council thinks about the mobile library's "
            "hours. The council hasn't discussed it, so I can only speak for myself: one "
            "morning a fortnight isn't enough.",
            author="p-cllr-gill",
            at="2027-06-20T12:00:00+01:00",
        ),
        "personal-opinion-as-council",
    ),
    (
        "an act warned against, not urged",
        dict(
            text="New swings going in at Mill Lane play area. It's still a building site, so "
            "please don't let the kids climb over, the fencing is there for a reason.",
            author="p-caretaker",
            at="2027-02-15T16:00:00+00:00",
        ),
        "contrary-to-decision",
    ),
]
POSITIVES = [
    (
        "the closed bit of the meeting",
        dict(
            text="Can't say much, but the closed bit on Tuesday got heated over the grass "
            "cutting bids 🤐",
            author="p-cllr-wragg",
            at="2027-01-14T20:00:00+00:00",
        ),
        "confidential-information",
    ),
    (
        "a verdict on the allotment rents",
        dict(
            text="The allotment rent rise is happening whatever the plot holders say.",
            author="p-cllr-wragg",
            at="2027-01-29T18:00:00+00:00",
        ),
        "predetermination",
    ),
    (
        "the council's view claimed",
        dict(
            text="The parish council thinks the mobile library's hours are a disgrace.",
            author="p-cllr-gill",
            at="2027-06-20T12:00:00+01:00",
        ),
        "personal-opinion-as-council",
    ),
    (
        "an act urged against a decision",
        dict(
            text="Mill Lane play area's fenced off for no reason. Just climb over, the kids "
            "deserve their swings back.",
            author="p-cllr-dawson",
            at="2027-02-15T16:00:00+00:00",
        ),
        "contrary-to-decision",
    ),
]

test_family_fires = family_fires(POSITIVES, context="treeton")
test_near_miss_stays_quiet = near_miss_stays_quiet(NEGATIVES, context="treeton")
