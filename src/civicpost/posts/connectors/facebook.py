"""A Facebook Page through the Graph API, over httpx.

Documented shapes relied on (developers.facebook.com/docs/graph-api/reference/page/feed and
/docs/graph-api/guides/error-handling):

- ``POST https://graph.facebook.com/{version}/{page-id}/feed`` with form fields ``message`` and
  ``access_token`` (a Page access token) answers ``{"id": "{page-id}_{post-id}"}``.
- ``POST /{page-id}/photos`` with ``source`` (multipart), ``caption``, ``alt_text_custom``
  and ``published=false`` answers ``{"id": "{photo-id}"}``; the feed post then lists them in
  ``attached_media[0]={"media_fbid": "{photo-id}"}``.
- Errors answer ``{"error": {"message", "type", "code", "error_subcode", "is_transient",
  "fbtrace_id"}}``. Codes 4, 17, 32 and 613 are rate limits; 1 and 2 are temporary; 190 is an
  invalid or expired token; ``is_transient: true`` means try again.

The Graph API has no idempotency key, so a call whose outcome is unknown is never repeated.
"""

from __future__ import annotations

import datetime as dt
import json

import httpx

from .base import Media, PermanentError, Published, RetryableError, UnknownOutcomeError

GRAPH = "https://graph.facebook.com/v21.0"
RATE_LIMIT_CODES = {4, 17, 32, 613}
TEMPORARY_CODES = {1, 2}


class FacebookPageConnector:
    idempotent = False

    def __init__(self, page_id: str, access_token: str, client: httpx.Client | None = None) -> None:
        self.page_id = page_id
        self.token = access_token
        self.client = client or httpx.Client(timeout=20)

    def _post(self, path: str, **kwargs: object) -> dict:
        try:
            response = self.client.post(f"{GRAPH}/{self.page_id}/{path}", **kwargs)  # type: ignore[arg-type]
        except (httpx.ConnectError, httpx.ConnectTimeout) as error:
            raise RetryableError(f"Facebook could not be reached: {error}") from None
        except httpx.TransportError as error:  # sent, but no answer: it may have gone out
            raise UnknownOutcomeError(f"Facebook did not answer: {error}") from None
        try:
            body = response.json()
        except ValueError:
            body = {}
        if response.is_success and "error" not in body:
            return body
        error = body.get("error") or {}
        code = error.get("code")
        message = error.get("message") or f"HTTP {response.status_code}"
        if code in RATE_LIMIT_CODES:
            raise RetryableError(
                f"Facebook's rate limit was reached ({message})",
                retry_after=dt.timedelta(minutes=15),
            )
        if error.get("is_transient") or code in TEMPORARY_CODES or response.status_code >= 500:
            raise RetryableError(f"Facebook had a temporary problem: {message}")
        if code == 190:
            raise PermanentError(
                "Facebook refused the Page access token: the Clerk must enter a new one."
            )
        raise PermanentError(f"Facebook refused the post: {message}")

    def publish(self, text: str, media: list[Media], idempotency_key: str) -> Published:
        data: dict[str, str] = {"message": text, "access_token": self.token}
        for number, item in enumerate(media):
            photo = self._post(
                "photos",
                data={
                    "published": "false",
                    "alt_text_custom": item.alt_text,
                    "access_token": self.token,
                },
                files={"source": (item.filename, item.data, item.mime_type)},
            )
            data[f"attached_media[{number}]"] = json.dumps({"media_fbid": photo["id"]})
        body = self._post("feed", data=data)
        post_id = str(body["id"])
        return Published(external_id=post_id, url=f"https://www.facebook.com/{post_id}")
