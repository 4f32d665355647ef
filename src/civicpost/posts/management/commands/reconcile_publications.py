"""``civicpost manage reconcile_publications``: run after a crash or from a system timer."""

from __future__ import annotations

from django.core.management.base import BaseCommand

from civicpost.posts.services import reconcile


class Command(BaseCommand):
    help = "Resolve official posts a stopped worker left half-sent, without posting twice."

    def handle(self, *args: object, **options: object) -> None:
        count = reconcile()
        if count:
            self.stdout.write(f"Resolved {count} publication(s) left sending.")
