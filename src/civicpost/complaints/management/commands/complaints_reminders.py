"""``civicpost manage complaints_reminders``: email handlers about overdue complaint stages."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from civicpost.complaints.reminders import send_reminders


class Command(BaseCommand):
    help = "Email each complaint handler about their overdue stages (once a day)."

    def handle(self, *args: Any, **options: Any) -> None:
        self.stdout.write(f"{send_reminders()} reminder email(s) sent.")
