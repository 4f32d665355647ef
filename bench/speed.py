"""Speed of the policy checker: throughput, warm latency, cold start and peak memory.

    .venv/bin/python bench/speed.py [--n 5000]

Posts are the labelled posts in ``shared/eval/dev.jsonl`` repeated to ``--n``. Throughput is
measured with 2 worker processes (the target has 2 cores) and in one thread; latency per warm call.
The anchors (alt-profanity-check, presidio-analyzer with the pattern-only configuration of
bench/accuracy.py) are timed on the same texts in the same run when they import, beside our own
detectors alone (hostile-language lexicons; personal-data recognisers); otherwise their rows say
"not installed". Peak memory of the checker is read before any anchor is imported.
Not a test: timings belong here, never in assertions.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import accuracy  # noqa: E402  (same anchor set-up; also switches tldextract's download off)

NOT_INSTALLED = "not installed (not a dependency)"


def _timed(fn, texts: list[str]) -> tuple[float, float, float]:
    """texts/s over one call per text, and p50/p99 ms per call (after 200 warm calls)."""
    for t in texts[:200]:
        fn(t)
    latencies = []
    t0 = time.perf_counter()
    for t in texts:
        s = time.perf_counter()
        fn(t)
        latencies.append((time.perf_counter() - s) * 1000)
    rate = len(texts) / (time.perf_counter() - t0)
    latencies.sort()
    return rate, statistics.median(latencies), latencies[int(len(latencies) * 0.99) - 1]


def _cold(code: str, setup: str = "") -> float:
    """Seconds from a new interpreter's first import to its first result (``setup`` untimed)."""
    out = subprocess.run(
        [
            sys.executable,
            "-c",
            f"{setup}\nimport time; t=time.perf_counter()\n{code}\nprint(time.perf_counter()-t)",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
        env={**os.environ, "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": ""},
    )
    return float(out.stdout.strip().splitlines()[-1])


def _posts(n: int) -> list[dict]:
    lines = [
        json.loads(x) for x in (SHARED / "eval" / "dev.jsonl").read_text("utf-8").splitlines() if x
    ]
    return [lines[i % len(lines)] for i in range(n)]


def _worker(chunk: list[dict]) -> int:
    from civicpost.policy import Context, Post, check, load_pack

    ctx, pack = Context.from_yaml(SHARED / "eval" / "context.yaml"), load_pack()
    return sum(len(check(Post.from_dict(d), ctx, pack).findings) for d in chunk)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=5000)
    args = ap.parse_args(argv)
    data = _posts(args.n)

    cold = subprocess.run(
        [
            sys.executable,
            "-c",
            "import time; t=time.perf_counter();"
            "from civicpost.policy import Context, Post, check, load_pack;"
            f"ctx=Context.from_yaml({str(SHARED / 'eval' / 'context.yaml')!r});"
            "check(Post(text='Cllr Smith is an idiot'), ctx, load_pack());"
            "print(time.perf_counter()-t)",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=True,
    )
    cold_s = float(cold.stdout.strip())

    from civicpost.policy import Context, Post, check, load_pack

    ctx, pack = Context.from_yaml(SHARED / "eval" / "context.yaml"), load_pack()
    posts = [Post.from_dict(d) for d in data]
    for p in posts[:200]:
        check(p, ctx, pack)
    latencies = []
    t0 = time.perf_counter()
    for p in posts:
        t = time.perf_counter()
        check(p, ctx, pack)
        latencies.append((time.perf_counter() - t) * 1000)
    one_thread = len(posts) / (time.perf_counter() - t0)
    latencies.sort()
    p50 = statistics.median(latencies)
    p99 = latencies[int(len(latencies) * 0.99) - 1]

    half = len(data) // 2
    with ProcessPoolExecutor(max_workers=2) as pool:
        list(pool.map(_worker, [data[:50], data[:50]]))  # warm the workers
        t0 = time.perf_counter()
        list(pool.map(_worker, [data[:half], data[half:]]))
        two_procs = len(data) / (time.perf_counter() - t0)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"posts: {len(data)} (dev.jsonl repeated)")
    print(f"throughput, 2 processes: {two_procs:,.0f} posts/s (incl. context/pack load per worker)")
    print(f"throughput, 1 thread:    {one_thread:,.0f} posts/s")
    print(f"warm latency: p50 {p50:.2f} ms, p99 {p99:.2f} ms")
    print(f"cold start to first result: {cold_s:.2f} s")
    print(f"peak memory (this process): {peak_mb:.0f} MB")
    texts = [p.text for p in posts]
    print(f"\ndetectors alone and anchors, on the same {len(texts)} texts, 1 thread:")
    head = ("detector", "texts/s", "p50 ms", "p99 ms", "cold s")
    rows = [
        (
            "civicpost checker, whole",
            f"{one_thread:,.0f}",
            f"{p50:.3f}",
            f"{p99:.3f}",
            f"{cold_s:.2f}",
        )
    ]

    def row(name: str, timed: tuple[float, float, float] | None, cold: float | None) -> None:
        if timed is None:
            rows.append((name, NOT_INSTALLED, "", "", ""))
            return
        rate, q50, q99 = timed
        rows.append(
            (
                name,
                f"{rate:,.0f}",
                f"{q50:.3f}",
                f"{q99:.3f}",
                "" if cold is None else f"{cold:.2f}",
            )
        )

    row("civicpost hostile lexicons", _timed(lambda t: accuracy._hostile(t, pack), texts), None)
    row(
        "civicpost personal data",
        _timed(lambda t: accuracy.find_personal_data(accuracy.normalise(t)), texts),
        None,
    )
    accuracy.watch_network()
    profanity = accuracy.load_profanity_check()
    if profanity is None:
        row("alt-profanity-check", None, None)
    else:
        cold_apc = _cold("from profanity_check import predict; predict(['Cllr Smith is an idiot'])")
        row("alt-profanity-check, per text", _timed(lambda t: profanity([t]), texts), cold_apc)
        t0 = time.perf_counter()
        profanity(texts)
        batch = len(texts) / (time.perf_counter() - t0)
        rows.append(("alt-profanity-check, one batch", f"{batch:,.0f}", "", "", ""))
    presidio = accuracy.load_presidio()
    if presidio is None:
        row("presidio-analyzer (patterns)", None, None)
    else:
        cold_pa = _cold(  # bench/accuracy.py imports presidio only inside load_presidio()
            "accuracy.presidio_spans(accuracy.load_presidio(), 'Call 07911 123456')",
            setup=f"import sys; sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})\n"
            "import accuracy",
        )
        row(
            "presidio-analyzer (patterns)",
            _timed(lambda t: accuracy.presidio_spans(presidio, t), texts),
            cold_pa,
        )
    widths = [max(len(r[i]) for r in [head, *rows]) for i in range(5)]
    for i, r in enumerate([head, *rows]):
        print(
            "  ".join(
                c.ljust(widths[j]) if j == 0 else c.rjust(widths[j]) for j, c in enumerate(r)
            ).rstrip()
        )
        if i == 0:
            print("  ".join("-" * w for w in widths))
    anchored = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory with the anchors loaded too: {anchored:.0f} MB")
    print(f"network attempts: {len(accuracy.NET_CALLS)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
