"""The elections pages: what the Clerk and candidates can do, and what bad input gets."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from civicpost.audit.models import AuditEvent
from civicpost.elections.models import Candidacy, Election, ExcludedDay, Expenditure

pytestmark = pytest.mark.django_db
LONDON_NOON = dt.datetime(2028, 4, 10, 11, 0, tzinfo=dt.UTC)


def _election_form(**overrides: str) -> dict[str, str]:
    data = {
        "kind": "ordinary",
        "poll_date": "2028-05-04",
        "ward": "",
        "notice_published_on": "",
        "spending_base_pence": "960.00",
        "spending_per_elector_pence": "0.08",
        "return_due_on": "",
    }
    return data | overrides


def test_the_form_offers_the_current_spending_figures(clerk_client) -> None:
    page = clerk_client.get(reverse("election-add")).content.decode()
    assert 'value="960.00"' in page and 'value="0.08"' in page


def test_the_clerk_adds_the_2028_election_and_sees_its_timetable(clerk_client) -> None:
    response = clerk_client.post(reverse("election-add"), _election_form())
    election = Election.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("election-detail", args=[election.pk])
    assert (election.spending_base_pence, election.spending_per_elector_pence) == (96_000, 8)
    assert AuditEvent.objects.filter(action="election.added", object_id=str(election.pk)).exists()
    page = clerk_client.get(response.url).content.decode()
    assert "Monday 27 March 2028" in page
    assert "midnight at the start of Monday 27 March 2028" in page
    assert "10pm on Thursday 4 May 2028" in page
    assert "Tuesday 4 April 2028, 4pm" in page  # nominations close
    assert "Thursday 1 June 2028" in page  # spending returns due
    assert "Good Friday" in page and "Easter Monday" in page


def test_an_ordinary_election_cannot_be_for_one_ward(clerk_client) -> None:
    from civicpost.elections.models import Ward

    ward = Ward.objects.create(name="Catcliffe")
    response = clerk_client.post(reverse("election-add"), _election_form(ward=str(ward.pk)))
    assert "An ordinary election is for the whole parish" in response.content.decode()
    assert not Election.objects.exists()


def test_a_notice_date_after_the_legal_latest_is_refused(clerk_client) -> None:
    response = clerk_client.post(
        reverse("election-add"), _election_form(notice_published_on="2028-03-28")
    )
    assert "must be published by 27 March 2028" in response.content.decode()
    assert not Election.objects.exists()


def test_money_that_is_not_money_is_a_clear_error(clerk_client) -> None:
    response = clerk_client.post(
        reverse("election-add"), _election_form(spending_base_pence="nine hundred")
    )
    assert "Enter an amount in pounds and pence" in response.content.decode()
    assert not Election.objects.exists()


def test_only_the_clerk_adds_elections(client, councillor) -> None:
    client.force_login(councillor.user)
    assert client.get(reverse("election-add")).status_code == 403
    assert client.post(reverse("election-add"), _election_form()).status_code == 403
    assert not Election.objects.exists()


def test_a_day_of_mourning_moves_the_timetable_and_can_be_taken_out(
    clerk_client, election_2028
) -> None:
    response = clerk_client.post(
        reverse("excluded-day-add"), {"day": "2028-04-20", "name": "National day of mourning"}
    )
    assert response.status_code == 302
    page = clerk_client.get(reverse("election-detail", args=[election_2028.pk])).content.decode()
    assert "Friday 24 March 2028" in page and "National day of mourning" in page

    day = ExcludedDay.objects.get()
    response = clerk_client.post(reverse("excluded-day-withdraw", args=[day.pk]), {"reason": ""})
    assert "This field is required" in response.content.decode()
    clerk_client.post(
        reverse("excluded-day-withdraw", args=[day.pk]), {"reason": "Announced in error"}
    )
    day.refresh_from_db()
    assert day.withdrawn_at is not None  # still on record
    page = clerk_client.get(reverse("election-detail", args=[election_2028.pk])).content.decode()
    assert "Monday 27 March 2028" in page


def test_a_day_that_already_does_not_count_is_refused(clerk_client) -> None:
    response = clerk_client.post(
        reverse("excluded-day-add"), {"day": "2028-04-14", "name": "Something"}
    )
    assert "already not counted: Good Friday" in response.content.decode()
    assert not ExcludedDay.objects.exists()


def test_the_banner_and_my_details_say_until_when_authority_is_withdrawn(
    client, agreed_councillor, election_2028, set_clock
) -> None:
    client.force_login(agreed_councillor.user)
    set_clock(dt.datetime(2028, 3, 26, 22, 59, 59, tzinfo=dt.UTC))  # 23:59:59 BST, the day before
    assert "pre-election-banner" not in client.get(reverse("my-details")).content.decode()
    set_clock(LONDON_NOON)
    page = client.get(reverse("my-details")).content.decode()
    assert (
        "Your authority to post for the council is withdrawn until 10pm on Thursday 4 May 2028"
        in page
    )
    set_clock(dt.datetime(2028, 5, 4, 21, 0, tzinfo=dt.UTC))  # 22:00 BST: polls closed
    assert "pre-election-banner" not in client.get(reverse("home")).content.decode()


def test_the_clerk_sees_whose_authority_the_period_withdraws(
    clerk_client, agreed_councillor, election_2028, set_clock
) -> None:
    set_clock(LONDON_NOON)
    page = clerk_client.get(reverse("election-detail", args=[election_2028.pk])).content.decode()
    assert "Ben Council" in page and "Withdrawn until 10pm on 4 May 2028" in page
    assert "Running" in page
    banner = clerk_client.get(reverse("authority-list")).content.decode()
    assert "A pre-election period is running until 10pm on Thursday 4 May 2028" in banner
    assert "Your authority" not in banner  # the Clerk keeps hers


def _candidacy(election: Election, person, electorate: int | None = 2_400) -> Candidacy:  # type: ignore[no-untyped-def]
    return Candidacy.objects.create(election=election, person=person, electorate=electorate)


def test_the_clerk_adds_a_candidate_once(clerk_client, councillor, election_2028) -> None:
    url = reverse("candidacy-add", args=[election_2028.pk])
    data = {"person": councillor.pk, "electorate": "2400", "joint_candidates": "Dee Joint"}
    assert clerk_client.post(url, data).status_code == 302
    response = clerk_client.post(url, data)
    assert "already recorded as a candidate" in response.content.decode()
    assert Candidacy.objects.count() == 1
    candidacy = Candidacy.objects.get()
    assert candidacy.spending_limit_pence == (96_000 + 8 * 2_400) * 75 // 100


def test_a_councillor_records_that_they_are_standing(client, councillor, election_2028) -> None:
    client.force_login(councillor.user)
    response = client.post(
        reverse("candidacy-add", args=[election_2028.pk]), {"agent": "", "electorate": ""}
    )
    candidacy = Candidacy.objects.get()
    assert candidacy.person == councillor
    assert response.url == reverse("candidacy-detail", args=[candidacy.pk])


def test_a_candidate_records_spending_and_sees_the_running_total(
    client, councillor, election_2028
) -> None:
    candidacy = _candidacy(election_2028, councillor)
    client.force_login(councillor.user)
    url = reverse("expenditure-add", args=[candidacy.pk])
    response = client.post(
        url,
        {
            "incurred_on": "2028-04-12",
            "supplier": "Facebook (Meta Platforms Ireland)",
            "description": "Boosted post about the playground",
            "category": "boosted_posts",
            "amount_pence": "£25.50",
            "paid_on": "2028-04-12",
            "invoice": SimpleUploadedFile("receipt.pdf", b"%PDF-1.4 receipt", "application/pdf"),
        },
    )
    assert response.status_code == 302
    item = Expenditure.objects.get()
    assert item.amount_pence == 2_550 and item.invoice
    assert AuditEvent.objects.filter(action="spending.added").exists()
    page = client.get(reverse("candidacy-detail", args=[candidacy.pk])).content.decode()
    assert "You have spent £25.50 of your £1,152.00 limit; £1,126.50 left" in page
    assert "<meter" in page
    invoice = client.get(reverse("expenditure-invoice", args=[item.pk]))
    assert invoice.status_code == 200 and b"".join(invoice.streaming_content).startswith(b"%PDF")


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"amount_pence": "12.505"}, "Enter an amount in pounds and pence"),
        ({"amount_pence": "0"}, "Enter an amount greater than £0.00"),
        ({"is_notional": "on", "paid_on": "2028-04-12"}, "Notional spending is not paid for"),
        (
            {"invoice": SimpleUploadedFile("x.exe", b"MZ", "application/octet-stream")},
            "must be a PDF, JPEG or PNG",
        ),
    ],
)
def test_bad_spending_is_a_clear_error_and_nothing_is_saved(
    client, councillor, election_2028, changes, message
) -> None:
    candidacy = _candidacy(election_2028, councillor)
    client.force_login(councillor.user)
    data = {
        "incurred_on": "2028-04-12",
        "supplier": "Print Shop",
        "description": "Leaflets",
        "category": "leaflets",
        "amount_pence": "40.00",
    } | changes
    response = client.post(reverse("expenditure-add", args=[candidacy.pk]), data)
    assert message in response.content.decode()
    assert not Expenditure.objects.exists()


def test_nobody_else_sees_a_candidates_spending(
    client, make_person, councillor, election_2028
) -> None:
    candidacy = _candidacy(election_2028, councillor)
    other = make_person("Olive Other", "councillor", username="olive")
    client.force_login(other.user)
    assert client.get(reverse("candidacy-detail", args=[candidacy.pk])).status_code == 403
    assert client.get(reverse("spending-return", args=[candidacy.pk])).status_code == 403


def test_the_printable_return_adds_up_and_shows_its_deadlines(
    client, councillor, election_2028
) -> None:
    candidacy = _candidacy(election_2028, councillor)
    common = {"candidacy": candidacy, "incurred_on": dt.date(2028, 4, 2), "supplier": "S"}
    Expenditure.objects.create(
        **common,
        description="Boost",
        category="boosted_posts",
        amount_pence=2_500,
        paid_on=dt.date(2028, 4, 2),
    )
    Expenditure.objects.create(
        **common, description="Leaflets", category="leaflets", amount_pence=12_000
    )
    Expenditure.objects.create(
        **common,
        description="Hall lent free",
        category="meetings",
        amount_pence=5_000,
        is_notional=True,
    )
    gone = Expenditure.objects.create(
        **common, description="Typo", category="leaflets", amount_pence=99_900
    )
    client.force_login(councillor.user)
    response = client.post(
        reverse("expenditure-withdraw", args=[gone.pk]), {"reason": "Typed twice"}
    )
    assert response.status_code == 302
    page = client.get(reverse("spending-return", args=[candidacy.pk])).content.decode()
    assert "Thursday 1 June 2028" in page
    assert "Thursday 18 May 2028" in page and "Thursday 25 May 2028" in page
    assert "£195.00" in page  # 25 + 120 + 50; the withdrawn £999 is not counted
    assert "Taken out: £999.00 to S: Typo" in page  # said once, then gone from the return
    page = client.get(reverse("spending-return", args=[candidacy.pk])).content.decode()
    assert "Typo" not in page and "£195.00" in page
    assert "elections-print.js" in page
    gone.refresh_from_db()
    assert gone.withdrawn_reason == "Typed twice"


def test_a_candidate_has_a_todo_for_their_return(
    client, councillor, election_2028, monkeypatch
) -> None:
    from civicpost.elections import todo

    _candidacy(election_2028, councillor)
    monkeypatch.setattr(todo, "today", lambda: dt.date(2028, 5, 20))
    client.force_login(councillor.user)
    page = client.get(reverse("home")).content.decode()
    assert "is due by 1 June 2028" in page
    monkeypatch.setattr(todo, "today", lambda: dt.date(2028, 6, 2))
    assert "is due by 1 June 2028" not in client.get(reverse("home")).content.decode()


def test_the_clerk_is_asked_for_the_notice_date(clerk_client, election_2028, monkeypatch) -> None:
    from civicpost.elections import todo

    monkeypatch.setattr(todo, "today", lambda: dt.date(2028, 3, 10))
    page = clerk_client.get(reverse("home")).content.decode()
    assert "Enter the date the notice of election is published" in page
    election_2028.notice_published_on = dt.date(2028, 3, 23)
    election_2028.save()
    page = clerk_client.get(reverse("home")).content.decode()
    assert "Enter the date the notice of election is published" not in page
