"""Bulk audit pages (the Clerk only): upload an export, watch the progress, read the findings."""

from __future__ import annotations

from typing import Any

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.generic import ListView

from civicpost.checks.services import effective_pack
from civicpost.web.mixins import ClerkRequiredMixin, require_clerk

from . import services
from .forms import BulkAuditForm
from .models import BulkAudit

VERDICTS = {
    3: ("breach", "govuk-tag--red"),
    2: ("caution", "govuk-tag--orange"),
    1: ("advice", "govuk-tag--blue"),
}


def _clerk_only(request: HttpRequest) -> None:

    require_clerk(request, "run bulk audits")


class AuditList(ClerkRequiredMixin, ListView):
    model = BulkAudit
    template_name = "bulkaudit/audit_list.html"
    paginate_by = 25


def audit_new(request: HttpRequest) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect(f"/sign-in/?next={request.path}")
    _clerk_only(request)
    form = BulkAuditForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        audit = services.start_audit(request.user, form)
        return redirect("bulkaudit-detail", audit.pk)
    return render(request, "bulkaudit/audit_form.html", {"form": form})


def _bars(counts: dict[str, int]) -> list[dict[str, Any]]:
    top = max(counts.values(), default=0) or 1
    return [{"label": k, "count": v, "width": round(100 * v / top)} for k, v in counts.items()]


def _report(audit: BulkAudit, page_number: str | None) -> dict[str, Any]:
    pack = effective_pack()
    clauses = sorted(audit.by_clause.items(), key=lambda kv: (-kv[1], kv[0]))
    by_clause = [
        {"clause": c, "title": pack.clauses[c].title if c in pack.clauses else "", "count": n}
        for c, n in clauses
    ]
    months = {m: sum(c.values()) for m, c in audit.by_month.items()}
    page = Paginator(audit.flagged.all(), 50).get_page(page_number)
    for post in page:
        post.verdict_label, post.tag_class = VERDICTS.get(post.verdict, ("advice", ""))
    return {"by_clause": by_clause, "month_bars": _bars(months), "page_obj": page}


def audit_detail(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_authenticated:
        return redirect(f"/sign-in/?next={request.path}")
    _clerk_only(request)
    audit = get_object_or_404(BulkAudit, pk=pk)
    context: dict[str, Any] = {"audit": audit}
    if audit.finished:
        context |= _report(audit, request.GET.get("page"))
    return render(request, "bulkaudit/audit_detail.html", context)


def audit_progress(request: HttpRequest, pk: int) -> HttpResponse:
    """The progress panel, polled by htmx; when the audit ends, the whole page reloads."""
    if not request.user.is_authenticated:
        return HttpResponse(status=403)
    _clerk_only(request)
    audit = get_object_or_404(BulkAudit, pk=pk)
    response = render(request, "bulkaudit/_progress.html", {"audit": audit})
    if audit.finished:
        response["HX-Refresh"] = "true"
    return response
