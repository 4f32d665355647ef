"""Election things for the home page's to-do list (policy clause 4)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.urls import reverse

from civicpost.people.models import today
from civicpost.people.roles import is_clerk, person_for
from civicpost.web.todo import Todo

from .models import Candidacy, calendar_from_db
from .periods import period_of
from .services import upcoming_elections

SOON = dt.timedelta(days=30)


def election_todos(user: Any) -> list[Todo]:
    """Candidates: their spending return. The Clerk: the notice of election date to enter."""
    day = today()
    todos = []
    person = person_for(user)
    if person is not None:
        for candidacy in Candidacy.objects.filter(
            person=person, withdrawn_on__isnull=True
        ).select_related("election", "ward"):
            due = candidacy.election.spending_return_due
            if candidacy.election.poll_date - dt.timedelta(days=60) <= day <= due:
                todos.append(
                    Todo(
                        f"Your spending return for the {candidacy.election} is due by "
                        f"{due:%-d %B %Y}.",
                        reverse("candidacy-detail", args=[candidacy.pk]),
                        "Record your spending",
                    )
                )
    if is_clerk(user):
        calendar = calendar_from_db()
        for election in upcoming_elections(day):
            period = period_of(election, calendar)
            starts = period.starts_at.date()
            if election.notice_published_on is None and starts - SOON <= day <= election.poll_date:
                todos.append(
                    Todo(
                        f"The pre-election period for the {election} starts by {starts:%-d %B %Y}."
                        " Enter the date the notice of election is published.",
                        reverse("election-edit", args=[election.pk]),
                        "Enter the date",
                    )
                )
    return todos
