"""Only the handler, the Clerk and people the handler adds can open a case; every try is audited."""

from __future__ import annotations

import pytest
from django.urls import reverse

from civicpost.audit.models import AuditEvent
from civicpost.complaints.services import grant_access

pytestmark = pytest.mark.django_db


def _opened(case, action):  # type: ignore[no-untyped-def]
    return AuditEvent.objects.filter(action=action, object_id=str(case.pk))


def test_a_councillor_who_is_not_a_handler_gets_a_404_and_it_is_audited(
    client, council, file_complaint
) -> None:
    case = file_complaint()
    client.force_login(council.vice.user)
    response = client.get(reverse("complaint-detail", args=[case.pk]))
    assert response.status_code == 404
    assert "liar" not in response.content.decode()
    refused = _opened(case, "complaint.open_refused").get()
    assert refused.actor == council.vice.user
    assert not _opened(case, "complaint.opened").exists()


@pytest.mark.parametrize("who", ["cllr", "cllr2"])
def test_the_parties_cannot_open_the_case(client, council, file_complaint, who) -> None:
    case = file_complaint()
    client.force_login(getattr(council, who).user)
    assert client.get(reverse("complaint-detail", args=[case.pk])).status_code == 404
    assert _opened(case, "complaint.open_refused").count() == 1


def test_every_page_of_a_case_is_guarded(client, council, file_complaint) -> None:
    case = file_complaint()
    step = case.steps.order_by("order").first()
    client.force_login(council.vice.user)
    urls = [
        reverse("complaint-step", args=[case.pk, step.pk]),
        reverse("complaint-evidence-check", args=[case.pk]),
        reverse("complaint-evidence-add", args=[case.pk]),
        reverse("complaint-bundle", args=[case.pk]),
        reverse("complaint-evidence-file", args=[case.pk, 1]),
    ]
    for url in urls:
        assert client.get(url).status_code == 404, url
    assert _opened(case, "complaint.open_refused").count() == len(urls)


def test_a_missing_case_is_a_404_and_the_try_is_audited(client, council) -> None:
    client.force_login(council.vice.user)
    assert client.get(reverse("complaint-detail", args=[9999])).status_code == 404
    event = AuditEvent.objects.get(action="complaint.open_refused")
    assert event.changes["case_id"] == 9999


def test_the_handler_and_the_clerk_can_open_it_and_it_is_audited(
    client, council, file_complaint
) -> None:
    case = file_complaint(council.chair, council.cllr)  # the Vice-Chair handles it
    assert case.handler == council.vice
    for person in (council.vice, council.clerk):
        client.force_login(person.user)
        response = client.get(reverse("complaint-detail", args=[case.pk]))
        assert response.status_code == 200
        assert "Cllr Council is a liar" in response.content.decode()
    actors = {e.actor for e in _opened(case, "complaint.opened")}
    assert actors == {council.vice.user, council.clerk.user}


def test_the_clerk_as_subject_cannot_open_the_case(client, council, file_complaint) -> None:
    case = file_complaint(council.cllr, council.clerk)
    client.force_login(council.clerk.user)
    assert client.get(reverse("complaint-detail", args=[case.pk])).status_code == 404
    client.force_login(council.chair.user)
    assert client.get(reverse("complaint-detail", args=[case.pk])).status_code == 200


def test_someone_the_handler_adds_can_open_it(client, council, file_complaint) -> None:
    case = file_complaint()
    client.force_login(council.employee.user)
    assert client.get(reverse("complaint-detail", args=[case.pk])).status_code == 404
    client.force_login(council.clerk.user)
    response = client.post(
        reverse("complaint-access", args=[case.pk]),
        {"person": council.employee.pk, "reason": "Takes the minutes of the hearing"},
    )
    assert response.status_code == 302
    assert AuditEvent.objects.filter(action="complaint.access_granted").exists()
    client.force_login(council.employee.user)
    assert client.get(reverse("complaint-detail", args=[case.pk])).status_code == 200


def test_a_party_cannot_be_given_access(council, file_complaint) -> None:
    from django.core.exceptions import ValidationError

    case = file_complaint()
    with pytest.raises(ValidationError):
        grant_access(council.clerk.user, case, council.cllr2, "curious")


def test_someone_added_can_read_but_not_run_the_case(client, council, file_complaint) -> None:
    case = file_complaint()
    grant_access(council.clerk.user, case, council.employee, "note taker")
    client.force_login(council.employee.user)
    step = case.steps.order_by("order").first()
    response = client.post(
        reverse("complaint-step", args=[case.pk, step.pk]), {"done_on": "2026-03-03"}
    )
    assert response.status_code == 403
    step.refresh_from_db()
    assert step.done_on is None


def test_the_list_shows_only_cases_you_may_open(client, council, file_complaint) -> None:
    case = file_complaint()
    client.force_login(council.vice.user)
    assert case.reference not in client.get(reverse("complaint-list")).content.decode()
    client.force_login(council.clerk.user)
    assert case.reference in client.get(reverse("complaint-list")).content.decode()
