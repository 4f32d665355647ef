"""Pre-election periods (policy clause 4.2: councillors' authority to post "will be withdrawn
during a defined period before local council elections").

The period runs from 00:00 on the day the notice of election is published (the earliest notice
of the polls combined on that day: the actual date where the Returning Officer has published it,
else the latest legal date) to the close of poll at 22:00 on polling day, Europe/London. Sources:
the Code of Recommended Practice on Local Authority Publicity (2011) para 34, "the period between
the notice of an election and the election itself"; LGA, "Publicity during the pre-election
period"; SI 2006/3305 Sch 2 r.1 (notice of election; hours of poll). For a by-election the period
covers the ward's councillors and content about the ward, unless the Clerk sets it to cover the
whole council.

Everything is computed at the moment it is asked: no job switches anything on or off.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from django.utils import timezone

from .calendar import ENGLAND, NonWorkingDays
from .timetable import at_london, close_of_poll, days_before, notice_of_election_deadline

if TYPE_CHECKING:
    from civicpost.people.models import Person

    from .models import Election

MIDNIGHT = dt.time(0, 0)
# How far ahead of a day a poll can be and still have a period running on that day. The notice
# is due 25 working days (about 5 to 6 weeks) before the poll; this leaves room for early notices.
LOOKAHEAD = dt.timedelta(days=200)


def now() -> dt.datetime:
    """The current moment. One place, so tests can move the clock for this app only."""
    return timezone.now()


@dataclass(frozen=True)
class Period:
    """One pre-election period: from ``starts_at`` (inclusive) to ``ends_at`` (exclusive)."""

    election_id: int | None
    election: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    basis: str
    ward_id: int | None = None
    ward: str = ""
    applies_to_whole_council: bool = True

    def contains(self, at: dt.datetime) -> bool:
        return self.starts_at <= at < self.ends_at

    def overlaps_day(self, day: dt.date) -> bool:
        start_of_day = at_london(day, MIDNIGHT)
        end_of_day = at_london(day + dt.timedelta(days=1), MIDNIGHT)
        return self.starts_at < end_of_day and self.ends_at > start_of_day

    def covers_ward(self, ward_id: int | None) -> bool:
        """Whether content or councillors of ``ward_id`` are in scope (``None``: the whole
        parish, or unknown, which is treated as in scope)."""
        return self.applies_to_whole_council or ward_id is None or ward_id == self.ward_id


def start_day(
    poll: dt.date,
    notice_published_on: dt.date | None,
    combined: Iterable[tuple[dt.date | None, int]] = (),
    calendar: NonWorkingDays = ENGLAND,
) -> tuple[dt.date, str]:
    """The first day of the period and what fixes it.

    ``combined`` lists the other polls held that day as ``(notice published on, working days
    before poll its notice is due)``. Each notice counts at its actual date if known, else at its
    latest legal date; the earliest of them starts the period.
    """
    options = [
        (
            notice_published_on,
            f"the notice of election published on {notice_published_on:%-d %B %Y}",
        )
        if notice_published_on
        else (
            notice_of_election_deadline(poll, calendar),
            "the latest legal date for the notice of election",
        )
    ]
    for published, working_days in combined:
        if published:
            options.append(
                (published, f"a combined poll’s notice, published {published:%-d %B %Y}")
            )
        else:
            options.append(
                (
                    days_before(poll, working_days, calendar),
                    "the latest legal date for a combined poll’s notice",
                )
            )
    return min(options, key=lambda option: option[0])


def period_of(election: Election, calendar: NonWorkingDays = ENGLAND) -> Period:
    """The pre-election period of an election (with its combined polls)."""
    combined = [
        (p.notice_published_on, p.notice_working_days) for p in election.combined_polls.all()
    ]
    first, basis = start_day(election.poll_date, election.notice_published_on, combined, calendar)
    whole = election.ward_id is None or election.applies_to_whole_council
    return Period(
        election_id=election.pk,
        election=str(election),
        starts_at=at_london(first, MIDNIGHT),
        ends_at=close_of_poll(election.poll_date),
        basis=basis,
        ward_id=election.ward_id,
        ward=str(election.ward) if election.ward_id else "",
        applies_to_whole_council=whole,
    )


def periods_around(day: dt.date) -> list[Period]:
    """The periods of every election whose poll is on or within ``LOOKAHEAD`` after ``day``."""
    from .models import Election, calendar_from_db

    elections = (
        Election.objects.filter(poll_date__gte=day, poll_date__lte=day + LOOKAHEAD)
        .select_related("ward")
        .prefetch_related("combined_polls")
    )
    calendar = calendar_from_db()
    return [period_of(election, calendar) for election in elections]


def _latest(periods: list[Period]) -> Period | None:
    return max(periods, key=lambda p: p.ends_at) if periods else None


def running_periods(at: dt.datetime | None = None) -> list[Period]:
    """Every pre-election period running at ``at`` (now by default)."""
    at = at or now()
    day = timezone.localtime(at).date()
    return sorted(
        (p for p in periods_around(day) if p.contains(at)), key=lambda p: (p.ends_at, p.election)
    )


def in_pre_election_period(at: dt.datetime | None = None, ward: int | None = None) -> Period | None:
    """The pre-election period running at ``at`` that covers ``ward`` (its id), or ``None``.

    For the posts app: a scheduled post that would go out at ``at`` is held if this returns a
    period. ``ward=None`` means content for the whole parish, or of unknown scope, and so is held
    by any running period, a ward's by-election included (holding is the safe side). Where
    several periods run, the one that ends last is returned, so "held until" is right.
    """
    return _latest([p for p in running_periods(at) if p.covers_ward(ward)])


def applies_to(period: Period, person: Person) -> bool:
    """Whether ``period`` withdraws ``person``'s authority: all councillors for an ordinary
    election (or a by-election the Clerk set to cover everyone); otherwise the ward's
    councillors and the election's candidates."""
    if period.applies_to_whole_council:
        return True
    if person.wards.filter(pk=period.ward_id).exists():
        return True
    return person.candidacies.filter(
        election_id=period.election_id, withdrawn_on__isnull=True
    ).exists()


def authority_withdrawn(
    person: Person, at: dt.datetime | None = None, day: dt.date | None = None
) -> Period | None:
    """The period withdrawing ``person``'s authority to post for the council (clause 4.2) at the
    moment ``at``, or at any time on ``day`` when only a day is given; ``None`` if none does.

    This does not look at roles: the Clerk's authority is never withdrawn, and
    ``people.roles.holds_authority`` checks the Clerk first.
    """
    if at is None and day is None:
        at = now()
    if at is not None:
        periods = [p for p in running_periods(at) if applies_to(p, person)]
    else:
        assert day is not None
        periods = [p for p in periods_around(day) if p.overlaps_day(day) and applies_to(p, person)]
    return _latest(periods)
