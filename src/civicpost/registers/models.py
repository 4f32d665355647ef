"""The registers the policy depends on: consents, checked links, meetings and agenda items,
decisions, confidential matters, prior approvals to be commented on, and the policy's adoption.

Nothing is hard-deleted: consents are withdrawn, links are re-checked, approvals and confidential
matters end. Lists of words are kept one per line (``*_lines`` helpers split them).
"""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.utils import timezone

from civicpost.people.models import Person


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class Channel(models.TextChoices):
    OFFICIAL = "official", "Official council accounts only"
    PERSONAL = "personal", "Personal accounts only"
    BOTH = "both", "Official and personal accounts"


def channel_tuple(channel: str) -> tuple[str, ...]:
    return ("official", "personal") if channel == Channel.BOTH else (channel,)


class Consent(models.Model):
    """Permission to show a person (or a child, through their guardian) or to reuse content.

    Serves clause 6.7: "no third-party content, names or photos of minors without consent".
    A withdrawal takes effect at once.
    """

    class Kind(models.TextChoices):
        PHOTO = "photo", "Photograph"
        VIDEO = "video", "Video"
        NAME = "name", "Use of a name"
        THIRD_PARTY = "third_party_content", "Reuse of someone else’s content"

    kind = models.CharField("Kind of consent", max_length=30, choices=Kind.choices)
    subject = models.CharField("Who or what it is about", max_length=200)
    is_minor = models.BooleanField("The subject is a child (under 18)", default=False)
    guardian = models.CharField(
        "Parent or guardian who gave permission", max_length=200, blank=True
    )
    scope = models.TextField(
        "Events or uses it covers", help_text="One per line, for example “Lantern parade 2026”."
    )
    channel = models.CharField(
        "Where it may be posted", max_length=10, choices=Channel.choices, default=Channel.OFFICIAL
    )
    names_allowed = models.BooleanField("Their name may be given with the picture", default=False)
    given_on = models.DateField("Given on")
    expires_on = models.DateField("Expires on", null=True, blank=True)
    withdrawn_on = models.DateField("Withdrawn on", null=True, blank=True)
    evidence = models.FileField("Signed form or email", upload_to="consents/%Y/", blank=True)
    notes = models.TextField("Notes", blank=True)

    class Meta:
        ordering = ["-given_on", "subject"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.subject}"

    def in_force(self, day: dt.date | None = None) -> bool:
        day = day or timezone.localdate()
        return (
            self.given_on <= day
            and (self.expires_on is None or day <= self.expires_on)
            and (self.withdrawn_on is None or day < self.withdrawn_on)
        )


class LinkCheck(models.Model):
    """A site whose terms were checked before linking to it or reusing its content (clause 6.8)."""

    domain = models.CharField(
        "Web address or domain", max_length=253, help_text="For example “rotherham.gov.uk”."
    )
    allowed = models.BooleanField("Its terms allow us to link to it or reuse it", default=True)
    checked_by = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    checked_on = models.DateField("Checked on")
    recheck_on = models.DateField("Check again by", null=True, blank=True)
    note = models.CharField("Note", max_length=300, blank=True)

    class Meta:
        ordering = ["domain"]

    def __str__(self) -> str:
        return self.domain


class Meeting(models.Model):
    body = models.CharField("Meeting of", max_length=120, help_text="For example “Full Council”.")
    date = models.DateField("Date")
    time = models.TimeField("Start time", default=dt.time(19, 0))
    venue = models.CharField("Venue", max_length=200, blank=True)

    class Meta:
        ordering = ["-date", "body"]

    def __str__(self) -> str:
        return f"{self.body}, {self.date:%-d %B %Y}"


class AgendaItem(models.Model):
    """A matter before a meeting: still to be decided until a decision is recorded (clause 6.11)."""

    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, related_name="items")
    title = models.CharField("Title", max_length=300)
    description = models.TextField("Description", blank=True)
    keywords = models.TextField(
        "Words people use for it",
        blank=True,
        help_text="One per line: place names, application numbers, everyday names.",
    )
    is_confidential = models.BooleanField(
        "Taken in private (Part 2, exempt information)", default=False
    )

    class Meta:
        ordering = ["-meeting__date", "title"]

    def __str__(self) -> str:
        return self.title

    @property
    def is_decided(self) -> bool:
        return self.decisions.filter(status=Decision.Status.CONFIRMED).exists()


class Decision(models.Model):
    """A democratic decision of the council, which official posts must not contradict (6.4)."""

    class Status(models.TextChoices):
        DRAFT = "draft", "Draft (read from minutes, to be confirmed)"
        CONFIRMED = "confirmed", "Confirmed"

    resolution = models.TextField("Resolution")
    minute_reference = models.CharField("Minute reference", max_length=50, blank=True)
    decided_on = models.DateField("Date of the decision")
    body = models.CharField("Decided by", max_length=120, default="Full Council")
    agenda_item = models.ForeignKey(
        AgendaItem, null=True, blank=True, on_delete=models.PROTECT, related_name="decisions"
    )
    keywords = models.TextField("Words people use for it", blank=True, help_text="One per line.")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.CONFIRMED)
    rescinded_on = models.DateField("Rescinded on", null=True, blank=True)

    class Meta:
        ordering = ["-decided_on"]

    def __str__(self) -> str:
        ref = f"{self.minute_reference}: " if self.minute_reference else ""
        return f"{ref}{self.resolution[:80]}"


class ConfidentialMatter(models.Model):
    """Something that must not be disclosed until a date (clause 6.5)."""

    title = models.CharField("Title", max_length=200)
    keywords = models.TextField(
        "Words and phrases that would disclose it", help_text="One per line."
    )
    until = models.DateField("Confidential until", null=True, blank=True)

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title


class CommentApproval(models.Model):
    """A councillor's or employee's prior approval to be commented on (clause 6.6)."""

    class Group(models.TextChoices):
        ONE = "", "One person (choose below)"
        COUNCILLORS = "all-councillors", "All councillors"
        EMPLOYEES = "all-employees", "All employees"

    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.PROTECT, related_name="comment_approvals"
    )
    group = models.CharField("Who gave it", max_length=20, choices=Group.choices, blank=True)
    scope = models.CharField("What it covers", max_length=300)
    channel = models.CharField(
        "Where", max_length=10, choices=Channel.choices, default=Channel.BOTH
    )
    starts_on = models.DateField("From")
    until = models.DateField("Until", null=True, blank=True)

    class Meta:
        ordering = ["-starts_on"]

    def __str__(self) -> str:
        who = self.person or self.get_group_display()
        return f"{who}: {self.scope[:60]}"


class PolicyAdoption(models.Model):
    """The council's adoption of a version of its policy pack."""

    pack_version = models.CharField("Policy version", max_length=50)
    minute_reference = models.CharField("Minute reference", max_length=50)
    adopted_on = models.DateField("Adopted on")
    review_on = models.DateField("Review by")

    class Meta:
        ordering = ["-adopted_on"]
        get_latest_by = "adopted_on"

    def __str__(self) -> str:
        return f"Version {self.pack_version}, adopted {self.adopted_on:%-d %B %Y}"

    @classmethod
    def latest_adopted(cls) -> PolicyAdoption | None:
        """The version in force: the latest adoption (the latest recorded, on the same day)."""
        return cls.objects.order_by("-adopted_on", "-pk").first()


class Acknowledgement(models.Model):
    """A councillor or employee confirms they have read the adopted policy."""

    adoption = models.ForeignKey(
        PolicyAdoption, on_delete=models.PROTECT, related_name="acknowledgements"
    )
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="acknowledgements")
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["adoption", "person"], name="one_ack_per_adoption")
        ]

    def __str__(self) -> str:
        return f"{self.person} read {self.adoption}"


class CouncilProfile(models.Model):
    """The council's own published details: fine to post anywhere, never "personal data" (6.5)."""

    name = models.CharField("Name of the council", max_length=200)
    short_name = models.CharField("Short name", max_length=60, blank=True)
    website = models.URLField("Website", blank=True)
    principal_authority = models.CharField(
        "Principal authority",
        max_length=200,
        blank=True,
        help_text="The district, borough or unitary council, for example for the Monitoring "
        "Officer.",
    )
    public_emails = models.TextField(
        "Published email addresses", blank=True, help_text="One per line."
    )
    public_phones = models.TextField(
        "Published phone numbers", blank=True, help_text="One per line."
    )
    public_addresses = models.TextField(
        "Published postal addresses", blank=True, help_text="One per line."
    )

    def __str__(self) -> str:
        return self.name

    @classmethod
    def current(cls) -> CouncilProfile | None:
        return cls.objects.order_by("pk").first()


class ConcernRoute(models.Model):
    """Where to send a concern the council cannot fix itself (good practice G.4)."""

    topic = models.CharField("Topic", max_length=200, help_text="For example “potholes”.")
    body = models.CharField("Who deals with it", max_length=200)
    how = models.CharField("How to reach them", max_length=300, blank=True)
    url = models.URLField("Web address", blank=True)
    retired_on = models.DateField("No longer used from", null=True, blank=True)

    class Meta:
        ordering = ["topic"]

    def __str__(self) -> str:
        return f"{self.topic}: {self.body}"


class RegisterVersion(models.Model):
    """One row whose ``stamp`` changes, in the same transaction, whenever a register the
    checker reads changes (``registers.stamp``). Kept in the database, so every process (each
    gunicorn worker, the task worker) sees a change at once and can cache the checker's
    Context until the stamp moves. A random value, not a counter: a rolled-back change must
    never leave behind a stamp that a later, different change could reuse."""

    stamp = models.CharField(max_length=32)

    def __str__(self) -> str:
        return f"Registers version {self.stamp}"
