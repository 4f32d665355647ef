"""``civicpost manage complaints_retention [--dry-run] [--date YYYY-MM-DD]``

Deletes or anonymises closed complaint cases whose retention period has ended, with an audit
entry for each. Run it daily from a system timer; ``--dry-run`` only lists what it would do.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from civicpost.complaints.retention import apply_retention


class Command(BaseCommand):
    help = "Delete or anonymise closed complaints whose retention period has ended."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--dry-run", action="store_true", help="list, change nothing")
        parser.add_argument("--date", type=dt.date.fromisoformat, help="as if today were DATE")

    def handle(self, *args: Any, **options: Any) -> None:
        dry = options["dry_run"]
        due = apply_retention(None, options["date"], dry_run=dry)
        verb = "would be" if dry else "were"
        for item in due:
            done = "anonymised" if item.action == "anonymise" else "deleted"
            self.stdout.write(f"{item.case.reference}: kept until {item.keep_until}: {done}")
        self.stdout.write(f"{len(due)} case(s) {verb} dealt with.")
