"""Table-driven tests for session 18's second rule round (round 27).

Found on devstyle293-308 (blind in cycle 1 of session 18, open since), clause 6.1: the title in
disguise on a personal account, "Counci11or Booth" (ones for els), "Cl|r Gill" (a bar for an el:
"|r" is not the text-speak "r" for "are"), the misspelt "Counciller" in a display name, and a
sign-off with an initial or a kiss between the name and the title ("Terry W (Cllr, Treeton
North)", "Denise x (Cllr, Treeton North)"). Not: a colleague called "Cllr" (the title is the
author's own only), nor the kiss sign-off without a title.

Clause 6.4: a camera the council put up swung round to face somewhere else, told with no "I"
("Swung one of the rec cameras round to face the Foxglove Park entrance"); not one turned for a
repair.
"""

from __future__ import annotations

from .conftest import family_fires, near_miss_stays_quiet

POSITIVES_27 = [
    (
        "ones for the els of Councillor",
        dict(
            text="Counci11or Booth reporting for duty 🫡 send me your gully photos.",
            author="p-cllr-booth",
        ),
        "councillor-title",
    ),
    (
        "a bar for the el of Cllr",
        dict(
            text="Women's XI training moves to Wednesdays 🏏 See you there ladies! ~ Cl|r Gill",
            author="p-cllr-gill",
        ),
        "councillor-title",
    ),
    (
        "the misspelt title in the display name",
        dict(
            text="Is it true the old butcher's is turning into a Greggs?? 😂",
            author="p-cllr-dawson",
            display_name="Counciller Keith Dawson",
        ),
        "councillor-title",
    ),
    (
        "an initial between the name and the title",
        dict(
            text="Band's been going since 1893 without help. Terry W (Cllr, Treeton North)",
            author="p-cllr-wragg",
        ),
        "councillor-title",
    ),
    (
        "a kiss between the name and the title",
        dict(
            text="Planning meeting moved to Thursday, 7pm. New faces welcome! Denise x (Cllr, "
            "Treeton North)",
            author="p-cllr-carr",
        ),
        "councillor-title",
    ),
]

NEGATIVES_27 = [
    (
        "a colleague called by the disguised title",
        dict(text="Cl|r Gill is running the Women's XI sessions now 🏏", author="p-cllr-carr"),
        "councillor-title",
    ),
    (
        "the kiss sign-off without a title",
        dict(
            text="Planning meeting moved to Thursday, 7pm. New faces welcome! Denise x (Treeton "
            "in Bloom)",
            author="p-cllr-carr",
        ),
        "councillor-title",
    ),
]

CAMERA_SWUNG = [
    (
        "a council camera swung round to face elsewhere",
        dict(
            text="Swung one of the rec cameras round to face the Foxglove Park entrance. That's "
            "where the bother is these days 🤷",
            author="p-caretaker",
        ),
        "contrary-to-decision",
    ),
]
CAMERA_REPAIRED = [
    (
        "a camera turned round for a repair",
        dict(
            text="The engineer turned the rec camera round to face the gate while the repairs "
            "were done; it's back as it was now.",
            author="p-caretaker",
        ),
        "contrary-to-decision",
    ),
]

test_family_fires_27 = family_fires(POSITIVES_27 + CAMERA_SWUNG, context="treeton")
test_near_miss_stays_quiet_27 = near_miss_stays_quiet(
    NEGATIVES_27 + CAMERA_REPAIRED, context="treeton"
)
