"""Complaints of misuse (clause 7): cases, their stages, evidence, letters and settings.

Evidence and generated letters are append-only, like audit events: once captured they can only
be added to. The retention job is the one place that removes them, when a case's retention
period has passed (UK GDPR Art 5(1)(e), storage limitation).
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone

from civicpost.people.models import Person

from .routing import ROUTE_LABELS, Route

ROUTE_CHOICES = [(route.value, ROUTE_LABELS[route]) for route in Route]


class AppendOnlyError(Exception):
    """Raised when code tries to change or delete captured evidence or a generated letter."""


class Harm(models.TextChoices):
    """How the material harmed the complainant (clause 7's words, and "other")."""

    HARASSMENT = "harassment", "Harassment"
    BULLYING = "bullying", "Bullying"
    OFFENCE = "offence", "Offence (I was offended by it)"
    OTHER = "other", "Something else"


class StageRule(models.Model):
    """One stage of a procedure and its deadline in working days: the one configurable table.

    Every case on a route gets the same stages, in ``order``. A stage's deadline is counted in
    working days from the day the stage before it was done (the first from the day of intake).
    """

    route = models.CharField("Procedure", max_length=30, choices=ROUTE_CHOICES)
    code = models.SlugField("Code", max_length=40)
    order = models.PositiveSmallIntegerField("Order")
    name = models.CharField("Stage", max_length=150)
    guidance = models.TextField("What to do", blank=True)
    source = models.CharField("Where this comes from", max_length=300, blank=True)
    working_days = models.PositiveSmallIntegerField(
        "Deadline in working days",
        help_text="Counted from the day the stage before was done (the first from intake).",
    )
    earliest_working_days = models.PositiveSmallIntegerField(
        "Not before this many working days",
        default=0,
        help_text="For example the notice an employee gets before a hearing. 0 for none.",
    )
    asks_person = models.CharField("Ask who (label)", max_length=80, blank=True)
    letter = models.SlugField("Letter for this stage", max_length=40, blank=True)
    optional = models.BooleanField("May be marked not needed", default=False)

    class Meta:
        ordering = ["route", "order"]
        constraints = [
            models.UniqueConstraint("route", "code", name="stage_code_unique_per_route"),
        ]

    def __str__(self) -> str:
        return f"{self.get_route_display()}: {self.name}"


class Case(models.Model):
    """One complaint of misuse, from intake to the final decision."""

    class Status(models.TextChoices):
        OPEN = "open", "Open"
        CLOSED = "closed", "Closed"
        ANONYMISED = "anonymised", "Closed and anonymised"

    class Source(models.TextChoices):
        INTAKE = "intake", "Reported by a person"
        OFFICIAL_POST = "official_post", "An archived official post"
        SELF_CHECK = "self_check", "A self-check record"

    complainant = models.ForeignKey(
        Person, null=True, on_delete=models.PROTECT, related_name="complaints_made"
    )
    subject = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.PROTECT, related_name="complaints_about"
    )
    subject_name = models.CharField(
        "Name of the person complained about", max_length=150, blank=True
    )
    subject_roles = models.JSONField(default=list, blank=True)  # role kinds on posted_on
    posted_on = models.DateField("Date the material was posted")
    seen_on = models.DateField("Date the complainant saw it")
    harms = models.JSONField(default=list)
    harm_details = models.TextField("How it affected the complainant", blank=True)
    route = models.CharField(max_length=30, choices=ROUTE_CHOICES)
    route_reason = models.CharField(max_length=300, blank=True)
    handler = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.PROTECT, related_name="complaints_handled"
    )
    handler_office = models.CharField(max_length=20, blank=True)
    handler_reason = models.CharField(max_length=300, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    recorded_at = models.DateTimeField(default=timezone.now)
    source = models.CharField(max_length=20, choices=Source.choices, default=Source.INTAKE)
    source_reference = models.CharField(max_length=200, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OPEN)
    outcome = models.TextField(blank=True)
    final_decision_on = models.DateField(null=True, blank=True)
    closed_on = models.DateField(null=True, blank=True)
    mo_reference = models.CharField("Monitoring Officer's reference", max_length=100, blank=True)
    mo_outcome = models.TextField("Monitoring Officer's decision", blank=True)
    mo_decided_on = models.DateField(null=True, blank=True)
    anonymised_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["-recorded_at"]

    def __str__(self) -> str:
        # No names: this text is copied into the audit trail.
        return f"Complaint {self.reference}"

    @property
    def reference(self) -> str:
        return f"CP-{self.recorded_at:%Y}-{self.pk or 0:04d}"

    @property
    def subject_label(self) -> str:
        return str(self.subject) if self.subject_id else (self.subject_name or "Not recorded")

    @property
    def route_label(self) -> str:
        return ROUTE_LABELS[Route(self.route)]

    @property
    def is_open(self) -> bool:
        return self.status == self.Status.OPEN

    def harm_labels(self) -> list[str]:
        labels = dict(Harm.choices)
        return [labels.get(h, h) for h in self.harms]


class CaseAccess(models.Model):
    """A person the handler has allowed to open a case (say an investigator or adviser)."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="access")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="+")
    reason = models.CharField("Why they need it", max_length=200)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    added_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint("case", "person", name="case_access_once")]

    def __str__(self) -> str:
        return f"{self.person} may open {self.case}"


class CaseStep(models.Model):
    """A case's copy of one stage: when it started, when it is due, and when it was done."""

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="steps")
    rule = models.ForeignKey(StageRule, on_delete=models.PROTECT, related_name="+")
    order = models.PositiveSmallIntegerField()
    name = models.CharField(max_length=150)
    started_on = models.DateField(null=True, blank=True)
    due_on = models.DateField(null=True, blank=True)
    done_on = models.DateField(null=True, blank=True)
    skipped = models.BooleanField(default=False)
    note = models.TextField(blank=True)
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    reminded_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["case", "order", "pk"]

    def __str__(self) -> str:
        return f"{self.case}: {self.name}"

    @property
    def is_finished(self) -> bool:
        return self.done_on is not None

    def is_overdue(self, day: Any) -> bool:
        return not self.is_finished and self.due_on is not None and self.due_on < day


class AppendOnlyQuerySet(models.QuerySet):
    def delete(self) -> Any:
        raise AppendOnlyError("Evidence and letters cannot be deleted, only added to.")

    def purge_for_retention(self) -> Any:
        """Delete rows whose retention period has passed; only the retention job calls this."""
        return super().delete()


class AppendOnly(models.Model):
    objects = AppendOnlyQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise AppendOnlyError(f"{type(self).__name__} cannot be changed, only added to.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> Any:
        raise AppendOnlyError(f"{type(self).__name__} cannot be deleted, only added to.")


def evidence_path(instance: Evidence, filename: str) -> str:
    return f"complaints/{instance.case_id}/{instance.sha256[:16]}-{filename}"


class Evidence(AppendOnly):
    """One item of evidence, sealed with its sha256 when captured."""

    class Kind(models.TextChoices):
        LINK = "link", "Link to the material"
        TEXT = "text", "Text as it appeared"
        FILE = "file", "File or screenshot"
        REPORT = "report", "Check report"

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="evidence")
    number = models.PositiveIntegerField()
    kind = models.CharField(max_length=10, choices=Kind.choices)
    description = models.CharField(max_length=300)
    url = models.URLField(max_length=1000, blank=True)
    text = models.TextField(blank=True)
    file = models.FileField(upload_to=evidence_path, max_length=300, blank=True)
    original_name = models.CharField(max_length=200, blank=True)
    size = models.PositiveBigIntegerField(default=0)
    sha256 = models.CharField(max_length=64)
    captured_at = models.DateTimeField(default=timezone.now)
    added_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    added_by_label = models.CharField(max_length=200, blank=True)

    class Meta:
        ordering = ["case", "number"]
        verbose_name_plural = "evidence"
        constraints = [models.UniqueConstraint("case", "number", name="evidence_number_once")]

    def __str__(self) -> str:
        return f"Item {self.number}: {self.description}"


class LetterTemplate(models.Model):
    """A letter the Clerk can edit; rendered with a fixed set of fields (see ``letters.py``)."""

    class Recipient(models.TextChoices):
        COMPLAINANT = "complainant", "The complainant"
        SUBJECT = "subject", "The person complained about"
        PARTIES = "parties", "Both parties (one letter each)"
        MONITORING_OFFICER = "monitoring_officer", "The Monitoring Officer"

    code = models.SlugField(max_length=40, unique=True)
    name = models.CharField("Name", max_length=150)
    recipient = models.CharField("Sent to", max_length=30, choices=Recipient.choices)
    routes = models.JSONField(default=list)
    body = models.TextField("Letter")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Letter(AppendOnly):
    """A letter generated for a case: kept exactly as it was generated."""

    case = models.ForeignKey(Case, on_delete=models.PROTECT, related_name="letters")
    template_code = models.SlugField(max_length=40)
    title = models.CharField(max_length=200)
    recipient = models.CharField(max_length=200)
    body = models.TextField()
    sha256 = models.CharField(max_length=64)
    generated_at = models.DateTimeField(default=timezone.now)
    generated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["case", "generated_at", "pk"]

    def __str__(self) -> str:
        return f"{self.title} ({self.case})"


class ComplaintSettings(models.Model):
    """The council's details for complaints; one row, edited by the Clerk."""

    principal_authority = models.CharField(
        "Principal authority",
        max_length=200,
        blank=True,
        help_text="The borough, district or unitary council whose Monitoring Officer "
        "deals with councillors’ conduct.",
    )
    monitoring_officer = models.CharField("Monitoring Officer’s name", max_length=150, blank=True)
    monitoring_officer_address = models.TextField("Monitoring Officer’s address", blank=True)
    monitoring_officer_email = models.EmailField("Monitoring Officer’s email", blank=True)
    signpost_text = models.TextField(
        "Where to go when the council cannot deal with a complaint",
        default=(
            "Report the material to the platform it was posted on, using its reporting tools. "
            "If you think a crime has been committed (a threat, or harassment), tell the police "
            "on 101, or 999 in an emergency. You may also wish to take legal advice."
        ),
    )
    max_upload_mb = models.PositiveSmallIntegerField(
        "Largest file that can be uploaded (MB)", default=10
    )

    class Meta:
        verbose_name_plural = "complaint settings"

    def __str__(self) -> str:
        return "Complaint settings"


class RetentionRule(models.Model):
    """How long closed cases on a route are kept, and what happens then (UK GDPR Art 5(1)(e))."""

    class Basis(models.TextChoices):
        FINAL_DECISION = "final_decision", "After the final decision"
        EMPLOYMENT_END = "employment_end", "After the employee’s employment ends"

    class Action(models.TextChoices):
        DELETE = "delete", "Delete the case"
        ANONYMISE = "anonymise", "Anonymise it (keep dates and stages for statistics)"

    route = models.CharField(max_length=30, choices=ROUTE_CHOICES, unique=True)
    years = models.PositiveSmallIntegerField("Years to keep")
    basis = models.CharField("Counted from", max_length=20, choices=Basis.choices)
    action = models.CharField("Then", max_length=20, choices=Action.choices)
    source = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["route"]

    def __str__(self) -> str:
        return f"{self.get_route_display()}: {self.years} years {self.get_basis_display().lower()}"
