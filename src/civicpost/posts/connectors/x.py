"""X (formerly Twitter) through API v2, over httpx.

Documented shapes relied on (docs.x.com/x-api/posts/creation-of-a-post, /x-api/media/upload-media,
/x-api/media/create-media-metadata, /x-api/fundamentals/rate-limits and
/response-codes-and-errors):

- ``POST https://api.x.com/2/media/upload``, multipart with the image's bytes in ``media`` and
  ``media_category=tweet_image``, answers ``{"data": {"id": "...", "media_key": "..."}}``.
- ``POST https://api.x.com/2/media/metadata`` with ``{"id": ..., "metadata": {"alt_text":
  {"text": ...}}}`` sets the image's alt text (at most 1,000 characters).
- ``POST https://api.x.com/2/tweets`` with a JSON body ``{"text": ..., "media": {"media_ids":
  [...]}}`` and an OAuth 2.0 user-context bearer token answers 201 ``{"data": {"id": "...",
  "text": "..."}}``. A post takes at most four images.
- A rate limit answers 429 with the ``x-rate-limit-reset`` header (Unix seconds).
- Errors answer a problem document ``{"title", "detail", "type", "status"}``; 401 means the
  token may not post, 403 that the post or the app is refused; 5xx are temporary.

Images are uploaded first: until the post itself is sent nothing is public, so a failed upload
can be retried safely. X has no idempotency key, so an unanswered post is never re-sent.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import httpx

from .base import Media, PermanentError, Published, RetryableError, UnknownOutcomeError

API = "https://api.x.com/2"
MAX_IMAGES = 4
MAX_ALT_TEXT = 1000


class XConnector:
    idempotent = False

    def __init__(self, handle: str, access_token: str, client: httpx.Client | None = None) -> None:
        self.handle = handle.lstrip("@")
        self.token = access_token
        self.client = client or httpx.Client(timeout=20)

    def publish(self, text: str, media: list[Media], idempotency_key: str) -> Published:
        if len(media) > MAX_IMAGES:
            raise PermanentError(
                f"X takes at most {MAX_IMAGES} images in a post; this one has {len(media)}."
            )
        media_ids = [self._upload(image) for image in media]
        body: dict[str, Any] = {"text": text}
        if media_ids:
            body["media"] = {"media_ids": media_ids}
        data = self._send("tweets", "the post", public=True, json=body)
        post_id = str(data["id"])
        return Published(external_id=post_id, url=f"https://x.com/{self.handle}/status/{post_id}")

    def _upload(self, image: Media) -> str:
        data = self._send(
            "media/upload",
            f"the image {image.filename}",
            public=False,
            files={"media": (image.filename, image.data, image.mime_type)},
            data={"media_category": "tweet_image"},
        )
        media_id = str(data["id"])
        if image.alt_text:
            self._send(
                "media/metadata",
                f"the alt text of {image.filename}",
                public=False,
                needs_id=False,
                json={
                    "id": media_id,
                    "metadata": {"alt_text": {"text": image.alt_text[:MAX_ALT_TEXT]}},
                },
            )
        return media_id

    def _send(
        self, path: str, what: str, *, public: bool, needs_id: bool = True, **request: Any
    ) -> dict[str, Any]:
        """POST to the API and return the answer's ``data``, or raise the right PublishError.

        ``public``: whether this request makes something public (the post itself). Only then
        is an unanswered request of unknown outcome; an upload that got no answer is retried.
        ``needs_id``: the answer must carry the id of what was made (not so for alt text).
        """
        try:
            response = self.client.post(
                f"{API}/{path}", headers={"Authorization": f"Bearer {self.token}"}, **request
            )
        except (httpx.ConnectError, httpx.ConnectTimeout) as error:
            raise RetryableError(f"X could not be reached: {error}") from None
        except httpx.TransportError as error:
            if public:  # sent, but no answer: it may have gone out
                raise UnknownOutcomeError(f"X did not answer: {error}") from None
            raise RetryableError(f"X did not answer while sending {what}: {error}") from None
        if response.status_code == 429:
            reset = response.headers.get("x-rate-limit-reset")
            wait = None
            if reset and reset.isdigit():
                until = dt.datetime.fromtimestamp(int(reset), tz=dt.UTC)
                wait = max(until - dt.datetime.now(tz=dt.UTC), dt.timedelta(seconds=1))
            raise RetryableError("X's rate limit was reached", retry_after=wait)
        try:
            body = response.json()
        except ValueError:
            body = {}
        if not isinstance(body, dict):
            body = {}
        if response.status_code >= 500:
            raise RetryableError(f"X had a temporary problem (HTTP {response.status_code})")
        detail = body.get("detail") or body.get("title") or f"HTTP {response.status_code}"
        if response.status_code == 401:
            raise PermanentError(
                f"X refused the access token: {detail}. The Clerk must enter a new one."
            )
        if not response.is_success or not isinstance(body.get("data"), dict):
            raise PermanentError(f"X refused {what}: {detail}")
        if needs_id and "id" not in body["data"]:
            raise PermanentError(f"X accepted {what} but gave no id: publish it by hand")
        return body["data"]
