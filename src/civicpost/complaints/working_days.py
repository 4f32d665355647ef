"""Working days for complaint deadlines: Monday to Friday, less England and Wales bank holidays.

Bank holidays come from the ``holidays`` package (England, under the Banking and Financial
Dealings Act 1971, with substitute days and one-off proclaimed holidays such as the State Funeral
on 19 September 2022). Wales has the same bank holidays as England. A council that closes on
other days (Christmas Eve, say) passes them as ``extra_closed``: the calendar is data.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection
from functools import lru_cache

import holidays


@lru_cache(maxsize=64)
def bank_holidays(year: int) -> frozenset[dt.date]:
    """England and Wales bank holidays in ``year``."""
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year))


def is_working_day(day: dt.date, extra_closed: Collection[dt.date] = ()) -> bool:
    return day.weekday() < 5 and day not in bank_holidays(day.year) and day not in extra_closed


def add_working_days(start: dt.date, days: int, extra_closed: Collection[dt.date] = ()) -> dt.date:
    """The date ``days`` working days after ``start`` (``start`` itself is day 0).

    "Within 5 working days" of a Monday with no holidays is the following Monday. Zero days
    gives ``start`` itself, or the next working day if ``start`` is not one.
    """
    if days < 0:
        raise ValueError("days must not be negative")
    day = start
    if days == 0:
        while not is_working_day(day, extra_closed):
            day += dt.timedelta(days=1)
        return day
    counted = 0
    while counted < days:
        day += dt.timedelta(days=1)
        if is_working_day(day, extra_closed):
            counted += 1
    return day


def working_days_between(start: dt.date, end: dt.date) -> int:
    """Working days after ``start`` up to and including ``end`` (negative if ``end`` is earlier)."""
    if end < start:
        return -working_days_between(end, start)
    count, day = 0, start
    while day < end:
        day += dt.timedelta(days=1)
        count += is_working_day(day)
    return count


def add_years(day: dt.date, years: int) -> dt.date:
    """``day`` moved on by whole years; 29 February becomes 28 February in a common year."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
