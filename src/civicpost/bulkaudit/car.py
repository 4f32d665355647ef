"""A streaming reader for CAR v1 files (Content Addressable aRchives), as Bluesky's
``com.atproto.sync.getRepo`` returns a repository.

Format (https://ipld.io/specs/transport/car/carv1/): a varint length and a DAG-CBOR header
``{"version": 1, "roots": [...]}``, then blocks, each a varint length followed by a CID and the
block's bytes. Blocks are read one at a time from the file, so memory does not grow with the
file; DAG-CBOR is decoded by ``libipld``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

import libipld

MAX_BLOCK = 2 * 1024 * 1024  # atproto limits a record to 1 MiB; anything far bigger is damage


class CarError(Exception):
    """The file is not a CAR file, or it ends part-way through a block."""


def _varint(stream: BinaryIO) -> int | None:
    """An unsigned LEB128 varint; None at a clean end of file."""
    shift = result = 0
    while True:
        byte = stream.read(1)
        if not byte:
            if shift == 0:
                return None
            raise CarError("the file ends part-way through a block length")
        result |= (byte[0] & 0x7F) << shift
        if not byte[0] & 0x80:
            return result
        shift += 7
        if shift > 63:
            raise CarError("a block length is not a valid varint")


def _cid_length(data: bytes) -> int:
    """How many bytes of ``data`` the leading CID takes."""
    if data[:2] == b"\x12\x20":  # CIDv0: a bare sha2-256 multihash
        return 34
    pos = 0

    def varint() -> int:
        nonlocal pos
        shift = result = 0
        while True:
            if pos >= len(data):
                raise CarError("a block's CID is cut short")
            byte = data[pos]
            pos += 1
            result |= (byte & 0x7F) << shift
            if not byte & 0x80:
                return result
            shift += 7

    if varint() != 1:
        raise CarError("a block's CID has an unknown version")
    varint()  # codec
    varint()  # multihash code
    digest = varint()
    return pos + digest


def read_car(stream: BinaryIO) -> tuple[dict, Iterator[tuple[bytes, bytes]]]:
    """The header and an iterator of ``(cid bytes, block bytes)``."""
    length = _varint(stream)
    if length is None or length > MAX_BLOCK:
        raise CarError("this is not a CAR file (no header)")
    raw = stream.read(length)
    if len(raw) < length:
        raise CarError("the file ends part-way through its header")
    try:
        header = libipld.decode_dag_cbor(raw)
    except Exception as exc:
        raise CarError(f"the CAR header cannot be read ({exc})") from None
    if not isinstance(header, dict) or header.get("version") != 1:
        raise CarError("this is not a version 1 CAR file")

    def blocks() -> Iterator[tuple[bytes, bytes]]:
        while True:
            size = _varint(stream)
            if size is None:
                return
            if size > MAX_BLOCK:
                raise CarError(f"a block claims to be {size:,} bytes long")
            data = stream.read(size)
            if len(data) < size:
                raise CarError("the file ends part-way through a block")
            cut = _cid_length(data)
            yield data[:cut], data[cut:]

    return header, blocks()
