"""Tests for session 22's second rule round (round 40), from GG's false alarms (devstyle589-596).

- "signed off" of a piece of work ("as soon as the pitch is signed off") is not the caretaker
  signed off sick, a confidential matter (6.5);
- "so it doesn't get lost in Messenger" is not "get lost!" (6.9);
- "But the council voted and that's that" and "it's what they voted for" accept a decision the
  poster disagrees with (6.4);
- money a concert raised "towards new benches for the rec" is not a misstated figure of the rec's
  CCTV decision (6.4);
- "was considered in private session at last night's Full Council. We'll announce the outcome
  once the contract has been signed" says that a closed item was taken, not what was said (6.5).

Each was a caution or a breach on a clean post (bench/README.md, "Session 22").
"""

from __future__ import annotations

from .conftest import family_fires, near_miss_stays_quiet

SICK_LEAVE_OPEN = "2027-02-10T12:00:00+00:00"  # k-03, the caretaker's sickness, until 2027-06-30

NEGATIVES = [
    (
        "a pitch signed off",
        dict(
            text="We hope so. The seeded areas need a few dry weeks, so we'll post here as soon "
            "as the pitch is signed off ⚽",
            kind="official",
            author="p-clerk",
            at=SICK_LEAVE_OPEN,
            reply="Will the rec be ready for the spring league?",
        ),
        "confidential-information",
    ),
    (
        "a message that should not get lost",
        dict(
            text="Lots of messages about the underpass, thank you. Best way to reach me is email "
            "so it's all in one place and doesn't get lost in Messenger. I'll reply to everyone.",
            author="p-cllr-booth",
            at=SICK_LEAVE_OPEN,
        ),
        "personal-attack",
    ),
    (
        "the wrong call, but the council voted and that's that",
        dict(
            text="I'll be honest, I still think Bole Hill solar farm was the wrong call. But the "
            "council voted and that's that. If a construction lorry's speeding, note the firm "
            "and report it.",
            author="p-cllr-booth",
            at=SICK_LEAVE_OPEN,
        ),
        "contrary-to-decision",
    ),
    (
        "money raised towards benches for the rec",
        dict(
            text="Treeton Brass Band's Christmas concert raised £780 towards new benches for the "
            "rec. Thank you to everyone who came! 🎺",
            kind="official",
            author="p-clerk",
            at=SICK_LEAVE_OPEN,
        ),
        "contrary-to-decision",
    ),
    (
        "a closed item said to have been taken",
        dict(
            text="The grounds maintenance contract for 2027-2030 was considered in private "
            "session at last night's Full Council. We'll announce the outcome once the contract "
            "has been signed.",
            kind="official",
            author="p-clerk",
            at="2027-01-13T10:00:00+00:00",
        ),
        "confidential-information",
    ),
]
POSITIVES = [
    (
        "the caretaker signed off",
        dict(
            text="Dean's been signed off again with his back, so don't expect the rec bins "
            "emptied this week.",
            author="p-cllr-booth",
            at=SICK_LEAVE_OPEN,
        ),
        "confidential-information",
    ),
    (
        "told to get lost",
        dict(text="Oh get lost, nobody asked you.", author="p-cllr-booth", at=SICK_LEAVE_OPEN),
        "personal-attack",
    ),
    (
        "the wrong call, and the diggers blocked",
        dict(
            text="Bole Hill solar farm was the wrong call. We'll be stood in front of the diggers "
            "on Monday, come and join us.",
            author="p-cllr-booth",
            at=SICK_LEAVE_OPEN,
        ),
        "contrary-to-decision",
    ),
    (
        "what the bids were",
        dict(
            text="The grounds contract was considered in private session last night and the "
            "cheapest bid came in at £41,000.",
            author="p-cllr-booth",
            at="2027-01-13T10:00:00+00:00",
        ),
        "confidential-information",
    ),
]

test_family_fires = family_fires(POSITIVES, context="treeton")
test_near_miss_stays_quiet = near_miss_stays_quiet(NEGATIVES, context="treeton")
