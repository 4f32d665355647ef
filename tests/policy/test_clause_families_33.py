"""Table-driven tests for session 20's first rule round (round 33).

Clause 6.3 beside 6.9 (``disrepute_beside_hostility``) only where the post also reads somewhat like
the posts labelled 6.3: the 6.3 head's probability at least the pack's
``hostility_disrepute_head`` (0.4), well under the 6.3 hint's own threshold. The writers add 6.3
to a colleague's put-down of residents or a village group ("the rest of you are idle scum"), not
to every hostile post ("a virtue-signalling muppet"); on bench/recent_cv.py's four folds the gate
scored 0.9034 -> 0.9045, higher on all four (bench/README.md, "Session 20").
"""

from __future__ import annotations

import pytest

from civicpost.policy import load_pack
from civicpost.policy.rules import Checking
from civicpost.policy.rules.hints import disrepute_beside_hostility

from .conftest import make_post, with_thresholds

PUT_DOWN = "The bowls club committee are a bunch of freeloaders, the lot of them."
SNEER = "Anyone wearing a poppy before November is a virtue-signalling muppet. There, I said it."


def _hit(ctx, text: str, threshold: float | None = None, author: str = "p-cllr-cole"):
    pack = load_pack()
    if threshold is not None:
        pack = with_thresholds(pack, hostility_disrepute_head=threshold)
    post = make_post(text=text, author=author)
    return disrepute_beside_hostility(Checking(post, ctx, pack), {"6.9"})


def test_the_pack_sets_the_gate():
    assert load_pack().threshold("hostility_disrepute_head", -1.0) == 0.5  # 0.4 until session 23


@pytest.mark.parametrize(
    ("label", "text", "author", "fires"),
    [
        ("a put-down of a village group", PUT_DOWN, "p-cllr-cole", True),
        ("a sneer that reads unlike 6.3", SNEER, "p-warden", False),
        ("the same sneer by a councillor", SNEER, "p-cllr-cole", False),
    ],
)
def test_disrepute_beside_hostility_reads_like_6_3(ctx, label, text, author, fires):
    assert (_hit(ctx, text, author=author) is not None) is fires, label


@pytest.mark.parametrize(("threshold", "fires"), [(0.0, True), (1.01, False)])
def test_the_gate_is_the_packs(ctx, threshold, fires):
    """The same sneer with the gate open (0) and shut (above any probability)."""
    assert (_hit(ctx, SNEER, threshold) is not None) is fires
