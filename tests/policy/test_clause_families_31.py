"""Table-driven tests for session 19's third rule round (round 31).

Found on devstyle381-396 (cycle 2's groups, read once scored), clause 6.9: a person called racist
is an insult ("you're a racist"), but racist graffiti or stickers reported to the police are the
crime, not an attack on anyone.
"""

from __future__ import annotations

from .conftest import family_fires, near_miss_stays_quiet

POSITIVES_31 = [
    (
        "a person called racist",
        dict(
            text="reply: you're a racist and everyone on this page knows it",
            author="p-cllr-dawson",
        ),
        "personal-attack",
    ),
]
NEGATIVES_31 = [
    (
        "racist stickers reported to the police",
        dict(
            text="If you've spotted the racist stickers going up round the Co-op, please report "
            "them to the police on 101 before peeling them off.",
            author="p-cllr-ellison",
        ),
        "personal-attack",
    ),
    (
        "racist graffiti, a police appeal",
        dict(
            text="Officers want to hear from anyone who saw racist graffiti being sprayed on the "
            "bus shelter late on Sunday. Call 101.",
            kind="official",
            author="p-clerk",
        ),
        "personal-attack",
    ),
]

test_family_fires_31 = family_fires(POSITIVES_31, context="treeton")
test_near_miss_stays_quiet_31 = near_miss_stays_quiet(NEGATIVES_31, context="treeton")
