"""The rules for changing the registers: audited saves, ending entries, CSV import and export,
and reading "RESOLVED" lines out of pasted minutes."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass
from typing import Any

from django import forms
from django.db import models, transaction
from django.db.models.fields.files import FieldFile

from civicpost.audit.services import audited_save, record

from .models import Consent, Decision
from .registry import Register


def save_entry(actor: Any, register: Register, form: Any) -> models.Model:
    return audited_save(actor, form, register.noun)


def save_council_details(actor: Any, form: Any) -> models.Model:
    return audited_save(actor, form, "council details")


def end_entry(actor: Any, register: Register, obj: models.Model, day: dt.date) -> models.Model:
    """Withdraw, rescind or end an entry from ``day``; it stays on record."""
    with transaction.atomic():
        old = getattr(obj, register.end_field)
        setattr(obj, register.end_field, day)
        obj.save(update_fields=[register.end_field])
        record(
            actor,
            f"{register.noun.replace(' ', '_')}.ended",
            obj,
            summary=f"{register.end_label} {register.noun} from {day:%-d %B %Y}: {obj}",
            changes={register.end_field: [old.isoformat() if old else None, day.isoformat()]},
        )
    return obj


# --- CSV ---------------------------------------------------------------------------------------
def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, models.Model):
        return str(value.pk)
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, FieldFile):
        return value.name or ""
    text = str(value)
    # Cells that a spreadsheet would run as a formula are prefixed so they stay text.
    return "'" + text if text[:1] in ("=", "+", "-", "@") and not text[1:2].isdigit() else text


def export_csv(register: Register, rows: Any) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(register.csv_fields)
    for obj in rows:
        writer.writerow(
            [_cell(obj.pk)] + [_cell(getattr(obj, name)) for name in register.csv_fields[1:]]
        )
    return out.getvalue()


@dataclass
class ImportResult:
    created: int = 0
    changed: int = 0
    errors: list[str] | None = None


def _form_data(register: Register, row: dict[str, str]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    form = register.form()
    for name in register.csv_fields[1:]:
        value = (row.get(name) or "").strip()
        if value.startswith("'") and value[1:2] in ("=", "+", "-", "@"):
            value = value[1:]
        field = form.fields[name]
        if isinstance(field, forms.BooleanField):
            if value.lower() in ("yes", "true", "1", "on"):
                data[name] = "on"
        elif name == "evidence":
            continue  # files are not imported from CSV; upload them on the entry's page
        else:
            data[name] = value
    return data


def import_csv(actor: Any, register: Register, raw: bytes) -> ImportResult:
    """Import every row or none: any bad row is reported by its line number."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return ImportResult(errors=["The file is not UTF-8 text. Save it as “CSV UTF-8”."])
    reader = csv.DictReader(io.StringIO(text))
    missing = [
        f for f in register.csv_fields[1:] if f not in (reader.fieldnames or []) and f != "evidence"
    ]
    if missing:
        return ImportResult(errors=[f"Line 1: these columns are missing: {', '.join(missing)}."])
    valid, errors = [], []
    try:
        rows = list(reader)
    except csv.Error as error:
        return ImportResult(
            errors=[f"Line {reader.line_num}: the file is not valid CSV ({error})."]
        )
    for index, row in enumerate(rows, start=2):
        instance = None
        ident = (row.get("id") or "").strip()
        if ident:
            instance = register.model.objects.filter(pk=ident).first() if ident.isdigit() else None
            if instance is None:
                errors.append(f"Line {index}: there is no entry with id {ident}.")
                continue
        form = register.form(_form_data(register, row), instance=instance)
        if form.is_valid():
            valid.append(form)
        else:
            for field, messages in form.errors.items():
                label = field if field != "__all__" else "row"
                errors.extend(f"Line {index}: {label}: {m}" for m in messages)
    if errors:
        return ImportResult(errors=errors)
    result = ImportResult()
    with transaction.atomic():
        for form in valid:
            creating = form.instance.pk is None
            save_entry(actor, register, form)
            if creating:
                result.created += 1
            else:
                result.changed += 1
    return result


# --- Minutes -----------------------------------------------------------------------------------
MINUTE_REF = re.compile(r"^\s*(?:minute\s+)?(\d{2,4}\s*/\s*\d{1,4})\b", re.IGNORECASE)
RESOLVED = re.compile(r"\bRESOLVED\b", re.IGNORECASE)


def resolutions_in(minutes: str) -> list[tuple[str, str]]:
    """``(minute reference, resolution)`` for each "RESOLVED" in pasted minutes.

    A resolution runs from "RESOLVED" to the end of its paragraph; the minute reference is the
    nearest "NN/NNN" number at the start of a paragraph above it.
    """
    found: list[tuple[str, str]] = []
    ref = ""
    for paragraph in re.split(
        r"\n\s*\n|\n(?=\s*(?:minute\s+)?\d{2,4}\s*/\s*\d)", minutes, flags=re.IGNORECASE
    ):
        match = MINUTE_REF.match(paragraph)
        if match:
            ref = re.sub(r"\s+", "", match.group(1))
        hit = RESOLVED.search(paragraph)
        if hit:
            text = " ".join(paragraph[hit.start() :].split())
            found.append((ref, text))
    return found


def draft_decisions_from_minutes(
    actor: Any, minutes: str, decided_on: dt.date, body: str
) -> list[Decision]:
    """Add each resolution as a draft decision for the Clerk to confirm."""
    made = []
    with transaction.atomic():
        for ref, text in resolutions_in(minutes):
            if Decision.objects.filter(resolution=text, decided_on=decided_on).exists():
                continue  # pasting the same minutes twice adds nothing
            decision = Decision.objects.create(
                resolution=text,
                minute_reference=ref,
                decided_on=decided_on,
                body=body,
                status=Decision.Status.DRAFT,
            )
            record(
                actor,
                "decision.drafted",
                decision,
                summary=f"Draft decision read from minutes: {decision}",
            )
            made.append(decision)
    return made


def confirm_decision(actor: Any, decision: Decision) -> Decision:
    with transaction.atomic():
        decision.status = Decision.Status.CONFIRMED
        decision.save(update_fields=["status"])
        record(
            actor,
            "decision.confirmed",
            decision,
            summary=f"Decision confirmed: {decision}",
            changes={"status": ["draft", "confirmed"]},
        )
    return decision


# --- Adoption of the policy and acknowledgements ----------------------------------------------
def adopt_policy(actor: Any, form: Any) -> Any:
    """Record that the council adopted a version; everyone is asked to confirm again."""
    return audited_save(actor, form, "policy_adoption")


def acknowledge(person: Any, adoption: Any) -> Any:
    from .models import Acknowledgement

    with transaction.atomic():
        ack, created = Acknowledgement.objects.get_or_create(adoption=adoption, person=person)
        if created:
            record(
                person.user,
                "policy.acknowledged",
                ack,
                summary=f"{person} confirmed reading {adoption}",
            )
    return ack


def who_must_confirm(day: dt.date | None = None) -> Any:
    """Everyone holding a councillor, clerk or employee role today."""
    from civicpost.people.models import Person, Role

    roles = Role.objects.current_on(day).filter(
        kind__in=[Role.Kind.COUNCILLOR, Role.Kind.CLERK, Role.Kind.EMPLOYEE]
    )
    return Person.objects.filter(roles__in=roles).distinct()


REVIEW_WARNING = dt.timedelta(days=30)


def send_review_reminder(day: dt.date | None = None) -> bool:
    """Email the Clerk once when the adopted policy's review date is 30 days away or less."""
    from django.core.mail import send_mail
    from django.utils import timezone

    from civicpost.audit.models import AuditEvent
    from civicpost.people.roles import clerks

    from .models import PolicyAdoption

    day = day or timezone.localdate()
    latest = PolicyAdoption.latest_adopted()
    if latest is None or latest.review_on > day + REVIEW_WARNING:
        return False
    sent = AuditEvent.objects.filter(
        action="policy.review_reminder_sent",
        object_type="registers.policyadoption",
        object_id=str(latest.pk),
    )
    if sent.exists():
        return False
    recipients = sorted({p.email for p in clerks(day) if p.email})
    if not recipients:
        return False
    send_mail(
        "The social media policy is due for review",
        f"The council's social media policy ({latest}) is due for review by "
        f"{latest.review_on:%-d %B %Y}. Put it on a council agenda, then record the new "
        "adoption in civicpost so everyone is asked to read it again.",
        None,
        recipients,
    )
    record(
        None,
        "policy.review_reminder_sent",
        latest,
        summary=f"Review reminder emailed to the Clerk: {latest}",
    )
    return True


def consent_choices() -> list[tuple[str, str]]:
    """Consents as form choices ``("c-<id>", description)``, with "None" first (clause 6.4).

    Withdrawn and expired consents stay selectable, so the check can say why they no longer
    cover the post.
    """
    choices = [("", "None")]
    for consent in Consent.objects.order_by("subject"):
        note = "" if consent.in_force() else " (no longer in force)"
        choices.append((f"c-{consent.pk}", f"{consent}{note}"))
    return choices
