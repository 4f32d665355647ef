"""Background work for elections, run by the task worker (``db_worker``)."""

from __future__ import annotations

from django_tasks import task

from civicpost.people.models import today

from .reminders import send_reminders


@task()
def send_election_reminders() -> int:
    """Email the candidates' spending-deadline reminders that are due today."""
    return send_reminders(today())
