"""Emails reminding candidates of their spending deadlines (RPA 1983 Sch 4 paras 1 and 3).

Run daily by a system timer (``civicpost manage election_reminders``) or started by the Clerk
(the ``send_election_reminders`` task). Each reminder is sent once: a run that comes late sends
the nearest one that is due, and the record of sent reminders makes a second run send nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.core.mail import send_mail
from django.db import IntegrityError, transaction

from civicpost.audit.services import record

from . import spending
from .models import Candidacy, ReminderSent

REMIND_DAYS_BEFORE = (7, 1)


@dataclass(frozen=True)
class Deadline:
    key: str
    what: str
    day: dt.date


def deadlines(candidacy: Candidacy) -> list[Deadline]:
    """The candidate's three deadlines after the poll."""
    poll = candidacy.election.poll_date
    return [
        Deadline(
            "claims", "Invoices for your campaign must reach you", spending.claims_deadline(poll)
        ),
        Deadline("payment", "Invoices must be paid", spending.payment_deadline(poll)),
        Deadline(
            "return",
            "Your spending return and declaration must reach the Returning Officer",
            candidacy.election.spending_return_due,
        ),
    ]


def due(candidacy: Candidacy, day: dt.date) -> list[tuple[Deadline, int, list[int]]]:
    """Reminders due on ``day`` and not yet sent: (deadline, days before to say, all the
    reminder slots this one covers)."""
    sent = set(candidacy.reminders.values_list("deadline", "days_before"))
    found = []
    for deadline in deadlines(candidacy):
        if not (deadline.day - dt.timedelta(days=max(REMIND_DAYS_BEFORE)) <= day <= deadline.day):
            continue
        slots = [n for n in REMIND_DAYS_BEFORE if day >= deadline.day - dt.timedelta(days=n)]
        unsent = [n for n in slots if (deadline.key, n) not in sent]
        if unsent:
            found.append((deadline, min(slots), unsent))
    return found


def send_reminders(day: dt.date) -> int:
    """Email every reminder due on ``day``; returns how many were sent."""
    count = 0
    candidacies = Candidacy.objects.filter(
        withdrawn_on__isnull=True,
        election__poll_date__lte=day,
        election__poll_date__gte=day - dt.timedelta(days=120),
    ).select_related("person", "election")
    for candidacy in candidacies:
        email = candidacy.person.email
        if not email:
            continue
        for deadline, _, unsent in due(candidacy, day):
            try:
                with transaction.atomic():
                    for n in unsent:
                        ReminderSent.objects.create(
                            candidacy=candidacy, deadline=deadline.key, days_before=n
                        )
                    record(
                        None,
                        "candidacy.reminder_sent",
                        candidacy,
                        summary=f"Reminder emailed to {candidacy.person}: {deadline.what} by "
                        f"{deadline.day:%-d %B %Y}",
                    )
                    send_mail(
                        f"Election spending: deadline {deadline.day:%-d %B %Y}",
                        f"{deadline.what} by {deadline.day:%A %-d %B %Y} "
                        f"({candidacy.election}).\n\nYour spending record is in civicpost under "
                        "Elections.",
                        None,
                        [email],
                    )
            except IntegrityError:  # another run sent it at the same moment
                continue
            count += 1
    return count
