"""Official posts (clause 4.1): a submission, its revisions, the Clerk's advice and overrides,
approvals, rejections, withdrawals and one publication per official account.

Nothing here is ever deleted: a rejected or withdrawn post keeps its whole history, and an
approval voided by a new revision stays on record with the time it was voided.
"""

from __future__ import annotations

import uuid

from django.db import models

from civicpost.people.models import Person, SocialAccount


class Submission(models.Model):
    """A post someone wants the council to publish on one or more official accounts."""

    class State(models.TextChoices):
        DRAFT = "draft", "Draft, not yet sent"
        SUBMITTED = "submitted", "Waiting for approval"
        APPROVED = "approved", "Approved"
        PUBLISHING = "publishing", "Publishing"
        PUBLISHED = "published", "Published"
        HELD = "held", "Held"
        FAILED = "failed", "Failed to publish"
        REJECTED = "rejected", "Rejected"
        WITHDRAWN = "withdrawn", "Withdrawn"

    author = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="submissions")
    accounts = models.ManyToManyField(SocialAccount, related_name="submissions")
    paid = models.BooleanField("Paid or boosted", default=False)
    publish_at = models.DateTimeField("When to publish", null=True, blank=True)
    state = models.CharField(max_length=20, choices=State.choices, default=State.SUBMITTED)
    hold_reason = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        revision = self.current_revision
        text = revision.text if revision else ""
        short = text if len(text) <= 60 else text[:57] + "…"
        return f"Post {self.pk}: {short}"

    @property
    def current_revision(self) -> Revision | None:
        return self.revisions.order_by("-number").first()

    @property
    def is_open(self) -> bool:
        """Still in the workflow: can be revised, sent, approved, rejected or withdrawn."""
        return self.state in {
            self.State.DRAFT,
            self.State.SUBMITTED,
            self.State.APPROVED,
            self.State.HELD,
        }


class Revision(models.Model):
    """One version of the text, images and links, with the check report made when it was saved."""

    submission = models.ForeignKey(Submission, on_delete=models.PROTECT, related_name="revisions")
    number = models.PositiveIntegerField()
    author = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="+")
    text = models.TextField("Text of the post")
    links = models.JSONField(default=list, blank=True)
    report = models.JSONField(default=dict)
    verdict = models.CharField(max_length=20)
    pack_version = models.CharField(max_length=40)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["submission", "number"]
        constraints = [
            models.UniqueConstraint(fields=["submission", "number"], name="one_revision_number")
        ]

    def __str__(self) -> str:
        return f"Revision {self.number} of post {self.submission_id}"

    @property
    def text_with_links(self) -> str:
        """What goes out: the text, then each link on its own line."""
        return "\n".join([self.text, *self.links]) if self.links else self.text

    @property
    def needs_advice(self) -> bool:
        """Clause 4.1 "seeking advice from the Clerk as necessary": caution or breach."""
        return self.verdict in {"caution", "breach"}


class Image(models.Model):
    """A picture attached to a revision; alt text is required (WCAG 2.2, 1.1.1)."""

    revision = models.ForeignKey(Revision, on_delete=models.PROTECT, related_name="images")
    file = models.FileField(upload_to="posts/%Y/%m/")
    alt_text = models.TextField("Description of the image (alt text)")
    consent = models.CharField(max_length=40, blank=True)  # a consent id such as "c-3"

    def __str__(self) -> str:
        return self.alt_text[:60]


class Advice(models.Model):
    """The Clerk's written advice on one revision, which the author sees (clause 4.1)."""

    submission = models.ForeignKey(Submission, on_delete=models.PROTECT, related_name="advice")
    revision = models.ForeignKey(Revision, on_delete=models.PROTECT, related_name="advice")
    clerk = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="+")
    text = models.TextField("Your advice")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name_plural = "advice"

    def __str__(self) -> str:
        return f"Advice from {self.clerk} on {self.revision}"


class Override(models.Model):
    """The Clerk lets a revision with a breach go out, with a written reason (clause 4.1)."""

    submission = models.ForeignKey(Submission, on_delete=models.PROTECT, related_name="overrides")
    revision = models.ForeignKey(Revision, on_delete=models.PROTECT, related_name="overrides")
    clerk = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="+")
    reason = models.TextField("Why it may go out")
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Override by {self.clerk} on {self.revision}"


class Approval(models.Model):
    """An agreed councillor's or the Clerk's approval of one revision.

    At most one approval of a submission is in force (not voided) at a time: a database
    constraint, so two approvers pressing the button at once leave exactly one.
    """

    submission = models.ForeignKey(Submission, on_delete=models.PROTECT, related_name="approvals")
    revision = models.ForeignKey(Revision, on_delete=models.PROTECT, related_name="approvals")
    approver = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    voided_at = models.DateTimeField(null=True, blank=True)
    void_reason = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["submission"],
                condition=models.Q(voided_at__isnull=True),
                name="one_approval_in_force",
            )
        ]

    def __str__(self) -> str:
        return f"Approved by {self.approver}"


class Decision(models.Model):
    """A rejection (by an approver) or a withdrawal (by the author or the Clerk), with why."""

    class Kind(models.TextChoices):
        REJECTED = "rejected", "Rejected"
        WITHDRAWN = "withdrawn", "Withdrawn"

    submission = models.ForeignKey(Submission, on_delete=models.PROTECT, related_name="decisions")
    revision = models.ForeignKey(Revision, on_delete=models.PROTECT, related_name="+")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    by = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="+")
    reason = models.TextField("Reason")
    created_at = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"{self.get_kind_display()} by {self.by}"


class Publication(models.Model):
    """The post on one official account: made, with its idempotency key, before any call out."""

    class State(models.TextChoices):
        PENDING = "pending", "Waiting to be sent"
        SENDING = "sending", "Being sent"
        RETRYING = "retrying", "Failed, will try again"
        BY_HAND = "by_hand", "Waiting for the link (published by hand)"
        UNKNOWN = "unknown", "Outcome unknown: check the account"
        PUBLISHED = "published", "Published"
        GAVE_UP = "gave_up", "Gave up"
        HELD = "held", "Held"

    submission = models.ForeignKey(
        Submission, on_delete=models.PROTECT, related_name="publications"
    )
    revision = models.ForeignKey(Revision, on_delete=models.PROTECT, related_name="+")
    account = models.ForeignKey(SocialAccount, on_delete=models.PROTECT, related_name="+")
    state = models.CharField(max_length=20, choices=State.choices, default=State.PENDING)
    idempotency_key = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    external_id = models.CharField(max_length=200, blank=True)
    url = models.URLField("Link to the post", max_length=500, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    by_hand = models.BooleanField(default=False)
    published_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["submission", "account__handle"]
        constraints = [
            models.UniqueConstraint(
                fields=["submission", "account"], name="one_publication_per_account"
            )
        ]

    def __str__(self) -> str:
        return f"Post {self.submission_id} on {self.account}"


class Connection(models.Model):
    """How civicpost reaches an official account: the connector and its encrypted secret.

    The secret (an access token) is encrypted at rest (``crypto.py``), never shown again after
    entry and never logged. An account without a connection is published by hand.
    """

    class Kind(models.TextChoices):
        BY_HAND = "by_hand", "Published by hand (the Clerk pastes the link)"
        MASTODON = "mastodon", "Mastodon"
        FACEBOOK = "facebook", "Facebook Page (Graph API)"
        X = "x", "X (API v2)"
        BLUESKY = "bluesky", "Bluesky (with an app password)"

    account = models.OneToOneField(
        SocialAccount, on_delete=models.PROTECT, related_name="connection"
    )
    kind = models.CharField("How to publish", max_length=20, choices=Kind.choices)
    endpoint = models.CharField(
        "Server address or page id",
        max_length=300,
        blank=True,
        help_text="Mastodon: the server, e.g. https://mastodon.example. Facebook: the page id. "
        "Bluesky: the address of the account's PDS (its server); leave blank for "
        "https://bsky.social.",
    )
    secret = models.TextField(blank=True, editable=False)  # Fernet token, never plain text
    updated_at = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return f"{self.get_kind_display()} for {self.account}"

    def __repr__(self) -> str:  # never the secret
        return f"<Connection {self.kind} account={self.account_id}>"

    @property
    def has_secret(self) -> bool:
        return bool(self.secret)
