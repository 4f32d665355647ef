"""Speed of the policy checker: throughput, warm latency, cold start and peak memory.

    .venv/bin/python bench/speed.py [--n 5000]

Posts are the labelled posts in ``shared/eval/dev.jsonl`` repeated to ``--n``. Throughput is
measured with 2 worker processes (the target has 2 cores) and in one thread; latency per warm call.
Anchors (alt-profanity-check, presidio-analyzer) are timed on the same texts when installed.
Not a test: timings belong here, never in assertions.
"""

from __future__ import annotations

import argparse
import json
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
    try:
        from profanity_check import predict_prob

        t0 = time.perf_counter()
        predict_prob(texts)
        print(f"anchor alt-profanity-check: {len(texts) / (time.perf_counter() - t0):,.0f} texts/s")
    except ImportError:
        print("anchor alt-profanity-check: not installed (not a dependency)")
    try:
        import presidio_analyzer  # noqa: F401

        print("anchor presidio-analyzer: installed but not timed here")
    except ImportError:
        print("anchor presidio-analyzer: not installed (not a dependency)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
