"""Publishing through connectors: once only, retried with back-off, held when a check fails.

Mastodon runs for real against mastodon-mock on 127.0.0.1.
"""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from mastodon import Mastodon

from civicpost.posts import services
from civicpost.posts.models import Publication, Submission
from tests.posts.mastodon_server import TOKEN

pytestmark = pytest.mark.django_db

TEXT = "The parish council meets on Tuesday at 7pm in the village hall."


def approved(author, approver, accounts, text=TEXT):  # type: ignore[no-untyped-def]
    submission = services.create_submission(author.user, accounts=accounts, text=text)
    approval = services.approve(approver.user, submission)
    return submission, approval


def statuses(url: str) -> list[str]:
    client = Mastodon(access_token=TOKEN, api_base_url=url)
    me = client.account_verify_credentials()
    return [s["content"] for s in client.account_statuses(me["id"], limit=40)]


def test_a_post_lands_on_mastodon_and_its_link_is_archived(
    author, agreed, mastodon_account, mastodon_connected, mastodon_url
) -> None:
    text = f"{TEXT} Ref {uuid.uuid4().hex[:8]}"
    submission, approval = approved(author, agreed, [mastodon_account], text)
    outcome = services.publish(submission.pk, approval.pk)
    assert outcome.published == 1
    publication = Publication.objects.get(submission=submission)
    assert publication.state == Publication.State.PUBLISHED
    assert publication.external_id and publication.url.startswith("http")
    assert sum(text.split(" Ref ")[1] in c for c in statuses(mastodon_url)) == 1
    submission.refresh_from_db()
    assert submission.state == Submission.State.PUBLISHED


def test_running_the_task_twice_does_not_post_twice(
    author, agreed, mastodon_account, mastodon_connected, mastodon_url
) -> None:
    marker = f"twice{uuid.uuid4().hex[:8]}"
    submission, approval = approved(author, agreed, [mastodon_account], f"{TEXT} {marker}")
    services.publish(submission.pk, approval.pk)
    services.publish(submission.pk, approval.pk)  # a double click, a duplicate task
    assert sum(marker in c for c in statuses(mastodon_url)) == 1
    assert Publication.objects.get(submission=submission).attempts == 1


def test_a_retry_after_a_crash_mid_call_does_not_post_twice(
    author, agreed, mastodon_account, mastodon_connected, mastodon_url, monkeypatch
) -> None:
    """The worker dies after the server accepted the post but before the answer was saved."""
    from civicpost.posts.connectors.mastodon import MastodonConnector

    marker = f"crash{uuid.uuid4().hex[:8]}"
    submission, approval = approved(author, agreed, [mastodon_account], f"{TEXT} {marker}")
    real = MastodonConnector.publish

    def publish_then_crash(self, text, media, key):  # type: ignore[no-untyped-def]
        real(self, text, media, key)
        raise SystemExit("worker killed")

    monkeypatch.setattr(MastodonConnector, "publish", publish_then_crash)
    with pytest.raises(SystemExit):
        services.publish(submission.pk, approval.pk)
    publication = Publication.objects.get(submission=submission)
    assert publication.state == Publication.State.SENDING  # left behind by the crash
    monkeypatch.setattr(MastodonConnector, "publish", real)
    Publication.objects.filter(pk=publication.pk).update(
        updated_at=publication.updated_at - dt.timedelta(hours=1)
    )
    assert services.reconcile() == 1
    publication.refresh_from_db()
    assert publication.state == Publication.State.PUBLISHED and publication.url
    assert sum(marker in c for c in statuses(mastodon_url)) == 1


def test_when_mastodon_is_down_it_retries_then_gives_up_with_a_clear_message(
    author, agreed, clerk, mastodon_account, mailoutbox, django_capture_on_commit_callbacks
) -> None:
    from civicpost.posts.crypto import encrypt
    from civicpost.posts.models import Connection
    from tests.posts.mastodon_server import free_port

    Connection.objects.create(
        account=mastodon_account,
        kind="mastodon",
        endpoint=f"http://127.0.0.1:{free_port()}",
        secret=encrypt(TOKEN),
    )
    author.email, clerk.email = "hal@example.org", "clerk@example.org"
    author.save()
    clerk.save()
    submission, approval = approved(author, agreed, [mastodon_account])
    delays = []
    for _ in range(services.MAX_ATTEMPTS):
        with django_capture_on_commit_callbacks(execute=True):
            outcome = services.publish(submission.pk, approval.pk)
        delays.append(outcome.retry_after)
    assert delays[:4] == [dt.timedelta(minutes=m) for m in (1, 4, 16, 64)]
    assert delays[4] is None
    publication = Publication.objects.get(submission=submission)
    assert publication.state == Publication.State.GAVE_UP
    assert publication.attempts == services.MAX_ATTEMPTS
    assert publication.last_error.startswith("Gave up after 5 attempts: Mastodon could not")
    submission.refresh_from_db()
    assert submission.state == Submission.State.FAILED
    told = {m.to[0] for m in mailoutbox if "could not be published" in m.subject}
    assert told == {"hal@example.org", "clerk@example.org"}


def test_the_task_reenqueues_itself_with_back_off(author, agreed, mastodon_account) -> None:
    from django_tasks_db.models import DBTaskResult

    from civicpost.posts.crypto import encrypt
    from civicpost.posts.models import Connection
    from civicpost.posts.tasks import publish_submission
    from tests.posts.mastodon_server import free_port

    Connection.objects.create(
        account=mastodon_account,
        kind="mastodon",
        endpoint=f"http://127.0.0.1:{free_port()}",
        secret=encrypt(TOKEN),
    )
    submission, approval = approved(author, agreed, [mastodon_account])
    result = publish_submission.call(submission.pk, approval.pk)
    assert result["retry_in_seconds"] == 60
    queued = DBTaskResult.objects.get()
    assert queued.run_after is not None


def test_an_account_without_a_connection_waits_for_the_clerks_link(
    author, agreed, clerk, official_account
) -> None:
    from django.core.exceptions import ValidationError

    submission, approval = approved(author, agreed, [official_account])
    outcome = services.publish(submission.pk, approval.pk)
    assert outcome.waiting == 1
    publication = Publication.objects.get(submission=submission)
    assert publication.state == Publication.State.BY_HAND
    with pytest.raises(ValidationError, match="Only the Clerk"):
        services.record_by_hand(agreed.user, publication, "https://facebook.example/p/1")
    services.record_by_hand(clerk.user, publication, "https://facebook.example/p/1")
    publication.refresh_from_db()
    submission.refresh_from_db()
    assert publication.state == Publication.State.PUBLISHED and publication.by_hand
    assert submission.state == Submission.State.PUBLISHED


def test_authority_ended_between_approval_and_publish_holds_the_post(
    author, approver, official_account, mailoutbox, django_capture_on_commit_callbacks
) -> None:
    from civicpost.people.models import today
    from tests.posts.conftest import agree

    authority = agree(approver, official_account)
    author.email = "hal@example.org"
    author.save()
    submission, approval = approved(author, approver, [official_account])
    authority.ends_on = today() - dt.timedelta(days=1)
    authority.save()
    with django_capture_on_commit_callbacks(execute=True):
        outcome = services.publish(submission.pk, approval.pk)
    assert outcome.held
    submission.refresh_from_db()
    assert submission.state == Submission.State.HELD
    assert "no longer holds authority" in submission.hold_reason
    assert not Publication.objects.exists()
    assert any("was held" in m.subject for m in mailoutbox)
    approval.refresh_from_db()
    assert approval.voided_at is not None  # a new approval is needed


def test_a_pre_election_period_starting_after_approval_holds_the_post(
    author, approver, official_account, monkeypatch
) -> None:
    import civicpost.elections.periods as periods
    from tests.posts.conftest import agree

    agree(approver, official_account)
    submission, approval = approved(author, approver, [official_account])
    period = periods.Period(
        election_id=None,
        election="Treeton parish election",
        basis="test",
        starts_at=dt.datetime(2000, 1, 1, tzinfo=dt.UTC),
        ends_at=dt.datetime(2100, 1, 1, tzinfo=dt.UTC),
    )
    monkeypatch.setattr(periods, "authority_withdrawn", lambda *a, **k: period)
    monkeypatch.setattr(services, "in_pre_election_period", lambda at=None: period)
    outcome = services.publish(submission.pk, approval.pk)
    assert outcome.held
    submission.refresh_from_db()
    assert "pre-election period for Treeton parish election" in submission.hold_reason


def test_a_non_idempotent_connector_left_sending_is_never_called_again(
    author, agreed, official_account, fake_facebook
) -> None:
    calls = fake_facebook
    submission, approval = approved(author, agreed, [official_account])
    services.publish(submission.pk, approval.pk)
    publication = Publication.objects.get()
    assert publication.state == Publication.State.PUBLISHED and len(calls) == 1
    Publication.objects.update(state=Publication.State.SENDING)  # as if the worker had died
    services.publish_one(publication.pk)
    publication.refresh_from_db()
    assert publication.state == Publication.State.UNKNOWN
    assert len(calls) == 1


def test_an_image_goes_to_mastodon_with_its_alt_text(
    author, agreed, mastodon_account, mastodon_connected, mastodon_url, settings, tmp_path
) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.MEDIA_ROOT = tmp_path
    png = b"\x89PNG\r\n\x1a\n" + b"0" * 64
    image = services.ImageInput(
        SimpleUploadedFile("hall.png", png, content_type="image/png"), "The hall at dusk"
    )
    submission = services.create_submission(
        author.user, accounts=[mastodon_account], text=TEXT, images=[image]
    )
    approval = services.approve(agreed.user, submission)
    services.publish(submission.pk, approval.pk)
    publication = Publication.objects.get(submission=submission)
    client = Mastodon(access_token=TOKEN, api_base_url=mastodon_url)
    status = client.status(publication.external_id)
    assert [m["description"] for m in status["media_attachments"]] == ["The hall at dusk"]
