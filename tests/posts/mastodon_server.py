"""Starts ``mastodon-mock`` (a stateful mock of the Mastodon REST API) on 127.0.0.1 for a test
session, and stops it afterwards. Nothing leaves the machine."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

TOKEN = "mock_token"  # mastodon-mock's built-in access token


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def mastodon_mock() -> Iterator[str]:
    """The base URL of a fresh in-memory mock server."""
    exe = shutil.which("mastodon_mock") or str(Path(sys.executable).with_name("mastodon_mock"))
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    process = subprocess.Popen(
        [
            exe,
            "serve",
            "--in-memory",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--log-level",
            "warning",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if httpx.get(f"{base}/api/v1/instance", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"mastodon-mock did not start: {process.stderr.read()!r}")
            time.sleep(0.1)
        yield base
    finally:
        process.terminate()
        process.wait(10)
