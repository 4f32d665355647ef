"""X (formerly Twitter) through API v2, over httpx.

Documented shapes relied on (docs.x.com/x-api/posts/creation-of-a-post and
docs.x.com/x-api/fundamentals/rate-limits, /response-codes-and-errors):

- ``POST https://api.x.com/2/tweets`` with a JSON body ``{"text": ...}`` and an OAuth 2.0
  user-context bearer token answers 201 ``{"data": {"id": "...", "text": "..."}}``.
- A rate limit answers 429 with the ``x-rate-limit-reset`` header (Unix seconds).
- Errors answer a problem document ``{"title", "detail", "type", "status"}``; 401 and 403
  mean the token or the app may not post; 5xx are temporary.

Images are not sent yet (the v2 media upload is a separate multi-step flow): a post with
images is refused with a clear message, to be published by hand. X has no idempotency key.
"""

from __future__ import annotations

import datetime as dt

import httpx

from .base import Media, PermanentError, Published, RetryableError, UnknownOutcomeError

API = "https://api.x.com/2"


class XConnector:
    idempotent = False

    def __init__(self, handle: str, access_token: str, client: httpx.Client | None = None) -> None:
        self.handle = handle.lstrip("@")
        self.token = access_token
        self.client = client or httpx.Client(timeout=20)

    def publish(self, text: str, media: list[Media], idempotency_key: str) -> Published:
        if media:
            raise PermanentError("Images cannot be sent to X yet: publish this one by hand.")
        try:
            response = self.client.post(
                f"{API}/tweets",
                json={"text": text},
                headers={"Authorization": f"Bearer {self.token}"},
            )
        except (httpx.ConnectError, httpx.ConnectTimeout) as error:
            raise RetryableError(f"X could not be reached: {error}") from None
        except httpx.TransportError as error:  # sent, but no answer: it may have gone out
            raise UnknownOutcomeError(f"X did not answer: {error}") from None
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
        if response.status_code >= 500:
            raise RetryableError(f"X had a temporary problem (HTTP {response.status_code})")
        if response.status_code in (401, 403):
            raise PermanentError(
                f"X refused the access token: {body.get('detail') or body.get('title') or ''}"
                " The Clerk must enter a new one."
            )
        if not response.is_success or "data" not in body:
            detail = body.get("detail") or body.get("title") or f"HTTP {response.status_code}"
            raise PermanentError(f"X refused the post: {detail}")
        post_id = str(body["data"]["id"])
        return Published(external_id=post_id, url=f"https://x.com/{self.handle}/status/{post_id}")
