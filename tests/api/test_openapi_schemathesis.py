"""The API against its own OpenAPI document, with schemathesis: every documented operation,
with generated valid and invalid inputs, must answer as the document says (status codes,
content types, response bodies). Examples are bounded so this runs in seconds."""

from __future__ import annotations

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, settings

from civicpost.api.services import create_token


@pytest.fixture(autouse=True)
def keep_the_test_connection():  # type: ignore[no-untyped-def]
    """Requests made through the WSGI app would close the test's database connection at the
    end of each request (Django's test client switches this off the same way)."""
    from django.core.signals import request_finished, request_started
    from django.db import close_old_connections

    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


@pytest.fixture
def api_token(clerk) -> str:  # type: ignore[no-untyped-def]
    return create_token(clerk.user, "schemathesis")[1]


# Loaded over WSGI from the app itself, as a client would (serving it needs no database).
# (schemathesis.pytest.from_fixture would be the lazy way, but it breaks on pytest 9.)
schema = schemathesis.openapi.from_wsgi("/api/openapi.json", get_wsgi_application())

pytestmark = pytest.mark.django_db


@schema.parametrize()
@settings(
    max_examples=15,
    deadline=None,
    derandomize=True,
    suppress_health_check=list(HealthCheck),
)
def test_the_api_keeps_to_its_openapi_document(case, api_token) -> None:  # type: ignore[no-untyped-def]
    case.call_and_validate(headers={"Authorization": f"Bearer {api_token}"})


def test_the_document_is_served_and_names_problem_details(client) -> None:
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    document = response.json()
    check = document["paths"]["/api/check"]["post"]["responses"]
    assert set(check) >= {"200", "400", "401", "403", "422", "429"}
    assert "application/problem+json" in check["401"]["content"]
