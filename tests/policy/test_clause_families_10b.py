"""Table-driven tests for the tenth round, lane B: G.4, and two chores (4.3 evidence, place
names in the pack).

Families (G.4): a concern put as a question of who or what will deal with it ("who do I even
call??", "where are we supposed to park now?", "what are you gonna do about it?", "how is
that fair?") or an unanswered message ("emailed ... three weeks back, no reply"); on the
council's own page, a problem on the ground raised with a jab at "you lot" is still a concern
the page owes a route for (a councillor's retort on a personal page is a row, judged under
G.2); the only concern in the post answered being money said to be wasted ("wasting money on
the hanging baskets") is a view to answer, not a problem to route. Chores: the 4.3 evidence
says what was seen (a paid post, spending mentioned, or the return dodged); the council's own
place names come from the pack's ``local_place_words`` lexicon, not from code. Every case is
written for the Ashby Green test registers (tests/policy/context.yaml); hard negatives sit
next to the positives.
"""

from __future__ import annotations

import dataclasses

import pytest

from civicpost.policy import check
from civicpost.policy.rules import agenda_refs

from .conftest import family_fires, make_post, rules_raised

CAMPAIGN = "2028-04-10T12:00:00+01:00"  # Owen Cole and Alice Brennan stand at e-2028
OFFICIAL = dict(kind="official", author="p-chair")

POSITIVES = [
    (
        "who do I even call",
        dict(
            text="Tell me about it, ours was shaking under the table all night.",
            reply="Fireworks going off on Quarry Lane every night, the dog's a wreck. Who do I "
            "even call??",
        ),
        "resolution-route",
    ),
    (
        "where are we supposed to park",
        dict(
            text="Ha, walk like the rest of us 🚶",
            reply="They've coned off the hall car park for the fete. Where are we supposed to "
            "park now?",
        ),
        "resolution-route",
    ),
    (
        "how is that fair",
        dict(
            text="Decision's been made, sorry. Better luck next round.",
            reply="The cricket club got nothing from the grants again. How is that fair?",
        ),
        "resolution-route",
    ),
    (
        "an unanswered email",
        dict(
            text="Join the club 🙄",
            reply="Emailed the council three weeks back about the broken bench, no reply. Is "
            "anyone actually there?",
        ),
        "resolution-route",
    ),
    (
        "the council's page: a problem raised with a jab",
        dict(
            text="Funny how nobody complains when the hanging baskets go up.",
            reply="Potholes all down Main Street and you lot sit on your hands. What are we "
            "paying you for?",
            **OFFICIAL,
        ),
        "resolution-route",
    ),
    (
        "the council's page: what are you gonna do about it",
        dict(
            text="We're not miracle workers.",
            reply="Vans on the green again, what are you gonna do about it?",
            **OFFICIAL,
        ),
        "resolution-route",
    ),
    (
        "money wasted and a problem named",
        dict(
            text="Baskets come out of a different pot, sorry.",
            reply="Wasting money on hanging baskets while the potholes on Main Street get worse",
        ),
        "resolution-route",
    ),
]

NEGATIVES = [
    (
        "money said to be wasted, answered with a retort",
        dict(
            text="And you moaning about it again. Find a hobby.",
            reply="The council wasting money on hanging baskets again.",
        ),
        {"resolution-route"},
    ),
    (
        "a spend objected to as a waste of our money",
        dict(
            text="Says the man who's never been to a meeting 😂",
            reply="A skate park?? Total waste of our money.",
        ),
        {"resolution-route"},
    ),
    (
        "a councillor's retort on a personal page: a row, not a route",
        dict(
            text="And you've moaned about it for eleven. Give it a rest.",
            reply="Potholes all down Main Street and you've done nothing in ten years",
        ),
        {"resolution-route"},
    ),
    (
        "who do I ring, answered with the route",
        dict(
            text="Report a missed bin on the Borough's site: https://www.borough.gov.uk/bins",
            reply="Bins not collected on Mill Field, who do I ring?",
        ),
        {"resolution-route"},
    ),
    (
        "where to park, answered with the place",
        dict(
            text="The school has opened its car park for the day, just off Main Street 👍",
            reply="They've coned off the hall car park for the fete. Where are we supposed to "
            "park now?",
        ),
        {"resolution-route"},
    ),
]


test_family_fires = family_fires(POSITIVES)


@pytest.mark.parametrize("case", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_near_miss_stays_quiet(ctx, case):
    label, kwargs, quiet = case
    assert not rules_raised(make_post(**kwargs), ctx) & quiet, label


# ---- chore 1: the 4.3 evidence says what was seen ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "paid", "evidence"),
    [
        ("Re-elect Owen Cole on 4 May!", True, "paid post; author is a candidate"),
        (
            "Put £40 into Facebook ads this week so every house in the village sees it 👍",
            False,
            "spending on advertising mentioned; author is a candidate",
        ),
    ],
)
def test_election_advertising_evidence_says_what_was_seen(ctx, pack, text, paid, evidence):
    post = make_post(text, author="p-cllr-cole", paid=paid, at=CAMPAIGN)
    found = [f for f in check(post, ctx, pack).findings if f.rule == "election-advertising"]
    assert found and {f.evidence for f in found} == {evidence}


def test_unpaid_post_is_never_called_paid(ctx, pack):
    post = make_post(
        "Not declaring the Facebook boost, it's my own money anyway 🤷",
        author="p-cllr-cole",
        at=CAMPAIGN,
    )
    found = [f for f in check(post, ctx, pack).findings if f.rule == "election-advertising"]
    assert found and not any(f.evidence.startswith("paid post") for f in found)


# ---- chore 2: the council's place names come from the pack ------------------------------------


def test_place_words_come_from_the_pack_not_the_code(pack):
    assert {"treeton", "rotherham", "mbc"} <= agenda_refs.local_place_words(pack)
    assert not {"treeton", "rotherham", "mbc"} & agenda_refs._GENERIC_ITEM_WORDS
    assert "planning" in agenda_refs._GENERIC_ITEM_WORDS  # generic English stays in code
    assert agenda_refs.local_place_words(None) == frozenset()


def test_another_pack_names_its_own_places(ctx, pack):
    item = next(i for i in ctx.agenda_items if i.id == "ag-3")  # phone mast, Quarry Lane
    assert "quarry" in agenda_refs._item_words(item, agenda_refs.local_place_words(pack))
    ours = dataclasses.replace(
        pack, lexicons={**pack.lexicons, "local_place_words": ("quarry", "ashby")}
    )
    words = agenda_refs._item_words(item, agenda_refs.local_place_words(ours))
    assert "quarry" not in words and "mast" in words
