"""Spending-deadline reminders: sent once each, by the command, the task or the Clerk's button."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from civicpost.audit.models import AuditEvent
from civicpost.elections.models import Candidacy, ReminderSent
from civicpost.elections.reminders import send_reminders

pytestmark = pytest.mark.django_db
D = dt.date


@pytest.fixture
def candidate(councillor, election_2028) -> Candidacy:  # type: ignore[no-untyped-def]
    councillor.email = "ben@example.org"
    councillor.save()
    return Candidacy.objects.create(election=election_2028, person=councillor)


def test_a_week_before_the_invoice_deadline_one_email_goes_once(candidate) -> None:
    assert send_reminders(D(2028, 5, 10)) == 0  # 8 days before 18 May: nothing yet
    assert send_reminders(D(2028, 5, 11)) == 1
    assert mail.outbox[-1].to == ["ben@example.org"]
    assert "Thursday 18 May 2028" in mail.outbox[-1].body
    assert send_reminders(D(2028, 5, 11)) == 0  # already sent
    assert send_reminders(D(2028, 5, 17)) == 1  # the day before
    assert AuditEvent.objects.filter(action="candidacy.reminder_sent").count() == 2


def test_a_late_run_sends_only_the_nearest_reminder(candidate) -> None:
    assert send_reminders(D(2028, 5, 31)) == 1  # return due 1 June: the 1-day one
    assert "Thursday 1 June 2028" in mail.outbox[-1].body
    assert set(ReminderSent.objects.values_list("deadline", "days_before")) == {
        ("return", 7),
        ("return", 1),
    }
    assert send_reminders(D(2028, 6, 1)) == 0


def test_the_returning_officers_date_is_used_when_given(candidate, election_2028) -> None:
    election_2028.return_due_on = D(2028, 5, 31)
    election_2028.save()
    send_reminders(D(2028, 5, 30))
    assert "Wednesday 31 May 2028" in mail.outbox[-1].body


def test_no_email_address_no_email_and_withdrawn_candidates_are_left_alone(candidate) -> None:
    candidate.withdrawn_on = D(2028, 4, 3)
    candidate.save()
    assert send_reminders(D(2028, 5, 11)) == 0
    assert not mail.outbox


def test_the_command_for_the_system_timer(candidate) -> None:
    call_command("election_reminders", "--date", "2028-05-11")
    assert len(mail.outbox) == 1


def test_the_clerk_starts_the_task_from_a_page(clerk_client, candidate) -> None:
    response = clerk_client.post(reverse("election-reminders"))
    assert response.status_code == 302
    from django_tasks_db.models import DBTaskResult

    assert DBTaskResult.objects.filter(task_path__endswith="send_election_reminders").exists()


def test_a_councillor_cannot_start_it(client, councillor) -> None:
    client.force_login(councillor.user)
    assert client.post(reverse("election-reminders")).status_code == 403
