"""The pages: drafting, the live panel, approval, the archive, its exports and the feed."""

from __future__ import annotations

import csv
import io
import json

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from civicpost.posts import services
from civicpost.posts.models import Publication, Submission

pytestmark = pytest.mark.django_db
TEXT = "Bonfire night safety: the recreation ground opens at 6pm."
PNG = b"\x89PNG\r\n\x1a\n" + b"0" * 64


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
            "image": SimpleUploadedFile("a.png", PNG, content_type="image/png"),
        },
    )
    assert "Describe the image" in response.content.decode()
    assert not Submission.objects.exists()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"%PDF-1.7 not a picture", "must be a JPEG, PNG, GIF or WebP"),
        (b"", "The submitted file is empty"),
    ],
)
def test_a_broken_upload_gets_a_clear_error_and_nothing_is_saved(
    client, author, official_account, content, message
) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(author.user)
    response = client.post(
        reverse("post-new"),
        {
            "accounts": [official_account.pk],
            "text": TEXT,
            "image": SimpleUploadedFile("a.png", content, content_type="image/png"),
            "alt_text": "The hall",
        },
    )
    page = response.content.decode()
    assert "govuk-error-summary" in page and message in page
    assert not Submission.objects.exists()


def test_an_image_over_the_size_limit_is_refused(client, author, official_account) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(author.user)
    big = PNG + b"0" * (5 * 1024 * 1024)
    response = client.post(
        reverse("post-new"),
        {
            "accounts": [official_account.pk],
            "text": TEXT,
            "image": SimpleUploadedFile("a.png", big, content_type="image/png"),
            "alt_text": "The hall",
        },
    )
    assert "smaller than 5 MB" in response.content.decode()
    assert not Submission.objects.exists()


def test_the_consent_for_an_image_is_chosen_from_the_register(
    client, author, official_account
) -> None:
    import datetime as dt

    from django.core.files.uploadedfile import SimpleUploadedFile

    from civicpost.registers.models import Consent

    consent = Consent.objects.create(
        kind=Consent.Kind.PHOTO,
        subject="Pupils of Treeton Primary at the lantern parade",
        is_minor=True,
        given_on=dt.date(2026, 1, 1),
    )
    client.force_login(author.user)
    page = client.get(reverse("post-new")).content.decode()
    assert "Pupils of Treeton Primary at the lantern parade" in page
    assert f'value="c-{consent.pk}"' in page

    typed = client.post(
        reverse("post-new"),
        {
            "accounts": [official_account.pk],
            "text": TEXT,
            "image": SimpleUploadedFile("a.png", PNG, content_type="image/png"),
            "alt_text": "Children holding lanterns",
            "consent": "c-999",
        },
    )
    assert "Select a valid choice" in typed.content.decode()
    assert not Submission.objects.exists()

    client.post(
        reverse("post-new"),
        {
            "accounts": [official_account.pk],
            "text": TEXT,
            "image": SimpleUploadedFile("a.png", PNG, content_type="image/png"),
            "alt_text": "Children holding lanterns",
            "consent": f"c-{consent.pk}",
        },
    )
    image = Submission.objects.get().revisions.get().images.get()
    assert image.consent == f"c-{consent.pk}"


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


def test_the_clerk_settles_posts_left_part_way_through_sending(
    client, clerk, author, agreed, official_account, fake_facebook
) -> None:
    import datetime as dt

    calls = fake_facebook
    submission = services.create_submission(author.user, accounts=[official_account], text=TEXT)
    approval = services.approve(agreed.user, submission)
    services.publish(submission.pk, approval.pk)
    assert len(calls) == 1
    # As if the worker had died after the call, a quarter of an hour ago.
    Publication.objects.update(
        state=Publication.State.SENDING,
        updated_at=dt.datetime.now(dt.UTC) - dt.timedelta(minutes=15),
    )

    client.force_login(author.user)
    assert client.post(reverse("post-reconcile")).status_code == 403

    client.force_login(clerk.user)
    page = client.get(reverse("post-connections")).content.decode()
    assert 'id="unsettled"' in page and "Being sent" in page
    response = client.post(reverse("post-reconcile"), follow=True)
    assert "Checked 1 post(s) left part-way through sending" in response.content.decode()
    publication = Publication.objects.get()
    # Facebook does not drop repeats, so it is never called again: the Clerk is asked to look.
    assert publication.state == Publication.State.UNKNOWN and len(calls) == 1
    assert "Outcome unknown" in client.get(reverse("post-connections")).content.decode()


def test_a_draft_is_saved_unseen_until_its_author_sends_it(
    client, author, agreed, official_account, mailoutbox, django_capture_on_commit_callbacks
) -> None:
    agreed.email = "ivy@example.org"
    agreed.save()
    client.force_login(author.user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("post-new"),
            {"accounts": [official_account.pk], "text": TEXT, "action": "save"},
            follow=True,
        )
    submission = Submission.objects.get()
    assert submission.state == Submission.State.DRAFT
    assert "Draft saved" in response.content.decode()
    assert not mailoutbox  # nobody is asked to approve a draft
    home = client.get(reverse("home")).content.decode()
    assert f"Your draft post {submission.pk} has not been sent" in home

    # The approver neither sees it nor can act on it.
    client.force_login(agreed.user)
    assert client.get(reverse("post-detail", args=[submission.pk])).status_code == 404
    assert client.post(reverse("post-approve", args=[submission.pk])).status_code == 404
    assert submission not in client.get(reverse("post-list")).context["waiting"]
    with pytest.raises(ValidationError):
        services.approve(agreed.user, submission)

    # Changing a draft keeps it a draft; sending it asks the approvers.
    client.force_login(author.user)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("post-revise", args=[submission.pk]), {"text": TEXT + " Bring a torch."}
        )
    submission.refresh_from_db()
    assert submission.state == Submission.State.DRAFT and not mailoutbox
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("post-send", args=[submission.pk]))
    submission.refresh_from_db()
    assert submission.state == Submission.State.SUBMITTED
    assert "ivy@example.org" in {m.to[0] for m in mailoutbox}
    # Sending twice (a double click) is refused plainly and changes nothing.
    again = client.post(reverse("post-send", args=[submission.pk]), follow=True)
    assert "This post is not a draft" in again.content.decode()

    client.force_login(agreed.user)
    assert client.get(reverse("post-detail", args=[submission.pk])).status_code == 200
