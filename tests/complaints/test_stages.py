"""Stages and deadlines from the one table, in working days; the ACAS Code's stages."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from civicpost.complaints import services
from civicpost.complaints.models import StageRule
from civicpost.complaints.working_days import add_working_days

pytestmark = pytest.mark.django_db
D = dt.date


def _codes(case) -> list[str]:  # type: ignore[no-untyped-def]
    return list(case.steps.order_by("order").values_list("rule__code", flat=True))


def test_every_route_is_seeded_with_stages() -> None:
    routes = set(StageRule.objects.values_list("route", flat=True))
    assert routes == {"conduct_referral", "complaints_policy", "disciplinary", "signpost"}


def test_the_disciplinary_route_has_the_acas_stages(council, file_complaint) -> None:
    case = file_complaint(council.cllr, council.employee)
    assert _codes(case) == [
        "acknowledge",
        "investigator",
        "investigation",
        "invitation",
        "hearing",
        "outcome",
        "appeal_window",
        "appeal",
        "appeal_outcome",
    ]


def test_the_first_deadline_comes_from_the_table(council, file_complaint) -> None:
    rule = StageRule.objects.get(route="conduct_referral", code="acknowledge")
    rule.working_days = 7
    rule.save()
    case = file_complaint()
    first = case.steps.order_by("order").first()
    assert first.due_on == add_working_days(first.started_on, 7)


def _do(case, code, day, **kwargs):  # type: ignore[no-untyped-def]
    step = services.current_step(case)
    assert step.rule.code == code
    return services.complete_step(None, step, done_on=day, day=D(2026, 12, 31), **kwargs)


def test_a_disciplinary_case_runs_through_the_acas_stages(council, file_complaint) -> None:
    case = file_complaint(council.cllr, council.employee, day=D(2026, 6, 1))
    _do(case, "acknowledge", D(2026, 6, 1))
    nxt = services.current_step(case)
    assert nxt.started_on == D(2026, 6, 1) and nxt.due_on == D(2026, 6, 8)
    # The investigator must be named, and must not be a party.
    with pytest.raises(ValidationError) as error:
        _do(case, "investigator", D(2026, 6, 2))
    assert "person" in error.value.message_dict
    with pytest.raises(ValidationError):
        _do(case, "investigator", D(2026, 6, 2), person=council.employee)
    _do(case, "investigator", D(2026, 6, 2), person=council.vice)
    _do(case, "investigation", D(2026, 6, 15), note="Case to answer.")
    _do(case, "invitation", D(2026, 6, 16))
    # The hearing needs at least 5 working days' notice.
    with pytest.raises(ValidationError) as error:
        _do(case, "hearing", D(2026, 6, 19), person=council.chair)
    assert "23 June 2026" in error.value.message_dict["done_on"][0]
    _do(case, "hearing", D(2026, 6, 23), person=council.chair, note="Accompanied by a colleague")
    _do(case, "outcome", D(2026, 6, 24))
    _do(case, "appeal_window", D(2026, 6, 30), note="Appeal received: the sanction is too harsh")
    # The appeal is heard by someone not involved before (ACAS para 27).
    with pytest.raises(ValidationError) as error:
        _do(case, "appeal", D(2026, 7, 6), person=council.chair)
    assert "was involved before" in error.value.message_dict["person"][0]
    _do(case, "appeal", D(2026, 7, 6), person=council.cllr2)
    _do(case, "appeal_outcome", D(2026, 7, 7))
    assert services.current_step(case) is None


def test_no_appeal_marks_the_appeal_stages_not_needed(council, file_complaint) -> None:
    case = file_complaint(council.cllr, council.employee, day=D(2026, 6, 1))
    _do(case, "acknowledge", D(2026, 6, 1))
    _do(case, "investigator", D(2026, 6, 1), person=council.vice)
    _do(case, "investigation", D(2026, 6, 1))
    _do(case, "invitation", D(2026, 6, 1))
    _do(case, "hearing", D(2026, 6, 8), person=council.chair)
    _do(case, "outcome", D(2026, 6, 9))
    skipped = services.skip_step(None, services.current_step(case), "No appeal in time")
    assert [s.rule.code for s in skipped] == ["appeal_window", "appeal", "appeal_outcome"]
    assert services.current_step(case) is None
    with pytest.raises(ValidationError):
        services.close_case(None, case)  # no decision recorded yet
    services.record_decision(None, case, "First written warning.", D(2026, 6, 9))
    services.close_case(None, case, D(2026, 6, 25))
    assert case.status == "closed"


def test_a_required_stage_cannot_be_skipped_or_done_out_of_order(council, file_complaint):
    case = file_complaint()
    first = services.current_step(case)
    with pytest.raises(ValidationError):
        services.skip_step(None, first, "because")
    later = case.steps.order_by("order").last()
    with pytest.raises(ValidationError):
        services.complete_step(None, later, done_on=D(2026, 3, 3))


def test_the_handler_reroutes_a_non_conduct_complaint(council, file_complaint) -> None:
    case = file_complaint(day=D(2026, 3, 3))
    _do(case, "acknowledge", D(2026, 3, 3))
    services.reroute(None, case, conduct_matter=False, reason="About a council decision")
    assert case.route == "complaints_policy"
    current = services.current_step(case)
    assert current.rule.code == "notify"  # acknowledgement is not repeated


def test_recording_the_mo_decision_completes_its_stage(council, file_complaint) -> None:
    case = file_complaint(day=D(2026, 3, 3))
    _do(case, "acknowledge", D(2026, 3, 3))
    _do(case, "refer", D(2026, 3, 4))
    services.record_mo_decision(None, case, "No further action.", D(2026, 4, 1), "MO/26/17")
    assert services.current_step(case).rule.code == "inform"
    assert case.final_decision_on == D(2026, 4, 1) and case.mo_reference == "MO/26/17"


def test_overdue_stages_reach_the_handler(client, council, file_complaint, mailoutbox) -> None:
    from civicpost.complaints.reminders import send_reminders

    council.clerk.email = "clerk@example.org"
    council.clerk.save()
    case = file_complaint(posted_on=D(2026, 3, 2), day=D(2026, 3, 2))
    step = services.current_step(case)
    late = add_working_days(step.due_on, 1)
    assert send_reminders(late) == 1
    assert case.reference in mailoutbox[0].body and "liar" not in mailoutbox[0].body
    assert send_reminders(late) == 0  # once a day
    client.force_login(council.clerk.user)
    home = client.get(reverse("home")).content.decode()
    assert step.due_on < D.today()
    assert f"{case.reference}: “{step.name}” was due" in home


def test_the_clerk_edits_a_deadline_and_bad_values_are_refused(client, council) -> None:
    rule = StageRule.objects.get(route="disciplinary", code="hearing")
    client.force_login(council.clerk.user)
    url = reverse("complaint-stage-edit", args=[rule.pk])
    bad = client.post(url, {"name": rule.name, "working_days": 3, "earliest_working_days": 5})
    assert "must not be more than the deadline" in bad.content.decode()
    ok = client.post(url, {"name": rule.name, "working_days": 15, "earliest_working_days": 5})
    assert ok.status_code == 302
    rule.refresh_from_db()
    assert rule.working_days == 15
