"""Retention: closed cases are kept for a configurable period, then deleted or anonymised.

UK GDPR Art 5(1)(e) (storage limitation): the law fixes no period; the defaults follow sector
practice (shared/domain/uk-law-notes.md s.5): conduct complaints 6 years after the final
decision; disciplinary records 7 years after employment ends (NALC LTN 40, Limitation Act 1980).
Only cases past their date are touched; everything else is left alone.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.db import transaction

from civicpost.audit.services import record
from civicpost.people.models import today

from .models import Case, CaseStep, Evidence, Letter, RetentionRule
from .routing import STAFF_KINDS
from .working_days import add_years


@dataclass(frozen=True)
class Due:
    case: Case
    action: str
    keep_until: dt.date


def employment_ended_on(case: Case) -> dt.date | None:
    """When the subject's employment ended, or ``None`` if they are still employed."""
    if case.subject is None:
        return None
    roles = list(case.subject.roles.filter(kind__in=STAFF_KINDS))
    if not roles or any(role.ends_on is None for role in roles):
        return None
    return max(role.ends_on for role in roles if role.ends_on)


def keep_until(case: Case, rule: RetentionRule) -> dt.date | None:
    """The last day a closed case is kept, or ``None`` if that is not known yet."""
    if case.status != Case.Status.CLOSED:
        return None
    start = case.final_decision_on or case.closed_on
    if rule.basis == RetentionRule.Basis.EMPLOYMENT_END:
        ended = employment_ended_on(case)
        if ended is None:
            return None
        start = max(start, ended) if start else ended
    return add_years(start, rule.years) if start else None


def due_cases(day: dt.date | None = None) -> list[Due]:
    """Closed cases whose retention period ended before ``day``."""
    day = day or today()
    rules = {rule.route: rule for rule in RetentionRule.objects.all()}
    due = []
    for case in Case.objects.filter(status=Case.Status.CLOSED).select_related("subject"):
        rule = rules.get(case.route)
        until = keep_until(case, rule) if rule else None
        if until is not None and until < day:
            due.append(Due(case, rule.action, until))
    return due


def _remove_evidence_and_letters(case: Case) -> int:
    items = list(Evidence.objects.filter(case=case))
    for item in items:
        if item.file:
            item.file.storage.delete(item.file.name)
    Evidence.objects.filter(case=case).purge_for_retention()
    Letter.objects.filter(case=case).purge_for_retention()
    return len(items)


def anonymise(actor: Any, due: Due) -> None:
    """Remove everything personal; keep the route, dates and stage names for statistics."""
    case = due.case
    with transaction.atomic():
        removed = _remove_evidence_and_letters(case)
        case.access.all().delete()
        CaseStep.objects.filter(case=case).update(note="", person=None)
        Case.objects.filter(pk=case.pk).update(
            complainant=None,
            subject=None,
            subject_name="",
            harm_details="",
            outcome="",
            mo_outcome="",
            mo_reference="",
            source_reference="",
            status=Case.Status.ANONYMISED,
            anonymised_on=today(),
        )
        record(
            actor,
            "complaint.retention_anonymised",
            case,
            summary=f"{case.reference} anonymised: its retention period ended on {due.keep_until}",
            changes={"evidence_removed": removed, "kept_until": due.keep_until.isoformat()},
        )


def delete(actor: Any, due: Due) -> None:
    """Delete the case, its evidence (files too), letters, stages and access list."""
    case = due.case
    reference, pk = case.reference, case.pk
    with transaction.atomic():
        removed = _remove_evidence_and_letters(case)
        case.delete()
        record(
            actor,
            "complaint.retention_deleted",
            None,
            object_type="complaints.case",
            summary=f"{reference} deleted: its retention period ended on {due.keep_until}",
            changes={
                "case_id": pk,
                "evidence_removed": removed,
                "kept_until": due.keep_until.isoformat(),
            },
        )


def apply_retention(actor: Any, day: dt.date | None = None, dry_run: bool = False) -> list[Due]:
    """Delete or anonymise every case past its retention date; a dry run only lists them."""
    due = due_cases(day)
    if dry_run:
        return due
    for item in due:
        (anonymise if item.action == RetentionRule.Action.ANONYMISE else delete)(actor, item)
    record(
        actor,
        "complaint.retention_run",
        None,
        object_type="complaints.case",
        summary=f"Complaint retention applied: {len(due)} case(s) past their retention date",
        changes={"cases": [d.case.reference for d in due], "day": (day or today()).isoformat()},
    )
    return due
