"""Email the Clerk when the adopted policy is due for review (run daily from a system timer)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from civicpost.registers.services import send_review_reminder


class Command(BaseCommand):
    help = "Email the Clerk once when the policy's review date is 30 days away or less."

    def handle(self, *args: Any, **options: Any) -> None:
        sent = send_review_reminder()
        self.stdout.write("Reminder sent." if sent else "No reminder due.")
