"""Tests for session 20's fourth rule round (round 36): a confidential matter past its date.

The 6.5 hint (``reads-as-confidential``) stays quiet where the only confidential matters of the
register that the post names are past their ``until`` date: the head learnt their names while
they were secret ("Kerbstone", "the Mill Lane paddock"), and the register says they may now be
told. The matter must be named by one of its own names or figures: "signed off" is as much a
new sickness as the old one. A matter still in date, or a post that names no matter, is read as
before. Found on W
(devstyle437-452): four of its 6.5 false alarms; guard over all labelled posts 34 better, 2
worse (bench/README.md, "Session 20").
"""

from __future__ import annotations

import pytest

from civicpost.policy import load_pack
from civicpost.policy.rules import Checking
from civicpost.policy.rules.hints import _names_only_lapsed_matters

from .conftest import make_post, rules_raised

KERBSTONE = (
    "Between ourselves, the Kerbstone business is going to the small claims court: we've withheld "
    "the £12,600 until they come back and fix the car park."
)


@pytest.mark.parametrize(
    ("label", "text", "at", "lapsed"),
    [
        ("past k-04's date", KERBSTONE, "2028-01-20T12:00:00+00:00", True),
        ("within k-04's date", KERBSTONE, "2027-11-20T12:00:00+00:00", False),
        (
            "no matter named",
            "Lovely turnout at the litter pick.",
            "2028-01-20T12:00:00+00:00",
            False,
        ),
        (
            "a new sickness in an old matter's words",
            "Go easy on the office, folks. Jo's been signed off with stress since the flood.",
            "2028-01-20T12:00:00+00:00",
            False,
        ),
        (
            "a lapsed matter beside one still in date",
            "The Mill Lane paddock is ours now; the Kerbstone dispute rumbles on.",
            "2027-11-20T12:00:00+00:00",
            False,
        ),
    ],
)
def test_names_only_lapsed_matters(treeton, label, text, at, lapsed):
    checking = Checking(make_post(text, at=at, author="p-cllr-gill"), treeton, load_pack())
    assert _names_only_lapsed_matters(checking) is lapsed, label


def test_the_hint_stays_quiet_past_the_date(treeton):
    def rules(at: str) -> set[str]:
        post = make_post(KERBSTONE, at=at, author="p-cllr-gill")
        return rules_raised(post, treeton, load_pack())

    # in date the rule names the matter (and the hint gives way to it); past it, neither speaks
    assert "confidential-information" in rules("2027-11-20T12:00:00+00:00")
    assert not {"confidential-information", "reads-as-confidential"} & rules(
        "2028-01-20T12:00:00+00:00"
    )
