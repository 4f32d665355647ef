"""Background work for the audit trail, run by the task worker (``db_worker``)."""

from __future__ import annotations

import logging

from django.core.mail import mail_managers, send_mail
from django_tasks import task

from civicpost.people.roles import clerks

from .services import record, verify

log = logging.getLogger(__name__)


@task()
def verify_audit_trail() -> dict[str, object]:
    """Check the hash chain; record the outcome, and email the Clerk if it is broken."""
    result = verify()
    if result.ok:
        summary = f"Audit trail checked: intact ({result.checked} events)"
    else:
        summary = f"Audit trail checked: BROKEN at event #{result.broken_seq} ({result.reason})"
        log.error(summary)
        recipients = [p.email for p in clerks() if p.email]
        if recipients:
            send_mail("civicpost: the audit trail is broken", summary, None, recipients)
        else:
            mail_managers("civicpost: the audit trail is broken", summary)
    record(
        None,
        "audit.verified",
        None,
        summary=summary,
        object_type="audit.auditevent",
        changes={"ok": result.ok, "checked": result.checked, "broken_seq": result.broken_seq},
    )
    return {"ok": result.ok, "checked": result.checked, "broken_seq": result.broken_seq}
