"""The complaint pages: reporting, recording for someone, running a case, the Clerk's settings."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
from django.urls import reverse

from civicpost.audit.models import AuditEvent
from civicpost.complaints.models import Case, Evidence

from .conftest import PNG, png_upload

pytestmark = pytest.mark.django_db


def _form(**changes):  # type: ignore[no-untyped-def]
    data = {
        "posted_on": "2026-03-02",
        "seen_on": "2026-03-03",
        "url": "https://social.example/@gailq/1234",
        "text": "Cllr Council is a liar and a disgrace.",
        "harms": ["harassment", "offence"],
        "harm_details": "Residents have repeated it to me.",
    }
    return data | changes


def test_a_councillor_reports_a_colleague(client, council) -> None:
    client.force_login(council.cllr.user)
    page = client.get(reverse("complaint-report")).content.decode()
    assert "Who is making the complaint" not in page  # they complain for themselves
    response = client.post(
        reverse("complaint-report"), _form(subject=council.cllr2.pk, files=[png_upload()])
    )
    case = Case.objects.get()
    assert response.url == reverse("complaint-recorded", args=[case.pk])
    assert case.complainant == council.cllr and case.harms == ["harassment", "offence"]
    assert case.evidence.get(kind="file").sha256 == hashlib.sha256(PNG).hexdigest()
    done = client.get(response.url).content.decode()
    assert case.reference in done and "Ada Clerkson will deal with it" in done
    # The complainant does not get to open the case itself.
    assert client.get(reverse("complaint-detail", args=[case.pk])).status_code == 404


def test_the_clerk_records_a_complaint_for_an_employee(client, council) -> None:
    client.force_login(council.clerk.user)
    response = client.post(
        reverse("complaint-report"),
        _form(complainant=council.employee.pk, subject=council.cllr2.pk),
    )
    assert response.status_code == 302
    case = Case.objects.get()
    assert case.complainant == council.employee and case.recorded_by == council.clerk.user


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({}, "Select the person you are complaining about"),
        ({"subject": "self"}, "You cannot make a complaint about yourself"),
        ({"subject": "other", "harms": []}, "Select how the material affected you"),
        ({"subject": "other", "posted_on": "2026-13-45"}, "Enter a valid date"),
        ({"subject": "other", "url": "", "text": ""}, "Give the material"),
        ({"subject": "other", "text": "bad\u202etext"}, "hidden or control character"),
        (
            {"subject": "other", "files": [png_upload("cut.png", PNG[:30])]},
            "cut.png is not a whole PNG image",
        ),
    ],
)
def test_bad_reports_get_a_clear_error_and_nothing_is_saved(
    client, council, changes, message
) -> None:
    subject = changes.pop("subject", None)
    if subject:
        changes["subject"] = {"self": council.cllr.pk, "other": council.cllr2.pk}[subject]
    client.force_login(council.cllr.user)
    response = client.post(reverse("complaint-report"), _form(**changes))
    page = response.content.decode()
    assert response.status_code == 200 and "There is a problem" in page
    assert message in page
    assert not Case.objects.exists() and not Evidence.objects.exists()
    assert not AuditEvent.objects.filter(action__startswith="complaint.").exists()


def test_the_handler_runs_a_stage_from_the_page(client, council, file_complaint) -> None:
    case = file_complaint(day=dt.date(2026, 3, 3))
    step = case.steps.order_by("order").first()
    client.force_login(council.clerk.user)
    detail = client.get(reverse("complaint-detail", args=[case.pk])).content.decode()
    assert "Next: Acknowledge the complaint in writing" in detail and "Overdue" in detail
    url = reverse("complaint-step", args=[case.pk, step.pk])
    early = client.post(url, {"done_on": "2026-03-01"})
    assert "on or after 3 March 2026" in early.content.decode()
    assert client.post(url, {"done_on": "2026-03-04", "note": "Sent by email"}).status_code == 302
    step.refresh_from_db()
    assert step.done_on == dt.date(2026, 3, 4)


def test_the_handler_changes_the_route(client, council, file_complaint) -> None:
    case = file_complaint()
    client.force_login(council.clerk.user)
    response = client.post(
        reverse("complaint-route", args=[case.pk]),
        {"conduct_matter": "no", "reason": "It is about a council decision, not conduct."},
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.route == "complaints_policy"


def test_the_clerk_sets_up_the_monitoring_officer(client, council) -> None:
    client.force_login(council.clerk.user)
    assert client.get(reverse("complaint-admin")).status_code == 200
    response = client.post(
        reverse("complaint-settings"),
        {
            "principal_authority": "Borchester Borough Council",
            "monitoring_officer": "Morag Officer",
            "monitoring_officer_address": "Town Hall\nBorchester",
            "monitoring_officer_email": "mo@borchester.example",
            "signpost_text": "Report it to the platform.",
            "max_upload_mb": 5,
        },
    )
    assert response.status_code == 302
    assert AuditEvent.objects.filter(action="complaint_settings.changed").exists()
    assert "Borchester Borough Council" in client.get(reverse("complaint-admin")).content.decode()


def test_a_councillor_cannot_open_the_settings(client, council) -> None:
    client.force_login(council.cllr.user)
    assert client.get(reverse("complaint-admin")).status_code == 403
