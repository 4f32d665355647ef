"""Table-driven tests for session 19's fourth rule round (round 32).

Found on devstyle397-420 (read once scored), clauses 5.1 and 6.5: the poster's own number or
home, not someone else's, when the words around it say so: "ring me at home on 0114 ...", "My
door's always open, 6 Hollin Close", "drop it round to me at 9 Laburnum Grove". Still someone
else's: "drop yours round to 4 Well Lane" (the one spoken to).
"""

from __future__ import annotations

from .conftest import family_fires, near_miss_stays_quiet

NOT_SOMEONE_ELSES_32 = [
    (
        "ring me at home, on the council's page",
        dict(
            text="The office is shut until 2 January. If anything urgent crops up with the hall, "
            "ring me at home on 0114 496 0519, I'll be in most days.",
            kind="official",
            author="p-cllr-ahmed",
        ),
        "personal-data",
    ),
    (
        "my door's always open",
        dict(
            text="Potholes, buses, street lights, I'll chase the lot. My door's always open, 6 "
            "Hollin Close, any night after tea.",
            author="p-cllr-booth",
        ),
        "personal-data",
    ),
    (
        "drop it round to me",
        dict(
            text="Baking for tomorrow's cake table. If you've made owt, drop it round to me at 9 "
            "Laburnum Grove tonight.",
            author="p-cllr-hollis",
        ),
        "personal-data",
    ),
]
SOMEONE_ELSES_32 = [
    (
        "drop yours round to the one spoken to",
        dict(
            text="Margaret love, I'll drop yours round to 4 Well Lane on Saturday.",
            author="p-cllr-hollis",
        ),
        "personal-data",
    ),
]

test_family_fires_32 = family_fires(SOMEONE_ELSES_32, context="treeton")
test_near_miss_stays_quiet_32 = near_miss_stays_quiet(NOT_SOMEONE_ELSES_32, context="treeton")
