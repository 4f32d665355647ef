"""Working-day deadlines, pinned to England and Wales bank holidays as published on gov.uk."""

from __future__ import annotations

import datetime as dt

import pytest

from civicpost.complaints.working_days import (
    add_working_days,
    add_years,
    is_working_day,
    working_days_between,
)

D = dt.date


@pytest.mark.parametrize(
    "day",
    [
        D(2026, 1, 1),  # New Year's Day
        D(2026, 4, 3),  # Good Friday
        D(2026, 4, 6),  # Easter Monday
        D(2026, 5, 4),  # Early May bank holiday
        D(2026, 5, 25),  # Spring bank holiday
        D(2026, 8, 31),  # Summer bank holiday
        D(2026, 12, 25),
        D(2026, 12, 28),  # Boxing Day substitute (26th is a Saturday)
        D(2022, 9, 19),  # State Funeral of Queen Elizabeth II (proclaimed)
        D(2023, 5, 8),  # Coronation of King Charles III (proclaimed)
        D(2026, 6, 6),  # a Saturday
    ],
)
def test_bank_holidays_and_weekends_are_not_working_days(day) -> None:
    assert not is_working_day(day)


def test_an_ordinary_tuesday_is_a_working_day() -> None:
    assert is_working_day(D(2026, 6, 9))


@pytest.mark.parametrize(
    ("start", "days", "due"),
    [
        (D(2026, 6, 1), 5, D(2026, 6, 8)),  # Monday + 5 = next Monday
        (D(2026, 4, 1), 5, D(2026, 4, 10)),  # over Good Friday and Easter Monday
        (D(2026, 12, 23), 3, D(2026, 12, 30)),  # over Christmas, Boxing Day substitute
        (D(2026, 5, 22), 1, D(2026, 5, 26)),  # Friday before Spring bank holiday
        (D(2026, 6, 6), 0, D(2026, 6, 8)),  # zero days from a Saturday: the Monday
        (D(2026, 6, 1), 20, D(2026, 6, 29)),
    ],
)
def test_add_working_days(start, days, due) -> None:
    assert add_working_days(start, days) == due
    assert working_days_between(start, due) == days or days == 0


def test_extra_closed_days_are_data() -> None:
    christmas_eve = D(2026, 12, 24)
    assert add_working_days(D(2026, 12, 23), 1) == christmas_eve
    assert add_working_days(D(2026, 12, 23), 1, extra_closed={christmas_eve}) == D(2026, 12, 29)


def test_negative_days_are_refused() -> None:
    with pytest.raises(ValueError):
        add_working_days(D(2026, 6, 1), -1)


def test_add_years_handles_a_leap_day() -> None:
    assert add_years(D(2028, 2, 29), 6) == D(2034, 2, 28)
    assert add_years(D(2026, 7, 1), 7) == D(2033, 7, 1)
