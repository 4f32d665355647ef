"""Elections, their pre-election periods, candidacies and candidates' spending (clause 4).

Nothing here is hard-deleted: an added non-working day or an item of spending is withdrawn
with a recorded reason, so the record always shows what was known when.
"""

from __future__ import annotations

import datetime as dt

from django.db import models

from civicpost.people.models import Person

from . import spending
from .calendar import NonWorkingDays


class Ward(models.Model):
    """A ward of the parish (the scope of a by-election, and a candidate's ward)."""

    name = models.CharField("Name", max_length=120, unique=True)
    councillors = models.ManyToManyField(
        Person,
        blank=True,
        related_name="wards",
        verbose_name="Councillors for this ward",
        help_text="Their authority to post is withdrawn during a by-election in this ward.",
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ExcludedDayQuerySet(models.QuerySet):
    def in_force(self) -> ExcludedDayQuerySet:
        return self.filter(withdrawn_at__isnull=True)


class ExcludedDay(models.Model):
    """A day the Clerk adds to the calendar: a day appointed for public thanksgiving or mourning,
    or a bank holiday proclaimed after the data was published (SI 2006/3305 Sch 2 r.2(c))."""

    day = models.DateField("Date")
    name = models.CharField("What the day is", max_length=150)
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    objects = ExcludedDayQuerySet.as_manager()

    class Meta:
        ordering = ["day"]
        constraints = [
            models.UniqueConstraint(
                "day", condition=models.Q(withdrawn_at__isnull=True), name="one_excluded_day"
            )
        ]

    def __str__(self) -> str:
        return f"{self.day:%-d %B %Y}: {self.name}"


def calendar_from_db() -> NonWorkingDays:
    """England's calendar plus the days the Clerk has added."""
    return NonWorkingDays({d.day: d.name for d in ExcludedDay.objects.in_force()})


class Election(models.Model):
    """A poll for the parish council: an ordinary election or a by-election."""

    class Kind(models.TextChoices):
        ORDINARY = "ordinary", "Ordinary election"
        BY_ELECTION = "by_election", "By-election"

    kind = models.CharField("Kind of election", max_length=20, choices=Kind.choices)
    poll_date = models.DateField("Polling day")
    ward = models.ForeignKey(
        Ward,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="elections",
        verbose_name="Ward",
        help_text="Leave blank if the election is for the whole parish.",
    )
    notice_published_on = models.DateField(
        "Date the Returning Officer published the notice of election",
        null=True,
        blank=True,
        help_text="Leave blank until it is published; civicpost uses the latest legal date "
        "until then.",
    )
    applies_to_whole_council = models.BooleanField(
        "Withdraw every councillor’s authority during this by-election",
        default=False,
        help_text="Otherwise only the councillors for the ward, and the candidates, lose it.",
    )
    spending_base_pence = models.PositiveIntegerField(
        "Spending limit: fixed amount (pence)", default=spending.DEFAULT_BASE_PENCE
    )
    spending_per_elector_pence = models.PositiveIntegerField(
        "Spending limit: amount per elector (pence)", default=spending.DEFAULT_PER_ELECTOR_PENCE
    )
    return_due_on = models.DateField(
        "Date the Returning Officer gives for spending returns",
        null=True,
        blank=True,
        help_text="Leave blank to use 28 days after polling day.",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-poll_date"]

    def __str__(self) -> str:
        where = f" in {self.ward} ward" if self.ward_id else ""
        return f"{self.get_kind_display()}{where}, {self.poll_date:%-d %B %Y}"

    @property
    def spending_return_due(self) -> dt.date:
        return self.return_due_on or spending.return_deadline(self.poll_date)


class CombinedPoll(models.Model):
    """Another poll held on the same day as the parish poll (RPA 1983 s.36(3)), for example
    the borough or a mayoral election. Its notice of election can start the period earlier."""

    election = models.ForeignKey(Election, on_delete=models.PROTECT, related_name="combined_polls")
    name = models.CharField("Which poll", max_length=150)
    notice_published_on = models.DateField(
        "Date its notice of election was published", null=True, blank=True
    )
    notice_working_days = models.PositiveSmallIntegerField(
        "Working days before polling day its notice is due",
        default=25,
        help_text="25 for local, mayoral and police and crime commissioner elections.",
    )

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Candidacy(models.Model):
    """A person standing at an election: the candidate's own record of their spending."""

    election = models.ForeignKey(Election, on_delete=models.PROTECT, related_name="candidacies")
    person = models.ForeignKey(Person, on_delete=models.PROTECT, related_name="candidacies")
    ward = models.ForeignKey(
        Ward, null=True, blank=True, on_delete=models.PROTECT, related_name="candidacies"
    )
    agent = models.CharField(
        "Election agent",
        max_length=150,
        blank=True,
        help_text="Leave blank if you act as your own.",
    )
    joint_candidates = models.TextField(
        "Joint candidates",
        blank=True,
        help_text="Names of the other candidates you share an agent, rooms or material with, "
        "one a line.",
    )
    electorate = models.PositiveIntegerField(
        "Electors in the ward on the last day for the notice of election",
        null=True,
        blank=True,
        help_text="The Returning Officer publishes this number for spending limits.",
    )
    imprint = models.TextField(
        "Digital imprint",
        blank=True,
        help_text="For example “Promoted by A. Agent on behalf of C. Candidate, both of "
        "1 High Street, Treeton”.",
    )
    withdrawn_on = models.DateField("Withdrew on", null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["election", "person__full_name"]
        verbose_name_plural = "candidacies"
        constraints = [
            models.UniqueConstraint("election", "person", name="one_candidacy_per_election")
        ]

    def __str__(self) -> str:
        return f"{self.person} at the {self.election}"

    @property
    def joint_candidate_names(self) -> list[str]:
        return [line.strip() for line in self.joint_candidates.splitlines() if line.strip()]

    @property
    def spending_limit_pence(self) -> int | None:
        if self.electorate is None:
            return None
        return spending.spending_limit(
            self.electorate,
            1 + len(self.joint_candidate_names),
            base_pence=self.election.spending_base_pence,
            per_elector_pence=self.election.spending_per_elector_pence,
        )


class ExpenditureQuerySet(models.QuerySet):
    def in_force(self) -> ExpenditureQuerySet:
        return self.filter(withdrawn_at__isnull=True)


class Expenditure(models.Model):
    """One item of candidate spending (RPA 1983 Sch 4A), paid or notional."""

    class Category(models.TextChoices):
        ONLINE_ADVERTISING = "online_advertising", "Online and social media advertising"
        BOOSTED_POSTS = "boosted_posts", "Boosted or sponsored posts"
        LEAFLETS = "leaflets", "Leaflets and other unsolicited material"
        ADVERTISING = "advertising", "Other advertising (posters, newspapers)"
        DESIGN = "design", "Design and agency fees"
        TRANSPORT = "transport", "Transport"
        MEETINGS = "meetings", "Public meetings"
        STAFF = "staff", "Staff"
        ACCOMMODATION = "accommodation", "Accommodation"
        ADMINISTRATION = "administration", "Administrative costs"
        PERSONAL = spending.PERSONAL_EXPENSES, "Personal expenses"

    candidacy = models.ForeignKey(Candidacy, on_delete=models.PROTECT, related_name="expenditures")
    incurred_on = models.DateField("Date the spending was incurred")
    supplier = models.CharField("Supplier’s name", max_length=150)
    supplier_address = models.TextField("Supplier’s address", blank=True)
    description = models.CharField("What it was for", max_length=300)
    category = models.CharField("Kind of spending", max_length=30, choices=Category.choices)
    amount_pence = models.PositiveIntegerField("Amount (pence)")
    is_notional = models.BooleanField(
        "Notional spending",
        default=False,
        help_text="Something given free or at a discount of more than 10%: record its value.",
    )
    paid_on = models.DateField("Date paid", null=True, blank=True)
    disputed = models.BooleanField("The claim is disputed", default=False)
    invoice = models.FileField("Invoice or receipt", upload_to="elections/invoices/", blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_reason = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ExpenditureQuerySet.as_manager()

    class Meta:
        ordering = ["incurred_on", "pk"]

    def __str__(self) -> str:
        return f"{spending.format_pence(self.amount_pence)} to {self.supplier}: {self.description}"

    @property
    def is_paid(self) -> bool:
        return self.paid_on is not None

    @property
    def needs_receipt(self) -> bool:
        return (
            not self.is_notional
            and self.amount_pence >= spending.RECEIPT_THRESHOLD_PENCE
            and not self.invoice
        )


class ReminderSent(models.Model):
    """A deadline reminder already emailed, so the job never sends the same one twice."""

    candidacy = models.ForeignKey(Candidacy, on_delete=models.PROTECT, related_name="reminders")
    deadline = models.CharField(max_length=20)
    days_before = models.PositiveSmallIntegerField()
    sent_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                "candidacy", "deadline", "days_before", name="one_reminder_per_deadline"
            )
        ]

    def __str__(self) -> str:
        return f"{self.deadline} reminder, {self.days_before} day(s) before, to {self.candidacy}"
