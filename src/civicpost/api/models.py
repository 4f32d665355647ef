"""API tokens: one per purpose, owned by a user, kept only as a hash.

The token itself is shown once, when it is made; what is stored is its SHA-256 (tokens are 256
random bits, so a fast hash is enough, as for GitHub's tokens) and a short prefix that lets a
person tell their tokens apart. A token is revoked, never deleted, so the audit trail still
names it.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models


class ApiTokenQuerySet(models.QuerySet):
    def active(self) -> ApiTokenQuerySet:
        return self.filter(revoked_at__isnull=True, user__is_active=True)


class ApiToken(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="api_tokens"
    )
    name = models.CharField("What the token is for", max_length=100)
    prefix = models.CharField(max_length=16, editable=False)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True, editable=False)
    revoked_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = ApiTokenQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None


class IdempotencyKey(models.Model):
    """An ``Idempotency-Key`` a user sent with ``POST /api/submissions``, and what it answered.

    A client that retries after a lost answer sends the same key and gets the same answer, so a
    double submission makes one post (the IETF draft "The Idempotency-Key HTTP Header Field",
    https://datatracker.ietf.org/doc/draft-ietf-httpapi-idempotency-key-header/). The request is
    kept only as a SHA-256 of its canonical JSON, to tell a retry from a different request.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+", editable=False
    )
    key = models.CharField(max_length=200, editable=False)
    request_hash = models.CharField(max_length=64, editable=False)
    submission = models.ForeignKey(
        "posts.Submission", on_delete=models.PROTECT, related_name="+", editable=False
    )
    status = models.PositiveSmallIntegerField(editable=False)
    response = models.JSONField(editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "key"], name="one_idempotency_key_per_user")
        ]

    def __str__(self) -> str:
        return f"Idempotency key for post {self.submission_id}"
