"""The statutory timetable of a parish election in England, one pure function per date.

Each function takes the day of the poll and a :class:`~.calendar.NonWorkingDays` calendar and
returns the last day (and, where the law sets one, the time) for one step. "The nth day before
the day of election" counts only working days (SI 2006/3305 Sch 2 r.2; see ``calendar.py``).
Counting is done by ``uk_election_timetables.calendars.working_days_before`` (Democracy Club),
fed with this app's calendar, so its bank-holiday data is extended past 2028 and by the days the
Clerk adds.

The parish rules are the Local Elections (Parishes and Communities) (England and Wales) Rules
2006, SI 2006/3305 ("the parish rules"): Sch 2 applies to a parish poll on its own and Sch 3 to
one combined with another poll; both have the same timetable in rule 1.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from uk_election_timetables.calendars import BaseCalendar, working_days_before
from uk_election_timetables.date import DateMatcher

from .calendar import ENGLAND, NonWorkingDays

LONDON = ZoneInfo("Europe/London")
PARISH_RULES = "https://www.legislation.gov.uk/uksi/2006/3305/schedule/2/made"
PARISH_RULES_2014 = "https://www.legislation.gov.uk/uksi/2014/492/article/3/made"
RPA_REGS_2001 = "https://www.legislation.gov.uk/uksi/2001/341/regulation/56/made"
VOTER_ID_REGS = "https://www.legislation.gov.uk/uksi/2022/1382/made"
EC_REGISTRATION_NOTE = "https://www.electoralcommission.org.uk/media/2457"


class _Calendar(BaseCalendar):
    """Adapts a :class:`NonWorkingDays` to the calendar interface of uk-election-timetables,
    over the span of days a count can reach."""

    def __init__(self, calendar: NonWorkingDays, last: dt.date, days: int) -> None:
        first = last - dt.timedelta(days=days * 2 + 40)
        self._dates = [
            DateMatcher(day=d.day, month=d.month, year=d.year, name=name)
            for d, name in calendar.excluded_weekdays(first, last).items()
        ]

    def exempted_dates(self) -> list[DateMatcher]:
        return self._dates


def days_before(poll: dt.date, days: int, calendar: NonWorkingDays = ENGLAND) -> dt.date:
    """The ``days``-th working day before ``poll`` (SI 2006/3305 Sch 2 r.2)."""
    return working_days_before(poll, days, _Calendar(calendar, poll, days))


def at_london(day: dt.date, time: dt.time) -> dt.datetime:
    """``time`` on ``day`` in Europe/London, whichever of GMT or BST is in force that day."""
    return dt.datetime.combine(day, time, tzinfo=LONDON)


def notice_of_election_deadline(poll: dt.date, calendar: NonWorkingDays = ENGLAND) -> dt.date:
    """Last day to publish the notice of election: "not later than the twenty-fifth day before
    the day of election" (parish rules, Sch 2 r.1, timetable; PARISH_RULES).

    It is also the day the electorate for the spending limit is counted, and the earliest day a
    person officially becomes a candidate (Electoral Commission parish guidance).
    """
    return days_before(poll, 25, calendar)


def close_of_nominations(poll: dt.date, calendar: NonWorkingDays = ENGLAND) -> dt.date:
    """Delivery of nomination papers and of notices of withdrawal: "not later than 4 in the
    afternoon on the nineteenth day before the day of election" (parish rules Sch 2 r.1, as
    substituted by SI 2014/492 r.3(2); PARISH_RULES_2014)."""
    return days_before(poll, 19, calendar)


def statement_of_persons_nominated(poll: dt.date, calendar: NonWorkingDays = ENGLAND) -> dt.date:
    """Publication of the statement as to persons nominated: "not later than 4 in the afternoon
    on the eighteenth day before the day of election" (SI 2014/492 r.3(2)(b); PARISH_RULES_2014)."""
    return days_before(poll, 18, calendar)


def registration_deadline(poll: dt.date, calendar: NonWorkingDays = ENGLAND) -> dt.date:
    """Last day to apply to register to vote: the twelfth working day before the poll
    (Representation of the People Act 1983 s.13B; Electoral Commission background note,
    EC_REGISTRATION_NOTE, as used by uk-election-timetables)."""
    return days_before(poll, 12, calendar)


def postal_vote_deadline(poll: dt.date, calendar: NonWorkingDays = ENGLAND) -> dt.date:
    """Last day (5pm) for new postal vote applications and changes: the eleventh working day
    before the poll (Representation of the People (England and Wales) Regulations 2001,
    SI 2001/341, reg. 56; RPA_REGS_2001)."""
    return days_before(poll, 11, calendar)


def notice_of_poll_deadline(poll: dt.date, calendar: NonWorkingDays = ENGLAND) -> dt.date:
    """Notice of poll: "not later than the sixth day before the day of election" (parish rules
    Sch 2 r.1; PARISH_RULES). New proxy applications close at 5pm the same day (SI 2001/341
    reg. 56; RPA_REGS_2001)."""
    return days_before(poll, 6, calendar)


def voter_authority_certificate_deadline(
    poll: dt.date, calendar: NonWorkingDays = ENGLAND
) -> dt.date:
    """Last day (5pm) to apply for a Voter Authority Certificate: the sixth working day before
    the poll (Voter Identification Regulations 2022, SI 2022/1382; VOTER_ID_REGS)."""
    return days_before(poll, 6, calendar)


def close_of_poll(poll: dt.date) -> dt.datetime:
    """Polling is "between the hours of 7 in the morning and 10 at night on the day of the
    election" (parish rules Sch 2 r.1; PARISH_RULES): 22:00 Europe/London."""
    return at_london(poll, dt.time(22, 0))


@dataclass(frozen=True)
class Step:
    """One line of the timetable: what, by when, and the law that says so."""

    key: str
    label: str
    day: dt.date
    time: dt.time | None
    law: str
    url: str


def timetable(poll: dt.date, calendar: NonWorkingDays = ENGLAND) -> list[Step]:
    """Every statutory step before a parish poll, in date order."""
    four_pm, five_pm = dt.time(16, 0), dt.time(17, 0)
    steps = [
        Step(
            "notice_of_election",
            "Notice of election published (latest day)",
            notice_of_election_deadline(poll, calendar),
            None,
            "SI 2006/3305 Sch 2 r.1",
            PARISH_RULES,
        ),
        Step(
            "close_of_nominations",
            "Nominations and withdrawals close",
            close_of_nominations(poll, calendar),
            four_pm,
            "SI 2006/3305 Sch 2 r.1, as amended by SI 2014/492 r.3",
            PARISH_RULES_2014,
        ),
        Step(
            "statement_of_persons_nominated",
            "Statement of persons nominated published",
            statement_of_persons_nominated(poll, calendar),
            four_pm,
            "SI 2006/3305 Sch 2 r.1, as amended by SI 2014/492 r.3",
            PARISH_RULES_2014,
        ),
        Step(
            "registration",
            "Last day to register to vote",
            registration_deadline(poll, calendar),
            None,
            "Representation of the People Act 1983 s.13B",
            EC_REGISTRATION_NOTE,
        ),
        Step(
            "postal_vote",
            "Postal vote applications close",
            postal_vote_deadline(poll, calendar),
            five_pm,
            "SI 2001/341 reg. 56",
            RPA_REGS_2001,
        ),
        Step(
            "notice_of_poll",
            "Notice of poll published; proxy applications close (5pm)",
            notice_of_poll_deadline(poll, calendar),
            None,
            "SI 2006/3305 Sch 2 r.1; SI 2001/341 reg. 56",
            PARISH_RULES,
        ),
        Step(
            "voter_authority_certificate",
            "Voter Authority Certificate applications close",
            voter_authority_certificate_deadline(poll, calendar),
            five_pm,
            "SI 2022/1382",
            VOTER_ID_REGS,
        ),
        Step(
            "poll",
            "Polling day (7am to 10pm)",
            poll,
            dt.time(22, 0),
            "SI 2006/3305 Sch 2 r.1",
            PARISH_RULES,
        ),
    ]
    return sorted(steps, key=lambda step: (step.day, step.time or dt.time(0)))
