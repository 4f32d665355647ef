"""Readers for platforms' own exports. Each streams the file and yields ``ExportPost``s one at a
time, so memory stays flat however long the export; an item it cannot use is yielded as a
``Skipped`` with the reason, and damage that stops the reading (a truncated or malformed file)
raises ``ExportError`` after everything before it has been yielded.

What each format looks like, and which fields were confirmed from documentation, is written up
in tests/bulkaudit/README.md.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

import ijson
import libipld

from .car import CarError, read_car


@dataclass(frozen=True)
class ExportPost:
    ref: str  # the platform's id for the post, or its position in the file
    text: str
    at: dt.datetime | None
    url: str  # the original, when the export says where it is
    in_reply_to: str | None = None


@dataclass(frozen=True)
class Skipped:
    ref: str
    reason: str


class ExportError(Exception):
    """The export cannot be read any further (truncated or not the expected format)."""


Item = ExportPost | Skipped


# --- JSON helpers ---------------------------------------------------------------------------
def _json_items(stream: BinaryIO, prefixes: Callable[[str], bool]) -> Iterator[Any]:
    """Objects whose ijson prefix satisfies ``prefixes``, built one at a time."""
    builder: ijson.ObjectBuilder | None = None
    depth = 0
    try:
        for prefix, event, value in ijson.parse(stream, use_float=True):
            if builder is None:
                if event in ("start_map", "start_array") and prefixes(prefix):
                    builder, depth = ijson.ObjectBuilder(), 0
                else:
                    continue
            builder.event(event, value)
            if event in ("start_map", "start_array"):
                depth += 1
            elif event in ("end_map", "end_array"):
                depth -= 1
                if depth == 0:
                    yield builder.value
                    builder = None
    except ijson.IncompleteJSONError as exc:
        if "Incomplete" in str(exc) or "premature" in str(exc).lower():
            raise ExportError("the file ends part-way through (it may be truncated)") from None
        raise ExportError(f"the file is not valid JSON ({exc})") from None
    except ijson.JSONError as exc:
        raise ExportError(f"the file is not valid JSON ({exc})") from None


def _epoch(value: Any) -> dt.datetime | None:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return dt.datetime.fromtimestamp(value, tz=dt.UTC)
    return None


def _iso(value: Any) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        when = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=dt.UTC)


# --- Facebook ---------------------------------------------------------------------------------
def read_facebook(stream: BinaryIO, handle: str = "") -> Iterator[Item]:
    """Facebook's "Download your information" posts file (``your_posts_1.json`` / a Page's
    ``posts``): a list of ``{"timestamp", "data": [{"post": text}], "attachments", "title"}``.
    Some versions wrap the list in an object (e.g. ``{"status_updates_v2": [...]}``); any
    top-level list of objects is read. The export gives no link to each post."""

    def wanted(prefix: str) -> bool:
        return prefix == "item" or (prefix.count(".") == 1 and prefix.endswith(".item"))

    for n, item in enumerate(_json_items(stream, wanted), start=1):
        ref = f"post {n}"
        if not isinstance(item, dict):
            yield Skipped(ref, "not an object")
            continue
        texts = [
            d["post"]
            for d in item.get("data") or []
            if isinstance(d, dict) and isinstance(d.get("post"), str)
        ]
        if not texts:
            yield Skipped(ref, "no text (a photo, check-in or shared link on its own)")
            continue
        yield ExportPost(ref=ref, text="\n".join(texts), at=_epoch(item.get("timestamp")), url="")


# --- X (Twitter) ------------------------------------------------------------------------------
X_PREFIX = re.compile(rb"^\s*window\.YTD\.[A-Za-z0-9_]+\.part\d+\s*=\s*")
X_TIME = "%a %b %d %H:%M:%S %z %Y"  # "Wed Oct 10 20:19:24 +0000 2018"


class _AfterPrefix:
    """A file object that starts after ``window.YTD.tweets.part0 =``."""

    def __init__(self, stream: BinaryIO) -> None:
        head = stream.read(256)
        match = X_PREFIX.match(head)
        if match is None:
            raise ExportError("this is not an X archive's tweets.js (no window.YTD prefix)")
        self._pending = head[match.end() :]
        self._stream = stream

    def tell(self) -> int:
        return self._stream.tell()

    def read(self, size: int = -1) -> bytes:
        if size == 0:  # ijson asks for nothing to learn whether the file gives bytes
            return b""
        if self._pending:
            data, self._pending = self._pending, b""
            return data
        return self._stream.read(size)


def read_x(stream: BinaryIO, handle: str = "") -> Iterator[Item]:
    """``data/tweets.js`` of an X archive: ``window.YTD.tweets.part0 = [{"tweet": {...}}]``."""
    user = handle.lstrip("@")
    for n, item in enumerate(_json_items(_AfterPrefix(stream), lambda p: p == "item"), start=1):
        tweet = item.get("tweet", item) if isinstance(item, dict) else None
        if not isinstance(tweet, dict):
            yield Skipped(f"tweet {n}", "not an object")
            continue
        tid = str(tweet.get("id_str") or tweet.get("id") or "")
        text = tweet.get("full_text", tweet.get("text"))
        if not isinstance(text, str):
            yield Skipped(tid or f"tweet {n}", "no text")
            continue
        try:
            at = dt.datetime.strptime(tweet.get("created_at", ""), X_TIME)
        except (TypeError, ValueError):
            at = None
        url = ""
        if tid.isdigit():
            url = f"https://x.com/{user}/status/{tid}" if user else f"https://x.com/i/status/{tid}"
        yield ExportPost(ref=tid or f"tweet {n}", text=html.unescape(text), at=at, url=url)


# --- Mastodon ---------------------------------------------------------------------------------
TAG = re.compile(r"<[^>]+>")
BREAK = re.compile(r"<br\s*/?>|</p>\s*<p>", re.IGNORECASE)


def html_to_text(value: str) -> str:
    return html.unescape(TAG.sub("", BREAK.sub("\n", value))).strip()


def read_mastodon(stream: BinaryIO, handle: str = "") -> Iterator[Item]:
    """``outbox.json`` of a Mastodon archive: an ActivityStreams ``OrderedCollection`` whose
    ``orderedItems`` are ``Create`` activities with a ``Note`` object (``content`` as HTML,
    ``published``, ``url``, ``inReplyTo``) or ``Announce`` boosts (an object URL only)."""
    for n, item in enumerate(_json_items(stream, lambda p: p == "orderedItems.item"), start=1):
        if not isinstance(item, dict):
            yield Skipped(f"item {n}", "not an object")
            continue
        ref = str(item.get("id") or f"item {n}")
        if item.get("type") == "Announce":
            yield Skipped(ref, "a boost of someone else's post")
            continue
        note = item.get("object")
        if item.get("type") != "Create" or not isinstance(note, dict):
            yield Skipped(ref, f"not a post ({item.get('type', 'no type')})")
            continue
        content = note.get("content")
        if not isinstance(content, str):
            yield Skipped(ref, "no text")
            continue
        text = html_to_text(content)
        if note.get("summary"):  # a content warning is part of what people read
            text = f"{html_to_text(str(note['summary']))}\n{text}"
        yield ExportPost(
            ref=str(note.get("id") or ref),
            text=text,
            at=_iso(note.get("published") or item.get("published")),
            url=str(note.get("url") or note.get("id") or ""),
            in_reply_to=None,
        )


# --- Bluesky ----------------------------------------------------------------------------------
POST_COLLECTION = "app.bsky.feed.post/"


def _decode(block: bytes) -> Any:
    try:
        return libipld.decode_dag_cbor(block)
    except Exception:  # a damaged block is skipped; the reader carries on
        return None


def _index(stream: BinaryIO) -> tuple[str, dict[bytes, str], str]:
    """First pass: the account's DID and each post record's key from the repository's tree
    (Merkle Search Tree nodes: entries ``{"p": shared prefix, "k": key suffix, "v": CID}``)."""
    did, keys, problem = "", {}, ""
    try:
        _, blocks = read_car(stream)
        for _cid, block in blocks:
            node = _decode(block)
            if not isinstance(node, dict):
                continue
            if "did" in node and "data" in node and "version" in node:
                did = str(node["did"])
            elif "e" in node and "l" in node and isinstance(node["e"], list):
                previous = b""
                for entry in node["e"]:
                    if not isinstance(entry, dict):
                        continue
                    key = previous[: entry.get("p", 0)] + (entry.get("k") or b"")
                    previous = key
                    name = key.decode("utf-8", "replace")
                    if name.startswith(POST_COLLECTION) and isinstance(entry.get("v"), bytes):
                        keys[entry["v"]] = name[len(POST_COLLECTION) :]
    except CarError as exc:
        problem = str(exc)
    return did, keys, problem


def read_bluesky(stream: BinaryIO, handle: str = "") -> Iterator[Item]:
    """A Bluesky repository (``.car``): every ``app.bsky.feed.post`` record, linked to
    ``https://bsky.app/profile/<did>/post/<record key>``. The file is read twice (first the
    tree, for each record's key; then the records); only the keys are held in memory."""
    stream.seek(0)
    did, keys, problem = _index(stream)
    stream.seek(0)
    try:
        _, blocks = read_car(stream)
    except CarError as exc:
        raise ExportError(str(exc)) from None
    n = 0
    try:
        for cid, block in blocks:
            record = _decode(block)
            if not isinstance(record, dict) or record.get("$type") != "app.bsky.feed.post":
                continue
            n += 1
            rkey = keys.get(cid, "")
            text = record.get("text")
            if not isinstance(text, str):
                yield Skipped(rkey or f"record {n}", "no text")
                continue
            owner = did or handle.lstrip("@")
            url = f"https://bsky.app/profile/{owner}/post/{rkey}" if rkey and owner else ""
            yield ExportPost(
                ref=rkey or f"record {n}", text=text, at=_iso(record.get("createdAt")), url=url
            )
    except CarError as exc:
        raise ExportError(str(exc)) from None
    if problem:
        raise ExportError(problem)


READERS: dict[str, Callable[[BinaryIO, str], Iterator[Item]]] = {
    "facebook": read_facebook,
    "x": read_x,
    "mastodon": read_mastodon,
    "bluesky": read_bluesky,
}
