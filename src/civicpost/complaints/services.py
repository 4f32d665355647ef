"""The rules for complaints of misuse (clause 7): intake, routing, the handler, access, stages.

Every change goes through a function here, inside one transaction with its audit event. Audit
summaries name the case by its reference only, never the people in it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.db.models import Max

from civicpost.audit.services import actor_label, record
from civicpost.people.models import Person, Role, today
from civicpost.people.roles import is_clerk, person_for

from .evidence import safe_filename, sha256_stream, sha256_text
from .models import Case, CaseAccess, CaseStep, ComplaintSettings, Evidence, StageRule
from .routing import HandlerChoice, Offices, Route, choose_handler, route_for
from .working_days import add_working_days

ROLE_LABELS = dict(Role.Kind.choices)


def complaint_settings() -> ComplaintSettings:
    return ComplaintSettings.objects.get_or_create(pk=1)[0]


def offices_on(day: dt.date) -> Offices:
    """Who held the offices of Clerk, Chair and Vice-Chair on ``day``."""
    current = Role.objects.current_on(day)

    def holders(kind: str) -> list[int]:
        return sorted(set(current.filter(kind=kind).values_list("person_id", flat=True)))

    return Offices(clerk=holders("clerk"), chair=holders("chair"), vice_chair=holders("vice_chair"))


def handler_for(complainant: Person | None, subject: Person | None, day: dt.date) -> HandlerChoice:
    """The handler by the conflict rules (``routing.choose_handler``), from offices on ``day``."""
    return choose_handler(
        complainant.pk if complainant else None, subject.pk if subject else None, offices_on(day)
    )


def describe_roles(kinds: list[str]) -> str:
    return ", ".join(ROLE_LABELS.get(k, k) for k in kinds) or "neither a councillor nor an employee"


# --- Intake --------------------------------------------------------------------------------------
@dataclass
class Intake:
    """What a complainant tells us (clause 7): who, about whom, what, when, and how it harmed."""

    complainant: Person
    posted_on: dt.date
    seen_on: dt.date
    harms: list[str]
    harm_details: str = ""
    subject: Person | None = None
    subject_name: str = ""
    url: str = ""
    text: str = ""
    files: list[UploadedFile] = field(default_factory=list)
    conduct_matter: bool = True
    source: str = Case.Source.INTAKE
    source_reference: str = ""
    report: dict[str, Any] | None = None


def _check_intake(intake: Intake, day: dt.date) -> None:
    errors: dict[str, str] = {}
    if intake.subject is None and not intake.subject_name.strip():
        errors["subject"] = "Select the person you are complaining about, or type their name."
    if intake.subject is not None and intake.subject == intake.complainant:
        errors["subject"] = "You cannot make a complaint about yourself."
    if intake.posted_on > day:
        errors["posted_on"] = "The date it was posted must be today or in the past."
    if intake.seen_on > day:
        errors["seen_on"] = "The date you saw it must be today or in the past."
    elif intake.seen_on < intake.posted_on:
        errors["seen_on"] = "The date you saw it must be on or after the date it was posted."
    if not intake.harms:
        errors["harms"] = "Select how the material affected you."
    if not (intake.url or intake.text.strip() or intake.files or intake.report):
        errors["text"] = "Give the material: a link, the words as they appeared, or a screenshot."
    if errors:
        raise ValidationError(errors)


def record_complaint(actor: Any, intake: Intake, day: dt.date | None = None) -> Case:
    """Record a complaint, route it and choose its handler (clause 7).

    The route comes from the subject's roles on the date the material was posted; the handler
    from the offices held on the day of intake. The material becomes evidence sealed with its
    sha256. Nothing is saved if anything fails.
    """
    day = day or today()
    _check_intake(intake, day)
    subject_kinds = sorted(intake.subject.role_kinds_on(intake.posted_on)) if intake.subject else []
    route = route_for(subject_kinds, conduct_matter=intake.conduct_matter)
    choice = handler_for(intake.complainant, intake.subject, day)
    route_reason = f"On {intake.posted_on:%-d %B %Y} they were {describe_roles(subject_kinds)}."
    if intake.subject and subject_kinds:
        now_kinds = intake.subject.role_kinds_on(day)
        if not set(subject_kinds) & now_kinds:
            route_reason += f" They no longer hold that role ({describe_roles(sorted(now_kinds))})."
    written: list[Evidence] = []
    try:
        with transaction.atomic():
            case = Case.objects.create(
                complainant=intake.complainant,
                subject=intake.subject,
                subject_name="" if intake.subject else intake.subject_name.strip(),
                subject_roles=subject_kinds,
                posted_on=intake.posted_on,
                seen_on=intake.seen_on,
                harms=list(intake.harms),
                harm_details=intake.harm_details,
                route=route.value,
                route_reason=route_reason[:300],
                handler_id=choice.person_id,
                handler_office=choice.office,
                handler_reason=choice.reason[:300],
                recorded_by=actor if getattr(actor, "is_authenticated", False) else None,
                source=intake.source,
                source_reference=intake.source_reference,
            )
            if intake.url:
                written.append(add_link(actor, case, intake.url, "Link to the material"))
            if intake.text.strip():
                written.append(add_text(actor, case, intake.text, "The material as it appeared"))
            if intake.report is not None:
                written.append(add_report(actor, case, intake.report))
            for upload in intake.files:
                written.append(add_file(actor, case, upload, f"File: {upload.name}"))
            _start_route(case, day)
            record(
                actor,
                "complaint.recorded",
                case,
                summary=f"Complaint recorded: {case.reference} ({route.label})",
                changes={
                    "route": [None, route.value],
                    "handler_id": [None, choice.person_id],
                    "handler_reason": [None, choice.reason],
                    "source": [None, intake.source],
                    "evidence_items": [None, len(written)],
                },
            )
    except Exception:
        for item in written:
            if item.file:
                item.file.storage.delete(item.file.name)
        raise
    return case


def start_case_from_record(
    actor: Any,
    *,
    text: str,
    report: dict[str, Any],
    source: str,
    source_reference: str,
    complainant: Person,
    subject: Person | None,
    posted_on: dt.date,
    harms: list[str],
    harm_details: str = "",
    url: str = "",
) -> Case:
    """Start a case from an archived official post or a self-check record (issue 7).

    The ``posts`` and self-check features do not exist yet: when they do, they call this with
    the post's text and its check report (a JSON-safe dict), and ``source`` set to
    ``Case.Source.OFFICIAL_POST`` or ``Case.Source.SELF_CHECK``. Both are kept as evidence.
    """
    if source not in (Case.Source.OFFICIAL_POST, Case.Source.SELF_CHECK):
        raise ValueError(f"Unknown source {source!r}")
    intake = Intake(
        complainant=complainant,
        subject=subject,
        posted_on=posted_on,
        seen_on=today(),
        harms=harms,
        harm_details=harm_details,
        url=url,
        text=text,
        source=source,
        source_reference=source_reference,
        report=report,
    )
    return record_complaint(actor, intake)


# --- Evidence (append-only) ----------------------------------------------------------------------
def _next_number(case: Case) -> int:
    Case.objects.select_for_update().filter(pk=case.pk).first()  # one writer at a time
    return (case.evidence.aggregate(n=Max("number"))["n"] or 0) + 1


def _new_evidence(actor: Any, case: Case, **fields: Any) -> Evidence:
    user = actor if getattr(actor, "is_authenticated", False) else None
    return Evidence(
        case=case,
        number=_next_number(case),
        added_by=user,
        added_by_label=actor_label(actor)[:200],
        **fields,
    )


def add_link(actor: Any, case: Case, url: str, description: str) -> Evidence:
    item = _new_evidence(actor, case, kind=Evidence.Kind.LINK, url=url, sha256=sha256_text(url))
    item.description = description[:300]
    return _save_evidence(actor, case, item)


def add_text(actor: Any, case: Case, text: str, description: str) -> Evidence:
    item = _new_evidence(actor, case, kind=Evidence.Kind.TEXT, text=text, sha256=sha256_text(text))
    item.description = description[:300]
    return _save_evidence(actor, case, item)


def add_report(actor: Any, case: Case, report: dict[str, Any]) -> Evidence:
    import json

    body = json.dumps(report, sort_keys=True, ensure_ascii=False, indent=2, default=str)
    item = _new_evidence(
        actor, case, kind=Evidence.Kind.REPORT, text=body, sha256=sha256_text(body)
    )
    item.description = "The check report of the post"
    return _save_evidence(actor, case, item)


def add_file(actor: Any, case: Case, upload: UploadedFile, description: str) -> Evidence:
    """Store an uploaded file under MEDIA_ROOT, sealed with the sha256 of its bytes.

    Check it first with ``evidence.check_upload`` (forms do).
    """
    digest, size = sha256_stream(upload)
    item = _new_evidence(
        actor,
        case,
        kind=Evidence.Kind.FILE,
        sha256=digest,
        size=size,
        original_name=(upload.name or "file")[:200],
    )
    item.description = description[:300]
    item.file.save(safe_filename(upload.name or "file"), upload, save=False)
    return _save_evidence(actor, case, item)


def _save_evidence(actor: Any, case: Case, item: Evidence) -> Evidence:
    with transaction.atomic():
        item.save()
        record(
            actor,
            "complaint.evidence_added",
            case,
            summary=f"Evidence item {item.number} added to {case.reference}",
            changes={"number": [None, item.number], "sha256": [None, item.sha256]},
        )
    return item


def add_evidence(
    actor: Any, case: Case, *, description: str, url: str = "", text: str = "", upload: Any = None
) -> list[Evidence]:
    """Add evidence to an open case: a link, a text, a file, or several of them."""
    if not case.is_open:
        raise ValidationError("This case is closed: no more evidence can be added.")
    if not (url or text.strip() or upload):
        raise ValidationError({"text": "Give a link, some text or a file."})
    added: list[Evidence] = []
    try:
        with transaction.atomic():
            if url:
                added.append(add_link(actor, case, url, description))
            if text.strip():
                added.append(add_text(actor, case, text, description))
            if upload:
                added.append(add_file(actor, case, upload, description))
    except Exception:
        for item in added:
            if item.file:
                item.file.storage.delete(item.file.name)
        raise
    return added


# --- Access --------------------------------------------------------------------------------------
def is_party(person: Person | None, case: Case) -> bool:
    return person is not None and person.pk in {case.complainant_id, case.subject_id}


def can_open(user: Any, case: Case) -> bool:
    """Only the handler, the Clerk and people the handler adds may open a case.

    A party to the case never may, even the Clerk: the complainant and the person complained
    about hear from the council by letter.
    """
    person = person_for(user)
    if is_party(person, case):
        return False
    if is_clerk(user):
        return True
    if person is None:
        return False
    return case.handler_id == person.pk or case.access.filter(person=person).exists()


def open_case(user: Any, pk: int, page: str = "case") -> Case | None:
    """The case if ``user`` may open it, else ``None``. Every attempt is audited."""
    case = Case.objects.filter(pk=pk).select_related("handler", "complainant", "subject").first()
    allowed = case is not None and can_open(user, case)
    reference = case.reference if case else f"#{pk}"
    record(
        user,
        "complaint.opened" if allowed else "complaint.open_refused",
        case,
        object_type="complaints.case",
        summary=f"{'Opened' if allowed else 'Refused to open'} complaint {reference} ({page})",
        changes={"case_id": pk, "page": page},
    )
    return case if allowed else None


def cases_for(user: Any) -> list[Case]:
    """The cases ``user`` may open (for the list page; listing is not opening)."""
    cases = Case.objects.select_related("handler", "complainant", "subject").prefetch_related(
        "access"
    )
    return [case for case in cases if can_open(user, case)]


def may_manage(user: Any, case: Case) -> bool:
    """The handler and the Clerk (if not a party) run the case and add people to it."""
    person = person_for(user)
    if is_party(person, case):
        return False
    return is_clerk(user) or (person is not None and case.handler_id == person.pk)


def grant_access(actor: Any, case: Case, person: Person, reason: str) -> CaseAccess:
    """The handler lets someone else open the case (an investigator, say)."""
    if is_party(person, case):
        raise ValidationError({"person": f"{person} is a party to this complaint."})
    if case.access.filter(person=person).exists() or case.handler_id == person.pk:
        raise ValidationError({"person": f"{person} can already open this case."})
    with transaction.atomic():
        access = CaseAccess.objects.create(
            case=case,
            person=person,
            reason=reason,
            added_by=actor if getattr(actor, "is_authenticated", False) else None,
        )
        record(
            actor,
            "complaint.access_granted",
            case,
            summary=f"Access to {case.reference} given to person #{person.pk}",
            changes={"person_id": [None, person.pk], "reason": [None, reason]},
        )
    return access


def assign_handler(actor: Any, case: Case, person: Person, reason: str) -> Case:
    """Hand a case to someone else (or to someone at all, when no office-holder was free)."""
    if is_party(person, case):
        raise ValidationError({"person": f"{person} is a party to this complaint."})
    with transaction.atomic():
        old = case.handler_id
        case.handler, case.handler_office = person, ""
        case.handler_reason = f"Handed over: {reason}"[:300]
        case.save(update_fields=["handler", "handler_office", "handler_reason"])
        record(
            actor,
            "complaint.handler_changed",
            case,
            summary=f"Handler of {case.reference} changed",
            changes={"handler_id": [old, person.pk], "reason": [None, reason]},
        )
    return case


# --- Stages and deadlines ------------------------------------------------------------------------
def _start_route(case: Case, day: dt.date, done_codes: set[str] | None = None) -> None:
    """Give the case its route's stages from the table; start the first one on ``day``."""
    offset = case.steps.aggregate(n=Max("order"))["n"] or 0
    for rule in StageRule.objects.filter(route=case.route).order_by("order"):
        if done_codes and rule.code in done_codes:
            continue
        CaseStep.objects.create(case=case, rule=rule, order=offset + rule.order, name=rule.name)
    _start_next(case, day)


def current_step(case: Case) -> CaseStep | None:
    return case.steps.filter(done_on__isnull=True).select_related("rule").order_by("order").first()


def _start_next(case: Case, day: dt.date) -> CaseStep | None:
    step = current_step(case)
    if step is not None and step.started_on is None:
        step.started_on = day
        step.due_on = add_working_days(day, step.rule.working_days)
        step.save(update_fields=["started_on", "due_on"])
    return step


def _deciders(case: Case) -> set[int]:
    return set(
        case.steps.filter(done_on__isnull=False, person__isnull=False).values_list(
            "person_id", flat=True
        )
    )


def complete_step(
    actor: Any,
    step: CaseStep,
    *,
    done_on: dt.date,
    note: str = "",
    person: Person | None = None,
    day: dt.date | None = None,
) -> CaseStep:
    """Mark the case's current stage done; the next stage's deadline starts from ``done_on``."""
    day = day or today()
    case, rule = step.case, step.rule
    if not case.is_open:
        raise ValidationError("This case is closed.")
    if current_step(case) != step:
        raise ValidationError("Finish the stages in order: this is not the current stage.")
    errors: dict[str, str] = {}
    if done_on > day:
        errors["done_on"] = "The date must be today or in the past."
    elif step.started_on and done_on < step.started_on:
        errors["done_on"] = f"The date must be on or after {step.started_on:%-d %B %Y}."
    elif rule.earliest_working_days and step.started_on:
        earliest = add_working_days(step.started_on, rule.earliest_working_days)
        if done_on < earliest:
            errors["done_on"] = (
                f"This cannot be before {earliest:%-d %B %Y}: at least "
                f"{rule.earliest_working_days} working days after the stage before it."
            )
    if rule.asks_person:
        if person is None:
            errors["person"] = f"Select the {rule.asks_person.lower()}."
        elif is_party(person, case):
            errors["person"] = f"{person} is a party to this complaint."
        elif rule.code in ("appeal", "review") and person.pk in _deciders(case):
            errors["person"] = f"{person} was involved before: choose someone who was not."
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        step.done_on, step.note, step.person = done_on, note, person if rule.asks_person else None
        step.done_by = actor if getattr(actor, "is_authenticated", False) else None
        step.save(update_fields=["done_on", "note", "person", "done_by"])
        nxt = _start_next(case, done_on)
        record(
            actor,
            "complaint.step_done",
            case,
            summary=f"{case.reference}: stage done: {step.name}",
            changes={
                "stage": [None, rule.code],
                "done_on": [None, done_on.isoformat()],
                "person_id": [None, person.pk if person else None],
                "next_due": [None, nxt.due_on.isoformat() if nxt and nxt.due_on else None],
            },
        )
    return step


def skip_step(
    actor: Any, step: CaseStep, reason: str, day: dt.date | None = None
) -> list[CaseStep]:
    """Mark an optional stage, and the optional stages straight after it, not needed.

    For example no appeal came in the appeal window, so there is no appeal hearing either.
    """
    day = day or today()
    case = step.case
    if current_step(case) != step or not step.rule.optional:
        raise ValidationError(
            "Only the current stage, if it is optional, can be marked not needed."
        )
    if not reason.strip():
        raise ValidationError({"reason": "Say why it is not needed."})
    skipped = []
    with transaction.atomic():
        for later in case.steps.filter(order__gte=step.order, done_on__isnull=True).order_by(
            "order"
        ):
            if not later.rule.optional:
                break
            later.done_on, later.skipped, later.note = day, True, reason
            later.started_on = later.started_on or day
            later.done_by = actor if getattr(actor, "is_authenticated", False) else None
            later.save(update_fields=["done_on", "skipped", "note", "started_on", "done_by"])
            skipped.append(later)
        _start_next(case, day)
        record(
            actor,
            "complaint.step_skipped",
            case,
            summary=f"{case.reference}: marked not needed: {', '.join(s.name for s in skipped)}",
            changes={"stages": [None, [s.rule.code for s in skipped]], "reason": [None, reason]},
        )
    return skipped


def reroute(actor: Any, case: Case, conduct_matter: bool, reason: str) -> Case:
    """The handler decides whether a complaint about a councillor is about their conduct.

    A conduct matter goes to the Monitoring Officer; anything else to the Complaints Policy
    (clause 7). Stages already done stay done; the new route's other stages follow them.
    """
    new = Route.CONDUCT_REFERRAL if conduct_matter else Route.COMPLAINTS_POLICY
    if case.route not in (Route.CONDUCT_REFERRAL, Route.COMPLAINTS_POLICY):
        raise ValidationError("Only a complaint about a councillor can change route.")
    if case.route == new or not case.is_open:
        raise ValidationError("The complaint already follows that route.")
    if not reason.strip():
        raise ValidationError({"reason": "Say why."})
    day = today()
    with transaction.atomic():
        done = set(
            case.steps.filter(done_on__isnull=False, skipped=False).values_list(
                "rule__code", flat=True
            )
        )
        case.steps.filter(done_on__isnull=True).update(
            done_on=day, skipped=True, note="Not needed: the route changed."
        )
        old = case.route
        case.route = new.value
        case.save(update_fields=["route"])
        _start_route(case, day, done_codes=done)
        record(
            actor,
            "complaint.rerouted",
            case,
            summary=f"{case.reference} now follows: {new.label}",
            changes={"route": [old, new.value], "reason": [None, reason]},
        )
    return case


def record_decision(actor: Any, case: Case, outcome: str, decided_on: dt.date) -> Case:
    """Record what was decided (a later decision, such as an appeal's, replaces it)."""
    if decided_on > today():
        raise ValidationError({"decided_on": "The date must be today or in the past."})
    with transaction.atomic():
        old = (case.outcome, case.final_decision_on)
        case.outcome, case.final_decision_on = outcome, decided_on
        case.save(update_fields=["outcome", "final_decision_on"])
        record(
            actor,
            "complaint.decision_recorded",
            case,
            summary=f"Decision recorded for {case.reference}",
            changes={
                "final_decision_on": [
                    old[1].isoformat() if old[1] else None,
                    decided_on.isoformat(),
                ]
            },
        )
    return case


def record_mo_decision(
    actor: Any, case: Case, outcome: str, decided_on: dt.date, reference: str = ""
) -> Case:
    """Record the Monitoring Officer's decision; it is the case's final decision."""
    if case.route != Route.CONDUCT_REFERRAL:
        raise ValidationError("Only a complaint referred to the Monitoring Officer has one.")
    if decided_on > today():
        raise ValidationError({"decided_on": "The date must be today or in the past."})
    with transaction.atomic():
        case.mo_outcome, case.mo_decided_on = outcome, decided_on
        case.mo_reference = reference or case.mo_reference
        case.outcome, case.final_decision_on = outcome, decided_on
        case.save(
            update_fields=[
                "mo_outcome",
                "mo_decided_on",
                "mo_reference",
                "outcome",
                "final_decision_on",
            ]
        )
        record(
            actor,
            "complaint.mo_decision_recorded",
            case,
            summary=f"Monitoring Officer's decision recorded for {case.reference}",
            changes={"mo_decided_on": [None, decided_on.isoformat()], "mo_reference": reference},
        )
        step = current_step(case)
        if step is not None and step.rule.code == "mo_decision":
            earliest = step.started_on or decided_on
            complete_step(actor, step, done_on=max(decided_on, earliest), note="Decision recorded.")
    return case


def close_case(actor: Any, case: Case, day: dt.date | None = None) -> Case:
    """Close a case once every stage is done and the decision is recorded."""
    day = day or today()
    open_step = current_step(case)
    if open_step is not None:
        raise ValidationError(f"Finish every stage first: “{open_step.name}” is still open.")
    if not case.final_decision_on:
        raise ValidationError("Record the decision first.")
    with transaction.atomic():
        case.status, case.closed_on = Case.Status.CLOSED, day
        case.save(update_fields=["status", "closed_on"])
        record(
            actor,
            "complaint.closed",
            case,
            summary=f"{case.reference} closed",
            changes={"closed_on": [None, day.isoformat()]},
        )
    return case


def steps_needing_attention(person: Person, day: dt.date, soon: int = 3) -> list[CaseStep]:
    """Open cases' current stages, handled by ``person``, overdue or due within ``soon`` days."""
    horizon = add_working_days(day, soon)
    steps = CaseStep.objects.filter(
        case__status=Case.Status.OPEN,
        case__handler=person,
        done_on__isnull=True,
        due_on__isnull=False,
        due_on__lte=horizon,
    ).select_related("case")
    return sorted(steps, key=lambda s: s.due_on or day)
