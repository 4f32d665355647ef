"""Recording and verifying the audit trail.

Every service that changes data calls :func:`record` inside its own transaction, so the change
and its audit event are saved together or not at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db import IntegrityError, models, transaction
from django.db.models.fields.files import FieldFile
from django.forms import ModelForm
from django.forms.models import model_to_dict
from django.utils import timezone

from .models import GENESIS_HASH, AuditEvent

MAX_ATTEMPTS = 5


def snapshot(obj: models.Model, fields: Iterable[str] | None = None) -> dict[str, Any]:
    """A JSON-safe picture of a model's editable fields, for before/after comparisons."""
    data = model_to_dict(obj, fields=list(fields) if fields else None)
    return {key: _json_safe(value) for key, value in data.items()}


def _json_safe(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, list | tuple):
        return [_json_safe(v) for v in value]
    if isinstance(value, FieldFile):
        return value.name or None
    return value


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """Fields that changed, as ``{field: [old, new]}``."""
    keys = sorted(set(before) | set(after))
    return {k: [before.get(k), after.get(k)] for k in keys if before.get(k) != after.get(k)}


def actor_label(user: Any) -> str:
    if user is None or not getattr(user, "is_authenticated", False):
        return "system"
    person = getattr(user, "person", None)
    name = person.full_name if person else (user.get_full_name() or user.get_username())
    return f"{name} ({user.get_username()})" if name != user.get_username() else name


def record(
    actor: Any,
    action: str,
    obj: models.Model | None = None,
    *,
    summary: str,
    changes: dict[str, Any] | None = None,
    object_type: str | None = None,
) -> AuditEvent:
    """Append one event to the chain.

    Call inside the transaction that makes the change. Concurrent writers are ordered by the
    unique ``seq`` and ``prev_hash`` constraints: a writer that loses the race retries on top
    of the new head, so the chain never forks.
    """
    if object_type is None:
        object_type = obj._meta.label_lower if obj is not None else ""
    for attempt in range(MAX_ATTEMPTS):
        try:
            with transaction.atomic():
                head = AuditEvent.objects.select_for_update().order_by("-seq").first()
                event = AuditEvent(
                    seq=(head.seq + 1) if head else 1,
                    at=timezone.now(),
                    actor=actor if getattr(actor, "is_authenticated", False) else None,
                    actor_label=actor_label(actor)[:200],
                    action=action,
                    object_type=object_type,
                    object_id=str(obj.pk) if obj is not None and obj.pk is not None else "",
                    object_repr=str(obj)[:300] if obj is not None else "",
                    summary=summary[:500],
                    changes=changes or {},
                    prev_hash=head.hash if head else GENESIS_HASH,
                )
                event.hash = event.compute_hash()
                event.save()
                return event
        except IntegrityError:
            if attempt == MAX_ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def audited_save(actor: Any, form: ModelForm, noun: str) -> models.Model:
    """Save a valid model form and record what changed, in one transaction."""
    instance = form.instance
    creating = instance.pk is None
    fields = list(form.fields)
    with transaction.atomic():
        before = {} if creating else snapshot(type(instance).objects.get(pk=instance.pk), fields)
        obj = form.save()
        verb = "added" if creating else "changed"
        record(
            actor,
            f"{noun.replace(' ', '_')}.{verb}",
            obj,
            summary=f"{noun.capitalize()} {verb}: {obj}",
            changes=diff(before, snapshot(obj, fields)),
        )
    return obj


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int
    broken_seq: int | None = None
    reason: str = ""


def verify(batch_size: int = 2000) -> VerifyResult:
    """Walk the chain from the first event and report the first broken link, if any."""
    expected_prev = GENESIS_HASH
    expected_seq = 1
    checked = 0
    for event in AuditEvent.objects.order_by("seq").iterator(chunk_size=batch_size):
        if event.seq != expected_seq:
            return VerifyResult(False, checked, event.seq, f"event #{expected_seq} is missing")
        if event.prev_hash != expected_prev:
            return VerifyResult(
                False, checked, event.seq, "it does not follow on from the event before it"
            )
        if event.compute_hash() != event.hash:
            return VerifyResult(
                False, checked, event.seq, "its contents were changed after it was recorded"
            )
        expected_prev = event.hash
        expected_seq += 1
        checked += 1
    return VerifyResult(True, checked)
