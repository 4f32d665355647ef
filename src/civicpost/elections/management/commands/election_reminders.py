"""``civicpost manage election_reminders``: for a daily system timer (there is no scheduler)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from civicpost.elections.reminders import send_reminders
from civicpost.people.models import today


class Command(BaseCommand):
    help = "Email candidates the spending-deadline reminders that are due (run it daily)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--date", type=dt.date.fromisoformat, help="act as if on this day")

    def handle(self, *args: Any, **options: Any) -> None:
        sent = send_reminders(options["date"] or today())
        if sent or options["verbosity"] > 1:
            self.stdout.write(f"{sent} reminder(s) sent.")
