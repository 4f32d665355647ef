"""The API against its own OpenAPI document, with schemathesis: every documented operation,
with generated valid and invalid inputs, must answer as the document says (status codes,
content types, response bodies). Examples are bounded so this runs in seconds.

The Clerk's token is used, so every operation is allowed to do something. In generated *valid*
requests the id in a path is replaced by a real post's (a waiting one for /api/submissions, a
published one for /api/archive), so the detail and action endpoints answer with real data and
change it: approve, reject, withdraw and revise run one after another on the same post, and a
later one may meet a post already approved or withdrawn, which is a documented 409."""

from __future__ import annotations

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

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


@pytest.fixture
def real_ids(submission, published, settings):  # type: ignore[no-untyped-def]
    """Real ids for generated valid requests; no rate limit (hundreds of calls a minute)."""
    from django.core.cache import cache

    cache.clear()
    settings.CIVICPOST_API_RATE = 10**9
    return {
        "submission_id": submission.pk,
        "post_id": published.pk,
        "accounts": [submission.accounts.get().pk],
    }


# Schema-valid content can still be refused by the workflow's rules with a documented 422 (an
# unknown account, text that is only spaces, a time to publish in the past): the rules are in
# the services, not in the schema, so "valid data is accepted" cannot hold for these writes.
RULED_WRITES = ("/api/submissions",)


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
def test_the_api_keeps_to_its_openapi_document(case, api_token, real_ids) -> None:  # type: ignore[no-untyped-def]
    if case.meta is not None and case.meta.generation.mode.is_positive:
        for name in set(case.path_parameters or {}) & set(real_ids):
            case.path_parameters[name] = real_ids[name]
        if isinstance(case.body, dict) and "accounts" in case.body:
            case.body["accounts"] = real_ids["accounts"]
    excluded = []
    if case.method == "POST" and case.path.startswith(RULED_WRITES):
        excluded.append(positive_data_acceptance)
    case.call_and_validate(
        headers={"Authorization": f"Bearer {api_token}"}, excluded_checks=excluded
    )


def test_the_document_is_served_and_names_problem_details(client) -> None:
    response = client.get("/api/openapi.json")
    assert response.status_code == 200
    document = response.json()
    check = document["paths"]["/api/check"]["post"]["responses"]
    assert set(check) >= {"200", "400", "401", "403", "422", "429"}
    assert "application/problem+json" in check["401"]["content"]
