"""Bluesky (any AT Protocol Personal Data Server) through the ``atproto`` SDK.

Serves clause 4.1 of the policy: an approved official post goes out once, as approved, and its
address is kept in the archive.

Documented shapes relied on (atproto.com/specs/xrpc, /specs/tid, /specs/record-key, the
``com.atproto.*`` and ``app.bsky.*`` lexicons), checked against a real ``@atproto/pds`` 0.5.35:

- ``com.atproto.server.createSession`` with the handle and an *app password* (never the main
  password). The profile is not fetched (``fetch_bsky_profile=False``): that needs an AppView.
- ``com.atproto.repo.uploadBlob`` with the image bytes and its ``Content-Type``; the post refers
  to the blob in ``app.bsky.embed.images`` (at most 4 images, each with alt text, each at most
  1,000,000 bytes: the lexicon's ``maxSize``).
- ``com.atproto.repo.createRecord`` of an ``app.bsky.feed.post`` (text at most 300 graphemes),
  with link facets whose ``byteStart``/``byteEnd`` count UTF-8 bytes, not characters.
- Errors are XRPC errors ``{"error", "message"}``: 400 ``InvalidRequest`` for a refused record,
  401 ``AuthenticationRequired`` for a wrong handle or password, 429 with ``ratelimit-reset``
  (Unix seconds) and sometimes ``retry-after``; 5xx are temporary.

Idempotency: the record key (rkey) is a valid TID computed from the idempotency key, so every
attempt of one publication writes the same ``at://`` URI. Before writing, the connector reads
that record (``com.atproto.repo.getRecord``) and returns it when it is already there; a
repository cannot hold two records with one key (the PDS answers a second ``createRecord`` with
500, after which the record is read again). So a repeat after a crash cannot post twice.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from typing import Any

import httpx
from atproto import Client, models
from atproto_client import exceptions as atx
from atproto_client.request import Request

from .base import Media, PermanentError, Published, RetryableError, UnknownOutcomeError

DEFAULT_PDS = "https://bsky.social"
POST = "app.bsky.feed.post"
MAX_IMAGES = 4  # app.bsky.embed.images: images maxLength 4
MAX_IMAGE_BYTES = 1_000_000  # app.bsky.embed.images#image: image maxSize 1000000
LANGS = ["en-GB"]

# TIDs (atproto.com/specs/tid): a 64-bit integer, top bit 0, then 53 bits of microseconds since
# the Unix epoch and a 10-bit clock id, written as 13 characters of base32-sortable.
S32 = "234567abcdefghijklmnopqrstuvwxyz"
TID_RE = re.compile(r"^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$")
# Keys from a hash: timestamps fall between 1 January 2023 and March 2025 (2**46 microseconds),
# always in the past, with 46 + 10 = 56 bits from the hash so two posts never share one.
TID_BASE_US = 1_672_531_200_000_000
URL_RE = re.compile(r"https?://[^\s<>\"]+")
TRAILING = ".,;:!?'\"”’"


def record_key(idempotency_key: str) -> str:
    """The TID used as the record key for a publication: the same key gives the same TID."""
    digest = int.from_bytes(
        hashlib.sha256(f"civicpost bluesky rkey:{idempotency_key}".encode()).digest()[:7], "big"
    )
    micros = TID_BASE_US + (digest >> 10)  # 46 bits
    value = (micros << 10) | (digest & 0x3FF)
    return "".join(S32[(value >> (5 * (12 - i))) & 0x1F] for i in range(13))


def _link_end(url: str) -> str:
    """A URL without the punctuation that ends the sentence around it."""
    while url and (url[-1] in TRAILING or (url[-1] == ")" and url.count("(") < url.count(")"))):
        url = url[:-1]
    return url


def link_facets(text: str) -> list[dict[str, Any]]:
    """``app.bsky.richtext.facet#link`` facets for each web address; offsets in UTF-8 bytes."""
    facets = []
    for match in URL_RE.finditer(text):
        url = _link_end(match.group(0))
        if len(url) <= len("https://"):
            continue
        start = len(text[: match.start()].encode("utf-8"))
        facets.append(
            {
                "$type": "app.bsky.richtext.facet",
                "index": {"byteStart": start, "byteEnd": start + len(url.encode("utf-8"))},
                "features": [{"$type": "app.bsky.richtext.facet#link", "uri": url}],
            }
        )
    return facets


def _check_media(media: list[Media]) -> None:
    if len(media) > MAX_IMAGES:
        raise PermanentError(
            f"Bluesky takes at most {MAX_IMAGES} images in a post; this one has {len(media)}."
        )
    for item in media:
        if not item.mime_type.startswith("image/"):
            raise PermanentError(f"{item.filename} is not an image, so Bluesky cannot show it.")
        if len(item.data) > MAX_IMAGE_BYTES:
            raise PermanentError(
                f"The image {item.filename} is {len(item.data) / 1_000_000:.1f} MB; Bluesky "
                "takes images up to 1 MB. Make it smaller and revise the post, or publish it "
                "by hand."
            )


def _reason(error: BaseException) -> str:
    """The server's own words for an XRPC error, or what went wrong on the wire."""
    response = getattr(error, "response", None)
    content = getattr(response, "content", None)
    message = getattr(content, "message", None) or getattr(content, "error", None)
    if message:
        return str(message)
    if response is not None:
        return f"HTTP {response.status_code}"
    cause = error.__cause__ or error
    return str(cause) or type(cause).__name__


def _sent(error: BaseException) -> bool:
    """Whether a failed request may have reached the server (not refused or unconnected)."""
    cause = error if isinstance(error, httpx.TransportError) else error.__cause__
    return not isinstance(cause, httpx.ConnectError | httpx.ConnectTimeout)


def _rate_limit_wait(error: atx.RateLimitExceededError) -> dt.timedelta | None:
    if error.retry_after is not None:
        return dt.timedelta(seconds=max(error.retry_after, 1))
    if error.reset_at is not None:
        return max(error.reset_at - dt.datetime.now(tz=dt.UTC), dt.timedelta(seconds=1))
    return None


class BlueskyConnector:
    idempotent = True  # the record key comes from the idempotency key (see the module's doc)

    def __init__(
        self,
        endpoint: str,
        handle: str,
        app_password: str,
        *,
        timeout: float = 20,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.endpoint = (endpoint or DEFAULT_PDS).rstrip("/")
        self.handle = handle.strip().lstrip("@")
        self._password = app_password
        options: dict[str, Any] = {"timeout": timeout}
        if transport is not None:
            options["transport"] = transport
        self.client = Client(base_url=self.endpoint, request=Request(**options))
        self.did = self.session_handle = ""

    def __repr__(self) -> str:  # never the password
        return f"<BlueskyConnector {self.handle} at {self.endpoint}>"

    # --- the calls, each with its failures in plain English ------------------------------------

    def _call(self, what: str, function: Any, *args: Any, write: bool = False, **kw: Any) -> Any:
        """Call the SDK; turn its exceptions into the connector errors of ``base.py``."""
        try:
            return function(*args, **kw)
        except atx.RateLimitExceededError as error:
            raise RetryableError(
                f"Bluesky's rate limit was reached while {what}",
                retry_after=_rate_limit_wait(error),
            ) from None
        except atx.UnauthorizedError as error:
            raise PermanentError(
                f"Bluesky refused the handle or app password for @{self.handle} "
                f"({_reason(error)}). The Clerk must enter a new app password."
            ) from None
        except atx.BadRequestError as error:
            raise PermanentError(f"Bluesky refused the post: {_friendly(_reason(error))}") from None
        except (atx.NetworkError, httpx.TransportError) as error:
            status = getattr(getattr(error, "response", None), "status_code", None)
            if status == 413:
                raise PermanentError("Bluesky refused the post: it is too large.") from None
            if write and status is None and _sent(error):
                raise UnknownOutcomeError(
                    f"Bluesky did not answer while {what}: it may have gone out ({_reason(error)})"
                ) from None
            raise RetryableError(
                f"Bluesky could not be reached at {self.endpoint} while {what} ({_reason(error)})"
            ) from None
        except atx.RequestException as error:
            status = error.response.status_code if error.response else 0
            if status >= 500:
                raise RetryableError(
                    f"Bluesky had a temporary problem while {what} ({_reason(error)})"
                ) from None
            raise PermanentError(f"Bluesky refused the post: {_reason(error)}") from None

    def _login(self) -> None:
        self._call(
            "signing in", self.client.login, self.handle, self._password, fetch_bsky_profile=False
        )
        session = self._call("signing in", self.client.com.atproto.server.get_session)
        self.did, self.session_handle = str(session.did), str(session.handle)

    def _existing(self, rkey: str) -> Published | None:
        try:
            found = self.client.com.atproto.repo.get_record(
                models.ComAtprotoRepoGetRecord.Params(repo=self.did, collection=POST, rkey=rkey)
            )
        except atx.BadRequestError as error:
            if getattr(error.response.content, "error", "") == "RecordNotFound":
                return None
            raise
        return self._published(str(found.uri), rkey)

    def _published(self, uri: str, rkey: str) -> Published:
        handle = self.session_handle or self.handle
        return Published(external_id=uri, url=f"https://bsky.app/profile/{handle}/post/{rkey}")

    def _upload(self, item: Media) -> dict[str, Any]:
        uploaded = self._call(
            f"uploading {item.filename}",
            self.client.com.atproto.repo.upload_blob,
            item.data,
            headers={"Content-Type": item.mime_type},
        )
        return {
            "$type": "app.bsky.embed.images#image",
            "alt": item.alt_text,
            "image": uploaded.blob.model_dump(by_alias=True, exclude_none=True),
        }

    def _record(self, text: str, images: list[dict[str, Any]]) -> dict[str, Any]:
        record: dict[str, Any] = {
            "$type": POST,
            "text": text,
            "createdAt": dt.datetime.now(tz=dt.UTC).isoformat(timespec="milliseconds")[:-6] + "Z",
            "langs": LANGS,
        }
        facets = link_facets(text)
        if facets:
            record["facets"] = facets
        if images:
            record["embed"] = {"$type": "app.bsky.embed.images", "images": images}
        return record

    # --- the interface --------------------------------------------------------------------------

    def publish(self, text: str, media: list[Media], idempotency_key: str) -> Published:
        _check_media(media)
        rkey = record_key(idempotency_key)
        self._login()
        existing = self._call("looking for an earlier attempt", self._existing, rkey)
        if existing is not None:
            return existing
        record = self._record(text, [self._upload(item) for item in media])
        data = models.ComAtprotoRepoCreateRecord.Data(
            repo=self.did, collection=POST, rkey=rkey, record=record, validate=True
        )
        try:
            created = self._call(
                "creating the post",
                self.client.com.atproto.repo.create_record,
                data,
                write=True,
            )
        except RetryableError as error:
            # A record with this key may exist already (the PDS answers 500 for a duplicate key).
            if error.unknown:
                raise
            existing = self._call("looking for an earlier attempt", self._existing, rkey)
            if existing is not None:
                return existing
            raise
        return self._published(str(created.uri), rkey)


def _friendly(reason: str) -> str:
    """The PDS's validation messages, said plainly where they are common."""
    if "too big" in reason and "record.text" in reason:
        return "the text is longer than Bluesky's limit of 300 characters."
    return reason
