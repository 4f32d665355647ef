"""Sign-in with a second factor (TOTP): setting it up, and asking for it after the password."""

from __future__ import annotations

import base64

import segno
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import LoginView
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django_otp import login as otp_login
from django_otp import match_token
from django_otp.plugins.otp_totp.models import TOTPDevice

from civicpost.audit.services import record
from civicpost.people.models import Person
from civicpost.people.roles import must_use_second_factor

from .forms import TokenForm

DEMO_PASSWORD = "treeton-demo"  # noqa: S105  (the demo log-ins' published password)
TOO_MANY_TRIES = "Too many wrong codes in a row. Wait a minute, then enter the newest code."


class SignInView(LoginView):
    template_name = "accounts/sign_in.html"
    redirect_authenticated_user = True

    def get_context_data(self, **kwargs: object) -> dict[str, object]:
        context = super().get_context_data(**kwargs)
        context["demo_people"] = (
            Person.objects.filter(is_demo=True, user__isnull=False)
            .select_related("user")
            .order_by("user__username")
        )
        context["demo_password"] = DEMO_PASSWORD
        return context


@login_required
def two_factor_setup(request: HttpRequest) -> HttpResponse:
    """Show a QR code for an authenticator app, and confirm it with one code."""
    device = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
    if device is None:
        device = TOTPDevice.objects.create(
            user=request.user, name="Authenticator app", confirmed=False
        )
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        allowed, _ = device.verify_is_allowed()
        if not allowed:
            form.add_error("token", TOO_MANY_TRIES)
        elif device.verify_token(form.cleaned_data["token"]):
            with transaction.atomic():
                device.confirmed = True
                device.save()
                TOTPDevice.objects.filter(user=request.user).exclude(pk=device.pk).delete()
                record(
                    request.user,
                    "user.second_factor_on",
                    request.user,
                    summary=f"Second factor turned on: {request.user.get_username()}",
                    object_type="auth.user",
                )
            otp_login(request, device)
            messages.success(
                request,
                "Your second factor is on. You will be asked for a code each time you sign in.",
            )
            return redirect("home")
        else:
            form.add_error(
                "token",
                "That code is not right. Check the time on your phone and enter the newest code.",
            )
    secret = base64.b32encode(device.bin_key).decode().rstrip("=")
    qr_svg = segno.make(device.config_url, error="m").svg_inline(scale=4, title="QR code")
    return render(
        request,
        "accounts/two_factor_setup.html",
        {
            "form": form,
            "secret": " ".join(secret[i : i + 4] for i in range(0, len(secret), 4)),
            "qr_svg": qr_svg,
            "required": must_use_second_factor(request.user),
        },
    )


@login_required
def two_factor_verify(request: HttpRequest) -> HttpResponse:
    """The second step of signing in."""
    form = TokenForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = match_token(request.user, form.cleaned_data["token"])
        if device is not None:
            otp_login(request, device)
            target = request.GET.get("next", "")
            if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
                target = "/"
            return redirect(target or "/")
        form.add_error("token", "That code is not right. Enter the newest code from the app.")
    return render(request, "accounts/two_factor_verify.html", {"form": form})
