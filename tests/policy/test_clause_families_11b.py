"""Table-driven tests for the eleventh round, lane B: 6.11, 6.2, G.3, G.4 and 6.6.

Families: the outcome of an item still to be decided called certain by an idiom ("a no
brainer", "it's in the bag", "the play area IS happening", "about time", "I've already made my
mind up"), and on the council's page that is the council's view too (6.2); the faithful sneered
at by name ("happy-clappers") or a minority faith's observance blamed for a nuisance with an
eye-roll (G.3); a question of when, where or who answered with the day, the colleague's absence
and cover, or the firm's name (no G.4); a colleague named in the post answered and judged in the
reply by pronoun ("She's hardly ever there 🙄") (6.6). Hard negatives: "I haven't made my mind
up", "what's happening with the play area?", a festival greeting, a neutral mention of the
mosque, a complaint answered with nothing, a colleague's pronoun with their contact details.
Every case is written for the Ashby Green test registers (tests/policy/context.yaml).
"""

from __future__ import annotations

import pytest

from .conftest import make_post, rules_raised

BEFORE = "2027-02-20T12:00:00+00:00"  # before the meeting of 9 March 2027
ASKED_ABOUT_DUNN = "Does anyone know why Cllr Dunn missed the meeting on Tuesday?"

POSITIVES = [
    # 6.11: the outcome called certain by an idiom
    (
        "no brainer",
        dict(text="The play area at Mill Field is a no brainer, get it built", at=BEFORE),
        "predetermination",
    ),
    (
        "in the bag",
        dict(text="Don't fret about the hall hire rise, it's in the bag 👍", at=BEFORE),
        "predetermination",
    ),
    (
        "IS happening",
        dict(text="The play area IS happening, just a question of where", at=BEFORE),
        "predetermination",
    ),
    (
        "about time",
        dict(text="Hall hire going up 12.5% and about time if you ask me", at=BEFORE),
        "predetermination",
    ),
    (
        "already made my mind up",
        dict(text="Phone mast on Quarry Lane? I've already made my mind up on that 🤐", at=BEFORE),
        "predetermination",
    ),
    # 6.2: the same on the council's page
    (
        "no brainer on the council's page",
        dict(
            text="The play area at Mill Field is a no brainer, see you on the 9th",
            kind="official",
            author="p-chair",
            at=BEFORE,
        ),
        "personal-opinion-as-council",
    ),
    # G.3: the faithful sneered at
    (
        "happy-clappers",
        dict(text="Good turnout at the fete, shame about the happy-clappers on the gate"),
        "politics-religion",
    ),
    (
        "observance blamed with an eye-roll",
        dict(text="Eid's over, so maybe the parking on Main Street gets back to normal 🙄"),
        "politics-religion",
    ),
    # 6.6: a colleague judged by pronoun in a reply
    (
        "pronoun for the colleague named in the post answered",
        dict(text="She's hardly ever there, too busy 🙄", reply=ASKED_ABOUT_DUNN),
        "comment-on-colleague",
    ),
]

NEGATIVES = [
    (
        "haven't made my mind up",
        dict(text="Phone mast on Quarry Lane: I genuinely haven't made my mind up", at=BEFORE),
        {"predetermination"},
    ),
    (
        "what's happening with it?",
        dict(text="What's happening with the play area at Mill Field? Anyone know?", at=BEFORE),
        {"predetermination"},
    ),
    (
        "an officer is not a decision-maker",
        dict(text="Hall hire going up? It's a no brainer", author="p-clerk", at=BEFORE),
        {"predetermination"},
    ),
    (
        "a festival greeting",
        dict(text="Eid Mubarak to everyone celebrating in Ashby Green 🌙"),
        {"politics-religion"},
    ),
    (
        "a neutral mention of the mosque",
        dict(text="The mosque are hosting the litter pick on Saturday, all welcome"),
        {"politics-religion"},
    ),
    (
        "when answered with the day",
        dict(
            text="Saturday 12 June, 10am at the hall 🙂",
            reply="When's the next litter pick? Main Street is a tip",
        ),
        {"resolution-route"},
    ),
    (
        "where's the warden answered with the cover",
        dict(
            text="He's off sick at the minute so we're sorting cover for the bins",
            reply="Bins by the hall overflowing AGAIN. Where's the warden?",
        ),
        {"resolution-route"},
    ),
    (
        "a pronoun with the colleague's contact",
        dict(
            text="She's the one to ask, cllr.brennan@ashbygreenpc.gov.uk",
            reply="Who's Cllr Brennan? Never heard of her",
        ),
        {"comment-on-colleague"},
    ),
]


@pytest.mark.parametrize("label,kwargs,slug", POSITIVES, ids=[p[0] for p in POSITIVES])
def test_family_fires(ctx, label, kwargs, slug):
    assert slug in rules_raised(make_post(**kwargs), ctx), label


@pytest.mark.parametrize("case", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_near_miss_stays_quiet(ctx, case):
    label, kwargs, quiet = case
    assert not rules_raised(make_post(**kwargs), ctx) & quiet, label


def test_complaint_brushed_off_still_needs_a_route(ctx):
    post = make_post(
        "Saturday probably, we'll see",
        reply="Fly-tipping behind the hall for weeks and nobody does anything. Disgusting.",
    )
    assert "resolution-route" in rules_raised(post, ctx)
