"""Tests for session 20's third rule round (round 35): a retort is the escalation, not an attack.

In a reply that escalates a thread (G.2 raised), a rule's 6.9 is dropped where the 6.9 head reads
the post at under the pack's ``heated_reply_attack_head`` (0.3): the writers label "Here we go.
Some of us actually do things round here." G.2 alone ("no insult as such") and a retort with an
insult in it ("you sad little man") 6.9 and G.2. Outside such a reply 6.9 stands as before. Chosen
on bench/recent_cv.py's four folds after round 34 (0.9060 -> 0.9070, higher on all four; 0.9072 at
0.5); on W (devstyle437-452, open, heads 44 not trained on it) 5 posts better, none worse
(bench/README.md, "Session 20").
"""

from __future__ import annotations

import dataclasses

import pytest

from civicpost.policy import load_pack
from civicpost.policy.rules import Checking
from civicpost.policy.rules.hints import unlike_clauses

from .conftest import make_post, rules_raised

HEATED = "This council is a joke, you lot never do anything for this village."
RETORT = "Here we go. Some of us actually do things round here."
INSULT = "Shame on YOU for counting other people's lapels, you sad little man. Get a life."


def test_the_pack_sets_the_floor():
    assert load_pack().threshold("heated_reply_attack_head", -1.0) == 0.5  # 0.3 until session 23


def test_a_retort_in_a_heated_reply_is_the_escalation(ctx):
    post = make_post(RETORT, reply=HEATED)
    assert {"personal-attack", "escalation"} <= rules_raised(post, ctx)
    raised = rules_raised(post, ctx, load_pack())
    assert "personal-attack" not in raised and "escalation" in raised


@pytest.mark.parametrize(
    ("label", "text", "kwargs"),
    [
        ("an insult in a heated reply", INSULT, dict(reply=HEATED)),
    ],
)
def test_the_attack_stands(ctx, label, text, kwargs):
    assert "personal-attack" in rules_raised(make_post(text, **kwargs), ctx, load_pack()), label


@pytest.mark.parametrize(
    ("escalated", "floor", "vetoed"),
    [(True, 0.3, {"6.9"}), (False, 0.3, set()), (True, 0.0, set())],
)
def test_only_in_a_reply_that_escalates(ctx, escalated, floor, vetoed):
    pack = load_pack()
    pack = dataclasses.replace(
        pack, thresholds={**pack.thresholds, "heated_reply_attack_head": floor}
    )
    checking = Checking(make_post(RETORT, reply=HEATED), ctx, pack)
    assert unlike_clauses(checking, {"6.9"}, escalated) == vetoed
