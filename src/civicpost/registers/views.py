"""Pages for the registers (the Clerk keeps them; everyone signed in may read them)."""

from __future__ import annotations

from typing import Any

import yaml
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from civicpost.people.roles import is_clerk
from civicpost.people.views import end_date_page
from civicpost.web.mixins import require_clerk

from . import services
from .context import registers_as_dict
from .forms import CouncilProfileForm, CsvImportForm, MinutesForm
from .models import CouncilProfile, Decision
from .registry import REGISTERS, Register


def _register(slug: str) -> Register:
    if slug not in REGISTERS:
        raise Http404("No such register")
    return REGISTERS[slug]


def _require_clerk(request: HttpRequest) -> None:
    require_clerk(request, "change the registers")


@login_required
def index(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "registers/index.html",
        {"registers": REGISTERS.values(), "is_clerk": is_clerk(request.user)},
    )


@login_required
def entry_list(request: HttpRequest, slug: str) -> HttpResponse:
    register = _register(slug)
    rows = register.model.objects.all()
    query = request.GET.get("q", "").strip()
    if query:
        condition = Q()
        for field in register.search:
            condition |= Q(**{f"{field}__icontains": query})
        rows = rows.filter(condition)
    page = Paginator(rows, 50).get_page(request.GET.get("page"))
    table = [(obj, [_display(obj, name) for name in register.columns]) for obj in page]
    headers = [_label(register, name) for name in register.columns]
    return render(
        request,
        "registers/list.html",
        {
            "register": register,
            "page_obj": page,
            "table": table,
            "headers": headers,
            "query": query,
            "is_clerk": is_clerk(request.user),
        },
    )


def _label(register: Register, name: str) -> str:
    try:
        return str(register.model._meta.get_field(name).verbose_name).capitalize()
    except Exception:  # a property such as is_decided
        return name.replace("is_", "").replace("_", " ").capitalize()


def _display(obj: Any, name: str) -> str:
    getter = getattr(obj, f"get_{name}_display", None)
    value = getter() if getter else getattr(obj, name)
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if value in (None, ""):
        return "—"
    if hasattr(value, "strftime") and hasattr(value, "year"):
        return value.strftime("%-d %b %Y")
    return str(value)


@login_required
def entry_form(request: HttpRequest, slug: str, pk: int | None = None) -> HttpResponse:
    _require_clerk(request)
    register = _register(slug)
    instance = get_object_or_404(register.model, pk=pk) if pk else None
    form = register.form(request.POST or None, request.FILES or None, instance=instance)
    if request.method == "POST" and form.is_valid():
        obj = services.save_entry(request.user, register, form)
        messages.success(request, f"{register.noun.capitalize()} saved: {obj}")
        return redirect("register-list", slug=slug)
    title = f"Change a {register.noun}" if instance else f"Add a {register.noun}"
    return render(
        request, "registers/form.html", {"form": form, "title": title, "register": register}
    )


@login_required
def entry_end(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    _require_clerk(request)
    register = _register(slug)
    if not register.end_field:
        raise Http404("Entries in this register are not ended")
    obj = get_object_or_404(register.model, pk=pk)
    return end_date_page(
        request,
        obj,
        title=f"{register.end_label} this {register.noun} from which date?",
        label=f"{register.end_label} {register.noun}",
        action=lambda actor, entry, day: services.end_entry(actor, register, entry, day),
        next_url=reverse("register-list", args=[slug]),
    )


@login_required
def export(request: HttpRequest, slug: str) -> HttpResponse:
    register = _register(slug)
    body = services.export_csv(register, register.model.objects.all())
    response = HttpResponse(body, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slug}.csv"'
    return response


@login_required
def import_rows(request: HttpRequest, slug: str) -> HttpResponse:
    _require_clerk(request)
    register = _register(slug)
    form = CsvImportForm(request.POST or None, request.FILES or None)
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        result = services.import_csv(request.user, register, form.cleaned_data["file"].read())
        if result.errors:
            errors = result.errors
        else:
            messages.success(
                request, f"Imported: {result.created} added, {result.changed} changed."
            )
            return redirect("register-list", slug=slug)
    return render(
        request, "registers/import.html", {"form": form, "register": register, "errors": errors}
    )


@login_required
def minutes(request: HttpRequest) -> HttpResponse:
    _require_clerk(request)
    form = MinutesForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        made = services.draft_decisions_from_minutes(
            request.user,
            form.cleaned_data["minutes"],
            form.cleaned_data["decided_on"],
            form.cleaned_data["body"],
        )
        if made:
            messages.success(
                request, f"{len(made)} draft decision(s) added. Check and confirm each."
            )
        else:
            messages.info(request, "No new “RESOLVED” lines were found in those minutes.")
        return redirect(f"{reverse('register-list', args=['decisions'])}?q=")
    return render(
        request,
        "registers/form.html",
        {
            "form": form,
            "title": "Read decisions from minutes",
            "register": REGISTERS["decisions"],
            "submit": "Find the resolutions",
        },
    )


@login_required
@require_POST
def confirm(request: HttpRequest, pk: int) -> HttpResponse:
    _require_clerk(request)
    decision = get_object_or_404(Decision, pk=pk, status=Decision.Status.DRAFT)
    services.confirm_decision(request.user, decision)
    messages.success(request, f"Decision confirmed: {decision}")
    return redirect("register-list", slug="decisions")


@login_required
def context_yaml(request: HttpRequest) -> HttpResponse:
    """The registers as the checker's context file, for ``civicpost check --context``."""
    body = yaml.safe_dump(registers_as_dict(), sort_keys=False, allow_unicode=True)
    response = HttpResponse(body, content_type="application/yaml; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="context.yaml"'
    return response


@login_required
def council_details(request: HttpRequest) -> HttpResponse:
    """The council's own name and published contacts (never treated as personal data, 6.5)."""
    _require_clerk(request)
    form = CouncilProfileForm(request.POST or None, instance=CouncilProfile.current())
    if request.method == "POST" and form.is_valid():
        services.save_council_details(request.user, form)
        messages.success(request, "The council’s details are saved")
        return redirect("register-index")
    return render(request, "registers/council.html", {"form": form})
