"""Background work for bulk audits, run by the task worker (``civicpost manage db_worker``)."""

from __future__ import annotations

from django_tasks import task

from .services import run_audit


@task()
def screen_export(audit_id: int) -> dict[str, int]:
    """Screen every post of an uploaded export (see ``services.run_audit``)."""
    audit = run_audit(audit_id)
    return {"screened": audit.posts_screened, "flagged": audit.posts_flagged}
