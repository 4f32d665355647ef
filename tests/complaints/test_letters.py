"""Letters from templates the Clerk can edit; the Monitoring Officer referral and its bundle."""

from __future__ import annotations

import io
import zipfile

import pytest
from django.urls import reverse

from civicpost.audit.models import AuditEvent
from civicpost.complaints import letters
from civicpost.complaints.models import Letter, LetterTemplate

from .conftest import png_upload

pytestmark = pytest.mark.django_db


@pytest.fixture
def mo_settings(db):  # type: ignore[no-untyped-def]
    from civicpost.complaints.services import complaint_settings

    conf = complaint_settings()
    conf.principal_authority = "Borchester Borough Council"
    conf.monitoring_officer = "Morag Officer"
    conf.save()
    return conf


def test_the_referral_letter_lists_the_evidence_and_its_hashes(
    council, file_complaint, mo_settings
) -> None:
    case = file_complaint(files=[png_upload()])
    template = LetterTemplate.objects.get(code="mo_referral")
    (letter,) = letters.generate(council.clerk.user, case, template)
    assert "Borchester Borough Council" in letter.body and "Morag Officer" in letter.body
    assert "Gail Quarrel" in letter.body and "Ben Council" in letter.body
    assert "section 28 of the Localism Act 2011" in letter.body
    for item in case.evidence.all():
        assert item.sha256 in letter.body
    assert AuditEvent.objects.filter(action="complaint.letter_made").exists()


def test_a_letter_to_both_parties_makes_one_each(council, file_complaint) -> None:
    case = file_complaint()
    made = letters.generate(None, case, LetterTemplate.objects.get(code="mo_outcome"))
    assert [letter.recipient for letter in made] == ["Ben Council", "Gail Quarrel"]


def test_a_letter_cannot_reach_beyond_its_fields(council, file_complaint) -> None:
    case = file_complaint()
    body = "{{ recipient_name }} {{ case.complainant.user.password }} {% load static %}"
    assert letters.check_template(body) is not None
    rendered = letters.render(
        "{{ recipient_name }}|{{ settings.SECRET_KEY }}|", {"recipient_name": "X"}
    )
    assert rendered == "X||\n"
    assert case.pk


def test_the_clerk_edits_a_letter_and_a_broken_one_is_refused(client, council) -> None:
    template = LetterTemplate.objects.get(code="acknowledgement")
    client.force_login(council.clerk.user)
    url = reverse("complaint-template-edit", args=[template.pk])
    bad = client.post(url, {"name": template.name, "body": "Dear {{ recipient_name|shout }}"})
    assert "There is a problem" in bad.content.decode()
    assert "Invalid filter" in bad.content.decode()
    good = client.post(url, {"name": template.name, "body": "Dear {{ recipient_name }}, thanks."})
    assert good.status_code == 302
    template.refresh_from_db()
    assert template.body == "Dear {{ recipient_name }}, thanks."
    assert AuditEvent.objects.filter(action="letter_template.changed").exists()


def test_a_councillor_cannot_edit_letters(client, council) -> None:
    client.force_login(council.cllr.user)
    template = LetterTemplate.objects.get(code="acknowledgement")
    assert client.get(reverse("complaint-template-edit", args=[template.pk])).status_code == 403


def test_the_clerk_makes_the_referral_and_downloads_the_bundle(
    client, council, file_complaint, mo_settings
) -> None:
    case = file_complaint(files=[png_upload()])
    client.force_login(council.clerk.user)
    response = client.post(reverse("complaint-letter-make", args=[case.pk, "mo_referral"]))
    letter = Letter.objects.get(case=case)
    assert response.url == reverse("complaint-letter", args=[case.pk, letter.pk])
    page = client.get(response.url).content.decode()
    assert "Referral to the Monitoring Officer" in page and "Print this letter" in page
    bundle = client.get(reverse("complaint-bundle", args=[case.pk]))
    assert bundle["Content-Type"] == "application/zip"
    with zipfile.ZipFile(io.BytesIO(bundle.content)) as zf:
        assert zf.read("referral-letter.txt").decode() == letter.body
        assert "referral-letter.txt" in zf.read("SHA256SUMS").decode()
    assert AuditEvent.objects.filter(action="complaint.bundle_made").exists()


def test_a_letter_for_another_route_is_refused(client, council, file_complaint) -> None:
    case = file_complaint()  # conduct referral
    client.force_login(council.clerk.user)
    url = reverse("complaint-letter-make", args=[case.pk, "hearing_invitation"])
    assert client.post(url).status_code == 404
    assert not Letter.objects.exists()
