"""A bulk audit from upload to findings: the Clerk only, screened in the background, damaged
exports reported and what could be read still screened."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from civicpost.audit.models import AuditEvent
from civicpost.bulkaudit.models import BulkAudit
from civicpost.bulkaudit.services import run_audit
from tests.bulkaudit.exports import FIXTURES, bluesky_bytes


def _upload(client, platform: str, name: str, data: bytes, handle: str = "@TreetonPC"):  # type: ignore[no-untyped-def]
    return client.post(
        reverse("bulkaudit-new"),
        {
            "platform": platform,
            "account_kind": "official",
            "handle": handle,
            "export": SimpleUploadedFile(name, data),
        },
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("platform", "name", "flagged_clause"),
    [
        ("facebook", "your_posts_1.json", "6.9"),
        ("x", "tweets.js", "6.5"),
        ("mastodon", "outbox.json", "6.9"),
        ("bluesky", "repo.car", "6.9"),
    ],
)
def test_each_platform_is_screened_and_the_worst_posts_are_shown(
    clerk_client, platform, name, flagged_clause, settings, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    settings.MEDIA_ROOT = tmp_path
    data = bluesky_bytes() if platform == "bluesky" else (FIXTURES / name).read_bytes()
    response = _upload(clerk_client, platform, name, data)
    audit = BulkAudit.objects.get()
    assert response.status_code == 302 and response.url == reverse(
        "bulkaudit-detail", args=[audit.pk]
    )
    assert audit.status == "queued"
    page = clerk_client.get(response.url).content.decode()
    assert 'hx-trigger="every 1s"' in page and "<progress" in page

    run_audit(audit.pk)
    audit.refresh_from_db()
    assert audit.status == "done" and not audit.problem
    assert audit.posts_screened == 2 and audit.posts_flagged >= 1
    assert flagged_clause in audit.by_clause
    worst = audit.flagged.first()
    assert flagged_clause in worst.clauses
    page = clerk_client.get(response.url).content.decode()
    assert "Findings by clause" in page and "Flagged posts, worst first" in page
    if worst.url:
        assert worst.url in page
    assert AuditEvent.objects.filter(action="bulkaudit.finished", object_id=str(audit.pk)).exists()


@pytest.mark.django_db
def test_a_truncated_export_is_reported_and_what_was_read_is_screened(
    clerk_client, settings, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    settings.MEDIA_ROOT = tmp_path
    data = (FIXTURES / "outbox.json").read_bytes()
    _upload(clerk_client, "mastodon", "outbox.json", data[: int(len(data) * 0.8)])
    audit = run_audit(BulkAudit.objects.get().pk)
    assert audit.status == "done" and "truncated" in audit.problem
    assert audit.posts_screened == 1
    page = clerk_client.get(reverse("bulkaudit-detail", args=[audit.pk])).content.decode()
    assert "Part of the export could not be read" in page


@pytest.mark.django_db
def test_an_unreadable_export_fails_clearly(clerk_client, settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings.MEDIA_ROOT = tmp_path
    _upload(clerk_client, "facebook", "posts.json", b"<html>not json</html>")
    audit = run_audit(BulkAudit.objects.get().pk)
    assert audit.status == "failed" and audit.posts_screened == 0
    page = clerk_client.get(reverse("bulkaudit-detail", args=[audit.pk])).content.decode()
    assert "The export could not be read" in page


@pytest.mark.django_db
def test_the_wrong_kind_of_file_is_a_form_error(clerk_client) -> None:
    response = _upload(clerk_client, "bluesky", "outbox.json", b"{}")
    assert response.status_code == 200
    assert "Choose a .car file for this platform" in response.content.decode()
    assert not BulkAudit.objects.exists()


@pytest.mark.django_db
def test_only_the_clerk_can_run_or_read_audits(
    client, councillor, clerk, settings, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    settings.MEDIA_ROOT = tmp_path
    client.force_login(councillor.user)
    assert _upload(client, "x", "tweets.js", b"window.YTD.tweets.part0 = []").status_code == 403
    audit = BulkAudit.objects.create(
        platform="x", export=SimpleUploadedFile("tweets.js", b"[]"), created_by=clerk.user
    )
    assert client.get(reverse("bulkaudit-detail", args=[audit.pk])).status_code == 403
    assert client.get(reverse("bulkaudit-progress", args=[audit.pk])).status_code == 403
    assert client.get(reverse("bulkaudit-list")).status_code == 403


@pytest.mark.django_db
def test_the_progress_panel_asks_for_a_reload_when_done(clerk_client, settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings.MEDIA_ROOT = tmp_path
    _upload(clerk_client, "x", "tweets.js", (FIXTURES / "tweets.js").read_bytes())
    audit = BulkAudit.objects.get()
    running = clerk_client.get(reverse("bulkaudit-progress", args=[audit.pk]))
    assert "HX-Refresh" not in running
    run_audit(audit.pk)
    done = clerk_client.get(reverse("bulkaudit-progress", args=[audit.pk]))
    assert done["HX-Refresh"] == "true"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_the_worker_screens_an_uploaded_export(clerk_client, settings, tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings.MEDIA_ROOT = tmp_path
    _upload(clerk_client, "mastodon", "outbox.json", (FIXTURES / "outbox.json").read_bytes())
    assert BulkAudit.objects.get().status == "queued"
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    audit = BulkAudit.objects.get()
    assert audit.status == "done" and audit.posts_screened == 2
