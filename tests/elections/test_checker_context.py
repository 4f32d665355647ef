"""The elections register reaches the checker: its period matches the authority withdrawal."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from civicpost.checks.services import Draft, check_draft
from civicpost.elections.models import Candidacy, Ward
from civicpost.people.roles import holds_authority
from civicpost.registers.context import context_from_db, pid

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


def test_the_checker_sees_the_same_period_as_the_authority_rules(
    election_2028, agreed_councillor, official_account
) -> None:
    Candidacy.objects.create(election=election_2028, person=agreed_councillor)
    context = context_from_db(dt.date(2028, 3, 1))
    (election,) = context.elections
    assert election.period_start == dt.datetime(2028, 3, 27, 0, 0, tzinfo=LONDON)
    assert election.candidates == (pid(agreed_councillor.pk),)
    inside = dt.datetime(2028, 4, 20, 12, 0, tzinfo=LONDON)
    before = dt.datetime(2028, 3, 26, 23, 59, tzinfo=LONDON)
    assert election.in_period(inside) and not election.in_period(before)
    assert not holds_authority(agreed_councillor, official_account, at=inside)
    assert holds_authority(agreed_councillor, official_account, at=before)
    draft = Draft(text="Come to the litter pick on Saturday.", account_kind="official")
    _, report, _ = check_draft(draft, agreed_councillor, at=inside)
    assert "pre-election-period" in {f.rule for f in report.findings}
    _, report, _ = check_draft(draft, agreed_councillor, at=before)
    assert "pre-election-period" not in {f.rule for f in report.findings}


def test_councillors_wards_reach_the_checker(agreed_councillor) -> None:
    ward = Ward.objects.create(name="Treeton North")
    ward.councillors.add(agreed_councillor)
    person = context_from_db().person(pid(agreed_councillor.pk))
    assert person is not None and person.ward == "Treeton North ward"


def test_a_candidates_paid_self_check_prompts_to_record_the_spending(
    client, election_2028, agreed_councillor
) -> None:
    from django.urls import reverse

    from civicpost.checks.services import Draft

    candidacy = Candidacy.objects.create(election=election_2028, person=agreed_councillor)
    client.force_login(agreed_councillor.user)
    data = {"text": "Come and meet me at the gala!", "paid": "on"}
    # Outside the window before the poll a paid post is not election spending yet...
    html = client.post(reverse("check-live"), data).content.decode()
    assert "Record this spending" not in html
    # ...inside it the panel links to the candidate's spending page.
    inside = dt.datetime(2028, 4, 1, 12, 0, tzinfo=LONDON)
    _, report, _ = check_draft(Draft(text=data["text"], paid=True), agreed_councillor, at=inside)
    assert "election-advertising" in {f.rule for f in report.findings}
    from civicpost.checks.views import spending_prompt

    assert spending_prompt(report, agreed_councillor) == reverse(
        "expenditure-add", args=[candidacy.pk]
    )
