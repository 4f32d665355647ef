"""The days that do not count when election law counts "working days".

Rule 2 (computation of time) of the parish election rules, the Local Elections (Parishes and
Communities) (England and Wales) Rules 2006, SI 2006/3305, Sch 2 r.2
(https://www.legislation.gov.uk/uksi/2006/3305/schedule/2/made), in the same words as the
principal-area rules (SI 2006/3304 Sch 3 r.2,
https://www.legislation.gov.uk/uksi/2006/3304/schedule/3/part/1/made), disregards:

(a) a Saturday or Sunday;
(b) Christmas Eve, Christmas Day, Good Friday or a bank holiday (England and Wales, under the
    Banking and Financial Dealings Act 1971), substitute days and one-off bank holidays included;
(c) a day appointed for public thanksgiving or mourning.

The calendar is data, not code. Bank holidays come from the gov.uk feed that
``uk-election-timetables`` (Democracy Club) ships, for the years that feed covers; for later
(or earlier) years they come from the ``holidays`` package (England). Days the Clerk adds, such as
a proclaimed day of mourning, are passed in as ``extra``: extending the calendar is one call to
:meth:`NonWorkingDays.with_days`, never an edit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

import holidays
from uk_election_timetables.calendars import UnitedKingdomBankHolidays

SATURDAY, SUNDAY = 5, 6


@lru_cache(maxsize=1)
def _feed() -> tuple[Mapping[dt.date, str], dt.date, dt.date]:
    """England and Wales bank holidays from uk-election-timetables' copy of the gov.uk feed,
    with the first and last day the feed covers (whole years)."""
    matchers = UnitedKingdomBankHolidays().england_and_wales().exempted_dates()
    days = {dt.date(m.year, m.month, m.day): m.name for m in matchers}
    first, last = min(days), max(days)
    # The feed lists whole years: a year is covered once its Christmas holidays are listed.
    covers_to = dt.date(last.year, 12, 31) if last.month == 12 else last
    covers_from = dt.date(first.year, 1, 1)
    return MappingProxyType(days), covers_from, covers_to


def feed_covers(day: dt.date) -> bool:
    """Whether the bundled gov.uk bank-holiday feed covers ``day`` (2012 to 2028 in v5.0.2)."""
    _, first, last = _feed()
    return first <= day <= last


@lru_cache(maxsize=64)
def _holidays_package(year: int) -> Mapping[dt.date, str]:
    """England's bank holidays for ``year`` from the ``holidays`` package (rules, not a feed):
    used only for years the gov.uk feed does not cover."""
    found = holidays.country_holidays("GB", subdiv="ENG", years=year)
    return MappingProxyType({day: str(name) for day, name in found.items() if day.year == year})


def bank_holiday(day: dt.date) -> str | None:
    """The name of the England and Wales bank holiday (or Good Friday) on ``day``, if any."""
    if feed_covers(day):
        return _feed()[0].get(day)
    return _holidays_package(day.year).get(day)


@dataclass(frozen=True)
class NonWorkingDays:
    """The calendar of SI 2006/3305 Sch 2 r.2: which days are not counted, and why.

    ``extra`` holds the days appointed for public thanksgiving or mourning (r.2(c)) and any other
    day the Clerk adds, each with its name.
    """

    extra: Mapping[dt.date, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "extra", MappingProxyType(dict(self.extra)))

    def with_days(self, days: Mapping[dt.date, str] | Iterable[dt.date]) -> NonWorkingDays:
        """A new calendar that also disregards ``days`` (a mapping of day to name, or days)."""
        more = (
            dict(days) if isinstance(days, Mapping) else dict.fromkeys(days, "Day added by Clerk")
        )
        return NonWorkingDays({**self.extra, **more})

    def reason(self, day: dt.date) -> str | None:
        """Why ``day`` is not a working day (r.2(a)-(c)), or ``None`` if it is one."""
        if day.weekday() == SATURDAY:
            return "Saturday"
        if day.weekday() == SUNDAY:
            return "Sunday"
        if (day.month, day.day) == (12, 24):
            return "Christmas Eve"
        if (day.month, day.day) == (12, 25):
            return "Christmas Day"
        if day in self.extra:
            return self.extra[day]
        return bank_holiday(day)

    def is_working_day(self, day: dt.date) -> bool:
        return self.reason(day) is None

    def excluded_weekdays(self, first: dt.date, last: dt.date) -> dict[dt.date, str]:
        """Every Monday-to-Friday from ``first`` to ``last`` that does not count, with why."""
        found = {}
        day = first
        while day <= last:
            reason = self.reason(day)
            if reason is not None and day.weekday() < SATURDAY:
                found[day] = reason
            day += dt.timedelta(days=1)
        return found


ENGLAND = NonWorkingDays()
