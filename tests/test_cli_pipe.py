"""`civicpost check --jsonl FILE | head`: the reader stops early and civicpost stops quietly."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def test_a_closed_pipe_stops_the_command_without_a_traceback(tmp_path: Path) -> None:
    post = {"id": "p", "text": "The footpath on Church Lane is open again."}
    posts = tmp_path / "posts.jsonl"
    posts.write_text("\n".join(json.dumps(post | {"id": f"p{i}"}) for i in range(20_000)) + "\n")
    process = subprocess.Popen(
        [sys.executable, "-m", "civicpost.cli", "check", "--jsonl", str(posts)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()  # like `head -1` exiting
    errors = process.stderr.read().decode()
    process.wait(timeout=120)
    assert json.loads(first)["id"] == "p0"
    assert "Traceback" not in errors, errors
    assert process.returncode == 141
