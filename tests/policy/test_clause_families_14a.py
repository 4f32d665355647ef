"""Table-driven tests for session 7's one rule change (6.9): a dehumanising word said of a
party's people ("The Tories are scum", "Reform are vermin") is abuse of the people in it, not
criticism of a record; dev.jsonl labels "the local Reform misogynists" 6.9. Milder words and
criticism of a party's record stay protected political speech.
"""

from __future__ import annotations

from .conftest import family_fires, near_miss_stays_quiet

POSITIVES = [
    ("a party called scum", dict(text="The Tories are scum."), "personal-attack"),
    (
        "scum, every last one",
        dict(text="Reform are scum, every last one of them."),
        "personal-attack",
    ),
    (
        "parties named just before the insult",
        dict(text="Labour, Tory, all the same. Scum, every last one of them."),
        "personal-attack",
    ),
    ("parasites", dict(text="Tories are parasites on the poor."), "personal-attack"),
]

NEGATIVES = [
    (
        "a party's record criticised",
        dict(text="Labour's record on Rotherham's buses speaks for itself: routes cut, fares up."),
        "personal-attack",
    ),
    (
        "a record called filth, no people insulted",
        dict(text="The Labour Party's record on housing is a disgrace."),
        "personal-attack",
    ),
    (
        "milder words about a party",
        dict(text="Labour are clowns when it comes to buses."),
        "personal-attack",
    ),
    (
        "scum with no party and nobody",
        dict(text="The state of this bus shelter, scum everywhere."),
        "personal-attack",
    ),
]


test_family_fires = family_fires(POSITIVES)
test_near_miss_stays_quiet = near_miss_stays_quiet(NEGATIVES)
