"""Intake: routing by the subject's role on the date of the material, the handler, evidence."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from civicpost.audit.models import AuditEvent
from civicpost.complaints.evidence import sha256_text
from civicpost.complaints.models import Case, CaseStep, Evidence
from civicpost.complaints.routing import Route
from civicpost.complaints.services import handler_for, start_case_from_record
from civicpost.people.models import Role

pytestmark = pytest.mark.django_db


def test_a_councillor_reports_a_colleague(council, file_complaint) -> None:
    case = file_complaint()
    assert case.route == Route.CONDUCT_REFERRAL
    assert case.handler == council.clerk and case.handler_office == "clerk"
    assert case.subject_roles == ["councillor"]
    items = list(case.evidence.order_by("number"))
    assert [e.kind for e in items] == ["link", "text"]
    assert items[1].sha256 == sha256_text("Cllr Council is a liar and a disgrace.")
    event = AuditEvent.objects.get(action="complaint.recorded")
    assert event.object_id == str(case.pk)
    # No names in the audit trail's summary: only the reference.
    assert "Gail" not in event.summary and "Ben" not in event.summary
    first = case.steps.order_by("order").first()
    assert first.started_on is not None and first.due_on is not None


def test_the_clerk_as_subject_goes_to_the_chair_and_the_disciplinary_route(
    council, file_complaint
) -> None:
    case = file_complaint(council.cllr, council.clerk)
    assert case.handler == council.chair
    assert case.route == Route.DISCIPLINARY


def test_the_chair_as_complainant_goes_to_the_vice_chair(council, file_complaint) -> None:
    case = file_complaint(council.chair, council.cllr)
    assert case.handler == council.vice


def test_a_former_councillor_is_routed_by_their_role_when_they_posted(
    council, file_complaint
) -> None:
    Role.objects.filter(person=council.cllr2).update(ends_on=dt.date(2026, 5, 7))
    case = file_complaint(posted_on=dt.date(2026, 3, 2))
    assert case.route == Route.CONDUCT_REFERRAL
    assert "no longer hold that role" in case.route_reason
    # Material posted after they left is not the council's to deal with.
    later = file_complaint(posted_on=dt.date(2026, 5, 20))
    assert later.route == Route.SIGNPOST


def test_someone_who_left_as_chair_is_no_conflict_for_the_new_chair(
    council, file_complaint, make_person
) -> None:
    Role.objects.filter(person=council.chair, kind="chair").update(ends_on=dt.date(2026, 5, 10))
    new_chair = make_person("Nia Newchair", "councillor", "chair", starts_on=dt.date(2026, 5, 11))
    # The old Chair complains about the Clerk: roles at intake count for the handler.
    choice = handler_for(council.chair, council.clerk, dt.date(2026, 6, 1))
    assert choice.person_id == new_chair.pk


def test_a_resident_is_recorded_and_signposted(council, file_complaint) -> None:
    case = file_complaint(subject=None, subject_name="A. Resident")
    assert case.route == Route.SIGNPOST and case.subject is None
    assert case.subject_label == "A. Resident"
    assert list(case.steps.values_list("rule__code", flat=True)) == ["signpost"]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"posted_on": dt.date(2099, 1, 1), "seen_on": dt.date(2099, 1, 1)}, "posted_on"),
        ({"seen_on": dt.date(2026, 3, 1)}, "seen_on"),
        ({"harms": []}, "harms"),
        ({"text": "", "url": ""}, "text"),
    ],
)
def test_bad_intake_is_refused_and_nothing_is_saved(council, file_complaint, changes, field):
    with pytest.raises(ValidationError) as error:
        file_complaint(**changes)
    assert field in error.value.message_dict
    assert not Case.objects.exists() and not Evidence.objects.exists()
    assert not CaseStep.objects.exists()


def test_nobody_complains_about_themselves(council, file_complaint) -> None:
    with pytest.raises(ValidationError):
        file_complaint(council.cllr, council.cllr)


def test_a_case_can_start_from_a_self_check_record(council) -> None:
    report = {"verdict": "breach", "findings": [{"rule": "personal-attack", "clause": "6.9"}]}
    case = start_case_from_record(
        council.clerk.user,
        text="You are a clown, Cllr Council.",
        report=report,
        source=Case.Source.SELF_CHECK,
        source_reference="self-check 42",
        complainant=council.cllr,
        subject=council.cllr2,
        posted_on=dt.date(2026, 3, 2),
        harms=["offence"],
    )
    kinds = list(case.evidence.values_list("kind", flat=True))
    assert kinds == ["text", "report"]
    assert '"personal-attack"' in case.evidence.get(kind="report").text
    assert case.source == "self_check"


def test_a_kept_self_check_starts_a_complaint_carrying_its_text_and_report(
    client, councillor, make_person
) -> None:
    import datetime as dt

    from django.urls import reverse

    from civicpost.checks.models import SelfCheckRecord
    from civicpost.complaints.models import Case

    other = make_person("Hostile Poster", "councillor")
    kept = SelfCheckRecord.objects.create(
        person=councillor,
        text="You are a disgrace and everyone knows it.",
        report={"verdict": "caution", "findings": [{"rule": "personal-attack"}]},
        pack_version="2026.1",
        verdict="caution",
    )
    client.force_login(councillor.user)
    url = reverse("complaint-report") + f"?from_record={kept.pk}"
    assert "You are a disgrace" in client.get(url).content.decode()  # the text is filled in
    response = client.post(
        url,
        {
            "subject": other.pk,
            "posted_on": (dt.date.today() - dt.timedelta(days=2)).isoformat(),
            "seen_on": (dt.date.today() - dt.timedelta(days=1)).isoformat(),
            "harms": ["offence"],
            "harm_details": "It was aimed at me in front of residents.",
            "text": kept.text,
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    case = Case.objects.get()
    assert case.source == Case.Source.SELF_CHECK
    assert f"Self-check record {kept.pk}" in case.source_reference
