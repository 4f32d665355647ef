"""People, their roles, the platforms and accounts they use, and who may post for the council.

Nothing here is ever hard-deleted: roles, accounts and authorities are end-dated, so the
registers can always say who held what on a given day (clause 4.1 and clause 7 both need it).
"""

from __future__ import annotations

import datetime as dt

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone


def today() -> dt.date:
    return timezone.localdate()


class DatedQuerySet(models.QuerySet):
    def current_on(self, day: dt.date | None = None) -> DatedQuerySet:
        """Rows in force on ``day`` (today by default): started, and not yet ended."""
        day = day or today()
        return self.filter(starts_on__lte=day).filter(
            models.Q(ends_on__isnull=True) | models.Q(ends_on__gte=day)
        )


class Dated(models.Model):
    """Something that holds from ``starts_on`` to ``ends_on`` inclusive (open-ended if blank)."""

    starts_on = models.DateField("Starts on")
    ends_on = models.DateField("Ends on", null=True, blank=True)

    objects = DatedQuerySet.as_manager()

    class Meta:
        abstract = True

    def is_current(self, day: dt.date | None = None) -> bool:
        day = day or today()
        return self.starts_on <= day and (self.ends_on is None or self.ends_on >= day)


class Person(models.Model):
    """A councillor, officer or employee of the council (or a former one)."""

    full_name = models.CharField("Full name", max_length=150)
    aliases = models.TextField(
        "Other names they are known by",
        blank=True,
        help_text="One per line, for example a nickname or a maiden name.",
    )
    email = models.EmailField("Email address", blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
    )
    is_demo = models.BooleanField(
        default=False, help_text="A fictional person from the demo council."
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["full_name"]
        verbose_name_plural = "people"

    def __str__(self) -> str:
        return self.full_name

    @property
    def alias_list(self) -> list[str]:
        return [line.strip() for line in self.aliases.splitlines() if line.strip()]

    def current_roles(self, day: dt.date | None = None) -> list[Role]:
        """Roles in force on ``day``; uses prefetched roles when there are any."""
        return [role for role in self.roles.all() if role.is_current(day)]

    def role_kinds_on(self, day: dt.date | None = None) -> set[str]:
        return {role.kind for role in self.roles.current_on(day)}


class Role(Dated):
    """A role a person holds for a period: councillor, chair, vice-chair, clerk or employee."""

    class Kind(models.TextChoices):
        COUNCILLOR = "councillor", "Councillor"
        CHAIR = "chair", "Chair"
        VICE_CHAIR = "vice_chair", "Vice-Chair"
        CLERK = "clerk", "Clerk"
        EMPLOYEE = "employee", "Employee"

    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="roles")
    kind = models.CharField("Role", max_length=20, choices=Kind.choices)
    note = models.CharField("Note", max_length=200, blank=True)

    class Meta:
        ordering = ["person__full_name", "-starts_on"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__isnull=True)
                | models.Q(ends_on__gte=models.F("starts_on")),
                name="role_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return f"{self.person} – {self.get_kind_display()}"


class Platform(models.Model):
    """A social media platform (clause 3): data, not code, so the Clerk can add new ones."""

    class Kind(models.TextChoices):
        NETWORK = "network", "Social network"
        VIDEO = "video", "Video or photo sharing"
        BLOG = "blog", "Blog"
        FORUM = "forum", "Forum or newsgroup"
        OTHER = "other", "Other"

    name = models.CharField("Name", max_length=80, unique=True)
    kind = models.CharField("Kind", max_length=20, choices=Kind.choices, default=Kind.NETWORK)
    website = models.URLField("Website", blank=True)
    is_active = models.BooleanField("In use", default=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class SocialAccount(models.Model):
    """An account on a platform: the council's official account, or a person's own."""

    platform = models.ForeignKey(Platform, on_delete=models.PROTECT, related_name="accounts")
    handle = models.CharField("Handle or address", max_length=150)
    is_official = models.BooleanField("Official council account", default=False)
    owner = models.ForeignKey(
        Person,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="accounts",
        help_text="Whose personal account this is. Leave blank for an official account.",
    )
    display_name = models.CharField("Display name", max_length=150, blank=True)
    url = models.URLField("Address of the profile", blank=True)
    closed_on = models.DateField("Closed on", null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["platform__name", "handle"]
        constraints = [
            models.UniqueConstraint("platform", Lower("handle"), name="unique_handle_per_platform"),
        ]

    def __str__(self) -> str:
        return f"{self.handle} on {self.platform}"

    @property
    def kind_label(self) -> str:
        return "Official" if self.is_official else "Personal"


class PostingAuthority(Dated):
    """An agreed councillor's authority to post for an official account (clause 4.1).

    Whether it is in force is computed at the moment of action; nothing flips it on a timer.
    """

    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="authorities")
    account = models.ForeignKey(SocialAccount, on_delete=models.PROTECT, related_name="authorities")
    minute_reference = models.CharField(
        "Minute reference",
        max_length=100,
        help_text="Where the council agreed it, for example “Minute 2026/041”.",
    )

    class Meta:
        ordering = ["account__handle", "person__full_name"]
        verbose_name_plural = "posting authorities"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_on__isnull=True)
                | models.Q(ends_on__gte=models.F("starts_on")),
                name="authority_ends_after_start",
            )
        ]

    def __str__(self) -> str:
        return f"{self.person} may post for {self.account}"
