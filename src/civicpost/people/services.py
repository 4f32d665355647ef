"""The rules for changing people, roles, platforms, accounts and authorities.

Views, the command line and the demo loader all change data through these functions, so each
change is validated the same way and lands in the audit trail with it, or not at all.
"""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction

from civicpost.audit.services import audited_save, record

from .models import Dated, Person, Platform, PostingAuthority, Role, SocialAccount


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


def give_sign_in(actor: Any, person: Person, username: str, email: str, request: Any) -> Any:
    """Make a sign-in for ``person`` and email them a link to choose their own password.

    The password is random and never shown: only the person, through the emailed link, can set
    one.
    """
    from django.contrib.auth import get_user_model
    from django.contrib.auth.forms import PasswordResetForm

    first, _, last = person.full_name.partition(" ")
    with transaction.atomic():
        user = get_user_model().objects.create_user(
            username, email, secrets.token_urlsafe(32), first_name=first[:150], last_name=last[:150]
        )
        person.user = user
        person.email = person.email or email
        person.save(update_fields=["user", "email"])
        record(
            actor,
            "person.sign_in_given",
            person,
            summary=f"Sign-in “{username}” given to {person}",
            changes={"username": [None, username], "email": [None, email]},
        )
    reset = PasswordResetForm({"email": email})
    if reset.is_valid():
        reset.save(
            request=request,
            subject_template_name="accounts/welcome_subject.txt",
            email_template_name="accounts/welcome_email.txt",
        )
    return user
