"""How long publishing to Bluesky takes, against the real local PDS the tests use.

Not a test. Run from the repository root after ``scripts/install-bluesky-pds.sh``::

    .venv/bin/python bench/bluesky_publish.py [--posts 20]

Measures: the PDS's start-up time and its Node process's memory (RSS), one publish through
``BlueskyConnector`` (sign-in, the read for an earlier attempt, blob upload, createRecord) for
text posts and posts with an image, a repeat of a published key, the time to fail when the PDS
is down (its port closed), and the installed size of tests/bluesky_pds/node_modules.
Everything runs on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "src")]

from tests.posts.bluesky_server import PDS_DIR, local_pds, png  # noqa: E402
from tests.posts.mastodon_server import free_port  # noqa: E402

from civicpost.posts.connectors import Media, RetryableError  # noqa: E402
from civicpost.posts.connectors.bluesky import BlueskyConnector  # noqa: E402


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def summary(times: list[float]) -> str:
    ms = sorted(t * 1000 for t in times)
    return f"median {statistics.median(ms):.0f} ms, worst {ms[-1]:.0f} ms, best {ms[0]:.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--posts", type=int, default=20)
    args = parser.parse_args()

    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as log_dir, local_pds(Path(log_dir)) as pds:
        ready = time.perf_counter() - started
        print(f"PDS healthy with an account and app password after {ready:.1f} s")
        print(f"Node RSS after start: {rss_mb(pds.process.pid):.0f} MB")

        def publish(text: str, media: list[Media], key: str) -> float:
            connector = BlueskyConnector(pds.url, pds.handle, pds.password)
            begin = time.perf_counter()
            connector.publish(text, media, key)
            return time.perf_counter() - begin

        publish("Warm-up", [], str(uuid.uuid4()))
        picture = png(700, 700, noise=True)
        image = Media(picture, "hall.png", "image/png", "The village hall")
        text_times = [
            publish(f"Parish notice {n}: https://treeton.example/{n}", [], str(uuid.uuid4()))
            for n in range(args.posts)
        ]
        image_times = [
            publish(f"Parish photo {n}", [image], str(uuid.uuid4())) for n in range(args.posts)
        ]
        logins = []
        for _ in range(args.posts):
            connector = BlueskyConnector(pds.url, pds.handle, pds.password)
            begin = time.perf_counter()
            connector._login()
            logins.append(time.perf_counter() - begin)
        key = str(uuid.uuid4())
        publish("Published once", [], key)
        repeat_times = [publish("Published once", [], key) for _ in range(args.posts)]
        print(f"Publish, text with a link ({args.posts}): {summary(text_times)}")
        print(
            f"Publish, with a {len(picture) / 1000:.0f} kB PNG ({args.posts}): "
            f"{summary(image_times)}"
        )
        print(f"Of which sign-in (createSession + getSession): {summary(logins)}")
        print(f"Repeat of a published key ({args.posts}, no new post): {summary(repeat_times)}")
        print(f"Posts in the repository: {len(pds.posts())} (expected {2 * args.posts + 2})")
        print(f"Node RSS after the posts: {rss_mb(pds.process.pid):.0f} MB")

    down = f"http://127.0.0.1:{free_port()}"
    fails = []
    for _ in range(args.posts):
        connector = BlueskyConnector(down, "treeton-pc.test", "abcd-efgh-ijkl-mnop")
        begin = time.perf_counter()
        try:
            connector.publish("Nobody is listening", [], str(uuid.uuid4()))
        except RetryableError:
            fails.append(time.perf_counter() - begin)
    print(f"PDS down (port closed), time to a retryable failure: {summary(fails)}")

    with socket.socket() as silent:  # accepts connections, never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        hung = f"http://127.0.0.1:{silent.getsockname()[1]}"
        connector = BlueskyConnector(hung, "treeton-pc.test", "abcd-efgh-ijkl-mnop")
        begin = time.perf_counter()
        try:
            connector.publish("Nobody answers", [], str(uuid.uuid4()))
        except RetryableError as error:
            print(
                f"PDS hung (accepts, never answers): {type(error).__name__} after "
                f"{time.perf_counter() - begin:.1f} s (the 20 s timeout)"
            )

    size = subprocess.run(
        ["du", "-sh", str(PDS_DIR / "node_modules")], capture_output=True, text=True, check=True
    ).stdout.split()[0]
    print(f"tests/bluesky_pds/node_modules: {size}")


if __name__ == "__main__":
    main()
