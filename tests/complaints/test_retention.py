"""Retention: dry run, then real run; only cases past their date are touched; audited."""

from __future__ import annotations

import datetime as dt
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from civicpost.audit.models import AuditEvent
from civicpost.audit.services import verify
from civicpost.complaints import services
from civicpost.complaints.letters import generate
from civicpost.complaints.models import Case, CaseStep, Evidence, Letter, LetterTemplate
from civicpost.complaints.retention import apply_retention, due_cases
from civicpost.people.models import Role

from .conftest import png_upload

pytestmark = pytest.mark.django_db
D = dt.date


def _close(case, decided_on: dt.date) -> Case:  # type: ignore[no-untyped-def]
    """Finish every stage and close the case (directly: stage rules are tested elsewhere)."""
    CaseStep.objects.filter(case=case).update(done_on=decided_on, started_on=decided_on)
    services.record_decision(None, case, "No further action.", decided_on)
    return services.close_case(None, case, decided_on)


def _snapshot() -> dict[str, object]:
    return {
        "cases": sorted(Case.objects.values_list("pk", "status", "complainant_id")),
        "evidence": Evidence.objects.count(),
        "letters": Letter.objects.count(),
    }


@pytest.fixture
def cases(council, file_complaint):  # type: ignore[no-untyped-def]
    old_conduct = _close(file_complaint(files=[png_upload()]), D(2019, 6, 3))
    recent_conduct = _close(file_complaint(), D(2024, 6, 3))
    still_open = file_complaint()
    generate(None, old_conduct, LetterTemplate.objects.get(code="mo_referral"))
    # A disciplinary case whose employee left in 2018: 7 years after that has passed.
    Role.objects.filter(person=council.employee).update(
        starts_on=D(2015, 1, 1), ends_on=D(2018, 1, 31)
    )
    left = _close(
        file_complaint(council.cllr, council.employee, posted_on=D(2017, 5, 1)), D(2017, 9, 1)
    )
    # A disciplinary case about someone still employed: never due, however old.
    employed = _close(file_complaint(council.cllr, council.clerk), D(2010, 1, 4))
    resident = _close(file_complaint(subject=None, subject_name="A. Resident"), D(2024, 1, 8))
    return {
        "old_conduct": old_conduct,
        "recent_conduct": recent_conduct,
        "still_open": still_open,
        "left": left,
        "employed": employed,
        "resident": resident,
    }


def test_what_is_due(cases) -> None:  # type: ignore[no-untyped-def]
    due = {d.case.pk: d for d in due_cases(D(2026, 11, 26))}
    expected = {cases[k].pk for k in ("old_conduct", "left", "resident")}
    assert set(due) == expected
    assert due[cases["old_conduct"].pk].keep_until == D(2025, 6, 3)
    assert due[cases["left"].pk].keep_until == D(2025, 1, 31)  # 7 years after employment ended


def test_dry_run_then_real_run(cases, media_root) -> None:  # type: ignore[no-untyped-def]
    before, audit_before = _snapshot(), AuditEvent.objects.count()
    file_path = Path(cases["old_conduct"].evidence.get(kind="file").file.path)
    out = StringIO()
    call_command("complaints_retention", "--dry-run", "--date", "2026-11-26", stdout=out)
    assert "3 case(s) would be dealt with" in out.getvalue()
    assert _snapshot() == before and AuditEvent.objects.count() == audit_before
    assert file_path.exists()

    untouched = {
        k: (c.pk, c.status, list(c.evidence.values_list("sha256", flat=True)))
        for k, c in cases.items()
        if k in ("recent_conduct", "still_open", "employed")
    }
    out = StringIO()
    call_command("complaints_retention", "--date", "2026-11-26", stdout=out)
    assert "3 case(s) were dealt with" in out.getvalue()

    old = Case.objects.get(pk=cases["old_conduct"].pk)
    assert old.status == "anonymised" and old.complainant is None and old.subject is None
    assert old.harm_details == "" and not old.evidence.exists() and not old.letters.exists()
    assert not file_path.exists()
    assert old.steps.count() > 0  # dates and stages kept for statistics
    assert Case.objects.get(pk=cases["left"].pk).status == "anonymised"
    assert not Case.objects.filter(pk=cases["resident"].pk).exists()  # signpost: deleted

    for key, (pk, status, hashes) in untouched.items():
        case = Case.objects.get(pk=pk)
        assert case.status == status, key
        assert list(case.evidence.values_list("sha256", flat=True)) == hashes, key

    actions = list(
        AuditEvent.objects.filter(action__startswith="complaint.retention").values_list(
            "action", flat=True
        )
    )
    assert sorted(actions) == sorted(
        ["complaint.retention_anonymised"] * 2
        + ["complaint.retention_deleted", "complaint.retention_run"]
    )
    assert verify().ok

    # Running again finds nothing more to do.
    assert apply_retention(None, D(2026, 11, 26)) == []


def test_the_clerk_changes_a_period(client, council, cases) -> None:  # type: ignore[no-untyped-def]
    from django.urls import reverse

    from civicpost.complaints.models import RetentionRule

    rule = RetentionRule.objects.get(route="conduct_referral")
    client.force_login(council.clerk.user)
    url = reverse("complaint-retention-edit", args=[rule.pk])
    assert (
        "from 1 to 100"
        in client.post(
            url, {"years": 0, "basis": "final_decision", "action": "delete"}
        ).content.decode()
    )
    client.post(url, {"years": 1, "basis": "final_decision", "action": "delete"})
    due = {d.case.pk for d in due_cases(D(2026, 11, 26))}
    assert cases["recent_conduct"].pk in due


def test_the_clerk_can_start_the_job(client, council) -> None:  # type: ignore[no-untyped-def]
    from django.urls import reverse
    from django_tasks_db.models import DBTaskResult

    client.force_login(council.clerk.user)
    response = client.post(reverse("complaint-run", args=["retention"]))
    assert response.status_code == 302
    assert DBTaskResult.objects.filter(task_path__endswith="apply_retention_task").exists()
    client.force_login(council.cllr.user)
    assert client.post(reverse("complaint-run", args=["retention"])).status_code == 403
