"""The connector interface: ``publish(text, media, idempotency_key) -> Published``.

A connector raises :class:`RetryableError` when trying again later may work (the network peer
is down, a rate limit, a 5xx) and :class:`PermanentError` when it will not (a bad token, a
refused post). ``idempotent`` says whether the network itself drops a repeated call with the
same key; when it does not, a call whose outcome is unknown is never repeated automatically.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Media:
    """An image to attach: its bytes, file name, MIME type and required alt text."""

    data: bytes
    filename: str
    mime_type: str
    alt_text: str


@dataclass(frozen=True)
class Published:
    external_id: str
    url: str


class PublishError(Exception):
    """A publish failed; ``str(error)`` is a plain-English message safe to show and log."""

    retryable = False
    unknown = False

    def __init__(self, message: str, *, retry_after: dt.timedelta | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class RetryableError(PublishError):
    retryable = True


class UnknownOutcomeError(RetryableError):
    """The request may have reached the network (a timeout after sending): it may be out."""

    unknown = True


class PermanentError(PublishError):
    retryable = False


class Connector(Protocol):
    idempotent: bool

    def publish(self, text: str, media: list[Media], idempotency_key: str) -> Published: ...
