"""The registers: create, edit, end (never delete), CSV round trip, bad rows, minutes."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from civicpost.audit.models import AuditEvent
from civicpost.registers.models import (
    AgendaItem,
    CommentApproval,
    ConfidentialMatter,
    Consent,
    Decision,
    LinkCheck,
    Meeting,
)
from civicpost.registers.registry import REGISTERS
from civicpost.registers.services import export_csv, import_csv, resolutions_in

pytestmark = pytest.mark.django_db

CONSENT = {
    "kind": "photo",
    "subject": "Maisie Cartwright",
    "is_minor": "on",
    "guardian": "Joanne Cartwright (mother)",
    "scope": "Lantern parade 2026",
    "channel": "official",
    "given_on": "2026-11-02",
    "expires_on": "2027-11-01",
}


def _post(client, name, data, *args):  # type: ignore[no-untyped-def]
    return client.post(reverse(name, args=args), data)


def test_a_consent_is_added_changed_and_withdrawn(clerk_client) -> None:
    assert _post(clerk_client, "register-add", CONSENT, "consents").status_code == 302
    consent = Consent.objects.get()
    assert consent.in_force(dt.date(2026, 12, 1))
    changed = CONSENT | {"scope": "Lantern parade 2026\nChristmas lights 2026"}
    assert _post(clerk_client, "register-edit", changed, "consents", consent.pk).status_code == 302
    consent.refresh_from_db()
    assert consent.scope.splitlines() == ["Lantern parade 2026", "Christmas lights 2026"]
    _post(clerk_client, "register-end", {"ends_on": "2026-12-01"}, "consents", consent.pk)
    consent.refresh_from_db()
    assert consent.withdrawn_on == dt.date(2026, 12, 1)
    assert not consent.in_force(dt.date(2026, 12, 1)) and consent.in_force(dt.date(2026, 11, 30))
    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {"consent.added", "consent.changed", "consent.ended"} <= actions


def test_a_child_needs_a_guardian(clerk_client) -> None:
    response = _post(clerk_client, "register-add", CONSENT | {"guardian": ""}, "consents")
    assert "enter the parent or guardian" in response.content.decode()
    assert not Consent.objects.exists()


def test_expiry_before_given_is_refused(clerk_client) -> None:
    response = _post(
        clerk_client, "register-add", CONSENT | {"expires_on": "2026-01-01"}, "consents"
    )
    assert "must be the same as or after the given on date" in response.content.decode()
    assert not Consent.objects.exists()


def test_an_evidence_upload_is_stored(clerk_client, settings, tmp_path) -> None:
    settings.MEDIA_ROOT = tmp_path
    upload = SimpleUploadedFile("form.pdf", b"%PDF-1.4 signed", content_type="application/pdf")
    response = clerk_client.post(
        reverse("register-add", args=["consents"]), CONSENT | {"evidence": upload}
    )
    assert response.status_code == 302
    assert Consent.objects.get().evidence.read() == b"%PDF-1.4 signed"


@pytest.mark.parametrize("slug", sorted(REGISTERS))
def test_every_register_lists_and_exports(clerk_client, slug) -> None:
    assert clerk_client.get(reverse("register-list", args=[slug])).status_code == 200
    response = clerk_client.get(reverse("register-export", args=[slug]))
    assert response["Content-Type"].startswith("text/csv")
    assert response.content.decode().splitlines()[0] == ",".join(REGISTERS[slug].csv_fields)


def test_councillors_read_but_cannot_change(client, councillor) -> None:
    client.force_login(councillor.user)
    assert client.get(reverse("register-list", args=["consents"])).status_code == 200
    assert client.post(reverse("register-add", args=["consents"]), CONSENT).status_code == 403
    assert not Consent.objects.exists()


def _seed(clerk) -> None:  # type: ignore[no-untyped-def]
    meeting = Meeting.objects.create(body="Full Council", date=dt.date(2026, 12, 8))
    item = AgendaItem.objects.create(
        meeting=meeting, title="Washfield Lane housing", keywords="Washfield Lane\nRB2026/1187"
    )
    Decision.objects.create(
        resolution="RESOLVED that four CCTV cameras be installed.",
        minute_reference="25/087",
        decided_on=dt.date(2025, 9, 9),
        keywords="CCTV\ncameras",
        agenda_item=item,
    )
    Consent.objects.create(
        kind="photo",
        subject='=HYPERLINK("x")',
        is_minor=True,
        guardian="A parent, with a comma",
        scope="Gala\nParade",
        given_on=dt.date(2026, 1, 1),
    )
    LinkCheck.objects.create(
        domain="rotherham.gov.uk", checked_by=clerk, checked_on=dt.date(2026, 9, 1)
    )
    ConfidentialMatter.objects.create(
        title="Salary review", keywords="salary review\nback pay", until=dt.date(2027, 4, 30)
    )
    CommentApproval.objects.create(
        group="all-councillors",
        scope="factual mention",
        channel="official",
        starts_on=dt.date(2026, 9, 8),
    )


@pytest.mark.parametrize("slug", sorted(REGISTERS))
def test_csv_round_trip_changes_nothing(clerk, slug) -> None:
    _seed(clerk)
    register = REGISTERS[slug]
    before = export_csv(register, register.model.objects.all())
    result = import_csv(clerk.user, register, before.encode())
    assert result.errors is None, result.errors
    assert result.created == 0 and result.changed == register.model.objects.count()
    assert export_csv(register, register.model.objects.all()) == before


def test_spreadsheet_formulas_are_exported_as_text(clerk) -> None:
    _seed(clerk)
    text = export_csv(REGISTERS["consents"], Consent.objects.all())
    assert "'=HYPERLINK" in text


def test_a_csv_adds_new_rows(clerk) -> None:
    csv_text = (
        "id,domain,allowed,checked_by,checked_on,recheck_on,note\n"
        ",https://www.Example.org/,yes,,2026-10-01,,terms read\n"
    )
    result = import_csv(clerk.user, REGISTERS["links"], csv_text.encode())
    assert result.errors is None and result.created == 1
    assert LinkCheck.objects.get().domain == "example.org"


def test_bad_rows_are_reported_by_line_and_nothing_is_imported(clerk) -> None:
    csv_text = (
        "id,domain,allowed,checked_by,checked_on,recheck_on,note\n"
        ",good.example,yes,,2026-10-01,,\n"
        ",not a domain,yes,,2026-10-01,,\n"
        ",fine.example,yes,,31/02/2026,,\n"
        "999,x.example,yes,,2026-10-01,,\n"
    )
    result = import_csv(clerk.user, REGISTERS["links"], csv_text.encode())
    assert result.errors is not None
    joined = "\n".join(result.errors)
    assert "Line 3: domain: Enter a domain" in joined
    assert "Line 4: checked_on: Enter a valid date" in joined
    assert "Line 5: there is no entry with id 999" in joined
    assert not any(e.startswith("Line 2") for e in result.errors)
    assert not LinkCheck.objects.exists()


def test_malformed_files_get_a_clear_error(clerk) -> None:
    assert "not UTF-8" in import_csv(clerk.user, REGISTERS["links"], b"\xff\xfe\x00bad").errors[0]
    missing = import_csv(clerk.user, REGISTERS["links"], b"id,domain\n,a.example\n").errors[0]
    assert missing.startswith("Line 1: these columns are missing: allowed")


def test_importing_through_the_page(clerk_client, clerk) -> None:
    upload = SimpleUploadedFile(
        "links.csv",
        b"id,domain,allowed,checked_by,checked_on,recheck_on,note\n,bad domain,yes,,2026-10-01,,\n",
        content_type="text/csv",
    )
    response = clerk_client.post(reverse("register-import", args=["links"]), {"file": upload})
    assert "Nothing was imported" in response.content.decode()
    assert "Line 2: domain" in response.content.decode()


MINUTES = """TREETON PARISH COUNCIL
Minutes of the meeting of Full Council held on 13 October 2026

26/130 Apologies
Apologies were received from Cllr Wood.

26/131 Public toilets
Members discussed the winter opening hours.
RESOLVED that the Church Lane public toilets close on weekdays from 2 November 2026
to 26 February 2027 and open at weekends only.

26/132 Grants
Resolved: that a grant of £250 be made to the Treeton Tigers.
"""


def test_resolved_lines_are_read_from_minutes() -> None:
    found = resolutions_in(MINUTES)
    assert found == [
        (
            "26/131",
            "RESOLVED that the Church Lane public toilets close on weekdays from "
            "2 November 2026 to 26 February 2027 and open at weekends only.",
        ),
        ("26/132", "Resolved: that a grant of £250 be made to the Treeton Tigers."),
    ]


def test_minutes_become_draft_decisions_once_and_the_clerk_confirms(clerk_client) -> None:
    data = {"minutes": MINUTES, "decided_on": "2026-10-13", "body": "Full Council"}
    clerk_client.post(reverse("decision-minutes"), data)
    clerk_client.post(reverse("decision-minutes"), data)  # pasted twice: nothing more
    drafts = Decision.objects.filter(status="draft")
    assert drafts.count() == 2
    decision = drafts.get(minute_reference="26/131")
    clerk_client.post(reverse("decision-confirm", args=[decision.pk]))
    decision.refresh_from_db()
    assert decision.status == "confirmed"


def test_the_clerk_is_emailed_once_before_the_review_date(clerk, mailoutbox) -> None:
    from civicpost.registers.models import PolicyAdoption
    from civicpost.registers.services import send_review_reminder

    clerk.email = "clerk@example.org"
    clerk.save()
    PolicyAdoption.objects.create(
        pack_version="2026.1",
        minute_reference="26/112",
        adopted_on=dt.date(2026, 9, 8),
        review_on=dt.date(2027, 9, 8),
    )
    assert not send_review_reminder(dt.date(2027, 8, 8))  # 31 days before: not yet
    assert send_review_reminder(dt.date(2027, 8, 9))
    assert not send_review_reminder(dt.date(2027, 8, 10))  # only once
    assert len(mailoutbox) == 1 and mailoutbox[0].to == ["clerk@example.org"]
    assert "due for review by 8 September 2027" in mailoutbox[0].body


def test_the_clerk_records_the_councils_details_and_the_checker_uses_them(clerk_client) -> None:
    from civicpost.registers.context import context_from_db
    from civicpost.registers.models import CouncilProfile

    response = clerk_client.post(
        reverse("register-council"),
        {
            "name": "Upper Mumble Parish Council",
            "website": "https://uppermumble.example",
            "public_emails": "clerk@uppermumble.example",
            "public_phones": "",
            "short_name": "",
            "principal_authority": "",
            "public_addresses": "",
        },
    )
    assert response.status_code == 302
    assert CouncilProfile.objects.get().name == "Upper Mumble Parish Council"
    assert context_from_db().council.public_emails == ("clerk@uppermumble.example",)
    assert AuditEvent.objects.filter(action="council_details.added").exists()


def test_routes_for_concerns_are_a_register(clerk_client) -> None:
    from civicpost.registers.context import context_from_db

    response = clerk_client.post(
        reverse("register-add", args=["routes"]),
        {
            "topic": "potholes",
            "body": "The borough council",
            "how": "Report it online",
            "url": "https://borough.example/report",
        },
    )
    assert response.status_code == 302
    assert [r.topic for r in context_from_db().council.routes] == ["potholes"]
