"""The pages: drafting, the live panel, approval, the archive, its exports and the feed."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.urls import reverse

from civicpost.posts import services
from civicpost.posts.models import Publication, Submission

pytestmark = pytest.mark.django_db
TEXT = "Bonfire night safety: the recreation ground opens at 6pm."


def test_drafting_with_nothing_typed_shows_errors_and_saves_nothing(
    client, author, official_account
) -> None:
    client.force_login(author.user)
    response = client.post(reverse("post-new"), {})
    page = response.content.decode()
    assert "govuk-error-summary" in page and "Choose at least one official account" in page
    assert not Submission.objects.exists()


def test_an_image_without_alt_text_is_refused(client, author, official_account) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(author.user)
    response = client.post(
        reverse("post-new"),
        {
            "accounts": [official_account.pk],
            "text": TEXT,
            "image": SimpleUploadedFile("a.png", b"png", content_type="image/png"),
        },
    )
    assert "Describe the image" in response.content.decode()
    assert not Submission.objects.exists()


def test_a_draft_is_sent_for_approval_and_shown_with_its_check(
    client, author, official_account
) -> None:
    client.force_login(author.user)
    response = client.post(reverse("post-new"), {"accounts": [official_account.pk], "text": TEXT})
    submission = Submission.objects.get()
    assert response.url == reverse("post-detail", args=[submission.pk])
    page = client.get(response.url).content.decode()
    assert TEXT in page and "Waiting for approval" in page and "policy version" in page


def test_the_live_panel_reuses_the_check_panel(client, author, official_account) -> None:
    client.force_login(author.user)
    response = client.post(reverse("post-live"), {"text": TEXT, "accounts": [official_account.pk]})
    assert 'id="verdict"' in response.content.decode()


def test_the_author_is_told_plainly_they_cannot_approve(
    client, author, agreed, official_account
) -> None:
    submission = services.create_submission(author.user, accounts=[official_account], text=TEXT)
    client.force_login(author.user)
    response = client.post(reverse("post-approve", args=[submission.pk]))
    assert "You cannot approve your own post" in response.content.decode()
    client.force_login(agreed.user)
    response = client.post(reverse("post-approve", args=[submission.pk]))
    assert response.status_code == 302
    submission.refresh_from_db()
    assert submission.state in {Submission.State.APPROVED, Submission.State.PUBLISHING}


def test_waiting_for_me_on_the_home_page(client, author, agreed, clerk, official_account) -> None:
    submission = services.create_submission(author.user, accounts=[official_account], text=TEXT)
    client.force_login(agreed.user)
    page = client.get(reverse("home")).content.decode()
    assert f"Post {submission.pk} by Hal Author is waiting for your approval" in page
    client.force_login(author.user)
    assert "waiting for your approval" not in client.get(reverse("home")).content.decode()


def _published(author, agreed, clerk, account, text=TEXT):  # type: ignore[no-untyped-def]
    submission = services.create_submission(author.user, accounts=[account], text=text)
    approval = services.approve(agreed.user, submission)
    services.publish(submission.pk, approval.pk)
    publication = Publication.objects.get(submission=submission)
    services.record_by_hand(clerk.user, publication, f"https://fb.example/p/{submission.pk}")
    return submission


def test_archive_search_filters_and_exports(
    client, author, agreed, clerk, official_account
) -> None:
    first = _published(author, agreed, clerk, official_account)
    _published(author, agreed, clerk, official_account, "Road closure on Church Street.")
    services.create_submission(author.user, accounts=[official_account], text="Not out yet")
    client.force_login(author.user)
    page = client.get(reverse("post-archive"), {"q": "bonfire"}).content.decode()
    assert "Bonfire" in page and "Church Street" not in page and "Not out yet" not in page
    rows = list(
        csv.DictReader(
            io.StringIO(client.get(reverse("post-archive"), {"format": "csv"}).content.decode())
        )
    )
    assert len(rows) == 2 and {r["approved_by"] for r in rows} == {"Ivy Approver"}
    data = json.loads(
        client.get(reverse("post-archive"), {"format": "json", "q": "bonfire"}).content
    )
    assert [d["id"] for d in data] == [first.pk]
    assert data[0]["publications"][0]["url"] == f"https://fb.example/p/{first.pk}"
    assert data[0]["report"]["verdict"] == data[0]["verdict"]


def test_the_atom_feed_lists_published_posts_without_signing_in(
    client, author, agreed, clerk, official_account
) -> None:
    submission = _published(author, agreed, clerk, official_account)
    response = client.get(reverse("post-feed"))
    assert response["Content-Type"].startswith("application/atom+xml")
    body = response.content.decode()
    assert "Bonfire night safety" in body and f"https://fb.example/p/{submission.pk}" in body


def test_csv_export_defuses_spreadsheet_formulas(
    client, author, agreed, clerk, official_account
) -> None:
    _published(author, agreed, clerk, official_account, '=HYPERLINK("x") parish notice')
    client.force_login(author.user)
    rows = list(
        csv.DictReader(
            io.StringIO(client.get(reverse("post-archive"), {"format": "csv"}).content.decode())
        )
    )
    assert rows[0]["text"].startswith("'=")
