"""POST /api/check: the council's registers and the Clerk's severity settings; permissions as in
the web app; problem details for every error."""

from __future__ import annotations

import json

import pytest

from civicpost.checks.services import set_severity
from civicpost.people.models import Person
from tests.api.conftest import bearer

pytestmark = pytest.mark.django_db

PROBLEM = "application/problem+json"


def post_check(client, token: str, body) -> object:  # type: ignore[no-untyped-def]
    data = body if isinstance(body, str) else json.dumps(body)
    return client.post("/api/check", data, content_type="application/json", **bearer(token))


def test_a_personal_post_with_the_councillor_title_is_flagged(client, councillor_token) -> None:
    response = post_check(
        client,
        councillor_token,
        {
            "id": "x-1",
            "text": "Lovely walk today.",
            "account": {"kind": "personal", "platform": "facebook", "display_name": "Cllr Ben"},
            "expect": ["6.1"],
        },
    )
    assert response.status_code == 200, response.content
    report = response.json()
    assert report["id"] == "x-1"
    assert "6.1" in {f["clause"] for f in report["findings"]}
    assert report["verdict"] in {"caution", "breach"}


def test_a_plain_post_is_clear(client, councillor_token) -> None:
    response = post_check(client, councillor_token, {"text": "The library opens at nine."})
    assert response.status_code == 200
    assert response.json()["verdict"] == "clear"


def test_the_clerks_severity_settings_apply(client, clerk, councillor_token) -> None:
    body = {"text": "Walk.", "account": {"kind": "personal", "display_name": "Cllr Ben"}}
    before = post_check(client, councillor_token, body).json()
    rule = next(f["rule"] for f in before["findings"] if f["clause"] == "6.1")
    set_severity(clerk.user, rule, "personal", "advice")
    after = post_check(client, councillor_token, body).json()
    assert {f["severity"] for f in after["findings"] if f["rule"] == rule} == {"advice"}


def test_a_colleague_named_in_the_registers_is_found(client, make_person, councillor_token) -> None:
    make_person("Dorothea Quill", "employee")
    response = post_check(client, councillor_token, {"text": "Dorothea Quill is useless at this."})
    assert "6.6" in {f["clause"] for f in response.json()["findings"]}


def test_no_token_is_a_401_problem(client) -> None:
    response = client.post("/api/check", "{}", content_type="application/json")
    assert response.status_code == 401
    assert response["Content-Type"] == PROBLEM
    assert response["WWW-Authenticate"] == "Bearer"
    body = response.json()
    assert body["status"] == 401 and body["title"] == "Unauthorized" and body["detail"]


def test_a_wrong_token_is_a_401(client) -> None:
    response = post_check(client, "cp_deadbeef_notatoken", {"text": "hi"})
    assert response.status_code == 401


def test_malformed_json_is_a_400_problem(client, councillor_token) -> None:
    response = post_check(client, councillor_token, '{"text": ')
    assert response.status_code == 400 and response["Content-Type"] == PROBLEM
    assert response.json()["title"] == "Bad Request"


def test_a_missing_text_is_a_422_problem_naming_the_field(client, councillor_token) -> None:
    response = post_check(client, councillor_token, {"account": {"kind": "sideways"}})
    assert response.status_code == 422 and response["Content-Type"] == PROBLEM
    locations = {tuple(e["loc"]) for e in response.json()["errors"]}
    assert ("body", "payload", "text") in locations


def test_a_user_without_a_person_is_refused(client, django_user_model) -> None:
    from civicpost.api.services import create_token

    user = django_user_model.objects.create_user("loner", "l@example.org", "x" * 12)
    _, raw = create_token(user, "t")
    response = post_check(client, raw, {"text": "hello"})
    assert response.status_code == 403 and response["Content-Type"] == PROBLEM


def test_a_councillor_cannot_check_as_someone_else(client, clerk, councillor_token) -> None:
    response = post_check(client, councillor_token, {"text": "hi", "author": f"p-{clerk.pk}"})
    assert response.status_code == 403
    assert "Only the Clerk" in response.json()["detail"]


def test_the_clerk_can_check_as_a_councillor(client, clerk_token, councillor) -> None:
    response = post_check(client, clerk_token, {"text": "hi", "author": f"p-{councillor.pk}"})
    assert response.status_code == 200


def test_too_many_requests_is_a_429_problem(client, settings, councillor_token) -> None:
    from django.core.cache import cache

    cache.clear()
    settings.CIVICPOST_API_RATE = 2
    statuses = [client.get("/api/elections", **bearer(councillor_token)).status_code for _ in "abc"]
    assert statuses == [200, 200, 429]
    last = client.get("/api/elections", **bearer(councillor_token))
    assert last["Content-Type"] == PROBLEM and int(last["Retry-After"]) > 0
    cache.clear()


def test_a_person_record_is_needed_in_the_registers(councillor) -> None:
    assert Person.objects.filter(user=councillor.user).exists()
