"""The workflow's rules one by one (clause 4.1 and 4.2)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from civicpost.audit.models import AuditEvent
from civicpost.posts import services
from civicpost.posts.models import Approval, Decision, Publication, Submission

pytestmark = pytest.mark.django_db

CLEAR = "The village hall car park will be resurfaced on Monday 3 August."


def draft(author, accounts, text=CLEAR, **kwargs):  # type: ignore[no-untyped-def]
    return services.create_submission(author.user, accounts=accounts, text=text, **kwargs)


def test_a_draft_is_checked_and_its_report_stored_with_the_pack_version(
    author, official_account
) -> None:
    submission = draft(author, [official_account])
    revision = submission.current_revision
    assert revision.number == 1
    assert revision.verdict == "clear"
    assert revision.pack_version and revision.report["verdict"] == "clear"
    assert submission.state == Submission.State.SUBMITTED
    assert AuditEvent.objects.filter(action="post.submitted", object_id=str(submission.pk)).exists()


def test_a_draft_needs_text_an_official_account_alt_text_and_few_enough_images(
    author, official_account, mastodon_account, make_person
) -> None:
    with pytest.raises(ValidationError, match="Enter the text"):
        draft(author, [official_account], text="  ")
    with pytest.raises(ValidationError, match="at least one"):
        draft(author, [])
    from django.core.files.uploadedfile import SimpleUploadedFile

    image = services.ImageInput(SimpleUploadedFile("a.png", b"x"), alt_text=" ")
    with pytest.raises(ValidationError, match="alt text"):
        draft(author, [official_account], images=[image])
    five = [
        services.ImageInput(SimpleUploadedFile(f"{n}.png", b"x"), alt_text="The gala")
        for n in range(5)
    ]
    with pytest.raises(ValidationError, match="Mastodon takes at most 4 images"):
        draft(author, [mastodon_account], images=five)
    outsider = make_person("Olly Outsider", username="olly")  # no role at all
    with pytest.raises(ValidationError, match="Only councillors"):
        draft(outsider, [official_account])
    assert not Submission.objects.exists()


def test_the_author_cannot_approve_their_own_post(author, official_account) -> None:
    from tests.posts.conftest import agree

    agree(author, official_account)
    submission = draft(author, [official_account])
    with pytest.raises(ValidationError, match="You cannot approve your own post"):
        services.approve(author.user, submission)
    assert not Approval.objects.exists()


def test_only_someone_holding_authority_for_every_account_approves(
    author, approver, official_account, mastodon_account
) -> None:
    from tests.posts.conftest import agree

    agree(approver, official_account)  # but not the Mastodon account
    submission = draft(author, [official_account, mastodon_account])
    with pytest.raises(ValidationError, match="not agreed to post for @parish"):
        services.approve(approver.user, submission)
    agree(approver, mastodon_account)
    approval = services.approve(approver.user, submission)
    assert approval.approver == approver
    submission.refresh_from_db()
    assert submission.state == Submission.State.APPROVED


def test_the_clerk_may_approve(author, clerk, official_account) -> None:
    submission = draft(author, [official_account])
    assert services.approve(clerk.user, submission).approver == clerk


def test_authority_is_judged_at_the_moment_of_approval(author, approver, official_account) -> None:
    from tests.posts.conftest import agree

    agree(approver, official_account, ends_on=dt.date(2026, 6, 30))
    submission = draft(author, [official_account])
    after = timezone.make_aware(dt.datetime(2026, 7, 1, 9))
    assert services.approval_problems(approver, submission, after) == [
        f"You are not agreed to post for {official_account} at this time."
    ]
    before = timezone.make_aware(dt.datetime(2026, 6, 30, 9))
    assert services.approval_problems(approver, submission, before) == []


def test_a_new_revision_voids_earlier_approvals(author, agreed, official_account) -> None:
    submission = draft(author, [official_account])
    approval = services.approve(agreed.user, submission)
    revision = services.revise(author.user, submission, text=CLEAR + " From 9am.")
    approval.refresh_from_db()
    submission.refresh_from_db()
    assert revision.number == 2
    assert approval.voided_at is not None and "Revision 2" in approval.void_reason
    assert submission.state == Submission.State.SUBMITTED
    assert services.approval_in_force(submission) is None
    # The void approval is kept, and the post can be approved again.
    services.approve(agreed.user, submission)
    assert Approval.objects.filter(submission=submission).count() == 2


def test_a_caution_needs_the_clerks_advice_before_approval(
    author, agreed, clerk, official_account, monkeypatch
) -> None:
    submission = draft(author, [official_account])
    submission.revisions.update(verdict="caution")
    with pytest.raises(ValidationError, match="advice is needed first"):
        services.approve(agreed.user, submission)
    with pytest.raises(ValidationError, match="Only the Clerk"):
        services.give_advice(agreed.user, submission, "Fine")
    services.give_advice(clerk.user, submission, "Say which car park.")
    assert services.approve(agreed.user, submission)


def test_a_breach_goes_out_only_with_the_clerks_override_and_reason(
    author, agreed, clerk, official_account
) -> None:
    submission = draft(author, [official_account])
    submission.revisions.update(verdict="breach")
    services.give_advice(clerk.user, submission, "This names a member of the public.")
    with pytest.raises(ValidationError, match="overrides the breach"):
        services.approve(agreed.user, submission)
    with pytest.raises(ValidationError, match="Write why"):
        services.override(clerk.user, submission, "")
    with pytest.raises(ValidationError, match="Only the Clerk"):
        services.override(agreed.user, submission, "Because")
    services.override(clerk.user, submission, "The resident asked us to thank them by name.")
    assert services.approve(agreed.user, submission)
    assert AuditEvent.objects.filter(action="post.overridden").exists()


def test_a_real_breach_is_found_by_the_checker(author, official_account) -> None:
    text = "Ring Mrs Jones on 07700 900123 about the allotments."
    submission = draft(author, [official_account], text=text)
    assert submission.current_revision.verdict in {"caution", "breach"}


def test_rejected_and_withdrawn_posts_keep_their_history(
    author, agreed, clerk, official_account
) -> None:
    rejected = draft(author, [official_account])
    with pytest.raises(ValidationError, match="Say why"):
        services.reject(agreed.user, rejected, "")
    with pytest.raises(ValidationError, match="withdraw it instead"):
        services.reject(author.user, rejected, "no")
    services.reject(agreed.user, rejected, "Not council business.")
    rejected.refresh_from_db()
    assert rejected.state == Submission.State.REJECTED
    assert rejected.revisions.count() == 1
    with pytest.raises(ValidationError, match="cannot be changed"):
        services.revise(author.user, rejected, text="again")

    withdrawn = draft(author, [official_account])
    services.approve(agreed.user, withdrawn)
    services.withdraw(author.user, withdrawn, "Event cancelled.")
    withdrawn.refresh_from_db()
    assert withdrawn.state == Submission.State.WITHDRAWN
    assert withdrawn.approvals.get().voided_at is not None
    assert Decision.objects.count() == 2
    assert Submission.objects.count() == 2  # nothing deleted


def test_approvers_are_emailed_and_the_author_told_of_advice(
    author, agreed, clerk, official_account, mailoutbox, django_capture_on_commit_callbacks
) -> None:
    agreed.email, author.email, clerk.email = "ivy@example.org", "hal@example.org", "c@example.org"
    for person in (agreed, author, clerk):
        person.save()
    with django_capture_on_commit_callbacks(execute=True):
        submission = draft(author, [official_account])
    told = {m.to[0] for m in mailoutbox}
    assert told == {"ivy@example.org", "c@example.org"}
    with django_capture_on_commit_callbacks(execute=True):
        services.give_advice(clerk.user, submission, "Add the time.")
    assert mailoutbox[-1].to == ["hal@example.org"] and "Add the time." in mailoutbox[-1].body


def test_approval_enqueues_publishing_at_the_chosen_time(
    author, agreed, official_account, django_capture_on_commit_callbacks
) -> None:
    from django_tasks_db.models import DBTaskResult

    when = timezone.now() + dt.timedelta(days=2)
    submission = draft(author, [official_account], publish_at=when)
    with django_capture_on_commit_callbacks(execute=True):
        approval = services.approve(agreed.user, submission)
    queued = DBTaskResult.objects.get()
    assert queued.run_after == when
    assert queued.args_kwargs["args"] == [submission.pk, approval.pk]


def test_nothing_is_published_without_an_approval_in_force(author, agreed, official_account):
    submission = draft(author, [official_account])
    approval = services.approve(agreed.user, submission)
    services.revise(author.user, submission, text=CLEAR + " Updated.")
    outcome = services.publish(submission.pk, approval.pk)
    assert outcome.published == 0 and not Publication.objects.exists()
