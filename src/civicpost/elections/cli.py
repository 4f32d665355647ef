"""``civicpost timetable YYYY-MM-DD``: the statutory timetable and the pre-election period."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import Any

from .calendar import ENGLAND, NonWorkingDays, feed_covers
from .periods import start_day
from .timetable import at_london, close_of_poll, timetable


def _day_and_name(text: str) -> tuple[dt.date, str]:
    day, _, name = text.partition("=")
    try:
        return dt.date.fromisoformat(day), name or "Day added on the command line"
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {day!r}") from error


def _clerk_days() -> dict[dt.date, str]:
    """Days the Clerk has added in the database, if there is one to read."""
    try:
        from civicpost.cli import _django

        _django()
        from .models import ExcludedDay

        return {d.day: d.name for d in ExcludedDay.objects.in_force()}
    except Exception as error:  # no settings or no database yet: the law's calendar alone
        print(f"(Not reading the Clerk's added days: {error})", file=sys.stderr)
        return {}


def cmd_timetable(args: argparse.Namespace) -> int:
    calendar: NonWorkingDays = ENGLAND
    if not args.no_database:
        calendar = calendar.with_days(_clerk_days())
    calendar = calendar.with_days(dict(args.extra_day or []))
    poll = args.poll
    first, basis = start_day(poll, args.notice, (), calendar)
    steps = timetable(poll, calendar)
    start = at_london(first, dt.time(0, 0))
    end = close_of_poll(poll)
    if args.format == "json":
        data: dict[str, Any] = {
            "poll": poll.isoformat(),
            "timetable": [
                {
                    "step": s.key,
                    "label": s.label,
                    "date": s.day.isoformat(),
                    "time": s.time.isoformat("minutes") if s.time else None,
                    "law": s.law,
                    "url": s.url,
                }
                for s in steps
            ],
            "pre_election_period": {
                "start": start.isoformat(),
                "end": end.isoformat(),
                "basis": basis,
            },
            "bank_holidays_from": "gov.uk feed" if feed_covers(poll) else "holidays package",
        }
        json.dump(data, sys.stdout, indent=2)
        print()
        return 0
    print(f"Parish election, polling day {poll:%A %-d %B %Y}")
    for s in steps:
        when = f"{s.day:%a %-d %b %Y}" + (f" {s.time:%H:%M}" if s.time else "")
        print(f"  {when:<22} {s.label}  [{s.law}]")
    print(
        f"Pre-election period: {start:%H:%M %a %-d %b %Y} to {end:%H:%M %a %-d %b %Y} "
        f"Europe/London ({start:%Z} to {end:%Z}); starts from {basis}."
    )
    if not feed_covers(poll):
        print("Bank holidays for this year come from the `holidays` package (gov.uk list ends).")
    return 0


def add_timetable_command(sub: Any) -> None:
    """Register ``timetable`` on the ``civicpost`` command's subparsers."""
    parser = sub.add_parser(
        "timetable", help="print a parish election's statutory timetable and pre-election period"
    )
    parser.add_argument("poll", type=dt.date.fromisoformat, help="polling day, YYYY-MM-DD")
    parser.add_argument(
        "--notice",
        type=dt.date.fromisoformat,
        help="the date the notice of election was actually published, if known",
    )
    parser.add_argument(
        "--extra-day",
        action="append",
        type=_day_and_name,
        metavar="YYYY-MM-DD[=NAME]",
        help="a day appointed for thanksgiving or mourning (repeatable)",
    )
    parser.add_argument(
        "--no-database", action="store_true", help="ignore the days the Clerk added"
    )
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.set_defaults(func=cmd_timetable)
