"""Pages for complaints of misuse (clause 7). Thin: the rules live in ``services``.

Every page of a case goes through ``services.open_case``, which audits the attempt; anyone who
may not open the case gets "Page not found", as if it did not exist.
"""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Model
from django.forms import Form
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST
from django.views.generic import ListView, UpdateView

from civicpost.audit.services import audited_save, record
from civicpost.people.models import Person, today
from civicpost.people.roles import is_clerk, person_for
from civicpost.web.mixins import ClerkRequiredMixin, ServiceFormMixin, require_clerk

from . import letters as letter_service
from . import services
from .evidence import BrokenEvidence, build_bundle, sha256_bytes, verify_case
from .forms import (
    AccessForm,
    DecisionForm,
    EvidenceForm,
    HandlerForm,
    IntakeForm,
    LetterTemplateForm,
    MoDecisionForm,
    ReasonForm,
    RetentionRuleForm,
    RouteForm,
    SettingsForm,
    StageRuleForm,
    StepForm,
)
from .models import (
    Case,
    CaseStep,
    ComplaintSettings,
    Letter,
    LetterTemplate,
    RetentionRule,
    StageRule,
)
from .retention import due_cases
from .routing import Route
from .tasks import apply_retention_task, send_reminders_task

FORM = "complaints/form.html"


def _case(request: HttpRequest, pk: int, page: str, manage: bool = False) -> Case:
    """The case, if this person may open it (audited); else 404. ``manage``: handler or Clerk."""
    case = services.open_case(request.user, pk, page)
    if case is None:
        raise Http404("No such complaint")
    if manage and not services.may_manage(request.user, case):
        raise PermissionDenied("Only the handler or the Clerk can do this.")
    return case


def _apply(form: Form, action: Any) -> bool:
    """Run a service; put what it refuses onto the form. True if it worked."""
    try:
        action()
    except ValidationError as error:
        if hasattr(error, "error_dict"):
            for field, errs in error.message_dict.items():
                form.add_error(field if field in form.fields else None, errs)
        else:
            form.add_error(None, error.messages)
        return False
    return True


# --- Intake --------------------------------------------------------------------------------------
@login_required
def complaint_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "complaints/case_list.html",
        {
            "cases": services.cases_for(request.user),
            "is_clerk": is_clerk(request.user),
            "today": today(),
        },
    )


@login_required
def report(request: HttpRequest) -> HttpResponse:
    """Clause 7: an employee or councillor (or the Clerk on their behalf) reports material."""
    clerk = is_clerk(request.user)
    person = person_for(request.user)
    if person is None and not clerk:
        return render(request, "complaints/cannot_report.html")
    conf = services.complaint_settings()
    kept = _kept_record(request, person)
    form = IntakeForm(
        request.POST or None,
        request.FILES or None,
        on_behalf=clerk,
        max_mb=conf.max_upload_mb,
        initial={"text": kept.text} if kept else None,
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        origin: dict[str, Any] = {}
        if kept is not None:  # started from a kept self-check: its text and report go too
            origin = {
                "source": Case.Source.SELF_CHECK,
                "report": kept.report,
                "source_reference": f"Self-check record {kept.pk} of {kept.at:%-d %B %Y}",
            }
        intake = services.Intake(
            **origin,
            complainant=data["complainant"] if clerk else person,
            subject=data["subject"],
            subject_name=data["subject_name"],
            posted_on=data["posted_on"],
            seen_on=data["seen_on"],
            harms=data["harms"],
            harm_details=data["harm_details"],
            url=data["url"],
            text=data["text"],
            files=data["files"],
        )
        result: dict[str, Case] = {}
        if _apply(
            form, lambda: result.update(case=services.record_complaint(request.user, intake))
        ):
            return redirect("complaint-recorded", pk=result["case"].pk)
    return render(
        request, "complaints/report.html", {"form": form, "on_behalf": clerk, "kept": kept}
    )


def _kept_record(request: HttpRequest, person: Person | None) -> Any:
    """The person's own kept self-check record named by ``?from_record=``, if any."""
    from civicpost.checks.models import SelfCheckRecord

    pk = request.GET.get("from_record", "")
    if not pk.isdigit() or person is None:
        return None
    return SelfCheckRecord.objects.filter(pk=int(pk), person=person).first()


@login_required
def recorded(request: HttpRequest, pk: int) -> HttpResponse:
    """The confirmation for whoever recorded the complaint (it does not open the case)."""
    case = get_object_or_404(Case, pk=pk, recorded_by=request.user)
    return render(request, "complaints/recorded.html", {"case": case})


# --- A case --------------------------------------------------------------------------------------
@login_required
def detail(request: HttpRequest, pk: int) -> HttpResponse:
    case = _case(request, pk, "case")
    step = services.current_step(case)
    return render(
        request,
        "complaints/case_detail.html",
        {
            "case": case,
            "steps": case.steps.select_related("person").order_by("order"),
            "current": step,
            "evidence": case.evidence.order_by("number"),
            "letters": case.letters.all(),
            "templates": letter_service.templates_for(case),
            "access": case.access.select_related("person"),
            "manage": services.may_manage(request.user, case),
            "is_clerk": is_clerk(request.user),
            "is_councillor_case": case.route in (Route.CONDUCT_REFERRAL, Route.COMPLAINTS_POLICY),
            "is_referral": case.route == Route.CONDUCT_REFERRAL,
            "today": today(),
            "settings_missing": not services.complaint_settings().principal_authority,
        },
    )


def _case_form(
    request: HttpRequest,
    pk: int,
    *,
    page: str,
    form_class: Any,
    title: str,
    action: Any,
    done: str,
    form_kwargs: dict[str, Any] | None = None,
    intro: str = "",
) -> HttpResponse:
    case = _case(request, pk, page, manage=True)
    form = form_class(request.POST or None, request.FILES or None, **(form_kwargs or {}))
    if (
        request.method == "POST"
        and form.is_valid()
        and _apply(form, lambda: action(case, form.cleaned_data))
    ):
        messages.success(request, done)
        return redirect("complaint-detail", pk=case.pk)
    return render(
        request,
        FORM,
        {
            "form": form,
            "title": title,
            "case": case,
            "intro": intro,
            "back_url": reverse("complaint-detail", args=[case.pk]),
        },
    )


def _step(request: HttpRequest, pk: int, step_pk: int) -> CaseStep:
    current = CaseStep.objects.select_related("rule").filter(pk=step_pk, case_id=pk).first()
    if current is None:
        _case(request, pk, "stage")  # audits the attempt; 404 if they may not open the case
        raise Http404("No such stage")
    return current


@login_required
def step(request: HttpRequest, pk: int, step_pk: int) -> HttpResponse:
    current = _step(request, pk, step_pk)
    return _case_form(
        request,
        pk,
        page="stage",
        form_class=StepForm,
        form_kwargs={"person_label": current.rule.asks_person},
        title=current.name,
        intro=current.rule.guidance,
        action=lambda case, d: services.complete_step(
            request.user, current, done_on=d["done_on"], note=d["note"], person=d.get("person")
        ),
        done=f"Stage done: {current.name}",
    )


@login_required
def skip(request: HttpRequest, pk: int, step_pk: int) -> HttpResponse:
    current = _step(request, pk, step_pk)
    return _case_form(
        request,
        pk,
        page="stage",
        form_class=ReasonForm,
        title=f"Why is “{current.name}” not needed?",
        action=lambda case, d: services.skip_step(request.user, current, d["reason"]),
        done=f"Marked not needed: {current.name}",
    )


@login_required
def change_route(request: HttpRequest, pk: int) -> HttpResponse:
    return _case_form(
        request,
        pk,
        page="route",
        form_class=RouteForm,
        title="Change how this complaint is dealt with",
        intro="Clause 7: complaints about a councillor’s conduct go to the Monitoring Officer; "
        "other complaints about a councillor follow the council’s Complaints Policy.",
        action=lambda case, d: services.reroute(
            request.user, case, d["conduct_matter"], d["reason"]
        ),
        done="Route changed",
    )


@login_required
def add_access(request: HttpRequest, pk: int) -> HttpResponse:
    return _case_form(
        request,
        pk,
        page="access",
        form_class=AccessForm,
        title="Give someone access to this case",
        action=lambda case, d: services.grant_access(request.user, case, d["person"], d["reason"]),
        done="Access given",
    )


@login_required
def change_handler(request: HttpRequest, pk: int) -> HttpResponse:
    require_clerk(request, "change who handles a complaint")
    return _case_form(
        request,
        pk,
        page="handler",
        form_class=HandlerForm,
        title="Who will handle this complaint?",
        action=lambda case, d: services.assign_handler(
            request.user, case, d["person"], d["reason"]
        ),
        done="Handler changed",
    )


@login_required
def add_evidence(request: HttpRequest, pk: int) -> HttpResponse:
    return _case_form(
        request,
        pk,
        page="evidence",
        form_class=EvidenceForm,
        form_kwargs={"max_mb": services.complaint_settings().max_upload_mb},
        title="Add evidence",
        intro="Evidence is sealed with its SHA-256 fingerprint when you add it. It can never be "
        "changed or removed, only added to.",
        action=lambda case, d: services.add_evidence(
            request.user,
            case,
            description=d["description"],
            url=d["url"],
            text=d["text"],
            upload=d["upload"],
        ),
        done="Evidence added",
    )


@login_required
def decision(request: HttpRequest, pk: int) -> HttpResponse:
    return _case_form(
        request,
        pk,
        page="decision",
        form_class=DecisionForm,
        title="Record the decision",
        action=lambda case, d: services.record_decision(
            request.user, case, d["outcome"], d["decided_on"]
        ),
        done="Decision recorded",
    )


@login_required
def mo_decision(request: HttpRequest, pk: int) -> HttpResponse:
    return _case_form(
        request,
        pk,
        page="mo-decision",
        form_class=MoDecisionForm,
        title="Record the Monitoring Officer’s decision",
        action=lambda case, d: services.record_mo_decision(
            request.user, case, d["outcome"], d["decided_on"], d["reference"]
        ),
        done="Monitoring Officer’s decision recorded",
    )


@login_required
@require_POST
def close(request: HttpRequest, pk: int) -> HttpResponse:
    case = _case(request, pk, "close", manage=True)
    try:
        services.close_case(request.user, case)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(request, f"{case.reference} closed")
    return redirect("complaint-detail", pk=case.pk)


@login_required
def evidence_file(request: HttpRequest, pk: int, number: int) -> FileResponse:
    case = _case(request, pk, f"evidence item {number}")
    item = get_object_or_404(case.evidence, number=number, kind="file")
    return FileResponse(item.file.open("rb"), as_attachment=True, filename=item.original_name)


@login_required
def evidence_check(request: HttpRequest, pk: int) -> HttpResponse:
    case = _case(request, pk, "evidence check")
    checks = verify_case(case)
    return render(
        request,
        "complaints/evidence_check.html",
        {"case": case, "checks": checks, "all_ok": all(c.ok for c in checks)},
    )


@login_required
def bundle(request: HttpRequest, pk: int) -> HttpResponse:
    """The evidence bundle for the Monitoring Officer: a ZIP with an index of sha256s."""
    case = _case(request, pk, "evidence bundle", manage=True)
    letter = case.letters.filter(template_code="mo_referral").order_by("-generated_at").first()
    council = letter_service.context_for(case, "")["council_name"]
    try:
        data = build_bundle(case, letter, council)
    except BrokenEvidence as error:
        messages.error(request, str(error))
        return redirect("complaint-evidence-check", pk=case.pk)
    record(
        request.user,
        "complaint.bundle_made",
        case,
        summary=f"Evidence bundle made for {case.reference}",
        changes={"sha256": sha256_bytes(data), "items": case.evidence.count()},
    )
    response = HttpResponse(data, content_type="application/zip")
    name = f"{case.reference}-evidence-{timezone.localdate():%Y%m%d}.zip"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@login_required
@require_POST
def make_letter(request: HttpRequest, pk: int, code: str) -> HttpResponse:
    case = _case(request, pk, "letter", manage=True)
    template = get_object_or_404(LetterTemplate, code=code)
    if case.route not in template.routes:
        raise Http404("No such letter for this complaint")
    made = letter_service.generate(request.user, case, template)
    messages.success(request, f"Letter made: {template.name}")
    return redirect("complaint-letter", pk=case.pk, letter_pk=made[0].pk)


@login_required
def letter(request: HttpRequest, pk: int, letter_pk: int) -> HttpResponse:
    case = _case(request, pk, f"letter {letter_pk}")
    item = get_object_or_404(Letter, pk=letter_pk, case=case)
    return render(request, "complaints/letter.html", {"case": case, "letter": item})


# --- The Clerk's settings ------------------------------------------------------------------------
class SettingsUpdate(ClerkRequiredMixin, ServiceFormMixin, UpdateView):
    form_class = SettingsForm
    template_name = FORM
    title = "Complaint settings"
    success_message = "Saved"

    @staticmethod
    def service(actor: Any, form: Any) -> Model:
        return audited_save(actor, form, "complaint settings")

    def get_object(self, queryset: Any = None) -> ComplaintSettings:
        return services.complaint_settings()

    def get_success_url(self) -> str:
        return reverse("complaint-admin")


class StageRuleUpdate(ClerkRequiredMixin, ServiceFormMixin, UpdateView):
    model = StageRule
    form_class = StageRuleForm
    template_name = FORM
    title = "Change a stage"
    success_message = "Stage saved"

    @staticmethod
    def service(actor: Any, form: Any) -> Model:
        return audited_save(actor, form, "complaint stage")

    def get_success_url(self) -> str:
        return reverse("complaint-admin")


class LetterTemplateUpdate(ClerkRequiredMixin, ServiceFormMixin, UpdateView):
    model = LetterTemplate
    form_class = LetterTemplateForm
    template_name = "complaints/letter_template_form.html"
    title = "Change a letter"
    success_message = "Letter saved"

    @staticmethod
    def service(actor: Any, form: Any) -> Model:
        return audited_save(actor, form, "letter template")

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(**kwargs) | {"fields": letter_service.FIELDS}

    def get_success_url(self) -> str:
        return reverse("complaint-admin")


class RetentionRuleUpdate(ClerkRequiredMixin, ServiceFormMixin, UpdateView):
    model = RetentionRule
    form_class = RetentionRuleForm
    template_name = FORM
    title = "Change a retention period"
    success_message = "Retention period saved"

    @staticmethod
    def service(actor: Any, form: Any) -> Model:
        return audited_save(actor, form, "retention period")

    def get_success_url(self) -> str:
        return reverse("complaint-admin")


class Admin(ClerkRequiredMixin, ListView):
    """The Clerk's complaints settings: stages and deadlines, letters, retention."""

    model = StageRule
    template_name = "complaints/admin.html"

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        return super().get_context_data(**kwargs) | {
            "settings": services.complaint_settings(),
            "letter_templates": LetterTemplate.objects.all(),
            "retention_rules": RetentionRule.objects.all(),
            "due": due_cases(),
        }


@login_required
@require_POST
def run_job(request: HttpRequest, job: str) -> HttpResponse:
    require_clerk(request, "start this")
    if job == "retention":
        apply_retention_task.enqueue()
        messages.success(request, "Retention has started. Each case it deals with is audited.")
    elif job == "reminders":
        send_reminders_task.enqueue()
        messages.success(request, "Reminders are being sent.")
    else:
        raise Http404("No such job")
    return redirect("complaint-admin")
