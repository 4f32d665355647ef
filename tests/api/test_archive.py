"""/api/archive: published official posts with everything kept about them, searched and filtered
as on the archive page (``posts.archive.published``)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from civicpost.posts import services as posts
from tests.api.conftest import CLEAR

pytestmark = pytest.mark.django_db


def test_a_published_post_is_in_the_archive_with_its_history(
    client, published, employee, approver, clerk, token_for
) -> None:
    response = client.get("/api/archive", **token_for(employee))  # anyone signed in may read it
    assert response.status_code == 200, response.content
    page = response.json()
    assert page["count"] == 1
    [item] = page["items"]
    assert item["id"] == published.pk
    assert item["text"].startswith("Litter pick") and item["links"] == [
        "https://treeton.example/litter"
    ]
    assert item["author"]["name"] == "Hal Author"
    assert [a["handle"] for a in item["accounts"]] == ["ParishPage"]
    assert item["verdict"] == "caution" and item["report"]["verdict"] == "caution"
    assert [a["by"]["name"] for a in item["approvals"]] == ["Ivy Approver"]
    assert item["advice"][0]["by"]["name"] == clerk.full_name
    [publication] = item["publications"]
    assert publication["url"] == "https://facebook.example/parish/1"
    assert publication["state"] == "published" and publication["by_hand"] is True
    assert item["first_published_at"] == publication["published_at"] is not None
    one = client.get(f"/api/archive/{published.pk}", **token_for(employee))
    assert one.status_code == 200 and one.json() == item


def test_posts_not_yet_published_are_not_in_the_archive(
    client, published, submission, employee, token_for
) -> None:
    auth = token_for(employee)
    assert [i["id"] for i in client.get("/api/archive", **auth).json()["items"]] == [published.pk]
    missing = client.get(f"/api/archive/{submission.pk}", **auth)
    assert missing.status_code == 404
    assert missing["Content-Type"] == "application/problem+json"


def test_search_dates_and_account_filter_the_archive(
    client, published, official_account, mastodon_account, employee, token_for
) -> None:
    auth = token_for(employee)
    today = timezone.localdate()

    def ids(query: str) -> list[int]:
        response = client.get(f"/api/archive?{query}", **auth)
        assert response.status_code == 200, response.content
        return [i["id"] for i in response.json()["items"]]

    assert ids("q=litter") == [published.pk]
    assert ids("q=bonfire") == []
    assert ids(f"from={today}&to={today}") == [published.pk]
    assert ids(f"from={today + dt.timedelta(days=1)}") == []
    assert ids(f"to={today - dt.timedelta(days=1)}") == []
    assert ids(f"account={official_account.pk}") == [published.pk]
    assert ids(f"account={mastodon_account.pk}") == []
    assert ids("limit=1&offset=1") == []


def test_paging_counts_every_published_post(
    client, published, author, approver, clerk, official_account, employee, token_for
) -> None:
    second = posts.create_submission(author.user, accounts=[official_account], text=CLEAR)
    approval = posts.approve(approver.user, second)
    posts.publish(second.pk, approval.pk)
    posts.record_by_hand(clerk.user, second.publications.get(), "https://facebook.example/2")
    page = client.get("/api/archive?limit=1", **token_for(employee)).json()
    assert page["count"] == 2 and [i["id"] for i in page["items"]] == [second.pk]


def test_a_malformed_date_is_a_422_problem(client, employee, token_for) -> None:
    for bad in ("26/11/2026", "1700000000", "2026-13-01"):
        response = client.get(f"/api/archive?from={bad}", **token_for(employee))
        assert response.status_code == 422, bad
        assert response["Content-Type"] == "application/problem+json"


def test_the_archive_needs_a_token(client, published) -> None:
    assert client.get("/api/archive").status_code == 401
