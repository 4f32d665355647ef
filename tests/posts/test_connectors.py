"""Facebook Page (Graph API) and X (API v2) against their documented request and response
shapes, through httpx.MockTransport: success, errors and rate limits."""

from __future__ import annotations

import json
import time
from urllib.parse import parse_qs

import httpx
import pytest

from civicpost.posts.connectors import Media, PermanentError, RetryableError
from civicpost.posts.connectors.base import UnknownOutcomeError
from civicpost.posts.connectors.facebook import FacebookPageConnector
from civicpost.posts.connectors.x import XConnector

PNG = Media(b"\x89PNG fake", "hall.png", "image/png", "The village hall at dusk")


def client(handler) -> httpx.Client:  # type: ignore[no-untyped-def]
    return httpx.Client(transport=httpx.MockTransport(handler))


def graph_error(status: int, code: int, message: str, transient: bool = False) -> httpx.Response:
    return httpx.Response(
        status,
        json={
            "error": {
                "message": message,
                "type": "OAuthException",
                "code": code,
                "error_subcode": 0,
                "is_transient": transient,
                "fbtrace_id": "AbCdEf",
            }
        },
    )


def test_facebook_posts_to_the_page_feed_with_the_page_token() -> None:
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": "111_222"})

    result = FacebookPageConnector("111", "page-token", client(handler)).publish(
        "Hello parish", [], "key-1"
    )
    assert result.external_id == "111_222"
    assert result.url == "https://www.facebook.com/111_222"
    request = seen[0]
    assert request.method == "POST"
    assert request.url.path.endswith("/111/feed")
    form = parse_qs(request.content.decode())
    assert form == {"message": ["Hello parish"], "access_token": ["page-token"]}


def test_facebook_uploads_photos_unpublished_with_alt_text_then_attaches_them() -> None:
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if request.url.path.endswith("/photos"):
            assert b'name="alt_text_custom"' in request.content
            assert b"The village hall at dusk" in request.content
            assert b'name="published"\r\n\r\nfalse' in request.content
            return httpx.Response(200, json={"id": "999"})
        return httpx.Response(200, json={"id": "111_333"})

    FacebookPageConnector("111", "t", client(handler)).publish("With a photo", [PNG], "k")
    feed = parse_qs(seen[1].content.decode())
    assert json.loads(feed["attached_media[0]"][0]) == {"media_fbid": "999"}


@pytest.mark.parametrize("code", [4, 17, 32, 613])
def test_facebook_rate_limits_are_retried_later(code: int) -> None:
    connector = FacebookPageConnector(
        "111", "t", client(lambda r: graph_error(400, code, "Application request limit reached"))
    )
    with pytest.raises(RetryableError, match="rate limit") as caught:
        connector.publish("x", [], "k")
    assert caught.value.retry_after is not None


def test_facebook_transient_and_server_errors_are_retryable() -> None:
    transient = client(lambda r: graph_error(400, 2, "Service temporarily unavailable", True))
    with pytest.raises(RetryableError):
        FacebookPageConnector("1", "t", transient).publish("x", [], "k")
    with pytest.raises(RetryableError):
        FacebookPageConnector("1", "t", client(lambda r: httpx.Response(502))).publish("x", [], "k")


def test_facebook_expired_token_is_permanent_and_says_what_to_do() -> None:
    expired = client(lambda r: graph_error(400, 190, "Error validating access token"))
    with pytest.raises(PermanentError, match="enter a new one"):
        FacebookPageConnector("1", "t", expired).publish("x", [], "k")


def test_facebook_refused_post_is_permanent() -> None:
    refused = client(lambda r: graph_error(400, 100, "Invalid parameter"))
    with pytest.raises(PermanentError, match="Invalid parameter"):
        FacebookPageConnector("1", "t", refused).publish("x", [], "k")


def test_facebook_unreachable_is_retryable_but_a_lost_answer_is_unknown() -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("connection refused", request=request)

    def lose(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("timed out", request=request)

    with pytest.raises(RetryableError) as caught:
        FacebookPageConnector("1", "t", client(refuse)).publish("x", [], "k")
    assert not caught.value.unknown
    with pytest.raises(UnknownOutcomeError):
        FacebookPageConnector("1", "t", client(lose)).publish("x", [], "k")


def test_x_creates_a_post_with_a_json_body_and_bearer_token() -> None:
    seen = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(
            201, json={"data": {"id": "1445880548472328192", "text": "Hello parish"}}
        )

    result = XConnector("@TreetonPC", "user-token", client(handler)).publish(
        "Hello parish", [], "k"
    )
    assert result.external_id == "1445880548472328192"
    assert result.url == "https://x.com/TreetonPC/status/1445880548472328192"
    request = seen[0]
    assert str(request.url) == "https://api.x.com/2/tweets"
    assert request.headers["authorization"] == "Bearer user-token"
    assert json.loads(request.content) == {"text": "Hello parish"}


def test_x_rate_limit_waits_until_the_reset_time() -> None:
    reset = int(time.time()) + 600
    limited = client(
        lambda r: httpx.Response(
            429,
            headers={"x-rate-limit-reset": str(reset), "x-rate-limit-remaining": "0"},
            json={
                "title": "Too Many Requests",
                "detail": "Too Many Requests",
                "type": "about:blank",
                "status": 429,
            },
        )
    )
    with pytest.raises(RetryableError, match="rate limit") as caught:
        XConnector("pc", "t", limited).publish("x", [], "k")
    assert 590 <= caught.value.retry_after.total_seconds() <= 600


def test_x_unauthorized_is_permanent() -> None:
    denied = client(
        lambda r: httpx.Response(
            401,
            json={
                "title": "Unauthorized",
                "type": "about:blank",
                "status": 401,
                "detail": "Unauthorized",
            },
        )
    )
    with pytest.raises(PermanentError, match="enter a new one"):
        XConnector("pc", "t", denied).publish("x", [], "k")


def test_x_duplicate_content_is_refused_permanently() -> None:
    duplicate = client(
        lambda r: httpx.Response(
            403,
            json={
                "detail": "You are not allowed to create a Tweet with duplicate content.",
                "type": "about:blank",
                "title": "Forbidden",
                "status": 403,
            },
        )
    )
    with pytest.raises(PermanentError, match="duplicate content"):
        XConnector("pc", "t", duplicate).publish("x", [], "k")


def test_x_server_error_is_retryable() -> None:
    with pytest.raises(RetryableError):
        XConnector("pc", "t", client(lambda r: httpx.Response(503))).publish("x", [], "k")


def x_with_images(seen: list[httpx.Request], upload_status: int = 200):  # type: ignore[no-untyped-def]
    """A mock X that answers media uploads, alt text and the post as the docs show."""
    uploads = iter(["1880028106020515840", "1880028106020515841"])

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        path = request.url.path
        if path == "/2/media/upload":
            if upload_status != 200:
                return httpx.Response(upload_status)
            media_id = next(uploads)
            return httpx.Response(
                200,
                json={"data": {"id": media_id, "media_key": f"3_{media_id}", "size": 10}},
            )
        if path == "/2/media/metadata":
            body = json.loads(request.content)
            return httpx.Response(200, json={"data": {"associated_metadata": body["metadata"]}})
        assert path == "/2/tweets"
        return httpx.Response(201, json={"data": {"id": "1880028200000000000", "text": "x"}})

    return client(handler)


def test_x_uploads_images_with_alt_text_then_attaches_them() -> None:
    seen: list[httpx.Request] = []
    second = Media(b"\xff\xd8 fake jpeg", "green.jpg", "image/jpeg", "The village green")
    result = XConnector("pc", "t", x_with_images(seen)).publish("Gala day", [PNG, second], "k")
    assert result.external_id == "1880028200000000000"
    paths = [r.url.path for r in seen]
    assert paths == [
        "/2/media/upload", "/2/media/metadata", "/2/media/upload", "/2/media/metadata", "/2/tweets"
    ]  # fmt: skip
    upload = seen[0]
    assert upload.headers["authorization"] == "Bearer t"
    assert upload.headers["content-type"].startswith("multipart/form-data")
    assert b"\x89PNG fake" in upload.content and b'name="media_category"' in upload.content
    assert b"tweet_image" in upload.content
    assert json.loads(seen[1].content) == {
        "id": "1880028106020515840",
        "metadata": {"alt_text": {"text": "The village hall at dusk"}},
    }
    assert json.loads(seen[-1].content) == {
        "text": "Gala day",
        "media": {"media_ids": ["1880028106020515840", "1880028106020515841"]},
    }


def test_x_refuses_more_than_four_images_before_sending_anything() -> None:
    seen: list[httpx.Request] = []
    with pytest.raises(PermanentError, match="at most 4 images"):
        XConnector("pc", "t", x_with_images(seen)).publish("x", [PNG] * 5, "k")
    assert seen == []


def test_x_failed_upload_is_retryable_and_nothing_is_posted() -> None:
    seen: list[httpx.Request] = []
    with pytest.raises(RetryableError) as caught:
        XConnector("pc", "t", x_with_images(seen, upload_status=503)).publish("x", [PNG], "k")
    assert not caught.value.unknown
    assert [r.url.path for r in seen] == ["/2/media/upload"]


def test_x_unanswered_upload_is_retryable_but_an_unanswered_post_is_unknown() -> None:
    def drop_upload(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("no answer", request=request)

    with pytest.raises(RetryableError) as caught:
        XConnector("pc", "t", client(drop_upload)).publish("x", [PNG], "k")
    assert not caught.value.unknown
    with pytest.raises(UnknownOutcomeError):
        XConnector("pc", "t", client(drop_upload)).publish("x", [], "k")
