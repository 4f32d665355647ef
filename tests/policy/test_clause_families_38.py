"""Tests for session 21's second rule round (round 38): a call to harm warned against.

"Take matters into (your own hands)" is a call to harm (6.9, 6.10) where the poster urges it, not
where the poster warns against it: "I'll make the case through the proper channels. In the
meantime please don't take matters into your own hands." Found on CC (devstyle525-540): a
breach on a clean post (bench/README.md, "Session 21").
"""

from __future__ import annotations

from .conftest import family_fires, near_miss_stays_quiet

NEGATIVES = [
    (
        "warned against, after a lost vote accepted",
        dict(
            text="I argued for an organised bonfire and lost the vote fair and square. I'll make "
            "the case again through the proper channels. In the meantime please don't take "
            "matters into your own hands.",
            author="p-cllr-booth",
            at="2026-11-15T12:00:00+00:00",
        ),
        "hostile-language",
    ),
    (
        "warned against, with the police's number",
        dict(
            text="Please do not take matters into your own hands: ring 101.",
            author="p-cllr-booth",
            at="2026-11-15T12:00:00+00:00",
        ),
        "hostile-language",
    ),
]
POSITIVES = [
    (
        "urged",
        dict(
            text="Time to take matters into our own hands, lads.",
            author="p-cllr-booth",
            at="2026-11-15T12:00:00+00:00",
        ),
        "hostile-language",
    ),
    (
        "urged if the police do nothing",
        dict(
            text="If the police won't sort them, we'll take matters into our own hands.",
            author="p-cllr-booth",
            at="2026-11-15T12:00:00+00:00",
        ),
        "hostile-language",
    ),
]

test_family_fires = family_fires(POSITIVES, context="treeton")
test_near_miss_stays_quiet = near_miss_stays_quiet(NEGATIVES, context="treeton")
