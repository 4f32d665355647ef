"""Bluesky publishing against a real AT Protocol PDS on 127.0.0.1 (``bluesky_pds``), plus the
connector's record keys, link facets and error mapping on their own.

The PDS is @atproto/pds itself (tests/bluesky_pds): posts are read back from it with
``com.atproto.repo.getRecord`` and ``listRecords``, and counted, never assumed.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import time
import uuid

import httpx
import pytest

from civicpost.posts import services
from civicpost.posts.connectors import Media, PermanentError, RetryableError
from civicpost.posts.connectors.base import UnknownOutcomeError
from civicpost.posts.connectors.bluesky import (
    MAX_IMAGE_BYTES,
    TID_RE,
    BlueskyConnector,
    link_facets,
    record_key,
)
from civicpost.posts.models import Publication, Submission
from tests.posts.bluesky_server import png
from tests.posts.conftest import agree

pytestmark = pytest.mark.django_db

TEXT = "The parish council meets on Tuesday at 7pm in the village hall."


def approved(author, approver, accounts, text=TEXT, images=(), clerk=None):  # type: ignore[no-untyped-def]
    submission = services.create_submission(
        author.user, accounts=accounts, text=text, images=list(images)
    )
    if clerk is not None:  # a link not in the checked links register is a caution
        services.give_advice(clerk.user, submission, "Check the link works before it goes out.")
    return submission, services.approve(approver.user, submission)


def with_marker(pds, marker: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return [r for r in pds.posts() if marker in r["value"]["text"]]


# --- The connector on its own --------------------------------------------------------------------


def test_record_keys_are_valid_tids_and_the_same_for_the_same_key() -> None:
    keys = [str(uuid.uuid4()) for _ in range(2000)]
    rkeys = [record_key(k) for k in keys]
    assert all(TID_RE.match(r) and len(r) == 13 for r in rkeys)
    assert [record_key(k) for k in keys] == rkeys
    assert len(set(rkeys)) == len(keys)
    # The timestamp part (53 bits after a zero top bit) lies in the past.
    alphabet = "234567abcdefghijklmnopqrstuvwxyz"
    for rkey in rkeys[:50]:
        value = 0
        for char in rkey:
            value = value * 32 + alphabet.index(char)
        assert value >> 63 == 0
        when = dt.datetime.fromtimestamp((value >> 10) / 1e6, tz=dt.UTC)
        assert dt.datetime(2023, 1, 1, tzinfo=dt.UTC) <= when < dt.datetime.now(tz=dt.UTC)


def test_link_facets_count_utf8_bytes_and_leave_out_the_full_stop() -> None:
    text = "Café ☕ at the hall 🎉 — agenda: https://treeton.example/agenda?week=2. Also (http://x.example/a_(b))"
    facets = link_facets(text)
    raw = text.encode("utf-8")
    found = [raw[f["index"]["byteStart"] : f["index"]["byteEnd"]].decode() for f in facets]
    assert found == ["https://treeton.example/agenda?week=2", "http://x.example/a_(b)"]
    assert [f["features"][0]["uri"] for f in facets] == found
    assert facets[0]["index"]["byteStart"] != text.index("https://")  # bytes, not characters
    assert link_facets("No links here.") == []


def unreachable(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request should be made: {request.url}")


def test_too_many_or_too_large_images_are_refused_before_anything_is_sent() -> None:
    connector = BlueskyConnector(
        "https://pds.example",
        "pc.example",
        "abcd-efgh-ijkl-mnop",
        transport=httpx.MockTransport(unreachable),
    )
    five = [Media(png(), f"{n}.png", "image/png", "A picture") for n in range(5)]
    with pytest.raises(PermanentError, match="at most 4 images"):
        connector.publish(TEXT, five, "k")
    big = Media(b"\x89PNG" + b"0" * MAX_IMAGE_BYTES, "hall.png", "image/png", "The hall")
    with pytest.raises(PermanentError, match="up to 1 MB") as caught:
        connector.publish(TEXT, [big], "k")
    assert not caught.value.retryable


def fake_jwt(scope: str) -> str:
    def part(data: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(data).encode()).rstrip(b"=").decode()

    now = int(time.time())
    claims = {"scope": scope, "sub": "did:plc:abc", "iat": now, "exp": now + 3600}
    return f"{part({'alg': 'ES256K', 'typ': 'at+jwt'})}.{part(claims)}.c2ln"


def fake_pds(create):  # type: ignore[no-untyped-def]
    """A transport answering sign-in and reads like a PDS; ``create`` answers createRecord."""

    def handler(request: httpx.Request) -> httpx.Response:
        method = request.url.path.rsplit("/", 1)[-1]
        if method == "com.atproto.server.createSession":
            return httpx.Response(
                200,
                json={
                    "did": "did:plc:abc",
                    "handle": "pc.example",
                    "accessJwt": fake_jwt("com.atproto.access"),
                    "refreshJwt": fake_jwt("com.atproto.refresh"),
                },
            )
        if method == "com.atproto.server.getSession":
            return httpx.Response(200, json={"did": "did:plc:abc", "handle": "pc.example"})
        if method == "com.atproto.repo.getRecord":
            return httpx.Response(
                400, json={"error": "RecordNotFound", "message": "Could not locate record"}
            )
        return create(request)

    return handler


def test_a_rate_limit_waits_until_the_reset_time() -> None:
    reset = int(time.time()) + 300
    limited = fake_pds(
        lambda r: httpx.Response(
            429,
            headers={"ratelimit-reset": str(reset), "ratelimit-remaining": "0"},
            json={"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"},
        )
    )
    connector = BlueskyConnector(
        "https://pds.example",
        "pc.example",
        "abcd-efgh-ijkl-mnop",
        transport=httpx.MockTransport(limited),
    )
    with pytest.raises(RetryableError, match="rate limit") as caught:
        connector.publish(TEXT, [], "k")
    assert 290 <= caught.value.retry_after.total_seconds() <= 300


def test_server_errors_are_retryable_and_a_lost_answer_is_unknown() -> None:
    def lose(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    def build(create):  # type: ignore[no-untyped-def]
        return BlueskyConnector(
            "https://pds.example",
            "pc.example",
            "abcd-efgh-ijkl-mnop",
            transport=httpx.MockTransport(fake_pds(create)),
        )

    with pytest.raises(RetryableError, match="temporary problem") as caught:
        build(lambda r: httpx.Response(503, json={"error": "Unavailable"})).publish(TEXT, [], "k")
    assert not caught.value.unknown
    with pytest.raises(UnknownOutcomeError, match="may have gone out"):
        build(lose).publish(TEXT, [], "k")
    with pytest.raises(RetryableError) as caught:
        build(refuse).publish(TEXT, [], "k")
    assert not caught.value.unknown


# --- Against the real PDS ------------------------------------------------------------------------


@pytest.fixture
def bluesky_agreed(approver, bluesky_account):  # type: ignore[no-untyped-def]
    agree(approver, bluesky_account)
    return approver


def test_a_post_lands_on_the_pds_with_link_facets_and_an_image_with_alt_text(
    author,
    bluesky_agreed,
    clerk,
    bluesky_account,
    bluesky_connected,
    bluesky_pds,
    settings,
    tmp_path,
) -> None:
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.MEDIA_ROOT = tmp_path
    marker = f"land{uuid.uuid4().hex[:8]}"
    picture = png(3, 2)
    image = services.ImageInput(
        SimpleUploadedFile("hall.png", picture, content_type="image/png"), "The hall at dusk"
    )
    text = f"Café open day ☕ {marker}: see https://treeton.example/open-day."
    submission, approval = approved(author, bluesky_agreed, [bluesky_account], text, [image], clerk)
    outcome = services.publish(submission.pk, approval.pk)
    assert outcome.published == 1

    publication = Publication.objects.get(submission=submission)
    assert publication.state == Publication.State.PUBLISHED
    rkey = record_key(str(publication.idempotency_key))
    assert publication.external_id == f"at://{bluesky_pds.did}/app.bsky.feed.post/{rkey}"
    assert publication.url == f"https://bsky.app/profile/{bluesky_pds.handle}/post/{rkey}"

    stored = bluesky_pds.xrpc(
        "com.atproto.repo.getRecord",
        repo=bluesky_pds.did,
        collection="app.bsky.feed.post",
        rkey=rkey,
    )
    assert stored["uri"] == publication.external_id
    record = stored["value"]
    assert record["text"] == text
    link = record["facets"][0]
    raw = text.encode("utf-8")
    assert raw[link["index"]["byteStart"] : link["index"]["byteEnd"]] == (
        b"https://treeton.example/open-day"
    )
    assert link["features"][0]["uri"] == "https://treeton.example/open-day"
    images = record["embed"]["images"]
    assert [i["alt"] for i in images] == ["The hall at dusk"]
    assert images[0]["image"]["mimeType"] == "image/png"
    blob = httpx.get(
        f"{bluesky_pds.url}/xrpc/com.atproto.sync.getBlob",
        params={"did": bluesky_pds.did, "cid": images[0]["image"]["ref"]["$link"]},
        timeout=10,
    )
    assert blob.content == picture
    assert len(with_marker(bluesky_pds, marker)) == 1
    submission.refresh_from_db()
    assert submission.state == Submission.State.PUBLISHED


def test_a_retry_after_a_crash_mid_call_does_not_post_twice(
    author, bluesky_agreed, bluesky_account, bluesky_connected, bluesky_pds, monkeypatch
) -> None:
    """The worker dies after the PDS stored the post but before the answer was saved."""
    marker = f"crash{uuid.uuid4().hex[:8]}"
    submission, approval = approved(author, bluesky_agreed, [bluesky_account], f"{TEXT} {marker}")
    real = BlueskyConnector.publish

    def publish_then_crash(self, text, media, key):  # type: ignore[no-untyped-def]
        real(self, text, media, key)
        raise SystemExit("worker killed")

    monkeypatch.setattr(BlueskyConnector, "publish", publish_then_crash)
    with pytest.raises(SystemExit):
        services.publish(submission.pk, approval.pk)
    publication = Publication.objects.get(submission=submission)
    assert publication.state == Publication.State.SENDING  # left behind by the crash
    assert len(with_marker(bluesky_pds, marker)) == 1
    monkeypatch.setattr(BlueskyConnector, "publish", real)
    Publication.objects.filter(pk=publication.pk).update(
        updated_at=publication.updated_at - dt.timedelta(hours=1)
    )
    assert services.reconcile() == 1
    publication.refresh_from_db()
    assert publication.state == Publication.State.PUBLISHED
    assert publication.external_id.startswith(f"at://{bluesky_pds.did}/")
    assert publication.attempts == 2
    assert [r["uri"] for r in with_marker(bluesky_pds, marker)] == [publication.external_id]
    services.publish(submission.pk, approval.pk)  # a duplicate task changes nothing
    assert len(with_marker(bluesky_pds, marker)) == 1


def test_a_second_create_with_the_same_key_finds_the_first_record(bluesky_pds, monkeypatch) -> None:
    """Even when the read before writing misses it, the repository refuses a second record
    with the same key, and the connector answers with the one already there."""
    marker = f"dupe{uuid.uuid4().hex[:8]}"
    key = str(uuid.uuid4())
    first = BlueskyConnector(bluesky_pds.url, bluesky_pds.handle, bluesky_pds.password).publish(
        f"{TEXT} {marker}", [], key
    )
    connector = BlueskyConnector(bluesky_pds.url, bluesky_pds.handle, bluesky_pds.password)
    real = BlueskyConnector._existing
    misses = []

    def miss_once(self, rkey):  # type: ignore[no-untyped-def]
        if not misses:
            misses.append(rkey)
            return None
        return real(self, rkey)

    monkeypatch.setattr(BlueskyConnector, "_existing", miss_once)
    again = connector.publish(f"{TEXT} {marker} (changed)", [], key)
    assert misses and again == first
    assert [r["value"]["text"] for r in with_marker(bluesky_pds, marker)] == [f"{TEXT} {marker}"]


def test_a_wrong_app_password_fails_at_once_with_a_clear_message(
    author, bluesky_agreed, bluesky_account, bluesky_pds, caplog
) -> None:
    from civicpost.posts.crypto import encrypt
    from civicpost.posts.models import Connection

    wrong = "wxyz-wxyz-wxyz-wxyz"
    Connection.objects.create(
        account=bluesky_account, kind="bluesky", endpoint=bluesky_pds.url, secret=encrypt(wrong)
    )
    before = len(bluesky_pds.posts())
    submission, approval = approved(author, bluesky_agreed, [bluesky_account])
    outcome = services.publish(submission.pk, approval.pk)
    assert outcome.retry_after is None  # not retried
    publication = Publication.objects.get(submission=submission)
    assert publication.state == Publication.State.GAVE_UP
    assert publication.attempts == 1
    assert "refused the handle or app password" in publication.last_error
    assert "enter a new app password" in publication.last_error
    assert wrong not in publication.last_error and wrong not in caplog.text
    assert len(bluesky_pds.posts()) == before
    submission.refresh_from_db()
    assert submission.state == Submission.State.FAILED


def test_when_the_pds_stops_the_post_is_retried_on_the_schedule_then_given_up(
    author, bluesky_agreed, bluesky_account, clerk, tmp_path
) -> None:
    from civicpost.posts.crypto import encrypt
    from civicpost.posts.models import Connection
    from tests.posts.bluesky_server import local_pds, stop

    with local_pds(tmp_path) as pds:
        Connection.objects.create(
            account=bluesky_account, kind="bluesky", endpoint=pds.url, secret=encrypt(pds.password)
        )
        first, approval = approved(author, bluesky_agreed, [bluesky_account])
        assert services.publish(first.pk, approval.pk).published == 1
        stop(pds.process)  # the server goes away; its port is closed
        assert pds.process.returncode == 0
        submission, approval = approved(author, bluesky_agreed, [bluesky_account])
        delays = []
        for _ in range(services.MAX_ATTEMPTS):
            outcome = services.publish(submission.pk, approval.pk)
            delays.append(outcome.retry_after)
            publication = Publication.objects.get(submission=submission)
            if len(delays) < services.MAX_ATTEMPTS:
                assert publication.state == Publication.State.RETRYING
                assert "could not be reached" in publication.last_error
    assert delays[:4] == [dt.timedelta(minutes=m) for m in (1, 4, 16, 64)]
    assert delays[4] is None
    publication.refresh_from_db()
    assert publication.state == Publication.State.GAVE_UP
    assert publication.last_error.startswith("Gave up after 5 attempts: Bluesky could not")


def test_the_connection_page_offers_bluesky_and_asks_for_an_app_password(
    clerk_client, bluesky_account
) -> None:
    from django.urls import reverse

    from civicpost.posts import crypto
    from civicpost.posts.models import Connection

    url = reverse("post-connection", args=[bluesky_account.pk])
    page = clerk_client.get(url).content.decode()
    assert 'value="bluesky"' in page
    assert "app password" in page and "never the account’s main password" in page
    assert "https://bsky.social" in page
    refused = clerk_client.post(url, {"kind": "bluesky", "endpoint": "", "token": "hunter2hunter2"})
    assert "not the account’s main password" in refused.content.decode()
    assert not Connection.objects.exists()
    saved = clerk_client.post(
        url, {"kind": "bluesky", "endpoint": "", "token": "abcd-efgh-ijkl-mnop"}
    )
    assert saved.status_code == 302
    connection = Connection.objects.get()
    assert (
        connection.kind == "bluesky" and crypto.decrypt(connection.secret) == "abcd-efgh-ijkl-mnop"
    )


def test_a_post_over_300_characters_is_refused_permanently_in_plain_english(bluesky_pds) -> None:
    connector = BlueskyConnector(bluesky_pds.url, bluesky_pds.handle, bluesky_pds.password)
    before = len(bluesky_pds.posts())
    with pytest.raises(PermanentError, match="longer than Bluesky's limit of 300") as caught:
        connector.publish("é" * 301, [], str(uuid.uuid4()))
    assert not caught.value.retryable
    assert len(bluesky_pds.posts()) == before


def test_switching_a_connection_to_bluesky_needs_a_new_app_password(
    clerk_client, bluesky_account
) -> None:
    from django.urls import reverse

    from civicpost.posts import crypto
    from civicpost.posts.models import Connection

    Connection.objects.create(
        account=bluesky_account,
        kind="mastodon",
        endpoint="https://mastodon.example",
        secret=crypto.encrypt("a-mastodon-token"),
    )
    url = reverse("post-connection", args=[bluesky_account.pk])
    refused = clerk_client.post(url, {"kind": "bluesky", "endpoint": "", "token": ""})
    assert "Enter an app password for Bluesky" in refused.content.decode()
    assert Connection.objects.get().kind == "mastodon"
