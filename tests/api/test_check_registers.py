"""/api/check reads the registers as they are at that moment, though the Context is cached: a
consent given or withdrawn is seen by the very next check."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.utils import timezone

from civicpost.registers.models import Consent
from tests.api.conftest import bearer

pytestmark = pytest.mark.django_db


def _rules(client, token: str, consent: str) -> set[str]:  # type: ignore[no-untyped-def]
    body = {
        "text": "Great night at the lantern parade!",
        "account": {"kind": "personal", "display_name": "Ben Council"},
        "attachments": [
            {
                "kind": "image",
                "description": "children at the lantern parade",
                "minors": True,
                "consents": [consent],
            }
        ],
    }
    response = client.post(
        "/api/check", json.dumps(body), content_type="application/json", **bearer(token)
    )
    assert response.status_code == 200, response.content
    return {f["rule"] for f in response.json()["findings"]}


def test_a_consent_change_is_seen_by_the_next_check(client, councillor_token) -> None:
    consent = Consent.objects.create(
        kind="photo",
        subject="Lantern parade children",
        is_minor=True,
        guardian="Parents",
        scope="Lantern parade",
        channel="both",
        given_on=timezone.localdate() - dt.timedelta(days=5),
    )
    ref = f"c-{consent.pk}"
    assert "minor-without-consent" not in _rules(client, councillor_token, ref)
    assert "minor-without-consent" not in _rules(client, councillor_token, ref)  # cached now
    consent.withdrawn_on = timezone.localdate()
    consent.save()
    assert "minor-without-consent" in _rules(client, councillor_token, ref)
    consent.withdrawn_on = None
    consent.save()
    assert "minor-without-consent" not in _rules(client, councillor_token, ref)
