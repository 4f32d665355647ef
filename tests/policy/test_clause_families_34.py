"""Tests for session 20's second rule round (round 34): the heads' veto.

A rule's finding in the text on a clause judged from the words alone (6.2, 6.3, 6.10, G.2, G.3, G.4)
is dropped where that clause's head reads the post at under the pack's ``rule_veto_head`` (0.2; 0.1
until session 21): a police warning about con artists shared on the council's page is no allegation
(6.10), though the rules match "con artists". The clauses that rest on the registers (6.4, 6.11,
6.5, 6.6, 5.1), the insults of 6.9 and findings outside the text are never dropped: the heads cannot
read the registers or the profile. Chosen on bench/recent_cv.py's four folds (0.9036 -> 0.9060,
higher on all four; bench/README.md, "Session 20").
"""

from __future__ import annotations

import pytest

from civicpost.policy import load_pack
from civicpost.policy.rules import Checking
from civicpost.policy.rules.hints import unlike_clauses

from .conftest import make_post, rules_raised, with_thresholds

POLICE_WARNING = (
    "Shared from South Yorkshire Police: con artists are ringing older residents pretending to "
    "be from the bank. Never give your PIN over the phone, and report it on 101."
)
# (label, make_post arguments, rule slug): raised by the rule alone, dropped by the veto
DROPPED = [
    (
        "a police warning shared: no allegation",
        dict(text=POLICE_WARNING, kind="official", author="p-clerk"),
        "unlawful-allegation",
    ),
    # A known limit, kept in view: the 6.10 head reads this short call (on the test registers'
    # precept) as far from the posts labelled 6.10, so the veto drops the rule's finding.
    (
        "incitement not to pay, read as far-fetched",
        dict(text="My advice: refuse to pay the parish precept."),
        "unlawful-allegation",
    ),
]
# Clauses resting on the registers keep their rules' findings whatever the heads read.
KEPT = [
    (
        "an insult on the council's page (6.9), read by the 6.9 head at 2%",
        dict(
            text="Councillor Dunn is an idiot and should resign over the skate park.",
            kind="official",
            author="p-clerk",
        ),
        "personal-attack",
    ),
    (
        "a decision campaigned against (6.4)",
        dict(text="They voted to shut the library bus stop. Ignore the notices and keep using it!"),
        "contrary-to-decision",
    ),
]


def test_the_pack_sets_the_floor():
    assert load_pack().threshold("rule_veto_head", -1.0) == 0.2


# Session 21 raised the floor from 0.1 to 0.2 (four folds over devstyle365-508, then sixteen blind
# sets): a jibe at a colleague's expenses that the rules read as an allegation (6.10), which the
# 6.10 head reads at about 0.17 (heads 52), far from the posts labelled 6.10. The probability moves
# a little with each retraining: pick a wording well inside the band (0.1, 0.2) when it leaves it
# (heads 52 moved session 21's wording, which ended "Waste of a seat, that one", to 0.27).
EXPENSES_JIBE = (
    "Funny how the Ledger never mentions Cllr Dunn's £32 train to Leeds for a course he left at "
    "half eleven. Waste of a seat 🤷"
)


def test_the_floor_of_session_21_drops_what_0_1_kept(ctx):
    post = make_post(text=EXPENSES_JIBE)
    pack = load_pack()
    at_0_1 = with_thresholds(pack, rule_veto_head=0.1)
    assert "unlawful-allegation" in rules_raised(post, ctx, at_0_1)
    assert "unlawful-allegation" not in rules_raised(post, ctx, pack)


@pytest.mark.parametrize(("label", "kwargs", "slug"), DROPPED, ids=[c[0] for c in DROPPED])
def test_the_veto_drops(ctx, label, kwargs, slug):
    post = make_post(**kwargs)
    assert slug in rules_raised(post, ctx), label
    assert slug not in rules_raised(post, ctx, load_pack()), label


@pytest.mark.parametrize(("label", "kwargs", "slug"), KEPT, ids=[c[0] for c in KEPT])
def test_the_veto_keeps_the_register_clauses(ctx, label, kwargs, slug):
    assert slug in rules_raised(make_post(**kwargs), ctx, load_pack()), label


def test_only_the_clauses_judged_from_the_words(ctx):
    """Every clause with a head, raised at once by a post the heads read as nothing: only the
    six judged from the words come back."""
    checking = Checking(make_post(text="Lovely morning for it."), ctx, load_pack())
    raised = {"6.2", "6.3", "6.4", "6.5", "6.6", "6.9", "6.10", "6.11", "5.1", "G.2", "G.3", "G.4"}
    assert unlike_clauses(checking, raised) == {"6.2", "6.3", "6.10", "G.2", "G.3", "G.4"}
    assert unlike_clauses(checking, {"6.1", "6.7", "4.1"}) == set()


@pytest.mark.parametrize(("floor", "vetoed"), [(0.0, set()), (1.01, {"6.10"})])
def test_the_floor_is_the_packs(ctx, floor, vetoed):
    pack = with_thresholds(load_pack(), rule_veto_head=floor)
    checking = Checking(make_post(text=POLICE_WARNING), ctx, pack)
    assert unlike_clauses(checking, {"6.9", "6.10"}) == vetoed
