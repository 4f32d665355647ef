"""Small view helpers shared by the registers."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.db.models import Model
from django.forms import ModelForm
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect

from civicpost.people.roles import is_clerk


def require_clerk(request: HttpRequest, doing: str = "manage this register") -> None:
    """Refuse anyone but the Clerk with a plain "no permission" page saying what they tried."""
    if not is_clerk(request.user):
        raise PermissionDenied(f"Only the Clerk can {doing}.")


class ClerkRequiredMixin(LoginRequiredMixin):
    """Only the Clerk manages the registers; anyone else gets a plain "no permission" page."""

    def dispatch(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        if request.user.is_authenticated and not is_clerk(request.user):
            raise PermissionDenied("Only the Clerk can manage this register.")
        return super().dispatch(request, *args, **kwargs)


class ServiceFormMixin:
    """Saves a model form through a service function, then says so on the next page.

    ``service`` is a function ``(actor, form) -> Model`` from an app's ``services`` module.
    """

    service: Any = None
    success_message = "Saved"
    title = ""
    back_url_name = ""
    request: HttpRequest

    def form_valid(self, form: ModelForm) -> HttpResponse:
        self.object: Model = type(self).service(self.request.user, form)
        messages.success(self.request, f"{self.success_message}: {self.object}")
        return HttpResponseRedirect(self.get_success_url())  # type: ignore[attr-defined]

    def get_context_data(self, **kwargs: Any) -> dict[str, Any]:
        context = super().get_context_data(**kwargs)  # type: ignore[misc]
        context["title"] = self.title
        return context
