"""API tokens: made and revoked by their owner on a page, shown once, stored only as a hash."""

from __future__ import annotations

import hashlib

import pytest
from django.urls import reverse

from civicpost.api.models import ApiToken
from civicpost.audit.models import AuditEvent
from tests.api.conftest import bearer

pytestmark = pytest.mark.django_db


def test_a_token_is_shown_once_and_stored_only_as_a_hash(client, councillor) -> None:
    client.force_login(councillor.user)
    response = client.post(reverse("api-token-list"), {"name": "Newsletter script"})
    assert response.status_code == 200
    html = response.content.decode()
    token = ApiToken.objects.get(user=councillor.user)
    raw = html.split('id="new-token">')[1].split("<")[0]
    assert raw.startswith("cp_") and len(raw) > 40
    assert token.key_hash == hashlib.sha256(raw.encode()).hexdigest()
    assert raw not in str(list(ApiToken.objects.values()))
    assert "no-store" in response["Cache-Control"]
    again = client.get(reverse("api-token-list")).content.decode()
    assert raw not in again and "Newsletter script" in again
    assert AuditEvent.objects.filter(action="api_token.created").count() == 1


def test_a_token_needs_a_name(client, councillor) -> None:
    client.force_login(councillor.user)
    response = client.post(reverse("api-token-list"), {"name": ""})
    assert "There is a problem" in response.content.decode()
    assert not ApiToken.objects.exists()


def test_a_revoked_token_no_longer_works(client, councillor, councillor_token) -> None:
    assert client.get("/api/elections", **bearer(councillor_token)).status_code == 200
    client.force_login(councillor.user)
    token = ApiToken.objects.get()
    response = client.post(reverse("api-token-revoke", args=[token.pk]))
    assert response.status_code == 302
    client.logout()
    refused = client.get("/api/elections", **bearer(councillor_token))
    assert refused.status_code == 401
    assert AuditEvent.objects.filter(action="api_token.revoked").count() == 1
    assert ApiToken.objects.filter(pk=token.pk).exists()  # revoked, never deleted


def test_nobody_can_revoke_someone_elses_token(client, clerk, councillor_token) -> None:
    client.force_login(clerk.user)
    token = ApiToken.objects.get()
    assert client.post(reverse("api-token-revoke", args=[token.pk])).status_code == 404
    assert ApiToken.objects.get().revoked_at is None


def test_the_page_needs_a_sign_in(client) -> None:
    response = client.get(reverse("api-token-list"))
    assert response.status_code == 302 and "sign-in" in response.url


def test_a_deactivated_user_s_token_stops_working(client, councillor, councillor_token) -> None:
    councillor.user.is_active = False
    councillor.user.save()
    assert client.get("/api/elections", **bearer(councillor_token)).status_code == 401
