"""The rules for changing people, roles, platforms, accounts and authorities.

Views, the command line and the demo loader all change data through these functions, so each
change is validated the same way and lands in the audit trail with it, or not at all.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db import models, transaction

from civicpost.audit.services import diff, record, snapshot

from .models import Dated, Person, Platform, PostingAuthority, Role, SocialAccount


def audited_save(actor: Any, form: forms.ModelForm, noun: str) -> models.Model:
    """Save a valid model form and record what changed, in one transaction."""
    instance = form.instance
    creating = instance.pk is None
    fields = list(form.fields)
    before = {} if creating else snapshot(type(instance).objects.get(pk=instance.pk), fields)
    with transaction.atomic():
        obj = form.save()
        changes = diff(before, snapshot(obj, fields))
        verb = "added" if creating else "changed"
        record(
            actor,
            f"{noun}.{verb}",
            obj,
            summary=f"{noun.capitalize()} {verb}: {obj}",
            changes=changes,
        )
    return obj


def save_person(actor: Any, form: forms.ModelForm) -> Person:
    return audited_save(actor, form, "person")  # type: ignore[return-value]


def save_role(actor: Any, form: forms.ModelForm) -> Role:
    return audited_save(actor, form, "role")  # type: ignore[return-value]


def save_platform(actor: Any, form: forms.ModelForm) -> Platform:
    return audited_save(actor, form, "platform")  # type: ignore[return-value]


def save_account(actor: Any, form: forms.ModelForm) -> SocialAccount:
    return audited_save(actor, form, "account")  # type: ignore[return-value]


def grant_authority(actor: Any, form: forms.ModelForm) -> PostingAuthority:
    return audited_save(actor, form, "authority")  # type: ignore[return-value]


def end_dated(actor: Any, obj: Dated, ends_on: dt.date, noun: str) -> Dated:
    """End a role or authority on ``ends_on``; it stays on record."""
    if ends_on < obj.starts_on:
        start = f"{obj.starts_on:%-d %B %Y}"
        message = f"The end date must be on or after the start date ({start})."
        raise ValidationError({"ends_on": message})
    with transaction.atomic():
        old = obj.ends_on
        obj.ends_on = ends_on
        obj.save(update_fields=["ends_on"])
        record(
            actor,
            f"{noun}.ended",
            obj,
            summary=f"{noun.capitalize()} ended on {ends_on}: {obj}",
            changes={"ends_on": [old.isoformat() if old else None, ends_on.isoformat()]},
        )
    return obj


def close_account(actor: Any, account: SocialAccount, closed_on: dt.date) -> SocialAccount:
    with transaction.atomic():
        old = account.closed_on
        account.closed_on = closed_on
        account.save(update_fields=["closed_on"])
        record(
            actor,
            "account.closed",
            account,
            summary=f"Account closed on {closed_on}: {account}",
            changes={"closed_on": [old.isoformat() if old else None, closed_on.isoformat()]},
        )
    return account
