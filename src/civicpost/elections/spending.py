"""Candidates' election spending (policy clause 4.3): the limit, the deadlines and the totals.

Money is whole pence (``int``) throughout: no floats, so totals add up to the penny.

Sources:

- Limit: £960 plus 8p per local government elector in the ward (or the parish, if it has no
  wards) on the last day for publication of the notice of election. Electoral Commission,
  "How much can you spend?" (local government elections in England):
  https://www.electoralcommission.org.uk/guidance-candidates-and-agents-local-government-elections-england/candidate-spending/how-much-can-you-spend
  The Commission's parish guidance refers candidates to it; the figures are configurable per
  election because they change by order (SI 2023/1235 set the current ones).
- Joint candidates: the limit is reduced by 25% for two, and by 33% for three or more (same page).
- Deadlines: Representation of the People Act 1983 Sch 4 ("election expenses at certain local
  elections", which include parish elections): claims must be sent in within 14 days after the
  day of election and paid within 21 days (para 1), and the candidate's return is due within 28
  days (para 3). https://www.legislation.gov.uk/ukpga/1983/2/schedule/4
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Protocol

DEFAULT_BASE_PENCE = 96_000  # £960
DEFAULT_PER_ELECTOR_PENCE = 8  # 8p
CLAIMS_DAYS = 14
PAYMENT_DAYS = 21
RETURN_DAYS = 28
RECEIPT_THRESHOLD_PENCE = 1_000  # items of £10 or more need an invoice or receipt (Sch 4 para 3)


def joint_reduction_percent(candidates: int) -> int:
    """The reduction for ``candidates`` joint candidates (counting this one): 0, 25 or 33."""
    if candidates < 1:
        raise ValueError("There is at least one candidate: the one whose limit this is.")
    if candidates == 1:
        return 0
    return 25 if candidates == 2 else 33


def spending_limit(
    electorate: int,
    joint_candidates: int = 1,
    *,
    base_pence: int = DEFAULT_BASE_PENCE,
    per_elector_pence: int = DEFAULT_PER_ELECTOR_PENCE,
) -> int:
    """The candidate's spending limit in pence: ``base + per_elector × electorate``, less the
    joint-candidate reduction, rounded down to the penny (a limit is never rounded up)."""
    if electorate < 0:
        raise ValueError("The electorate cannot be negative.")
    single = base_pence + per_elector_pence * electorate
    return single * (100 - joint_reduction_percent(joint_candidates)) // 100


def claims_deadline(poll: dt.date) -> dt.date:
    """Last day for suppliers' claims (invoices) to be sent in: 14 days after the day of
    election (RPA 1983 Sch 4 para 1)."""
    return poll + dt.timedelta(days=CLAIMS_DAYS)


def payment_deadline(poll: dt.date) -> dt.date:
    """Last day to pay claims: 21 days after the day of election (RPA 1983 Sch 4 para 1)."""
    return poll + dt.timedelta(days=PAYMENT_DAYS)


def return_deadline(poll: dt.date) -> dt.date:
    """Last day to deliver the return and declaration to the proper officer: 28 days after the
    day of election (RPA 1983 Sch 4 para 3).

    Calendar days, not moved off weekends: the earlier date is the safe one. The Returning
    Officer's published date, when the Clerk records it, takes precedence.
    """
    return poll + dt.timedelta(days=RETURN_DAYS)


_MONEY = re.compile(r"^£?\s*(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$")


def parse_pounds(text: str) -> int:
    """``"£1,170.50"`` → ``117050`` pence. Refuses negatives, fractions of a penny and words."""
    cleaned = text.strip().replace(" ", "")
    if not _MONEY.match(cleaned):
        raise ValueError("Enter an amount in pounds and pence, like 12.50")
    try:
        pounds = Decimal(cleaned.lstrip("£").replace(",", ""))
    except InvalidOperation as error:  # pragma: no cover - the pattern already checked it
        raise ValueError("Enter an amount in pounds and pence, like 12.50") from error
    return int(pounds * 100)


def format_pence(pence: int) -> str:
    """``117050`` → ``"£1,170.50"``."""
    sign = "-" if pence < 0 else ""
    pounds, rest = divmod(abs(pence), 100)
    return f"{sign}£{pounds:,}.{rest:02d}"


class Item(Protocol):
    amount_pence: int
    is_notional: bool
    is_paid: bool
    disputed: bool
    category: str


@dataclass(frozen=True)
class Totals:
    """What the return adds up: paid, unpaid and disputed spending, notional spending, and the
    total that counts against the limit."""

    paid: int
    unpaid: int
    disputed: int
    notional: int
    personal: int
    total: int
    by_category: dict[str, int]


PERSONAL_EXPENSES = "personal"


def totals(items: Iterable[Item]) -> Totals:
    """Add up the items of a return. A candidate's personal expenses are reported but do not
    count against the limit (Electoral Commission candidate spending guidance); everything else,
    notional spending included, does."""
    paid = unpaid = disputed = notional = personal = 0
    by_category: dict[str, int] = {}
    for item in items:
        amount = item.amount_pence
        if item.category == PERSONAL_EXPENSES:
            personal += amount
            continue
        by_category[item.category] = by_category.get(item.category, 0) + amount
        if item.is_notional:
            notional += amount
        elif item.disputed:
            disputed += amount
        elif item.is_paid:
            paid += amount
        else:
            unpaid += amount
    return Totals(
        paid=paid,
        unpaid=unpaid,
        disputed=disputed,
        notional=notional,
        personal=personal,
        total=paid + unpaid + disputed + notional,
        by_category=by_category,
    )
