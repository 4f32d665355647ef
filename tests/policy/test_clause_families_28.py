"""Table-driven tests for session 18's third rule round (round 28).

Found on devstyle309-324 (blind in cycle 2 of session 18, open since), clause 6.6: a job named by
its role ("applications for the caretaker job", "the caretaker post couldn't be full time",
"Interviews for the caretaker post take place next week") is the vacancy, not the colleague who
holds or held it. Still a comment: the caretaker himself, praised or criticised, and the Clerk's
pay held against her.
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

test_family_fires_28 = family_fires(POSITIVES_28, context="treeton")
test_near_miss_stays_quiet_28 = near_miss_stays_quiet(NEGATIVES_28, context="treeton")
