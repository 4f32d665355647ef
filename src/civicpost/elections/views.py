"""Pages for elections (the Clerk), and for candidates' own spending records."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST
from django.views.generic import CreateView, ListView, UpdateView

from civicpost.people.models import PostingAuthority
from civicpost.people.roles import is_clerk, person_for
from civicpost.web.mixins import ClerkRequiredMixin, ServiceFormMixin, require_clerk

from . import periods, services, spending
from .calendar import feed_covers
from .forms import (
    CandidacyForm,
    CombinedPollForm,
    ElectionForm,
    ExcludedDayForm,
    ExpenditureForm,
    WardForm,
    WithdrawForm,
)
from .models import Candidacy, Election, ExcludedDay, Expenditure, Ward, calendar_from_db
from .periods import applies_to, period_of
from .timetable import notice_of_election_deadline, timetable

FORM_TEMPLATE = "elections/form.html"


def _require_clerk(request: HttpRequest) -> None:
    require_clerk(request, "manage elections")


# --- Elections ---------------------------------------------------------------------------------
@login_required
def election_list(request: HttpRequest) -> HttpResponse:
    """Every election, newest first; a candidate also sees their own candidacies."""
    elections = Election.objects.select_related("ward")
    return render(
        request,
        "elections/election_list.html",
        {
            "elections": elections,
            "is_clerk": is_clerk(request.user),
            "my_candidacies": services.candidacies_for(person_for(request.user)),
        },
    )


class ElectionCreate(ClerkRequiredMixin, ServiceFormMixin, CreateView):
    model = Election
    form_class = ElectionForm
    template_name = FORM_TEMPLATE
    service = services.save_election
    title = "Add an election"
    success_message = "Election added"

    def get_success_url(self) -> str:
        return reverse("election-detail", args=[self.object.pk])


class ElectionUpdate(ClerkRequiredMixin, ServiceFormMixin, UpdateView):
    model = Election
    form_class = ElectionForm
    template_name = FORM_TEMPLATE
    service = services.save_election
    title = "Change an election"
    success_message = "Election saved"

    def get_success_url(self) -> str:
        return reverse("election-detail", args=[self.object.pk])


@login_required
def election_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The timetable, the pre-election period, and who loses authority during it."""
    election = get_object_or_404(Election.objects.select_related("ward"), pk=pk)
    calendar = calendar_from_db()
    steps = timetable(election.poll_date, calendar)
    period = period_of(election, calendar)
    moment = periods.now()
    first = min(period.starts_at.date(), notice_of_election_deadline(election.poll_date, calendar))
    withdrawn = []
    clerk = is_clerk(request.user)
    if clerk:
        authorities = (
            PostingAuthority.objects.current_on(period.starts_at.date())
            .select_related("person", "account__platform")
            .order_by("person__full_name")
        )
        withdrawn = [a for a in authorities if applies_to(period, a.person)]
    return render(
        request,
        "elections/election_detail.html",
        {
            "election": election,
            "steps": steps,
            "period": period,
            "status": (
                "running"
                if period.contains(moment)
                else ("ended" if moment >= period.ends_at else "not started")
            ),
            "excluded": calendar.excluded_weekdays(first, election.poll_date),
            "fallback": not feed_covers(election.poll_date),
            "claims_due": spending.claims_deadline(election.poll_date),
            "payment_due": spending.payment_deadline(election.poll_date),
            "combined_polls": election.combined_polls.all(),
            "candidacies": election.candidacies.select_related("person", "ward") if clerk else [],
            "withdrawn": withdrawn,
            "is_clerk": clerk,
            "me": person_for(request.user),
        },
    )


@login_required
def combined_poll_add(request: HttpRequest, pk: int) -> HttpResponse:
    _require_clerk(request)
    election = get_object_or_404(Election, pk=pk)
    form = CombinedPollForm(request.POST or None)
    form.instance.election = election
    if request.method == "POST" and form.is_valid():
        poll = services.save_combined_poll(request.user, form)
        messages.success(request, f"Combined poll added: {poll}")
        return redirect("election-detail", pk=election.pk)
    return render(
        request,
        FORM_TEMPLATE,
        {"form": form, "title": "Add a poll held on the same day", "caption": election},
    )


# --- Wards and the calendar ---------------------------------------------------------------------
class WardList(ClerkRequiredMixin, ListView):
    model = Ward
    template_name = "elections/ward_list.html"

    def get_queryset(self) -> Any:
        return Ward.objects.prefetch_related("councillors")


class WardCreate(ClerkRequiredMixin, ServiceFormMixin, CreateView):
    model = Ward
    form_class = WardForm
    template_name = FORM_TEMPLATE
    service = services.save_ward
    title = "Add a ward"
    success_message = "Ward added"

    def get_success_url(self) -> str:
        return reverse("ward-list")


class WardUpdate(ClerkRequiredMixin, ServiceFormMixin, UpdateView):
    model = Ward
    form_class = WardForm
    template_name = FORM_TEMPLATE
    service = services.save_ward
    title = "Change a ward"
    success_message = "Ward saved"

    def get_success_url(self) -> str:
        return reverse("ward-list")


class ExcludedDayList(ClerkRequiredMixin, ListView):
    model = ExcludedDay
    template_name = "elections/excluded_day_list.html"


class ExcludedDayCreate(ClerkRequiredMixin, ServiceFormMixin, CreateView):
    model = ExcludedDay
    form_class = ExcludedDayForm
    template_name = FORM_TEMPLATE
    service = services.add_excluded_day
    title = "Add a day that does not count"
    success_message = "Day added"

    def get_success_url(self) -> str:
        return reverse("excluded-day-list")


@login_required
def excluded_day_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    _require_clerk(request)
    day = get_object_or_404(ExcludedDay, pk=pk, withdrawn_at__isnull=True)
    return _withdraw_page(
        request,
        day,
        title="Why is this day being taken out of the calendar?",
        action=services.withdraw_excluded_day,
        next_url=reverse("excluded-day-list"),
    )


def _withdraw_page(
    request: HttpRequest, obj: Any, *, title: str, action: Any, next_url: str
) -> HttpResponse:
    form = WithdrawForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            action(request.user, obj, form.cleaned_data["reason"])
        except ValidationError as error:
            for message in error.messages:
                form.add_error("reason", message)
        else:
            messages.success(request, f"Taken out: {obj}")
            return redirect(next_url)
    return render(
        request,
        "elections/withdraw.html",
        {"form": form, "object": obj, "title": title, "back_url": next_url},
    )


# --- Candidacies and spending -------------------------------------------------------------------
def _candidacy_for(request: HttpRequest, pk: int) -> Candidacy:
    """A candidacy the signed-in person may see: their own, or any for the Clerk."""
    candidacy = get_object_or_404(
        Candidacy.objects.select_related("election", "person", "ward"), pk=pk
    )
    if is_clerk(request.user) or candidacy.person == person_for(request.user):
        return candidacy
    raise PermissionDenied("You can only see your own election spending.")


@login_required
def candidacy_add(request: HttpRequest, pk: int) -> HttpResponse:
    """The Clerk records a candidate; a councillor can record that they are standing."""
    election = get_object_or_404(Election, pk=pk)
    clerk = is_clerk(request.user)
    me = person_for(request.user)
    if not clerk and me is None:
        raise PermissionDenied("Your sign-in is not linked to a person in the register.")
    form = CandidacyForm(request.POST or None, election=election, clerk=clerk)
    if not clerk:
        form.instance.person = me
    if request.method == "POST" and form.is_valid():
        candidacy = services.save_candidacy(request.user, form)
        messages.success(request, f"Candidate recorded: {candidacy.person}")
        return redirect("candidacy-detail", pk=candidacy.pk)
    title = "Add a candidate" if clerk else "Record that you are standing"
    return render(request, FORM_TEMPLATE, {"form": form, "title": title, "caption": election})


@login_required
def candidacy_edit(request: HttpRequest, pk: int) -> HttpResponse:
    candidacy = _candidacy_for(request, pk)
    form = CandidacyForm(
        request.POST or None, instance=candidacy, election=candidacy.election, clerk=False
    )
    if request.method == "POST" and form.is_valid():
        services.save_candidacy(request.user, form)
        messages.success(request, "Candidacy saved")
        return redirect("candidacy-detail", pk=candidacy.pk)
    return render(
        request,
        FORM_TEMPLATE,
        {"form": form, "title": "Change your candidacy", "caption": candidacy},
    )


def _spending_context(candidacy: Candidacy) -> dict[str, Any]:
    items = list(candidacy.expenditures.in_force())
    totals = spending.totals(items)
    limit = candidacy.spending_limit_pence
    election = candidacy.election
    categories = dict(Expenditure.Category.choices)
    return {
        "candidacy": candidacy,
        "election": election,
        "items": items,
        "totals": totals,
        "by_category": [(categories.get(k, k), v) for k, v in sorted(totals.by_category.items())],
        "limit": limit,
        "remaining": None if limit is None else limit - totals.total,
        "percent": None if not limit else min(100 * totals.total // limit, 999),
        "over_limit": limit is not None and totals.total > limit,
        "claims_due": spending.claims_deadline(election.poll_date),
        "payment_due": spending.payment_deadline(election.poll_date),
        "return_due": election.spending_return_due,
        "missing_receipts": [item for item in items if item.needs_receipt],
    }


@login_required
def candidacy_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """A candidate's spending: a running total against the limit, and every item."""
    candidacy = _candidacy_for(request, pk)
    context = _spending_context(candidacy)
    context["withdrawn_items"] = candidacy.expenditures.filter(withdrawn_at__isnull=False)
    return render(request, "elections/candidacy_detail.html", context)


@login_required
def spending_return(request: HttpRequest, pk: int) -> HttpResponse:
    """The printable spending return (RPA 1983 Sch 4 para 3), with its deadlines."""
    candidacy = _candidacy_for(request, pk)
    context = _spending_context(candidacy)
    items = context["items"]
    context |= {
        "paid_items": [
            i
            for i in items
            if i.is_paid
            and not i.is_notional
            and not i.disputed
            and i.category != spending.PERSONAL_EXPENSES
        ],
        "unpaid_items": [
            i
            for i in items
            if not i.is_paid
            and not i.is_notional
            and not i.disputed
            and i.category != spending.PERSONAL_EXPENSES
        ],
        "disputed_items": [i for i in items if i.disputed and not i.is_notional],
        "notional_items": [i for i in items if i.is_notional],
        "personal_items": [i for i in items if i.category == spending.PERSONAL_EXPENSES],
    }
    return render(request, "elections/spending_return.html", context)


@login_required
def expenditure_add(request: HttpRequest, pk: int) -> HttpResponse:
    candidacy = _candidacy_for(request, pk)
    form = ExpenditureForm(request.POST or None, request.FILES or None)
    form.instance.candidacy = candidacy
    if request.method == "POST" and form.is_valid():
        item = services.record_expenditure(request.user, form)
        messages.success(request, f"Spending recorded: {item}")
        return redirect("candidacy-detail", pk=candidacy.pk)
    return render(
        request,
        FORM_TEMPLATE,
        {"form": form, "title": "Record spending", "caption": candidacy, "multipart": True},
    )


@login_required
def expenditure_withdraw(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(Expenditure, pk=pk, withdrawn_at__isnull=True)
    candidacy = _candidacy_for(request, item.candidacy_id)
    return _withdraw_page(
        request,
        item,
        title="Why is this item being taken out of the return?",
        action=services.withdraw_expenditure,
        next_url=reverse("candidacy-detail", args=[candidacy.pk]),
    )


@login_required
def expenditure_invoice(request: HttpRequest, pk: int) -> HttpResponse:
    """The uploaded invoice, only for the candidate and the Clerk."""
    item = get_object_or_404(Expenditure, pk=pk)
    _candidacy_for(request, item.candidacy_id)
    if not item.invoice:
        raise Http404("No invoice was uploaded for this item.")
    return FileResponse(item.invoice.open("rb"), as_attachment=True)


@login_required
@require_POST
def start_reminders(request: HttpRequest) -> HttpResponse:
    """The Clerk starts the reminder emails now (a system timer also runs them daily)."""
    _require_clerk(request)
    from .tasks import send_election_reminders

    send_election_reminders.enqueue()
    messages.success(request, "Reminders started: candidates with a deadline soon will be emailed")
    return redirect("election-list")
