"""Evidence integrity: sealed with sha256, never altered, changes found; the bundle's index."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from civicpost.audit.models import AuditEvent
from civicpost.complaints.evidence import BrokenEvidence, build_bundle, check_upload, verify_case
from civicpost.complaints.models import AppendOnlyError, Evidence
from civicpost.complaints.services import add_evidence

from .conftest import PNG, png_upload

pytestmark = pytest.mark.django_db


def test_files_are_stored_under_media_root_with_their_sha256(
    council, file_complaint, media_root
) -> None:
    case = file_complaint(files=[png_upload()])
    item = case.evidence.get(kind="file")
    assert item.sha256 == hashlib.sha256(PNG).hexdigest() and item.size == len(PNG)
    path = Path(item.file.path)
    assert path.is_relative_to(media_root) and path.read_bytes() == PNG
    assert item.captured_at is not None and item.original_name == "screenshot.png"


def test_evidence_cannot_be_changed_or_deleted(council, file_complaint) -> None:
    case = file_complaint()
    item = case.evidence.first()
    item.text = "something else"
    with pytest.raises(AppendOnlyError):
        item.save()
    with pytest.raises(AppendOnlyError):
        item.delete()
    with pytest.raises(AppendOnlyError):
        Evidence.objects.filter(case=case).delete()


def test_a_changed_file_on_disk_is_detected(council, file_complaint) -> None:
    case = file_complaint(files=[png_upload()])
    assert all(check.ok for check in verify_case(case))
    item = case.evidence.get(kind="file")
    Path(item.file.path).write_bytes(PNG + b"tampered")
    bad = [check for check in verify_case(case) if not check.ok]
    assert [(c.item.number, c.problem) for c in bad] == [
        (item.number, "it has changed since it was captured")
    ]
    with pytest.raises(BrokenEvidence):
        build_bundle(case, None, "Test Parish Council")


def test_a_missing_file_and_a_changed_text_are_detected(council, file_complaint) -> None:
    case = file_complaint(files=[png_upload()])
    Path(case.evidence.get(kind="file").file.path).unlink()
    Evidence.objects.filter(case=case, kind="text").update(text="edited in the database")
    problems = sorted(c.problem for c in verify_case(case) if not c.ok)
    assert problems == ["it has changed since it was captured", "the file is missing"]


def test_the_bundle_index_lists_every_item_and_its_hash(council, file_complaint) -> None:
    case = file_complaint(files=[png_upload(), png_upload("second.png")])
    data = build_bundle(case, None, "Test Parish Council")
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        index = zf.read("index.txt").decode()
        sums = dict(
            reversed(line.split("  ", 1)) for line in zf.read("SHA256SUMS").decode().splitlines()
        )
        for item in case.evidence.all():
            assert item.sha256 in index
            name = next(n for n, h in sums.items() if h == item.sha256)
            assert hashlib.sha256(zf.read(name)).hexdigest() == item.sha256
        assert len(sums) == case.evidence.count() == 4


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("shot.png", PNG[:-12], "not a whole PNG image"),
        ("shot.png", b"GIF89a....;", "not a whole PNG image"),
        ("shot.jpg", b"\xff\xd8\xff\xe0" + b"\x00" * 20, "not a whole JPEG image"),
        ("doc.pdf", b"%PDF-1.7\n1 0 obj", "not a whole PDF document"),
        ("notes.txt", b"\xff\xfe\x00bad", "not a whole text file"),
        ("virus.exe", b"MZ" + b"\x00" * 10, "must be one of these types"),
        ("big.png", PNG + b"\x00" * (1024 * 1024), "larger than 1 MB"),
    ],
)
def test_bad_uploads_are_refused_clearly(name, data, message) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    with pytest.raises(ValidationError) as error:
        check_upload(SimpleUploadedFile(name, data), max_mb=1)
    assert message in error.value.messages[0]


def test_evidence_is_added_to_and_audited(council, file_complaint) -> None:
    case = file_complaint()
    before = case.evidence.count()
    add_evidence(council.clerk.user, case, description="A later reply", text="And another thing")
    assert case.evidence.count() == before + 1
    assert case.evidence.order_by("number").last().number == before + 1
    assert AuditEvent.objects.filter(action="complaint.evidence_added").count() == before + 1


def test_a_broken_upload_through_the_page_saves_nothing(client, council, file_complaint) -> None:
    case = file_complaint()
    before = Evidence.objects.count()
    client.force_login(council.clerk.user)
    response = client.post(
        reverse("complaint-evidence-add", args=[case.pk]),
        {"description": "Cut-off screenshot", "upload": png_upload("cut.png", PNG[:40])},
    )
    page = response.content.decode()
    assert response.status_code == 200 and "There is a problem" in page
    assert "cut.png is not a whole PNG image" in page
    assert Evidence.objects.count() == before


def test_evidence_files_download_for_those_who_may_open_the_case(
    client, council, file_complaint
) -> None:
    case = file_complaint(files=[png_upload()])
    number = case.evidence.get(kind="file").number
    client.force_login(council.clerk.user)
    response = client.get(reverse("complaint-evidence-file", args=[case.pk, number]))
    assert response.status_code == 200 and b"".join(response.streaming_content) == PNG
    assert "attachment" in response["Content-Disposition"]


def test_the_evidence_check_page_shows_a_change(client, council, file_complaint) -> None:
    case = file_complaint(files=[png_upload()])
    Path(case.evidence.get(kind="file").file.path).write_bytes(b"changed")
    client.force_login(council.clerk.user)
    page = client.get(reverse("complaint-evidence-check", args=[case.pk])).content.decode()
    assert "Some evidence has changed" in page
    bundle = client.get(reverse("complaint-bundle", args=[case.pk]))
    assert bundle.status_code == 302  # refused, back to the check page with the reason
