"""What the checker in the browser keeps: records people chose to keep, and the Clerk's
severity settings."""

from __future__ import annotations

from django.db import models
from django.utils import timezone

from civicpost.people.models import Person


class SelfCheckRecord(models.Model):
    """A personal post's check, kept only because its author pressed "keep a record"."""

    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="self_checks")
    text = models.TextField()
    account = models.JSONField(default=dict)
    report = models.JSONField()
    pack_version = models.CharField(max_length=50)
    verdict = models.CharField(max_length=10)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-at"]

    def __str__(self) -> str:
        return f"Check by {self.person} on {self.at:%-d %B %Y %H:%M}"


class RuleSetting(models.Model):
    """The Clerk's choice of severity for one rule on one kind of account."""

    class AccountKind(models.TextChoices):
        OFFICIAL = "official", "Official accounts"
        PERSONAL = "personal", "Personal accounts"

    class Level(models.TextChoices):
        ADVICE = "advice", "Advice"
        CAUTION = "caution", "Caution"
        BREACH = "breach", "Breach"

    rule = models.CharField(max_length=60)
    account_kind = models.CharField(max_length=10, choices=AccountKind.choices)
    severity = models.CharField(max_length=10, choices=Level.choices)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["rule", "account_kind"], name="one_setting_per_rule")
        ]

    def __str__(self) -> str:
        return f"{self.rule} on {self.account_kind} accounts: {self.severity}"
