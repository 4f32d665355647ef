"""The rules for changing elections, candidacies and spending records (policy clause 4).

Every change goes through one of these functions and lands in the audit trail with it, in the
same transaction, or not at all.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from civicpost.audit.services import audited_save, record

from .models import Candidacy, CombinedPoll, Election, ExcludedDay, Expenditure, Ward


def save_election(actor: Any, form: forms.ModelForm) -> Election:
    return audited_save(actor, form, "election")  # type: ignore[return-value]


def save_combined_poll(actor: Any, form: forms.ModelForm) -> CombinedPoll:
    return audited_save(actor, form, "combined poll")  # type: ignore[return-value]


def save_ward(actor: Any, form: forms.ModelForm) -> Ward:
    return audited_save(actor, form, "ward")  # type: ignore[return-value]


def add_excluded_day(actor: Any, form: forms.ModelForm) -> ExcludedDay:
    """Add a day appointed for public thanksgiving or mourning (SI 2006/3305 Sch 2 r.2(c)).

    It moves every timetable whose count crosses it, at once: nothing is stored per election.
    """
    return audited_save(actor, form, "non-working day")  # type: ignore[return-value]


def withdraw_excluded_day(actor: Any, day: ExcludedDay, reason: str) -> ExcludedDay:
    """Take a day the Clerk added back out of the calendar; it stays on record."""
    if day.withdrawn_at:
        raise ValidationError("This day has already been taken out of the calendar.")
    with transaction.atomic():
        day.withdrawn_at = timezone.now()
        day.save(update_fields=["withdrawn_at"])
        record(
            actor,
            "non-working day.withdrawn",
            day,
            summary=f"Non-working day taken out of the calendar: {day}. Reason: {reason}",
            changes={"withdrawn_at": [None, day.withdrawn_at.isoformat()], "reason": reason},
        )
    return day


def save_candidacy(actor: Any, form: forms.ModelForm) -> Candidacy:
    return audited_save(actor, form, "candidacy")  # type: ignore[return-value]


def record_expenditure(actor: Any, form: forms.ModelForm) -> Expenditure:
    """Record an item of candidate spending (RPA 1983 Sch 4A) in the candidate's register."""
    return audited_save(actor, form, "spending")  # type: ignore[return-value]


def withdraw_expenditure(actor: Any, item: Expenditure, reason: str) -> Expenditure:
    """Take an item out of the return (entered in error, say); it stays on record."""
    reason = reason.strip()
    if not reason:
        raise ValidationError({"reason": "Say why this item is being taken out of the return."})
    if item.withdrawn_at:
        raise ValidationError("This item has already been taken out of the return.")
    with transaction.atomic():
        item.withdrawn_at = timezone.now()
        item.withdrawn_reason = reason[:300]
        item.save(update_fields=["withdrawn_at", "withdrawn_reason"])
        record(
            actor,
            "spending.withdrawn",
            item,
            summary=f"Spending taken out of the return: {item}. Reason: {reason}",
            changes={"withdrawn_reason": ["", item.withdrawn_reason]},
        )
    return item


def candidacies_for(person: Any) -> list[Candidacy]:
    """A person's candidacies, newest election first."""
    if person is None:
        return []
    return list(
        Candidacy.objects.filter(person=person)
        .select_related("election", "ward")
        .order_by("-election__poll_date")
    )


def upcoming_elections(day: dt.date) -> list[Election]:
    """Elections whose spending return is not yet due, soonest first."""
    return [
        e
        for e in Election.objects.filter(poll_date__gte=day - dt.timedelta(days=60))
        .select_related("ward")
        .order_by("poll_date")
        if e.spending_return_due >= day
    ]
