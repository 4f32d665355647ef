"""The Clerk browses and filters the audit trail."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from civicpost.web.mixins import require_clerk

from .models import AuditEvent
from .tasks import verify_audit_trail


@login_required
def event_list(request: HttpRequest) -> HttpResponse:
    require_clerk(request, "read the audit trail")
    events = AuditEvent.objects.all()
    filters = {key: request.GET.get(key, "").strip() for key in ("q", "action", "type", "since")}
    if filters["q"]:
        events = events.filter(summary__icontains=filters["q"]) | events.filter(
            actor_label__icontains=filters["q"]
        )
    if filters["action"]:
        events = events.filter(action=filters["action"])
    if filters["type"]:
        events = events.filter(object_type=filters["type"])
    if filters["since"]:
        try:
            since = dt.date.fromisoformat(filters["since"])
        except ValueError:
            filters["since_error"] = "Enter a date like 2026-11-26."
        else:
            events = events.filter(at__date__gte=since)
    page = Paginator(events.order_by("-seq"), 50).get_page(request.GET.get("page"))
    return render(
        request,
        "audit/event_list.html",
        {
            "page": page,
            "filters": filters,
            "actions": AuditEvent.objects.order_by("action")
            .values_list("action", flat=True)
            .distinct(),
            "types": AuditEvent.objects.order_by("object_type")
            .values_list("object_type", flat=True)
            .distinct(),
        },
    )


@login_required
@require_POST
def start_verify(request: HttpRequest) -> HttpResponse:
    """Queue a check of the whole chain; the worker records its outcome in the trail."""
    require_clerk(request, "check the audit trail")
    verify_audit_trail.enqueue()
    messages.success(
        request,
        "The check has started. Its result will appear at the top of "
        "the trail within a minute: refresh this page to see it.",
    )
    return redirect("audit-list")
