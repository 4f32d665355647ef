"""Worst-case timing of one check on long, repetitive posts (not a test; timings belong here).

    .venv/bin/python bench/long_posts.py [--chars 60000]

Each case repeats a short pattern up to ``--chars`` characters (the checker accepts up to
100,000) in one sentence or many, the shapes that make a per-match search over the whole
sentence quadratic: many phone numbers, many words in scare quotes, many sentences. A check that
grows much faster than the text is a denial-of-service risk for the live check and the API.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from civicpost.policy import MAX_CHARS, Context, Post, check, load_pack  # noqa: E402

CASES = {
    "words": "the council voted but we ",
    "spaces": "a ",
    "apostrophes": "'",
    "house numbers": "no. 4 ",
    "one letter": "a",
    "you": "you you you lot ",
    "mixed": "Cllr Booth said the precept WILL go up 9.5% and I'll vote no, see what happens 😂 ",
    "spaced letters": "i d i o t ",
    "phone numbers": "07700 900123 ",
    "phone numbers, many sentences": "ring me on 07700 900123. ",
    "emoji": "😂🙄",
    "scare quotes": "'accidentally' ",
    # review round 5: one search over the whole text per match
    "g-dropped words": "we were goin' ",
    "text-speak near links": "u www.x.com ",
    "disable calls": "the camera. unplug it ",
    "accusations, one sentence": "you're a liar ",
    "accusations, they": "they are thieves ",
    "allegations and mentions": "Cllr Booth has been nicking the lead, police have been told ",
    "insults and first names": "Lee is an idiot ",
    "dares": "just leave it off and see what happens ",
    "jibes at mentions": "Cllr Booth still hasn't ",
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=60_000)
    args = ap.parse_args()
    ctx = Context.from_yaml(REPO.parent / "shared" / "eval" / "context.yaml")
    pack = load_pack()
    base = {
        "account": {"kind": "personal", "platform": "facebook", "handle": "someone"},
        "author": "p-cllr-booth",
        "at": "2027-03-01T12:00:00+00:00",
    }
    check(Post.from_dict(dict(base, id="warm", text="Hello")), ctx, pack)
    print(f"{'case':32} {'chars':>7} {'seconds':>8}  verdict")
    for name, unit in CASES.items():
        text = (unit * (min(args.chars, MAX_CHARS) // len(unit) + 1))[: min(args.chars, MAX_CHARS)]
        t0 = time.perf_counter()
        report = check(Post.from_dict(dict(base, id=name, text=text)), ctx, pack)
        print(f"{name:32} {len(text):7} {time.perf_counter() - t0:8.2f}  {report.verdict.label}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
