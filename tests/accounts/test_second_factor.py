"""Signing in: the second factor (TOTP), demo exemptions, and the failed sign-in limit."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from civicpost.audit.models import AuditEvent

from ..conftest import PASSWORD

pytestmark = pytest.mark.django_db


def _sign_in(client, username: str, password: str = PASSWORD):  # type: ignore[no-untyped-def]
    return client.post(reverse("login"), {"username": username, "password": password})


def test_a_real_clerk_must_set_up_a_second_factor(client, make_person) -> None:
    make_person("Real Clerk", "clerk", username="realclerk")
    assert _sign_in(client, "realclerk").status_code == 302
    response = client.get(reverse("person-list"))
    assert response.status_code == 302 and response.url == reverse("two-factor-setup")


def test_the_chair_must_too_but_a_councillor_need_not(client, make_person) -> None:
    make_person("Chair Person", "councillor", "chair", username="chairp")
    make_person("Plain Councillor", "councillor", username="plainc")
    _sign_in(client, "chairp")
    assert client.get(reverse("home")).url == reverse("two-factor-setup")
    client.logout()
    _sign_in(client, "plainc")
    assert client.get(reverse("home")).status_code == 200


def test_demo_log_ins_are_exempt(client, clerk) -> None:
    _sign_in(client, "clerk")
    assert client.get(reverse("person-list")).status_code == 200


def test_setting_up_and_then_signing_in_with_a_code(client, make_person) -> None:
    make_person("Real Clerk", "clerk", username="realclerk")
    _sign_in(client, "realclerk")
    assert "QR code" in client.get(reverse("two-factor-setup")).content.decode()
    device = TOTPDevice.objects.get(user__username="realclerk")
    wrong = client.post(reverse("two-factor-setup"), {"token": "000000"})
    assert "That code is not right" in wrong.content.decode()
    too_soon = client.post(reverse("two-factor-setup"), {"token": f"{totp(device.bin_key):06d}"})
    assert "Too many wrong codes" in too_soon.content.decode()
    device.refresh_from_db()
    device.throttle_reset()  # as if the minute had passed
    response = client.post(reverse("two-factor-setup"), {"token": f"{totp(device.bin_key):06d}"})
    assert response.status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert AuditEvent.objects.filter(action="user.second_factor_on").exists()
    assert client.get(reverse("person-list")).status_code == 200

    client.logout()
    _sign_in(client, "realclerk")
    asked = client.get(reverse("person-list"))
    assert asked.url.startswith(reverse("two-factor-verify"))
    device.refresh_from_db()
    device.last_t = -1  # allow the same time step again in this fast test
    device.save()
    done = client.post(asked.url, {"token": f"{totp(device.bin_key):06d}"})
    assert done.status_code == 302 and done.url == reverse("person-list")
    assert client.get(reverse("person-list")).status_code == 200


def test_a_badly_typed_code_gets_a_clear_error(client, make_person) -> None:
    make_person("Real Clerk", "clerk", username="realclerk")
    _sign_in(client, "realclerk")
    response = client.post(reverse("two-factor-setup"), {"token": "12ab"})
    assert "Enter the 6 digits the app shows" in response.content.decode()


def test_failed_sign_ins_are_limited(client, councillor, settings) -> None:
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = _sign_in(client, "ben", "wrong-password")
        assert response.status_code == 200
        assert "Please enter a correct username and password" in response.content.decode()
    assert _sign_in(client, "ben", "wrong-password").status_code == 429
    # Locked now: even the right password is refused until the cool-off ends.
    locked = _sign_in(client, "ben", PASSWORD)
    assert locked.status_code == 429
    assert "Too many wrong passwords" in locked.content.decode()


def test_the_sign_in_page_lists_demo_log_ins_only_when_loaded(client, councillor, clerk) -> None:
    page = client.get(reverse("login")).content.decode()
    assert "Demo accounts" in page and "<code>clerk</code>" in page
    assert "<code>ben</code>" not in page


def test_password_reset_sends_an_email(client, councillor, mailoutbox) -> None:
    response = client.post(reverse("password_reset"), {"email": "ben@example.org"})
    assert response.status_code == 302
    assert len(mailoutbox) == 1 and "/password-reset/" in mailoutbox[0].body
