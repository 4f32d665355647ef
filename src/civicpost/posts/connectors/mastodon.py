"""Mastodon through Mastodon.py.

Relies on the documented REST API (docs.joinmastodon.org/methods/statuses/#create):
``POST /api/v1/statuses`` with ``status`` and ``media_ids[]`` and the ``Idempotency-Key`` header
(the server returns the first status again for a repeated key, for at least an hour), answering
a Status with ``id`` and ``url``; ``POST /api/v2/media`` with ``file`` and ``description`` (the
alt text). Rate limits answer HTTP 429; Mastodon.py raises ``MastodonRatelimitError`` for it
when ``ratelimit_method="throw"``.
"""

from __future__ import annotations

import io

import mastodon
from mastodon import Mastodon

from .base import Media, PermanentError, Published, RetryableError

RETRYABLE = (
    mastodon.MastodonNetworkError,
    mastodon.MastodonRatelimitError,
    mastodon.MastodonServerError,  # 5xx: internal error, bad gateway, unavailable, timeout
)


class MastodonConnector:
    idempotent = True  # Idempotency-Key

    def __init__(self, base_url: str, access_token: str, timeout: float = 20) -> None:
        self.client = Mastodon(
            access_token=access_token,
            api_base_url=base_url,
            ratelimit_method="throw",
            request_timeout=timeout,
            version_check_mode="none",
        )

    def publish(self, text: str, media: list[Media], idempotency_key: str) -> Published:
        try:
            media_ids = [
                self.client.media_post(
                    io.BytesIO(item.data),
                    mime_type=item.mime_type,
                    description=item.alt_text,
                    file_name=item.filename,
                )["id"]
                for item in media
            ]
            status = self.client.status_post(
                text, media_ids=media_ids or None, idempotency_key=idempotency_key
            )
        except RETRYABLE as error:
            raise RetryableError(f"Mastodon could not be reached or was busy: {error}") from None
        except mastodon.MastodonUnauthorizedError:
            raise PermanentError(
                "Mastodon refused the access token: the Clerk must enter a new one."
            ) from None
        except mastodon.MastodonError as error:
            raise PermanentError(f"Mastodon refused the post: {error}") from None
        return Published(external_id=str(status["id"]), url=str(status.get("url") or ""))
