"""Candidates' spending: the limit in whole pence, joint reductions, deadlines and totals."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from civicpost.elections import spending

D = dt.date


def test_the_electoral_commissions_worked_examples() -> None:
    # EC "How much can you spend?": 7,500 electors: £960 + £600 = £1,560; two joint: £1,170.
    assert spending.spending_limit(7_500) == 156_000
    assert spending.spending_limit(7_500, joint_candidates=2) == 117_000


def test_three_or_more_joint_candidates_lose_a_third() -> None:
    assert spending.spending_limit(7_500, joint_candidates=3) == 104_520
    assert spending.spending_limit(7_500, joint_candidates=5) == 104_520


def test_the_limit_is_rounded_down_to_the_penny() -> None:
    # £960 + 8p x 1,001 = £1,040.08; less 33% = £696.8536 -> £696.85
    assert spending.spending_limit(1_001, joint_candidates=3) == 69_685


def test_the_figures_are_configurable_for_another_order() -> None:
    assert spending.spending_limit(7_500, base_pence=80_600, per_elector_pence=7) == 133_100


def test_bad_input_is_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        spending.spending_limit(-1)
    with pytest.raises(ValueError, match="at least one"):
        spending.spending_limit(10, joint_candidates=0)


@given(
    electorate=st.integers(min_value=0, max_value=200_000),
    joint=st.integers(min_value=1, max_value=6),
)
def test_limits_are_whole_pence_and_match_exact_decimal_arithmetic(
    electorate: int, joint: int
) -> None:
    limit = spending.spending_limit(electorate, joint)
    assert isinstance(limit, int)
    reduction = {1: 0, 2: 25}.get(joint, 33)
    exact = (Decimal(960) + Decimal("0.08") * electorate) * (100 - reduction) / 100
    assert limit == int((exact * 100).to_integral_value(rounding=ROUND_FLOOR))
    assert limit <= spending.spending_limit(electorate, 1)


@pytest.mark.parametrize(
    ("text", "pence"),
    [("£1,170.50", 117_050), ("12", 1_200), ("0.08", 8), ("960.00", 96_000), (" £ 3.5 ", 350)],
)
def test_amounts_typed_in_pounds_become_pence(text: str, pence: int) -> None:
    assert spending.parse_pounds(text) == pence


@pytest.mark.parametrize("text", ["12.505", "-3", "three pounds", "1,23", "", "1e3", "£"])
def test_amounts_that_are_not_money_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="pounds and pence"):
        spending.parse_pounds(text)


def test_pence_are_shown_as_pounds() -> None:
    assert spending.format_pence(117_050) == "£1,170.50"
    assert spending.format_pence(8) == "£0.08"
    assert spending.format_pence(-250) == "-£2.50"


def test_deadlines_for_the_2028_poll() -> None:
    poll = D(2028, 5, 4)
    assert spending.claims_deadline(poll) == D(2028, 5, 18)
    assert spending.payment_deadline(poll) == D(2028, 5, 25)
    assert spending.return_deadline(poll) == D(2028, 6, 1)


def test_published_parish_return_date_2021() -> None:
    # Warwick DC, 6 May 2021 polls: "Town returns due in: 3 June 2021".
    assert spending.return_deadline(D(2021, 5, 6)) == D(2021, 6, 3)


@dataclass
class Row:
    amount_pence: int
    category: str = "boosted_posts"
    is_notional: bool = False
    is_paid: bool = True
    disputed: bool = False


def test_the_returns_totals() -> None:
    rows = [
        Row(2_500),  # a paid boosted post
        Row(12_000, "leaflets"),
        Row(4_000, "leaflets", is_paid=False),  # unpaid claim
        Row(1_999, "online_advertising", disputed=True, is_paid=False),
        Row(5_000, "accommodation", is_notional=True, is_paid=False),  # a room lent free
        Row(3_000, spending.PERSONAL_EXPENSES),  # reported, not counted
    ]
    totals = spending.totals(rows)
    assert (totals.paid, totals.unpaid, totals.disputed, totals.notional) == (
        14_500,
        4_000,
        1_999,
        5_000,
    )
    assert totals.personal == 3_000
    assert totals.total == 25_499
    assert totals.by_category == {
        "boosted_posts": 2_500,
        "leaflets": 16_000,
        "online_advertising": 1_999,
        "accommodation": 5_000,
    }
    assert sum(totals.by_category.values()) == totals.total


def test_a_nil_return_adds_up_to_nothing() -> None:
    assert spending.totals([]).total == 0
