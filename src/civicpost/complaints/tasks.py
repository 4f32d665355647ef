"""Background work for complaints, run by the task worker (``db_worker``).

There is no scheduler: a system timer runs the management commands ``complaints_retention`` and
``complaints_reminders`` daily, and the Clerk can start either from the complaints pages.
"""

from __future__ import annotations

from django_tasks import task

from .reminders import send_reminders
from .retention import apply_retention


@task()
def apply_retention_task() -> dict[str, object]:
    """Delete or anonymise closed cases past their retention date (audited)."""
    due = apply_retention(None)
    return {"cases": [d.case.reference for d in due]}


@task()
def send_reminders_task() -> dict[str, object]:
    """Email each handler about their overdue stages."""
    return {"reminders": send_reminders()}
