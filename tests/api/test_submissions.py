"""/api/submissions: the official-post workflow (clause 4.1) through the API, with the web app's
rules and problem details for every refusal (403 who, 409 state, 422 content, 404 unknown)."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from django.utils import timezone

from civicpost.api.models import IdempotencyKey
from civicpost.audit.models import AuditEvent
from civicpost.posts import services as posts
from civicpost.posts.models import Approval, Submission
from tests.api.conftest import CLEAR

pytestmark = pytest.mark.django_db

PROBLEM = "application/problem+json"


def post(client, url: str, body: dict | None, auth: dict, **headers: str):  # type: ignore[no-untyped-def]
    return client.post(
        url, json.dumps(body or {}), content_type="application/json", **auth, **headers
    )


def assert_problem(response, status: int, words: str = "") -> dict:  # type: ignore[no-untyped-def]
    assert response.status_code == status, response.content
    assert response["Content-Type"] == PROBLEM
    body = response.json()
    assert body["status"] == status and body["title"] and body["detail"]
    assert words in body["detail"], body["detail"]
    return body


def test_a_councillor_drafts_a_post_which_is_checked_and_waits(
    client, author, official_account, token_for
) -> None:
    response = post(
        client,
        "/api/submissions",
        {"text": CLEAR, "accounts": [official_account.pk], "links": [], "paid": False},
        token_for(author),
    )
    assert response.status_code == 201, response.content
    body = response.json()
    assert response["Location"] == f"/api/submissions/{body['id']}"
    assert body["state"] == "submitted" and body["author"]["name"] == "Hal Author"
    assert [a["id"] for a in body["accounts"]] == [official_account.pk]
    [revision] = body["revisions"]
    assert revision["number"] == 1 and revision["text"] == CLEAR
    assert body["report"]["verdict"] == revision["verdict"] == "clear"
    assert body["can_approve"] is False and "own post" in " ".join(body["approval_problems"])
    assert AuditEvent.objects.filter(action="post.submitted", object_id=str(body["id"])).exists()


def test_accounts_may_be_named_by_handle(client, author, mastodon_account, token_for) -> None:
    auth = token_for(author)
    ok = post(client, "/api/submissions", {"text": CLEAR, "accounts": ["parish"]}, auth)
    assert ok.status_code == 201 and ok.json()["accounts"][0]["handle"] == "@parish"
    unknown = post(client, "/api/submissions", {"text": CLEAR, "accounts": ["@nobody"]}, auth)
    assert_problem(unknown, 422, "no official account")


def test_content_is_cleaned_by_the_web_forms_rules(
    client, author, official_account, token_for
) -> None:
    auth = token_for(author)
    base = {"text": CLEAR, "accounts": [official_account.pk]}
    blank = assert_problem(post(client, "/api/submissions", base | {"text": "   "}, auth), 422)
    assert ["body", "payload", "text"] in [e["loc"] for e in blank["errors"]]
    link = post(client, "/api/submissions", base | {"links": ["ftp://x.example"]}, auth)
    assert_problem(link, 422, "https://")
    past = (timezone.now() - dt.timedelta(days=1)).isoformat()
    assert_problem(
        post(client, "/api/submissions", base | {"publish_at": past}, auth), 422, "future"
    )
    hidden = post(client, "/api/submissions", base | {"text": "Hello\u202eworld"}, auth)
    assert_problem(hidden, 422, "hidden or control character")
    assert not Submission.objects.exists()


def test_someone_without_a_drafting_role_is_refused_with_403(
    client, make_person, official_account, token_for
) -> None:
    outsider = make_person("Olly Outsider", username="olly")
    response = post(
        client,
        "/api/submissions",
        {"text": CLEAR, "accounts": [official_account.pk]},
        token_for(outsider),
    )
    assert_problem(response, 403, "Only councillors")


def test_the_author_cannot_approve_their_own_post(client, author, submission, token_for) -> None:
    response = post(client, f"/api/submissions/{submission.pk}/approve", None, token_for(author))
    body = assert_problem(response, 403, "You cannot approve your own post")
    assert {"loc": [], "msg": "You cannot approve your own post."} in body["errors"]
    assert not Approval.objects.exists()


def test_a_councillor_without_authority_cannot_approve(
    client, councillor, submission, token_for
) -> None:
    response = post(
        client, f"/api/submissions/{submission.pk}/approve", None, token_for(councillor)
    )
    assert_problem(response, 403, "not agreed to post")


def test_a_second_approval_is_a_409_and_one_approval_stands(
    client, submission, approver, second_approver, token_for
) -> None:
    first = post(client, f"/api/submissions/{submission.pk}/approve", None, token_for(approver))
    assert first.status_code == 200, first.content
    assert first.json()["state"] == "approved"
    again = post(
        client, f"/api/submissions/{submission.pk}/approve", None, token_for(second_approver)
    )
    assert_problem(again, 409, "not waiting for approval")
    assert Approval.objects.filter(submission=submission, voided_at__isnull=True).count() == 1


def test_a_change_voids_the_approval(client, author, submission, approver, token_for) -> None:
    post(client, f"/api/submissions/{submission.pk}/approve", None, token_for(approver))
    response = post(
        client,
        f"/api/submissions/{submission.pk}/revisions",
        {"text": CLEAR + " From 8am.", "links": ["https://treeton.example/roads"]},
        token_for(author),
    )
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["state"] == "submitted"
    assert [r["number"] for r in body["revisions"]] == [1, 2]
    [approval] = body["approvals"]
    assert approval["voided_at"] is not None and "Revision 2" in approval["void_reason"]
    assert body["revisions"][1]["links"] == ["https://treeton.example/roads"]


def test_only_the_author_or_the_clerk_may_change_it(
    client, submission, approver, token_for
) -> None:
    response = post(
        client,
        f"/api/submissions/{submission.pk}/revisions",
        {"text": "Mine now"},
        token_for(approver),
    )
    assert_problem(response, 403, "Only the author or the Clerk")


def test_a_caution_needs_the_clerks_advice_first(
    client, author, approver, clerk, official_account, token_for
) -> None:
    auth = token_for(author)
    made = post(
        client,
        "/api/submissions",
        {"text": CLEAR, "accounts": [official_account.pk], "links": ["https://unchecked.example/"]},
        auth,
    ).json()
    assert made["report"]["verdict"] == "caution"
    url = f"/api/submissions/{made['id']}"
    assert_problem(post(client, url + "/approve", None, token_for(approver)), 409, "advice")
    assert_problem(post(client, url + "/advice", {"text": "Fine."}, token_for(approver)), 403)
    assert_problem(post(client, url + "/advice", {"text": " "}, token_for(clerk)), 422)
    advised = post(client, url + "/advice", {"text": "Check the link."}, token_for(clerk))
    assert advised.status_code == 200 and advised.json()["advice"][0]["text"] == "Check the link."
    assert post(client, url + "/approve", None, token_for(approver)).status_code == 200


def test_an_override_is_only_for_a_breach(client, submission, clerk, token_for) -> None:
    url = f"/api/submissions/{submission.pk}/override"
    assert_problem(post(client, url, {"reason": "Needed."}, token_for(clerk)), 409, "breach")


def test_rejecting_and_withdrawing_keep_the_history(
    client, author, approver, official_account, token_for
) -> None:
    first = posts.create_submission(author.user, accounts=[official_account], text=CLEAR)
    second = posts.create_submission(author.user, accounts=[official_account], text=CLEAR)
    own = post(client, f"/api/submissions/{first.pk}/reject", {"reason": "No."}, token_for(author))
    assert_problem(own, 403, "withdraw it instead")
    rejected = post(
        client,
        f"/api/submissions/{first.pk}/reject",
        {"reason": "Say which car park."},
        token_for(approver),
    )
    assert rejected.status_code == 200 and rejected.json()["state"] == "rejected"
    assert rejected.json()["decisions"][0]["reason"] == "Say which car park."
    withdrawn = post(
        client, f"/api/submissions/{second.pk}/withdraw", {"reason": "Too late."}, token_for(author)
    )
    assert withdrawn.json()["state"] == "withdrawn"
    again = post(
        client, f"/api/submissions/{second.pk}/withdraw", {"reason": "Again."}, token_for(author)
    )
    assert_problem(again, 409, "already withdrawn")
    assert_problem(
        post(client, f"/api/submissions/{second.pk}/approve", None, token_for(approver)), 409
    )


def test_the_same_idempotency_key_makes_one_post(
    client, author, official_account, token_for
) -> None:
    auth = token_for(author)
    body = {"text": CLEAR, "accounts": [official_account.pk]}
    key = {"HTTP_IDEMPOTENCY_KEY": "5f1c7a2e-0d1b-4a4e-9a57-1d2b3c4d5e6f"}
    first = post(client, "/api/submissions", body, auth, **key)
    # The same request again, with its keys in another order: the same answer, no new post.
    second = client.post(
        "/api/submissions",
        json.dumps({"accounts": [official_account.pk], "text": CLEAR}),
        content_type="application/json",
        **auth,
        **key,
    )
    assert first.status_code == second.status_code == 201
    assert second.json() == first.json() and second["Idempotent-Replayed"] == "true"
    assert Submission.objects.count() == 1 and IdempotencyKey.objects.count() == 1
    changed = post(client, "/api/submissions", body | {"paid": True}, auth, **key)
    assert_problem(changed, 422, "different request")
    assert post(client, "/api/submissions", body, auth).status_code == 201  # no key: a new post
    assert Submission.objects.count() == 2


def test_idempotency_keys_belong_to_their_user(
    client, author, councillor, official_account, token_for
) -> None:
    body = {"text": CLEAR, "accounts": [official_account.pk]}
    key = {"HTTP_IDEMPOTENCY_KEY": "same-key"}
    assert post(client, "/api/submissions", body, token_for(author), **key).status_code == 201
    assert post(client, "/api/submissions", body, token_for(councillor), **key).status_code == 201
    assert set(Submission.objects.values_list("author__full_name", flat=True)) == {
        "Hal Author",
        "Ben Council",
    }


def test_a_refused_request_does_not_use_up_its_key(
    client, author, official_account, token_for
) -> None:
    auth = token_for(author)
    key = {"HTTP_IDEMPOTENCY_KEY": "retry-me"}
    bad = post(
        client, "/api/submissions", {"text": " ", "accounts": [official_account.pk]}, auth, **key
    )
    assert bad.status_code == 422
    good = post(
        client, "/api/submissions", {"text": CLEAR, "accounts": [official_account.pk]}, auth, **key
    )
    assert good.status_code == 201


def test_the_list_filters_and_pages(
    client, author, clerk, official_account, mastodon_account, token_for
) -> None:
    for n in range(3):
        posts.create_submission(author.user, accounts=[official_account], text=f"{CLEAR} {n}")
    on_mastodon = posts.create_submission(author.user, accounts=[mastodon_account], text=CLEAR)
    posts.withdraw(author.user, on_mastodon, "Not needed.")
    auth = token_for(clerk)
    page = client.get("/api/submissions?limit=2&offset=1", **auth).json()
    assert page["count"] == 4 and page["limit"] == 2 and len(page["items"]) == 2
    everything = client.get("/api/submissions", **auth).json()["items"]
    assert [i["id"] for i in everything] == sorted((i["id"] for i in everything), reverse=True)
    assert [i["id"] for i in everything][1:3] == [i["id"] for i in page["items"]]
    withdrawn = client.get("/api/submissions?state=withdrawn", **auth).json()
    assert [i["id"] for i in withdrawn["items"]] == [on_mastodon.pk]
    by_account = client.get(f"/api/submissions?account={mastodon_account.pk}", **auth).json()
    assert by_account["count"] == 1
    assert client.get("/api/submissions?state=lost", **auth).status_code == 422


def test_someone_elses_unsent_draft_is_not_shown(
    client, author, employee, clerk, official_account, token_for
) -> None:
    """As on the web pages (``posts.services.may_see``): a draft is its author's own."""
    draft = posts.create_submission(
        author.user, accounts=[official_account], text=CLEAR, send=False
    )
    sent = posts.create_submission(author.user, accounts=[official_account], text=CLEAR)
    for person, sees_draft in ((employee, False), (author, True), (clerk, True)):
        auth = token_for(person)
        listed = {i["id"] for i in client.get("/api/submissions", **auth).json()["items"]}
        assert listed == ({draft.pk, sent.pk} if sees_draft else {sent.pk})
        detail = client.get(f"/api/submissions/{draft.pk}", **auth)
        assert detail.status_code == (200 if sees_draft else 404)
        assert posts.may_see(person.user, draft) is sees_draft  # the web's own rule agrees
    refused = post(
        client, f"/api/submissions/{draft.pk}/withdraw", {"reason": "x"}, token_for(employee)
    )
    assert_problem(refused, 404)


def test_an_unknown_post_is_a_404_problem(client, clerk, token_for) -> None:
    assert_problem(client.get("/api/submissions/999999", **token_for(clerk)), 404)
    assert_problem(post(client, "/api/submissions/999999/approve", None, token_for(clerk)), 404)


def test_no_token_is_a_401(client, submission) -> None:
    assert client.get(f"/api/submissions/{submission.pk}").status_code == 401


def test_a_key_stored_by_a_request_racing_this_one_gives_its_answer(
    client, author, official_account, token_for, monkeypatch
) -> None:
    """Two requests with one key at the same moment: both miss the key at first, both make a
    post, and the database's one-key-per-user refuses the second's; its post is rolled back and
    it answers with the first one's response. (Made deterministic: the first look-up is made to
    miss, as it would while the other request had not committed yet.)"""
    from civicpost.api import idempotency

    auth = token_for(author)
    body = {"text": CLEAR, "accounts": [official_account.pk]}
    key = {"HTTP_IDEMPOTENCY_KEY": "at-once"}
    first = post(client, "/api/submissions", body, auth, **key)
    real_replay = idempotency.replay
    calls: list[str] = []

    def first_misses(*args):  # type: ignore[no-untyped-def]
        calls.append("look-up")
        return None if len(calls) == 1 else real_replay(*args)

    monkeypatch.setattr(idempotency, "replay", first_misses)
    second = post(client, "/api/submissions", body, auth, **key)
    assert second.status_code == 201 and second.json() == first.json()
    assert second["Idempotent-Replayed"] == "true"
    assert calls == ["look-up", "look-up"]  # missed, then found after the refused insert
    assert Submission.objects.count() == 1


def test_a_draft_is_kept_private_until_sent_through_the_api(
    client, author, approver, official_account, token_for
) -> None:
    mine, theirs = token_for(author), token_for(approver)
    body = {"text": CLEAR, "accounts": [official_account.pk], "send": False}
    created = post(client, "/api/submissions", body, mine)
    assert created.status_code == 201 and created.json()["state"] == "draft"
    url = f"/api/submissions/{created.json()['id']}"
    assert client.get(url, **theirs).status_code == 404
    assert_problem(post(client, f"{url}/approve", None, theirs), 404)
    assert_problem(post(client, f"{url}/send", None, theirs), 404)

    sent = post(client, f"{url}/send", None, mine)
    assert sent.status_code == 200 and sent.json()["state"] == "submitted"
    assert_problem(post(client, f"{url}/send", None, mine), 409, "not a draft")
    assert client.get(url, **theirs).status_code == 200


def test_the_clerk_records_the_link_of_a_post_published_by_hand(
    client, author, approver, clerk, official_account, token_for
) -> None:
    submission = posts.create_submission(author.user, accounts=[official_account], text=CLEAR)
    approval = posts.approve(approver.user, submission)
    posts.publish(submission.pk, approval.pk)  # no connection: waits for the Clerk's link
    publication = submission.publications.get()
    assert publication.state == "by_hand"
    url = f"/api/submissions/{submission.pk}/publications/{publication.pk}/link"
    link = {"url": "https://www.facebook.com/treetonpc/posts/123"}

    assert_problem(post(client, url, link, token_for(approver)), 403, "Only the Clerk")
    assert_problem(post(client, url, {"url": "not a link"}, token_for(clerk)), 422)
    done = post(client, url, link, token_for(clerk))
    assert done.status_code == 200, done.content
    [out] = done.json()["publications"]
    assert out["url"] == link["url"] and done.json()["state"] == "published"
    assert_problem(post(client, url, link, token_for(clerk)), 409, "not waiting for a link")
    other = f"/api/submissions/{submission.pk}/publications/999999/link"
    assert_problem(post(client, other, link, token_for(clerk)), 404)
