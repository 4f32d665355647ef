"""The official-post workflow (clause 4.1 and 4.2 of the policy) as plain functions.

Clause 4.1: "All posts on behalf of the Parish Council must go via agreed councillors seeking
advice from the Clerk as necessary." Clause 4.2: "Councillors' authority to post will be
withdrawn during a defined period before local council elections".

Pages, the task worker and the command line all go through these functions. Each change is
audited in the same transaction. Who may approve is computed at the moment of action with
``holds_authority`` (which applies the pre-election withdrawal); nothing flips it on a timer.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import mimetypes
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, OperationalError, transaction
from django.urls import reverse
from django.utils import timezone

from civicpost.audit.services import record
from civicpost.checks.services import Draft, build_post, effective_pack
from civicpost.elections.periods import in_pre_election_period
from civicpost.people.models import Person, PostingAuthority, SocialAccount
from civicpost.people.roles import clerks, holds_authority, is_clerk, person_for
from civicpost.policy import Attachment, Pack, Post, Report, check
from civicpost.registers.context import context_from_db

from . import notify
from .connectors import Media, PublishError, connector_for
from .limits import image_problems, length_problems
from .models import (
    Advice,
    Approval,
    Decision,
    Image,
    Override,
    Publication,
    Revision,
    Submission,
)

# The workflow enforces clause 4.1's "who" itself (approval by an authority holder at that
# moment), so the checker's author-based rule is left out of a revision's report.
WORKFLOW_RULES = {"unauthorised-poster"}
DRAFTING_ROLES = {"councillor", "chair", "vice_chair", "clerk", "employee"}
MAX_ATTEMPTS = 5
LOCK_RETRIES = 10
FIRST_RETRY = dt.timedelta(minutes=1)


@dataclass(frozen=True)
class ImageInput:
    file: UploadedFile
    alt_text: str
    consent: str = ""


# A refusal says why in plain English (for the pages) and carries a code (for the API):
# FORBIDDEN when the rule refuses this person, CONFLICT when the post's state does not allow it
# now; a refusal without a code is about the content.
FORBIDDEN = "forbidden"
CONFLICT = "conflict"


def forbidden(message: str) -> ValidationError:
    return ValidationError(message, code=FORBIDDEN)


def conflict(message: str) -> ValidationError:
    return ValidationError(message, code=CONFLICT)


def _person(user: Any) -> Person:
    person = person_for(user)
    if person is None:
        raise forbidden("Your sign-in is not linked to a person in the register.")
    return person


def _now(at: dt.datetime | None) -> dt.datetime:
    return at or timezone.now()


# --- Checking ----------------------------------------------------------------------------------


def check_revision_content(
    text: str,
    links: Sequence[str],
    accounts: Sequence[SocialAccount],
    images: Sequence[tuple[str, str]],
    paid: bool,
    at: dt.datetime | None = None,
) -> tuple[Post, Report, Pack]:
    """Check an official post against the pack and the registers as they are now (clause 4.1).

    ``images`` are ``(alt text, consent id)`` pairs. The post is checked as the council's own
    (an official account), with the first account's platform.
    """
    platform = accounts[0].platform.name if accounts else ""
    full_text = "\n".join([text, *links]) if links else text
    post = build_post(
        Draft(text=full_text, account_kind="official", platform=platform, paid=paid), None, at
    )
    post = dataclasses.replace(
        post,
        attachments=tuple(
            Attachment(kind="image", description=alt, consents=(consent,) if consent else ())
            for alt, consent in images
        ),
    )
    pack = effective_pack()
    report = check(post, context_from_db(), pack)
    report = dataclasses.replace(
        report, findings=tuple(f for f in report.findings if f.rule not in WORKFLOW_RULES)
    )
    return post, report, pack


def _new_revision(
    submission: Submission,
    author: Person,
    text: str,
    links: Sequence[str],
    images: Sequence[ImageInput],
    kept_images: Sequence[Image] = (),
) -> Revision:
    accounts = list(submission.accounts.all())
    pairs = [(i.alt_text, i.consent) for i in kept_images] + [
        (i.alt_text, i.consent) for i in images
    ]
    _, report, pack = check_revision_content(text, links, accounts, pairs, submission.paid)
    number = (
        submission.revisions.order_by("-number").values_list("number", flat=True).first() or 0
    ) + 1
    revision = Revision.objects.create(
        submission=submission,
        number=number,
        author=author,
        text=text,
        links=list(links),
        report=report.to_dict(),
        verdict=report.verdict.label,
        pack_version=pack.version,
    )
    for image in kept_images:
        Image.objects.create(
            revision=revision, file=image.file.name, alt_text=image.alt_text, consent=image.consent
        )
    for image in images:
        Image.objects.create(
            revision=revision, file=image.file, alt_text=image.alt_text, consent=image.consent
        )
    return revision


MAX_IMAGE_BYTES = 5 * 1024 * 1024
# The first bytes of the picture formats every connector accepts.
IMAGE_SIGNATURES = {
    b"\xff\xd8\xff": "JPEG",
    b"\x89PNG\r\n\x1a\n": "PNG",
    b"GIF87a": "GIF",
    b"GIF89a": "GIF",
}


def image_problem(file: UploadedFile) -> str | None:
    """Why an uploaded file cannot be attached to a post, in plain English; None if it can."""
    if file.size is not None and file.size > MAX_IMAGE_BYTES:
        return "The image must be smaller than 5 MB"
    file.seek(0)
    head = file.read(12)
    file.seek(0)
    if any(head.startswith(signature) for signature in IMAGE_SIGNATURES):
        return None
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return None
    return "The image must be a JPEG, PNG, GIF or WebP picture"


def _validate_content(
    text: str,
    links: Sequence[str],
    images: Sequence[ImageInput],
    accounts: Sequence[SocialAccount] = (),
) -> None:
    if not text.strip():
        raise ValidationError("Enter the text of the post.")
    too_long = length_problems(
        "\n".join([text, *links]), [account.platform.name for account in accounts]
    )
    if too_long:
        raise ValidationError(too_long)
    too_many = image_problems(len(images), [account.platform.name for account in accounts])
    if too_many:
        raise ValidationError(too_many)
    for link in links:
        if not link.startswith(("https://", "http://")):
            raise ValidationError(f"“{link}” is not a web address starting https://")
    for image in images:
        if not image.alt_text.strip():  # WCAG 2.2, 1.1.1 Non-text content
            raise ValidationError("Describe each image (alt text) for people who cannot see it.")


# --- Drafting and revising ---------------------------------------------------------------------


def create_submission(
    user: Any,
    *,
    accounts: Iterable[SocialAccount],
    text: str,
    links: Sequence[str] = (),
    images: Sequence[ImageInput] = (),
    paid: bool = False,
    publish_at: dt.datetime | None = None,
    send: bool = True,
) -> Submission:
    """Any councillor or employee drafts an official post (clause 4.1); with ``send`` it goes
    for approval at once, otherwise it stays a draft only its author and the Clerk see."""
    author = _person(user)
    if not (author.role_kinds_on() & DRAFTING_ROLES):
        raise forbidden("Only councillors and the council's staff can draft official posts.")
    accounts = list(accounts)
    if not accounts:
        raise ValidationError("Choose at least one official account.")
    for account in accounts:
        if not account.is_official or account.closed_on:
            raise ValidationError(f"{account} is not an open official account.")
    _validate_content(text, links, images, accounts)
    with transaction.atomic():
        state = Submission.State.SUBMITTED if send else Submission.State.DRAFT
        submission = Submission.objects.create(
            author=author, paid=paid, publish_at=publish_at, state=state
        )
        submission.accounts.set(accounts)
        revision = _new_revision(submission, author, text, links, images)
        record(
            user,
            "post.submitted" if send else "post.drafted",
            submission,
            summary=f"Official post {'sent for approval' if send else 'saved as a draft'} for "
            f"{', '.join(map(str, accounts))}: checked {revision.verdict}",
            changes={
                "revision": revision.number,
                "verdict": revision.verdict,
                "pack_version": revision.pack_version,
                "paid": paid,
                "publish_at": publish_at.isoformat() if publish_at else None,
            },
        )
        if send:
            transaction.on_commit(lambda: _tell_approvers(submission))
    return submission


def send_for_approval(user: Any, submission: Submission) -> Submission:
    """The author (or the Clerk) sends a saved draft to the agreed councillors (clause 4.1)."""
    person = _person(user)
    if person != submission.author and not is_clerk(user):
        raise forbidden("Only the author or the Clerk can send this draft for approval.")
    with transaction.atomic():
        locked = Submission.objects.select_for_update().get(pk=submission.pk)
        if locked.state != Submission.State.DRAFT:
            raise conflict(f"This post is not a draft: it is {locked.get_state_display().lower()}.")
        locked.state = Submission.State.SUBMITTED
        locked.save(update_fields=["state", "updated_at"])
        record(user, "post.submitted", locked, summary=f"{locked} sent for approval")
        transaction.on_commit(lambda: _tell_approvers(locked))
    submission.refresh_from_db()
    return submission


def revise(
    user: Any,
    submission: Submission,
    *,
    text: str,
    links: Sequence[str] = (),
    images: Sequence[ImageInput] = (),
    keep_images: bool = True,
) -> Revision:
    """A new revision, checked again; it voids every earlier approval (clause 4.1)."""
    person = _person(user)
    if person != submission.author and not is_clerk(user):
        raise forbidden("Only the author or the Clerk can change this post.")
    _validate_content(text, links, images, list(submission.accounts.select_related("platform")))
    with transaction.atomic():
        locked = Submission.objects.select_for_update().get(pk=submission.pk)
        if not locked.is_open:
            raise conflict(
                f"This post cannot be changed: it is {locked.get_state_display().lower()}."
            )
        current = locked.current_revision
        kept = list(current.images.all()) if current and keep_images else []
        revision = _new_revision(locked, person, text, links, images, kept)
        voided = _void_approvals(locked, f"Revision {revision.number} was made")
        is_draft = locked.state == Submission.State.DRAFT
        if not is_draft:
            locked.state = Submission.State.SUBMITTED
        locked.hold_reason = ""
        locked.save(update_fields=["state", "hold_reason", "updated_at"])
        record(
            user,
            "post.revised",
            locked,
            summary=f"Revision {revision.number} of {locked}: checked {revision.verdict}"
            + (f"; {voided} approval voided" if voided else ""),
            changes={
                "revision": revision.number,
                "verdict": revision.verdict,
                "approvals_voided": voided,
            },
        )
        if not is_draft:
            transaction.on_commit(lambda: _tell_approvers(locked))
    submission.refresh_from_db()
    return revision


def _void_approvals(submission: Submission, reason: str) -> int:
    return Approval.objects.filter(submission=submission, voided_at__isnull=True).update(
        voided_at=timezone.now(), void_reason=reason[:200]
    )


# --- The Clerk's advice and overrides ----------------------------------------------------------


def give_advice(user: Any, submission: Submission, text: str) -> Advice:
    """The Clerk's written advice on the current revision, which the author sees (clause 4.1)."""
    if not is_clerk(user):
        raise forbidden("Only the Clerk can give advice on official posts.")
    if not text.strip():
        raise ValidationError("Write your advice.")
    clerk = _person(user)
    with transaction.atomic():
        revision = submission.current_revision
        advice = Advice.objects.create(
            submission=submission, revision=revision, clerk=clerk, text=text
        )
        record(user, "post.advised", submission, summary=f"Clerk's advice on {revision}")
        transaction.on_commit(
            lambda: notify.tell(
                [submission.author],
                f"The Clerk's advice on post {submission.pk}",
                f"{clerk} wrote:\n\n{text}\n\n{_link(submission)}",
            )
        )
    return advice


def override(user: Any, submission: Submission, reason: str) -> Override:
    """Let a revision with a breach go out, with the Clerk's written reason (clause 4.1)."""
    if not is_clerk(user):
        raise forbidden("Only the Clerk can override a breach of the policy.")
    if not reason.strip():
        raise ValidationError("Write why this post may go out despite the breach.")
    revision = submission.current_revision
    if revision is None or revision.verdict != "breach":
        raise conflict("Only a post with a breach of the policy needs an override.")
    with transaction.atomic():
        made = Override.objects.create(
            submission=submission, revision=revision, clerk=_person(user), reason=reason
        )
        record(
            user,
            "post.overridden",
            submission,
            summary=f"Clerk overrode the breach on {revision}",
            changes={"reason": reason},
        )
    return made


# --- Approval, rejection, withdrawal -----------------------------------------------------------


def approval_problems(
    person: Person | None, submission: Submission, at: dt.datetime | None = None
) -> list[str]:
    """Why ``person`` may not approve the post now; empty when they may (clause 4.1 and 4.2)."""
    return [str(refusal.message) for refusal in _approval_refusals(person, submission, at)]


def _approval_refusals(
    person: Person | None, submission: Submission, at: dt.datetime | None = None
) -> list[ValidationError]:
    at = _now(at)
    if person is None:
        return [forbidden("Your sign-in is not linked to a person in the register.")]
    problems = []
    if submission.state not in {Submission.State.SUBMITTED, Submission.State.HELD}:
        problems.append(
            conflict(
                f"This post is not waiting for approval: it is "
                f"{submission.get_state_display().lower()}."
            )
        )
    revision = submission.current_revision
    if person.pk == submission.author_id or (revision and person.pk == revision.author_id):
        problems.append(forbidden("You cannot approve your own post."))
    for account in submission.accounts.all():
        if not holds_authority(person, account, at=at):
            problems.append(forbidden(f"You are not agreed to post for {account} at this time."))
    if revision is not None:
        if revision.needs_advice and not revision.advice.exists():
            problems.append(
                conflict(
                    f"The check found a {revision.verdict}: the Clerk’s advice is needed first."
                )
            )
        if revision.verdict == "breach" and not revision.overrides.exists():
            problems.append(
                conflict(
                    "The post breaches the policy: it can only go out if the Clerk overrides "
                    "the breach with a written reason."
                )
            )
    return problems


def approve(user: Any, submission: Submission, at: dt.datetime | None = None) -> Approval:
    """Approve the current revision; two approvers at once leave exactly one approval.

    The submission row is locked (``select_for_update``; on SQLite the write transaction is
    taken up front) and the database allows one approval in force per submission. SQLite may
    answer "locked" instead of waiting (its shared cache does); the whole step is then tried
    again, so the second approver is told plainly that the post is already approved.
    """
    approval = _retry_locked(_approve, user, submission, at)
    _retry_locked(submission.refresh_from_db)
    transaction.on_commit(lambda: _retry_locked(_after_approval, submission, approval))
    return approval


def _retry_locked(function: Any, *args: Any) -> Any:
    """Call ``function`` again when SQLite answers "locked" rather than waiting."""
    for attempt in range(LOCK_RETRIES):
        try:
            return function(*args)
        except OperationalError as error:
            if "locked" not in str(error) or attempt == LOCK_RETRIES - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def _approve(user: Any, submission: Submission, at: dt.datetime | None) -> Approval:
    person = _person(user)
    at = _now(at)
    with transaction.atomic():
        locked = Submission.objects.select_for_update().get(pk=submission.pk)
        problems = _approval_refusals(person, locked, at)
        if problems:
            raise ValidationError(problems)
        revision = locked.current_revision
        try:
            with transaction.atomic():
                approval = Approval.objects.create(
                    submission=locked, revision=revision, approver=person
                )
        except IntegrityError:
            raise conflict("Someone else has just approved this post.") from None
        locked.state = Submission.State.APPROVED
        locked.hold_reason = ""
        locked.save(update_fields=["state", "hold_reason", "updated_at"])
        record(
            user,
            "post.approved",
            locked,
            summary=f"{revision} approved by {person}",
            changes={"revision": revision.number, "approval": approval.pk},
        )
    return approval


def _after_approval(submission: Submission, approval: Approval) -> None:
    from .tasks import publish_submission

    when = submission.publish_at
    task = publish_submission
    if when and when > timezone.now():
        task = publish_submission.using(run_after=when)
    task.enqueue(submission.pk, approval.pk)
    notify.tell(
        [submission.author],
        f"Post {submission.pk} was approved",
        f"{approval.approver} approved your post. "
        + (
            f"It will be published at {timezone.localtime(when):%-d %B %Y %H:%M}."
            if when
            else "It is being published now."
        )
        + f"\n\n{_link(submission)}",
    )


def reject(user: Any, submission: Submission, reason: str) -> Decision:
    """An approver (or the Clerk) turns the post down, saying why; its history is kept."""
    person = _person(user)
    if not reason.strip():
        raise ValidationError("Say why the post is rejected, so the author can learn from it.")
    if person.pk == submission.author_id:
        raise forbidden("You cannot reject your own post: withdraw it instead.")
    if submission.state == Submission.State.DRAFT:
        raise conflict("This post is still a draft: it has not been sent for approval.")
    if not is_clerk(user) and not all(
        holds_authority(person, a) for a in submission.accounts.all()
    ):
        raise forbidden("Only the Clerk or an agreed councillor can reject this post.")
    return _close(user, person, submission, Decision.Kind.REJECTED, reason)


def withdraw(user: Any, submission: Submission, reason: str) -> Decision:
    """The author or the Clerk withdraws the post; its history is kept."""
    person = _person(user)
    if person.pk != submission.author_id and not is_clerk(user):
        raise forbidden("Only the author or the Clerk can withdraw this post.")
    if not reason.strip():
        raise ValidationError("Say why the post is withdrawn.")
    return _close(user, person, submission, Decision.Kind.WITHDRAWN, reason)


def _close(user: Any, person: Person, submission: Submission, kind: str, reason: str) -> Decision:
    with transaction.atomic():
        locked = Submission.objects.select_for_update().get(pk=submission.pk)
        if not locked.is_open:
            raise conflict(f"This post is already {locked.get_state_display().lower()}.")
        decision = Decision.objects.create(
            submission=locked,
            revision=locked.current_revision,
            kind=kind,
            by=person,
            reason=reason,
        )
        _void_approvals(locked, f"The post was {kind}")
        locked.state = kind
        locked.save(update_fields=["state", "updated_at"])
        record(
            user,
            f"post.{kind}",
            locked,
            summary=f"{locked} {kind} by {person}",
            changes={"reason": reason},
        )
        if kind == Decision.Kind.REJECTED:
            transaction.on_commit(
                lambda: notify.tell(
                    [locked.author],
                    f"Post {locked.pk} was rejected",
                    f"{person} rejected your post:\n\n{reason}\n\n{_link(locked)}",
                )
            )
    submission.refresh_from_db()
    return decision


# --- Publishing --------------------------------------------------------------------------------


def may_see(user: Any, submission: Submission) -> bool:
    """A draft is its author's own until it is sent: only they and the Clerk see it."""
    if submission.state != Submission.State.DRAFT or is_clerk(user):
        return True
    person = person_for(user)
    return person is not None and person.pk == submission.author_id


def approval_in_force(submission: Submission) -> Approval | None:
    return submission.approvals.filter(voided_at__isnull=True).first()


def publish_problems(submission: Submission, at: dt.datetime | None = None) -> list[str]:
    """Everything checked again at publish time (clause 4.1 and 4.2): the approval, the
    approver's authority at this moment (roles, authorities, pre-election withdrawal), and the
    registers (consents, decisions, confidential matters) through the checker."""
    at = _now(at)
    approval = approval_in_force(submission)
    revision = submission.current_revision
    if approval is None or revision is None or approval.revision_id != revision.pk:
        return ["There is no approval in force for the current revision."]
    problems = []
    period = in_pre_election_period(at)
    for account in submission.accounts.all():
        if not holds_authority(approval.approver, account, at=at):
            why = (
                f" (the pre-election period for {period.election} is running: clause 4.2)"
                if period
                else ""
            )
            problems.append(
                f"{approval.approver} no longer holds authority to post for {account}{why}."
            )
    images = [(i.alt_text, i.consent) for i in revision.images.all()]
    _, report, _ = check_revision_content(
        revision.text,
        revision.links,
        list(submission.accounts.all()),
        images,
        submission.paid,
        at,
    )
    verdict = report.verdict.label
    if verdict == "breach" and not revision.overrides.exists():
        problems.append(
            "Checked again now, the post breaches the policy: "
            + "; ".join(f.message for f in report.findings if f.severity.label == "breach")
        )
    elif verdict in {"caution", "breach"} and not revision.advice.exists():
        problems.append(f"Checked again now, the post needs the Clerk’s advice ({verdict}).")
    return problems


def hold(submission: Submission, problems: list[str]) -> None:
    """Stop the post going out and tell the people concerned (clause 4.1)."""
    with transaction.atomic():
        approval = approval_in_force(submission)
        _void_approvals(submission, "Held at publish time")
        submission.state = Submission.State.HELD
        submission.hold_reason = "\n".join(problems)
        submission.save(update_fields=["state", "hold_reason", "updated_at"])
        submission.publications.filter(
            state__in=[Publication.State.PENDING, Publication.State.RETRYING]
        ).update(state=Publication.State.HELD)
        record(
            None,
            "post.held",
            submission,
            summary=f"{submission} held at publish time",
            changes={"problems": problems},
        )
        people = [submission.author, approval.approver if approval else None, *notify.clerks()]
        transaction.on_commit(
            lambda: notify.tell(
                people,
                f"Post {submission.pk} was held, not published",
                "It was checked again at publish time and:\n\n- "
                + "\n- ".join(problems)
                + f"\n\nIt needs a new approval.\n\n{_link(submission)}",
            )
        )


@dataclass
class Outcome:
    published: int = 0
    waiting: int = 0
    retry_after: dt.timedelta | None = None
    held: bool = False


def publish(submission_id: int, approval_id: int, at: dt.datetime | None = None) -> Outcome:
    """Publish an approved post to each of its accounts, once (the worker calls this).

    Each account's Publication, with its idempotency key, is saved before any call out.
    """
    at = _now(at)
    with transaction.atomic():
        submission = Submission.objects.select_for_update().get(pk=submission_id)
        approval = approval_in_force(submission)
        if (
            approval is None
            or approval.pk != approval_id
            or submission.state not in {Submission.State.APPROVED, Submission.State.PUBLISHING}
        ):
            return Outcome()  # revised, rejected, withdrawn or held since: nothing to do
        problems = publish_problems(submission, at)
        if problems:
            hold(submission, problems)
            return Outcome(held=True)
        if submission.state == Submission.State.APPROVED:
            submission.state = Submission.State.PUBLISHING
            submission.save(update_fields=["state", "updated_at"])
            record(None, "post.publishing", submission, summary=f"Publishing {submission}")
        for account in submission.accounts.all():
            by_hand = getattr(account, "connection", None) is None or (
                account.connection.kind == "by_hand"
            )
            Publication.objects.get_or_create(
                submission=submission,
                account=account,
                defaults={
                    "revision": approval.revision,
                    "state": Publication.State.BY_HAND if by_hand else Publication.State.PENDING,
                    "by_hand": by_hand,
                },
            )
    outcome = Outcome()
    for publication in submission.publications.select_related("account").all():
        done = publish_one(publication.pk)
        if done.state == Publication.State.PUBLISHED:
            outcome.published += 1
        elif done.state == Publication.State.RETRYING:
            delay = backoff(done.attempts)
            outcome.retry_after = min(outcome.retry_after or delay, delay)
        elif done.state in {Publication.State.BY_HAND, Publication.State.PENDING}:
            outcome.waiting += 1
    settle(submission)
    return outcome


def backoff(attempts: int) -> dt.timedelta:
    """1, 4, 16, 64 minutes between attempts."""
    return FIRST_RETRY * (4 ** max(attempts - 1, 0))


def _media(revision: Revision) -> list[Media]:
    items = []
    for image in revision.images.all():
        with image.file.open("rb") as handle:
            data = handle.read()
        mime = mimetypes.guess_type(image.file.name)[0] or "application/octet-stream"
        items.append(Media(data, image.file.name.rsplit("/", 1)[-1], mime, image.alt_text))
    return items


def publish_one(publication_id: int) -> Publication:
    """Send one publication, never twice.

    The state goes to "sending" (committed) before the call out. If a worker finds it still
    "sending" it crashed mid-call: a connector whose network drops repeats of the same
    idempotency key is called again with that key; any other is marked "outcome unknown"
    for the Clerk to check, never called again automatically.
    """
    with transaction.atomic():
        pub = (
            Publication.objects.select_for_update().select_related("account").get(pk=publication_id)
        )
        if pub.state not in {
            Publication.State.PENDING,
            Publication.State.RETRYING,
            Publication.State.SENDING,
        }:
            return pub
        try:
            connector = connector_for(getattr(pub.account, "connection", None))
        except (PublishError, ValueError) as error:
            _finish(pub, Publication.State.GAVE_UP, error=str(error))
            return pub
        if connector is None:
            pub.state, pub.by_hand = Publication.State.BY_HAND, True
            pub.save(update_fields=["state", "by_hand", "updated_at"])
            return pub
        if pub.state == Publication.State.SENDING and not connector.idempotent:
            _finish(
                pub,
                Publication.State.UNKNOWN,
                error="A worker stopped while sending: check the account and record the link "
                "if it went out. It will not be sent again automatically.",
            )
            return pub
        pub.state = Publication.State.SENDING
        pub.attempts += 1
        pub.save(update_fields=["state", "attempts", "updated_at"])
    revision = pub.revision
    try:
        result = connector.publish(
            revision.text_with_links, _media(revision), str(pub.idempotency_key)
        )
    except PublishError as error:
        with transaction.atomic():
            pub.refresh_from_db()
            if getattr(error, "unknown", False) and not connector.idempotent:
                _finish(pub, Publication.State.UNKNOWN, error=str(error))
            elif error.retryable and pub.attempts < MAX_ATTEMPTS:
                _finish(pub, Publication.State.RETRYING, error=str(error))
            else:
                prefix = f"Gave up after {pub.attempts} attempts: " if error.retryable else ""
                _finish(pub, Publication.State.GAVE_UP, error=prefix + str(error))
        return pub
    with transaction.atomic():
        pub.refresh_from_db()
        pub.external_id, pub.url = result.external_id, result.url
        _finish(pub, Publication.State.PUBLISHED)
    return pub


def _finish(pub: Publication, state: str, *, error: str = "") -> None:
    pub.state = state
    if error:
        pub.last_error = error
    if state == Publication.State.PUBLISHED:
        pub.published_at = timezone.now()
    pub.save()
    summary = f"{pub}: {pub.get_state_display().lower()}" + (f" ({error})" if error else "")
    record(
        None,
        f"publication.{state}",
        pub,
        summary=summary,
        changes={"attempts": pub.attempts, "external_id": pub.external_id, "url": pub.url},
    )
    submission = pub.submission
    if state == Publication.State.PUBLISHED:
        transaction.on_commit(
            lambda: notify.tell(
                [submission.author],
                f"Post {submission.pk} was published on {pub.account}",
                f"It is at {pub.url or 'the account'}.\n\n{_link(submission)}",
            )
        )
    elif state in {Publication.State.GAVE_UP, Publication.State.UNKNOWN}:
        transaction.on_commit(
            lambda: notify.tell(
                [submission.author, *notify.clerks()],
                f"Post {submission.pk} could not be published on {pub.account}",
                f"{error}\n\nThe Clerk can publish it by hand and record the link.\n\n"
                f"{_link(submission)}",
            )
        )


def settle(submission: Submission) -> None:
    """Set the post's state from its publications: published, failed or still publishing."""
    states = set(submission.publications.values_list("state", flat=True))
    if not states or submission.state not in {Submission.State.PUBLISHING, Submission.State.FAILED}:
        return
    new = submission.state
    if states == {Publication.State.PUBLISHED}:
        new = Submission.State.PUBLISHED
    elif states & {Publication.State.GAVE_UP, Publication.State.UNKNOWN}:
        new = Submission.State.FAILED
    if new != submission.state:
        with transaction.atomic():
            Submission.objects.filter(pk=submission.pk).update(state=new, updated_at=timezone.now())
            submission.state = new
            record(None, f"post.{new}", submission, summary=f"{submission}: {new}")


def record_by_hand(user: Any, publication: Publication, url: str) -> Publication:
    """The Clerk published it by hand and pastes the link; the record is the same."""
    if not is_clerk(user):
        raise forbidden("Only the Clerk can record a post published by hand.")
    if not url.startswith(("https://", "http://")):
        raise ValidationError("Enter the link to the post, starting https://")
    with transaction.atomic():
        pub = Publication.objects.select_for_update().get(pk=publication.pk)
        if pub.state not in {
            Publication.State.BY_HAND,
            Publication.State.UNKNOWN,
            Publication.State.GAVE_UP,
        }:
            raise conflict("This post is not waiting for a link.")
        pub.by_hand = True
        pub.url = url
        pub.external_id = pub.external_id or url
        pub.state = Publication.State.PUBLISHED
        pub.published_at = timezone.now()
        pub.save()
        record(
            user,
            "publication.recorded_by_hand",
            pub,
            summary=f"{pub}: link recorded",
            changes={"url": url},
        )
    settle(pub.submission)
    return pub


def reconcile(older_than: dt.timedelta = dt.timedelta(minutes=10)) -> int:
    """After a crash: publications left "sending" are resolved (``publish_one`` explains how)."""
    stale = Publication.objects.filter(
        state=Publication.State.SENDING, updated_at__lt=timezone.now() - older_than
    )
    count = 0
    for pub_id, submission_id in stale.values_list("pk", "submission_id"):
        publish_one(pub_id)
        settle(Submission.objects.get(pk=submission_id))
        count += 1
    return count


# --- Who is waiting for what ---------------------------------------------------------------------


def possible_approvers(submission: Submission) -> list[Person]:
    """Everyone who could approve the post now: the Clerk and agreed councillors."""
    accounts = list(submission.accounts.all())
    candidates = Person.objects.filter(pk__in=clerks()) | Person.objects.filter(
        authorities__in=PostingAuthority.objects.current_on().filter(account__in=accounts)
    )
    return [
        p
        for p in candidates.distinct()
        if p.pk != submission.author_id and all(holds_authority(p, a) for a in accounts)
    ]


def _tell_approvers(submission: Submission) -> None:
    revision = submission.current_revision
    needs = " It needs the Clerk’s advice first." if revision and revision.needs_advice else ""
    notify.tell(
        possible_approvers(submission),
        f"Post {submission.pk} is waiting for approval",
        f"{submission.author} drafted an official post.{needs}\n\n{_link(submission)}",
    )


def _link(submission: Submission) -> str:
    return f"Open it in civicpost: {reverse('post-detail', args=[submission.pk])}"


# --- Who may see a post, as a query --------------------------------------------------------------


def visible_submissions(user: Any) -> Any:
    """The posts ``user`` may see, as a queryset: ``may_see`` for a list (used by the API).

    Every post except someone else's unsent draft; the Clerk sees drafts too.
    """
    from django.db.models import Q

    if is_clerk(user):
        return Submission.objects.all()
    person = person_for(user)
    others_draft = Q(state="draft") & ~Q(author_id=person.pk if person else None)
    return Submission.objects.exclude(others_draft)
