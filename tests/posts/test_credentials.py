"""Connector secrets: encrypted at rest, never shown again, never logged."""

from __future__ import annotations

import logging

import pytest
from django.urls import reverse

from civicpost.audit.models import AuditEvent
from civicpost.posts import crypto
from civicpost.posts.models import Connection

pytestmark = pytest.mark.django_db
SECRET = "tok-very-secret-123"


def test_round_trip_and_no_plain_text(settings) -> None:
    token = crypto.encrypt(SECRET)
    assert SECRET not in token
    assert crypto.decrypt(token) == SECRET
    settings.SECRET_KEY = "another-key-entirely-" * 3
    with pytest.raises(ValueError, match="enter it again"):
        crypto.decrypt(token)


def test_the_clerk_enters_a_token_that_is_stored_encrypted_and_never_shown(
    clerk_client, official_account, caplog
) -> None:
    caplog.set_level(logging.DEBUG)
    url = reverse("post-connection", args=[official_account.pk])
    response = clerk_client.post(url, {"kind": "facebook", "endpoint": "1234", "token": SECRET})
    assert response.status_code == 302
    connection = Connection.objects.get()
    assert SECRET not in connection.secret and crypto.decrypt(connection.secret) == SECRET
    assert SECRET not in repr(connection)
    page = clerk_client.get(url).content.decode()
    assert SECRET not in page and "never shown again" in page
    assert SECRET not in clerk_client.get(reverse("post-connections")).content.decode()
    assert not any(SECRET in str(e.changes) + e.summary for e in AuditEvent.objects.all())
    assert SECRET not in caplog.text


def test_a_token_is_required_for_a_network_connection(clerk_client, official_account) -> None:
    url = reverse("post-connection", args=[official_account.pk])
    response = clerk_client.post(url, {"kind": "x", "endpoint": ""})
    assert "Enter the access token" in response.content.decode()
    assert not Connection.objects.exists()


def test_only_the_clerk_manages_connections(client, councillor, official_account) -> None:
    client.force_login(councillor.user)
    response = client.get(reverse("post-connection", args=[official_account.pk]))
    assert response.status_code == 403
