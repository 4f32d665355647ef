"""A bulk audit of one platform export, and the posts in it that the checker flagged.

Posts with no finding are only counted; the flagged ones are kept with their findings so the
Clerk can read them, worst first, and follow each to its original.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class BulkAudit(models.Model):
    class Platform(models.TextChoices):
        FACEBOOK = "facebook", "Facebook Page export (JSON)"
        X = "x", "X archive (tweets.js)"
        MASTODON = "mastodon", "Mastodon archive (outbox.json)"
        BLUESKY = "bluesky", "Bluesky repository (.car)"

    class Status(models.TextChoices):
        QUEUED = "queued", "Waiting to start"
        RUNNING = "running", "Screening"
        DONE = "done", "Finished"
        FAILED = "failed", "Could not be read"

    class AccountKind(models.TextChoices):
        OFFICIAL = "official", "The council’s own (official) account"
        PERSONAL = "personal", "A councillor’s or employee’s personal account"

    platform = models.CharField(
        "Which platform is the export from?", max_length=20, choices=Platform.choices
    )
    account_kind = models.CharField(
        "Whose account is it?",
        max_length=10,
        choices=AccountKind.choices,
        default=AccountKind.OFFICIAL,
    )
    handle = models.CharField(
        "The account’s handle",
        max_length=100,
        blank=True,
        help_text="For example, @TreetonPC. Used to link each post to its original.",
    )
    export = models.FileField("The export file", upload_to="bulkaudit/%Y/%m/")
    original_name = models.CharField(max_length=255, blank=True)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    bytes_total = models.PositiveBigIntegerField(default=0)
    bytes_read = models.PositiveBigIntegerField(default=0)
    posts_screened = models.PositiveIntegerField(default=0)
    posts_flagged = models.PositiveIntegerField(default=0)
    items_skipped = models.PositiveIntegerField(default=0)
    skipped_reasons = models.JSONField(default=dict, blank=True)
    problem = models.TextField(blank=True)
    by_clause = models.JSONField(default=dict, blank=True)
    by_month = models.JSONField(default=dict, blank=True)
    pack_version = models.CharField(max_length=50, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_platform_display()} export {self.original_name or self.pk}"

    @property
    def finished(self) -> bool:
        return self.status in (self.Status.DONE, self.Status.FAILED)

    @property
    def percent(self) -> int:
        if self.finished:
            return 100
        return min(99, int(100 * self.bytes_read / self.bytes_total)) if self.bytes_total else 0


class FlaggedPost(models.Model):
    audit = models.ForeignKey(BulkAudit, on_delete=models.CASCADE, related_name="flagged")
    ref = models.CharField(max_length=200)
    url = models.URLField(max_length=500, blank=True)
    posted_at = models.DateTimeField(null=True, blank=True)
    text = models.TextField()
    verdict = models.PositiveSmallIntegerField()  # policy.Severity: 1 advice, 2 caution, 3 breach
    clauses = models.JSONField(default=list)
    findings = models.JSONField(default=list)

    class Meta:
        ordering = ["-verdict", "posted_at", "pk"]
        indexes = [models.Index(fields=["audit", "-verdict"])]

    def __str__(self) -> str:
        return self.ref
