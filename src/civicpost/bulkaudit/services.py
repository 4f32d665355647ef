"""Starting and running a bulk audit.

Every post in the export is checked against the policy pack (with the Clerk's severity
settings) and the council's registers as they are today, at the time it was posted, so the
pre-election periods and agenda items of that time apply. Who wrote each post is not in any
export, so clause 4.1 (``unauthorised-poster``: who may post for the council) is not checked.
"""

from __future__ import annotations

import dataclasses
import time
from collections import Counter
from typing import Any

from django.db import transaction
from django.utils import timezone

from civicpost.audit.services import record
from civicpost.checks.services import effective_pack
from civicpost.policy import Account, Pack, Post, Severity, check
from civicpost.registers.context import context_from_db

from .models import BulkAudit, FlaggedPost
from .readers import READERS, ExportError, ExportPost, Skipped

NOT_CHECKED = ("unauthorised-poster",)  # an export does not say who wrote a post
BATCH = 500  # flagged posts saved at a time
PROGRESS_EVERY = 1.0  # seconds between progress updates
MAX_TEXT = 100_000


def start_audit(actor: Any, form: Any) -> BulkAudit:
    """Save the upload and queue the screening (runs in the background worker)."""
    from .tasks import screen_export

    with transaction.atomic():
        audit: BulkAudit = form.save(commit=False)
        audit.created_by = actor
        audit.original_name = audit.export.name.rsplit("/", 1)[-1][:255]
        audit.bytes_total = audit.export.size
        audit.save()
        record(actor, "bulkaudit.started", audit, summary=f"Bulk audit started: {audit}")
        transaction.on_commit(lambda: screen_export.enqueue(audit.pk))
    return audit


def audit_pack() -> Pack:
    pack = effective_pack()
    """The Clerk's pack without the rules an export cannot inform."""
    clauses = {
        cid: dataclasses.replace(c, rules=tuple(r for r in c.rules if r not in NOT_CHECKED))
        for cid, c in pack.clauses.items()
    }
    return dataclasses.replace(pack, clauses=clauses)


class _Tally:
    def __init__(self) -> None:
        self.screened = self.flagged = self.skipped = 0
        self.by_clause: Counter[str] = Counter()
        self.by_month: dict[str, Counter[str]] = {}
        self.reasons: Counter[str] = Counter()
        self.pending: list[FlaggedPost] = []


def run_audit(audit_id: int) -> BulkAudit:
    """Screen every post of the export; progress and totals are saved as it goes, so a page
    can show them, and whatever was read before damage in the file is still screened."""
    audit = BulkAudit.objects.get(pk=audit_id)
    if audit.finished:
        return audit
    BulkAudit.objects.filter(pk=audit.pk).update(
        status=BulkAudit.Status.RUNNING, started_at=timezone.now()
    )
    pack = audit_pack()
    context = context_from_db()
    account = Account(kind=audit.account_kind, platform=audit.platform, handle=audit.handle)
    tally = _Tally()
    problem = ""
    last = time.monotonic()
    with audit.export.open("rb") as stream:
        try:
            for item in READERS[audit.platform](stream, audit.handle):
                if isinstance(item, Skipped):
                    tally.skipped += 1
                    tally.reasons[item.reason] += 1
                else:
                    _screen(audit, item, account, context, pack, tally)
                if time.monotonic() - last > PROGRESS_EVERY:
                    _save_progress(audit, tally, stream.tell())
                    last = time.monotonic()
        except ExportError as exc:
            problem = str(exc)
        _save_progress(audit, tally, audit.bytes_total)
    status = BulkAudit.Status.DONE
    if problem and not tally.screened:
        status = BulkAudit.Status.FAILED
    with transaction.atomic():
        BulkAudit.objects.filter(pk=audit.pk).update(
            status=status, problem=problem, finished_at=timezone.now(), pack_version=pack.version
        )
        audit.refresh_from_db()
        record(
            None,
            "bulkaudit.finished",
            audit,
            summary=f"Bulk audit finished: {tally.screened} posts screened, {tally.flagged} flagged"
            + (f"; problem: {problem}" if problem else ""),
            changes={
                "screened": tally.screened,
                "flagged": tally.flagged,
                "skipped": tally.skipped,
            },
        )
    return audit


def _screen(
    audit: BulkAudit, item: ExportPost, account: Account, context: Any, pack: Pack, tally: _Tally
) -> None:
    post = Post(text=item.text[:MAX_TEXT], account=account, at=item.at, id=item.ref)
    report = check(post, context, pack)
    tally.screened += 1
    findings = report.at_least(Severity.ADVICE)
    if not findings:
        return
    tally.flagged += 1
    clauses = sorted({f.clause for f in findings})
    month = item.at.strftime("%Y-%m") if item.at else "unknown"
    tally.by_month.setdefault(month, Counter()).update(clauses)
    tally.by_clause.update(clauses)
    tally.pending.append(
        FlaggedPost(
            audit=audit,
            ref=item.ref[:200],
            url=item.url[:500],
            posted_at=item.at,
            text=item.text[:MAX_TEXT],
            verdict=int(report.verdict),
            clauses=clauses,
            findings=[f.to_dict() for f in findings],
        )
    )
    if len(tally.pending) >= BATCH:
        FlaggedPost.objects.bulk_create(tally.pending)
        tally.pending.clear()


def _save_progress(audit: BulkAudit, tally: _Tally, position: int) -> None:
    if tally.pending:
        FlaggedPost.objects.bulk_create(tally.pending)
        tally.pending.clear()
    BulkAudit.objects.filter(pk=audit.pk).update(
        bytes_read=min(position, audit.bytes_total),
        posts_screened=tally.screened,
        posts_flagged=tally.flagged,
        items_skipped=tally.skipped,
        skipped_reasons=dict(tally.reasons),
        by_clause=dict(tally.by_clause),
        by_month={m: dict(c) for m, c in sorted(tally.by_month.items())},
    )
