"""Ask for the second factor after the password, and make the Clerk and Chair set one up."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django_otp import user_has_device

from civicpost.people.roles import must_use_second_factor

EXEMPT_PREFIXES = ("/static/", "/two-factor/", "/sign-out/", "/password-reset/", "/healthz")


class SecondFactorMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = request.user
        if (
            user.is_authenticated
            and not user.is_verified()  # type: ignore[union-attr]
            and not request.path.startswith(EXEMPT_PREFIXES)
        ):
            if user_has_device(user, confirmed=True):
                return redirect(f"{reverse('two-factor-verify')}?next={request.path}")
            if must_use_second_factor(user):
                return redirect("two-factor-setup")
        return self.get_response(request)
