"""The "Check a post" page, its live panel, people's kept records, and the policy pages."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from civicpost.people.roles import is_clerk, person_for
from civicpost.policy import Pack, Post, Report, load_pack
from civicpost.policy.rules import REGISTRY
from civicpost.registers import services as register_services
from civicpost.registers.forms import PolicyAdoptionForm
from civicpost.registers.models import PolicyAdoption
from civicpost.web.mixins import require_clerk

from . import services
from .forms import CheckForm, SeverityForm
from .highlight import pieces
from .models import SelfCheckRecord

TAG_CLASSES = {
    "breach": "govuk-tag--red",
    "caution": "govuk-tag--orange",
    "advice": "govuk-tag--blue",
    "clear": "govuk-tag--green",
}


def spending_prompt(report: Report, person: Any) -> str:
    """Where a candidate records a paid post's cost (clause 4.3), when the check says to."""
    if person is None or not any(f.rule == "election-advertising" for f in report.findings):
        return ""
    from civicpost.elections.services import candidacies_for

    candidacies = candidacies_for(person)
    return reverse("expenditure-add", args=[candidacies[0].pk]) if candidacies else ""


def panel_context(post: Post, report: Report, pack: Pack, person: Any = None) -> dict[str, Any]:
    """What the live panel template needs; the official-post workflow reuses it."""
    findings = []
    for number, finding in enumerate(report.findings, start=1):
        clause = pack.clauses.get(finding.clause)
        findings.append(
            {
                "number": number,
                "finding": finding,
                "severity": finding.severity.label,
                "tag_class": TAG_CLASSES[finding.severity.label],
                "clause_title": clause.title if clause else "",
                "clause_text": clause.text if clause else "",
                "quoted": finding.evidence
                or (post.text[finding.start : finding.end] if finding.field == "text" else ""),
                "where": finding.field.replace("_", " "),
            }
        )
    verdict = report.verdict.label
    return {
        "report": report,
        "verdict": verdict,
        "verdict_class": TAG_CLASSES[verdict],
        "findings": findings,
        "pieces": pieces(post.text, report.findings),
        "pack_version": pack.version,
    }


@login_required
def check_page(request: HttpRequest) -> HttpResponse:
    person = person_for(request.user)
    form = CheckForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if person is None:
            raise PermissionDenied(
                "Your sign-in is not linked to a person, so nothing can be kept."
            )
        kept = services.keep_record(person, form.draft())
        messages.success(request, "Record kept in your history")
        return redirect("check-record", pk=kept.pk)
    return render(request, "checks/check.html", {"form": form})


@login_required
@require_POST
def live_panel(request: HttpRequest) -> HttpResponse:
    """Checks what is typed, as it is typed; stores nothing."""
    if not request.POST.get("text", "").strip():
        return render(request, "checks/_panel.html", {"empty": True})
    form = CheckForm(request.POST)
    if not form.is_valid():
        return render(request, "checks/_panel.html", {"form_errors": form.errors})
    person = person_for(request.user)
    post, report, pack = services.check_draft(form.draft(), person)
    return render(request, "checks/_panel.html", panel_context(post, report, pack, person))


@login_required
def history(request: HttpRequest) -> HttpResponse:
    person = person_for(request.user)
    records = SelfCheckRecord.objects.filter(person=person) if person else []
    return render(request, "checks/history.html", {"records": records})


@login_required
def record_detail(request: HttpRequest, pk: int) -> HttpResponse:
    kept = get_object_or_404(SelfCheckRecord, pk=pk)
    if kept.person != person_for(request.user):
        raise Http404("No such record")  # other people's records do not exist for you
    return render(
        request, "checks/record.html", {"kept": kept, "verdict_class": TAG_CLASSES[kept.verdict]}
    )


@login_required
def policy_page(request: HttpRequest) -> HttpResponse:
    pack = services.effective_pack()
    clauses = [
        {
            "clause": clause,
            "rules": [(slug, REGISTRY[slug].summary) for slug in clause.rules if slug in REGISTRY],
        }
        for clause in pack.clauses.values()
    ]
    return render(request, "checks/policy.html", {"pack": pack, "clauses": clauses})


@login_required
def rule_page(request: HttpRequest, slug: str) -> HttpResponse:
    if slug not in REGISTRY or slug not in load_pack().rules:
        raise Http404("No such rule")
    pack, base = services.effective_pack(), load_pack()
    config = pack.rules[slug]
    kinds = []
    for kind in ("official", "personal"):
        current, default = config.severity.get(kind), base.rules[slug].severity.get(kind)
        kinds.append(
            {
                "kind": kind,
                "current": current.label if current else None,
                "default": default.label if default else None,
                # a hint stays at advice (services.set_severity), so it gets no form
                "form": SeverityForm(initial={"severity": current.label}, prefix=kind)
                if current and not REGISTRY[slug].hint
                else None,
            }
        )
    return render(
        request,
        "checks/rule.html",
        {
            "slug": slug,
            "doc": REGISTRY[slug].doc,
            "summary": REGISTRY[slug].summary,
            "clause": pack.clauses.get(config.clause),
            "kinds": kinds,
            "is_clerk": is_clerk(request.user),
            "hint": REGISTRY[slug].hint,
        },
    )


@login_required
@require_POST
def set_severity(request: HttpRequest, slug: str, kind: str) -> HttpResponse:
    require_clerk(request, "change how strict a rule is")
    form = SeverityForm(request.POST, prefix=kind)
    if form.is_valid():
        try:
            services.set_severity(request.user, slug, kind, form.cleaned_data["severity"])
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request, f"Saved: {slug} on {kind} accounts is now {form.cleaned_data['severity']}"
            )
    return redirect("policy-rule", slug=slug)


@login_required
def adoption(request: HttpRequest) -> HttpResponse:
    """The adopted version, who has confirmed reading it, and (for the Clerk) a new adoption."""
    latest = PolicyAdoption.latest_adopted()
    person = person_for(request.user)
    form = None
    if is_clerk(request.user):
        form = PolicyAdoptionForm(
            request.POST or None, initial={"pack_version": load_pack().version}
        )
        if request.method == "POST" and form.is_valid():
            adopted = register_services.adopt_policy(request.user, form)
            messages.success(
                request,
                f"Adoption recorded: {adopted}. Everyone will be asked to "
                "confirm they have read it.",
            )
            return redirect("policy-adoption")
    confirmed = set()
    if latest:
        confirmed = set(latest.acknowledgements.values_list("person_id", flat=True))
    people = [(p, p.pk in confirmed) for p in register_services.who_must_confirm()]
    return render(
        request,
        "checks/adoption.html",
        {
            "latest": latest,
            "form": form,
            "people": people if is_clerk(request.user) else [],
            "i_confirmed": bool(person and person.pk in confirmed),
            "outstanding": sum(1 for _, done in people if not done),
            "can_confirm": person is not None and latest is not None,
        },
    )


@login_required
@require_POST
def acknowledge(request: HttpRequest) -> HttpResponse:
    person = person_for(request.user)
    latest = PolicyAdoption.latest_adopted()
    if person is None or latest is None:
        raise Http404("There is no adopted policy to confirm")
    register_services.acknowledge(person, latest)
    messages.success(request, "Thank you: you have confirmed you have read the policy")
    return redirect("policy-adoption")
