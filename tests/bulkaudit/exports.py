"""Builders for test exports: a Bluesky repository as a CAR v1 file (DAG-CBOR written here, so
the reader is tested against bytes it did not make), and big synthetic exports for the bench."""

from __future__ import annotations

import hashlib
import json
import struct
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

FIXTURES = Path(__file__).parent / "fixtures"
DID = "did:plc:treetonparish000000000000"


class Link(bytes):
    """A CID link (CBOR tag 42)."""


def _head(major: int, n: int) -> bytes:
    if n < 24:
        return bytes([major << 5 | n])
    for code, fmt in ((24, ">B"), (25, ">H"), (26, ">I"), (27, ">Q")):
        if n < 1 << (8 * struct.calcsize(fmt)):
            return bytes([major << 5 | code]) + struct.pack(fmt, n)
    raise ValueError(n)


def cbor(value: Any) -> bytes:
    """Deterministic DAG-CBOR for the types a repository uses (map keys sorted by length)."""
    if value is None:
        return b"\xf6"
    if value is True or value is False:
        return b"\xf5" if value else b"\xf4"
    if isinstance(value, int):
        return _head(0, value) if value >= 0 else _head(1, -1 - value)
    if isinstance(value, Link):
        payload = b"\x00" + bytes(value)
        return b"\xd8\x2a" + _head(2, len(payload)) + payload
    if isinstance(value, bytes):
        return _head(2, len(value)) + value
    if isinstance(value, str):
        raw = value.encode()
        return _head(3, len(raw)) + raw
    if isinstance(value, list):
        return _head(4, len(value)) + b"".join(cbor(v) for v in value)
    if isinstance(value, dict):
        keys = sorted(value, key=lambda k: (len(k.encode()), k.encode()))
        return _head(5, len(keys)) + b"".join(cbor(k) + cbor(value[k]) for k in keys)
    raise TypeError(type(value))


def cid_of(block: bytes) -> Link:
    return Link(bytes([1, 0x71, 0x12, 0x20]) + hashlib.sha256(block).digest())


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte = n & 0x7F
        n >>= 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def write_car(out: IO[bytes], posts: Iterable[tuple[str, str, str]]) -> None:
    """A repository with one MST node listing every post (fine for tests; real trees are
    deeper), written in the order getRepo uses: commit, tree, then records."""
    records = []
    for rkey, text, created in posts:
        block = cbor(
            {"$type": "app.bsky.feed.post", "text": text, "createdAt": created, "langs": ["en"]}
        )
        records.append((rkey, cid_of(block), block))
    entries, previous = [], b""
    for rkey, cid, _ in sorted(records, key=lambda r: r[0]):
        key = f"app.bsky.feed.post/{rkey}".encode()
        shared = 0
        while shared < min(len(key), len(previous)) and key[shared] == previous[shared]:
            shared += 1
        entries.append({"p": shared, "k": key[shared:], "v": cid, "t": None})
        previous = key
    node = cbor({"l": None, "e": entries})
    commit = cbor(
        {
            "did": DID,
            "version": 3,
            "data": cid_of(node),
            "rev": "3kabc",
            "prev": None,
            "sig": b"\x00" * 64,
        }
    )
    header = cbor({"version": 1, "roots": [cid_of(commit)]})
    out.write(_varint(len(header)) + header)
    for block in (commit, node, *(b for _, _, b in records)):
        cid = cid_of(block)
        out.write(_varint(len(cid) + len(block)) + bytes(cid) + block)


BLUESKY_POSTS = [
    (
        "3kq2aaaaaaa22",
        "Come to the annual parish meeting on 21 May in the village hall.",
        "2024-05-01T09:00:00.000Z",
    ),
    (
        "3kq2aaaaaab22",
        "What a pathetic clown our neighbour on the council is. Total idiot.",
        "2024-06-02T20:15:00.000Z",
    ),
]


def bluesky_bytes() -> bytes:
    import io

    buffer = io.BytesIO()
    write_car(buffer, BLUESKY_POSTS)
    return buffer.getvalue()


def write_mastodon_outbox(out: IO[bytes], count: int, texts: list[str]) -> None:
    """A synthetic outbox of ``count`` Create/Note activities, written as it goes."""
    out.write(
        b'{"@context": "https://www.w3.org/ns/activitystreams", "id": "outbox.json", '
        b'"type": "OrderedCollection", "totalItems": %d, "orderedItems": [' % count
    )
    for i in range(count):
        day = f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}T10:00:00Z"
        note = {
            "id": f"https://social.example/users/treetonpc/statuses/{i}/activity",
            "type": "Create",
            "published": day,
            "object": {
                "id": f"https://social.example/users/treetonpc/statuses/{i}",
                "type": "Note",
                "published": day,
                "url": f"https://social.example/@treetonpc/{i}",
                "content": f"<p>{texts[i % len(texts)]}</p>",
            },
        }
        out.write((b"," if i else b"") + json.dumps(note).encode())
    out.write(b"]}")
