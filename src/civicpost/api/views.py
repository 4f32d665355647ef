"""The "API tokens" page: each person makes and revokes their own; a new one is shown once."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from . import services
from .forms import TokenForm
from .models import ApiToken


@never_cache  # the new token is in the page: never keep a copy
@login_required
def token_list(request: HttpRequest) -> HttpResponse:
    form = TokenForm(request.POST or None)
    new_token = ""
    if request.method == "POST" and form.is_valid():
        token, new_token = services.create_token(request.user, form.cleaned_data["name"])
        form = TokenForm()
    return render(
        request,
        "api/token_list.html",
        {
            "form": form,
            "new_token": new_token,
            "tokens": ApiToken.objects.filter(user=request.user),
        },
    )


@login_required
@require_POST
def token_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    token = get_object_or_404(ApiToken, pk=pk, user=request.user)
    services.revoke_token(request.user, token)
    messages.success(request, f"Token revoked: {token}")
    return redirect("api-token-list")
