"""Table-driven tests for session 19's rule round (round 29).

Found on devstyle325-332 and devstyle349-364 (blind in session 18, open since). Clause 6.7: a
resident named by title and surname where the post gives a street ("Mr and Mrs Dyson at 31 Beech
Avenue", "Mrs Hinchliffe on Hollin Close"); not a nickname ("Mr Conspiracy") nor a titled name
with no street. Clauses 6.9 and 6.10: thieves nobody knows, spoken of with "the" or "these"
("caught the thieves", "the glass the thieves leave behind"), are the crime, not a charge; "the
Hursts are the thieves" still is. Clause 6.6: on the council's page, where the only approval in
force covers factual mention, praise of a councillor in the same sentence ("what a job Cllr Gill
did", "who've grafted for this village") or in a few words after ("... raised £212! Brilliant
work") is a comment; "Thank you all!" after a factual mention is not.
"""

from __future__ import annotations

from .conftest import family_fires, near_miss_stays_quiet

OFFICIAL = dict(kind="official", author="p-clerk")

POSITIVES_29 = [
    (
        "a resident by title and surname, with her street",
        dict(
            text="Main paths gritted. Mrs Hinchliffe on Hollin Close asked me to put out that "
            "her front step's lethal, so if anyone's passing give it a shovel.",
            author="p-cllr-carr",
        ),
        "name-without-permission",
    ),
    (
        "a couple by title and surname, with their address",
        dict(
            text="Thank you to Mr and Mrs Dyson at 31 Beech Avenue, whose doorbell camera "
            "caught the thieves on Sunday night.",
            at="2026-11-18T12:00:00+00:00",
            **OFFICIAL,
        ),
        "name-without-permission",
    ),
    (
        "known thieves called so",
        dict(
            text="Everyone on Beech Avenue knows the Hursts are the thieves. Lock your sheds.",
            author="p-cllr-dawson",
        ),
        "unlawful-allegation",
    ),
    (
        "praise of a councillor in a few words after the sentence naming her",
        dict(
            text="Cllr Carr pulled together yesterday's Pancake Day bake sale for the fridge and "
            "it raised £212! Brilliant work 🥞",
            at="2027-02-10T12:00:00+00:00",
            **OFFICIAL,
        ),
        "comment-on-colleague",
    ),
    (
        "praise in the sentence naming him",
        dict(
            text="Come to the exhibition preview and meet Cllr Dawson, who's grafted for this "
            "village for years.",
            at="2028-02-14T12:00:00+00:00",
            **OFFICIAL,
        ),
        "comment-on-colleague",
    ),
]

NEGATIVES_29 = [
    (
        "a nickname, no street",
        dict(
            text="Oh here's Mr Conspiracy again 🙄 Maybe try reading the agenda before you start "
            "a panic.",
            author="p-cllr-gill",
        ),
        "name-without-permission",
    ),
    (
        "a titled name with no street",
        dict(
            text="Lovely service at St Helen's this morning, and a cracking sermon from the new "
            "curate.",
            author="p-cllr-gill",
        ),
        "name-without-permission",
    ),
    (
        "the thieves nobody knows, caught on camera",
        dict(
            text="Thank you to everyone whose doorbell camera caught the thieves on Sunday "
            "night. The footage is now with the police.",
            author="p-cllr-booth",
        ),
        "unlawful-allegation",
    ),
    (
        "these thieves, in general",
        dict(
            text="Rotherham's part-night street lighting is a gift to these thieves. I've "
            "written to the cabinet member asking for a rethink on the back lanes.",
            author="p-cllr-booth",
        ),
        "personal-attack",
    ),
    (
        "a factual mention, then thanks to all",
        dict(
            text="Saturday's spring clean: 52 sacks and three trolleys. Cllr Wragg and Cllr Carr "
            "led the Wood Lane team. Thank you all!",
            at="2028-02-14T12:00:00+00:00",
            **OFFICIAL,
        ),
        "comment-on-colleague",
    ),
]

test_family_fires_29 = family_fires(POSITIVES_29, context="treeton")
test_near_miss_stays_quiet_29 = near_miss_stays_quiet(NEGATIVES_29, context="treeton")
