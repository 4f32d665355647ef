"""GET /api/elections and /api/periods: what anyone signed in may read in the web app."""

from __future__ import annotations

import datetime as dt

import pytest

from civicpost.elections.models import Election
from tests.api.conftest import bearer

pytestmark = pytest.mark.django_db


@pytest.fixture
def election(db) -> Election:  # type: ignore[no-untyped-def]
    from civicpost.elections import periods

    poll = periods.now().date() + dt.timedelta(days=20)
    return Election.objects.create(kind="ordinary", poll_date=poll)


def test_elections_are_listed(client, councillor_token, election) -> None:
    response = client.get("/api/elections", **bearer(councillor_token))
    assert response.status_code == 200
    [item] = response.json()
    assert item["id"] == election.pk and item["poll_date"] == election.poll_date.isoformat()


def test_one_election_and_a_missing_one(client, councillor_token, election) -> None:
    ok = client.get(f"/api/elections/{election.pk}", **bearer(councillor_token))
    assert ok.status_code == 200 and ok.json()["kind"] == "ordinary"
    missing = client.get(f"/api/elections/{election.pk + 1000}", **bearer(councillor_token))
    assert missing.status_code == 404
    assert missing["Content-Type"] == "application/problem+json"


def test_a_running_period_is_reported(client, councillor_token, election) -> None:
    response = client.get("/api/periods", **bearer(councillor_token))
    [period] = response.json()
    assert period["election_id"] == election.pk
    assert period["running"] is True  # 20 days before the poll is inside the 25 working days


def test_no_period_when_there_is_no_election(client, councillor_token) -> None:
    assert client.get("/api/periods", **bearer(councillor_token)).json() == []
