"""Reminders of overdue stages, emailed to each case's handler (issue 7: "overdue steps shown
to the handler and sent as reminders"). The email names the case reference and the stage only:
no personal details of the complaint travel by email."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from django.core.mail import send_mail
from django.db import transaction
from django.urls import reverse

from civicpost.audit.services import record
from civicpost.people.models import Person, today

from .models import Case, CaseStep


def overdue_steps(day: dt.date) -> list[CaseStep]:
    return list(
        CaseStep.objects.filter(
            case__status=Case.Status.OPEN, done_on__isnull=True, due_on__lt=day
        ).select_related("case", "case__handler")
    )


def send_reminders(day: dt.date | None = None) -> int:
    """Email each handler once a day about their overdue stages; returns emails sent."""
    day = day or today()
    by_handler: dict[Person, list[CaseStep]] = defaultdict(list)
    for step in overdue_steps(day):
        if step.case.handler and step.reminded_on != day:
            by_handler[step.case.handler].append(step)
    sent = 0
    for handler, steps in by_handler.items():
        if not handler.email:
            continue
        lines = [
            f"- {s.case.reference}: {s.name} (due {s.due_on:%-d %B %Y}) "
            f"{reverse('complaint-detail', args=[s.case.pk])}"
            for s in steps
        ]
        with transaction.atomic():
            CaseStep.objects.filter(pk__in=[s.pk for s in steps]).update(reminded_on=day)
            for step in steps:
                record(
                    None,
                    "complaint.reminder_sent",
                    step.case,
                    summary=f"Reminder sent: {step.case.reference}: {step.name} is overdue",
                    changes={"stage": step.rule_id, "due_on": step.due_on.isoformat()},
                )
        send_mail(
            "civicpost: complaint stages overdue",
            "These complaint stages are overdue:\n\n" + "\n".join(lines) + "\n",
            None,
            [handler.email],
        )
        sent += 1
    return sent
