#!/usr/bin/env python3
"""/api/check under load: requests per second and latency percentiles with 20 concurrent
clients on loopback, against gunicorn serving civicpost with the demo council's registers.

    .venv/bin/python bench/api_load.py [--clients 20] [--seconds 20] [--workers 2]
    .venv/bin/python bench/api_load.py --context-cache off   # every check rebuilds the Context
    .venv/bin/python scripts/with_postgres.py -- .venv/bin/python bench/api_load.py

A fresh SQLite file in a temporary folder unless DATABASE_URL is set. The clients are threads
in this process on the same machine, so they compete with the server for the CPU: the numbers
are a floor for a server with a machine to itself.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

POSTS = [
    {"text": "The village hall car park will be resurfaced on Monday. Please park on Mill Lane."},
    {"text": "Shut up, you pathetic clown. Nobody cares what you think."},
    {
        "text": "Lovely walk today.",
        "account": {"kind": "personal", "display_name": "Cllr Priya Ramsden"},
    },
    {
        "text": "Call Dorothy on 07700 900123 about her late husband's debts.",
        "account": {"kind": "official", "platform": "facebook"},
    },
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def setup(env: dict[str, str]) -> str:
    """Migrate, load the demo council, and make a token for the demo Clerk."""
    code = (
        "import django, os;"
        "os.environ.setdefault('DJANGO_SETTINGS_MODULE','civicpost.web.settings');"
        "django.setup();"
        "from django.core.management import call_command; call_command('migrate', verbosity=0);"
        "from civicpost.demo import load_demo; load_demo();"
        "from django.contrib.auth.models import User;"
        "from civicpost.api.services import create_token;"
        "print(create_token(User.objects.get(username='clerk'), 'bench')[1])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    return out.stdout.strip().splitlines()[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--context-cache",
        choices=["on", "off"],
        default="on",
        help="keep the checker's Context per worker until a register changes (the default)",
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(
            os.environ,
            CIVICPOST_DATA_DIR=tmp,
            CIVICPOST_HTTPS="false",
            LOG_LEVEL="WARNING",
            CIVICPOST_API_RATE="100000000",
            CIVICPOST_CONTEXT_CACHE=args.context_cache,
        )
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        from _pg import fresh_database_env

        env = fresh_database_env(env)
        token = setup(env)
        port = free_port()
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "civicpost.web.wsgi",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                str(args.workers),
                "--log-level",
                "warning",
            ],
            env=env,
        )
        try:
            result = load(port, token, args)
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(json.dumps(result))
    return 0


def request(port: int, token: str, body: bytes) -> tuple[int, float]:
    start = time.perf_counter()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    conn.request(
        "POST",
        "/api/check",
        body,
        {"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    response = conn.getresponse()
    response.read()
    conn.close()
    return response.status, time.perf_counter() - start


def load(port: int, token: str, args: argparse.Namespace) -> dict[str, object]:
    bodies = [json.dumps(p).encode() for p in POSTS]
    for _ in range(50):  # wait for the server, and warm each worker's caches
        try:
            if request(port, token, bodies[0])[0] == 200:
                break
        except OSError:
            time.sleep(0.2)
    for i in range(40):
        request(port, token, bodies[i % len(bodies)])
    load_before = os.getloadavg()[0]
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop = time.perf_counter() + args.seconds

    def client(n: int) -> None:
        i = n
        while time.perf_counter() < stop:
            status, seconds = request(port, token, bodies[i % len(bodies)])
            i += 1
            with lock:
                if status == 200:
                    latencies.append(seconds)
                else:
                    errors[0] += 1

    started = time.perf_counter()
    threads = [threading.Thread(target=client, args=(n,)) for n in range(args.clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - started
    latencies.sort()
    q = statistics.quantiles(latencies, n=100)

    return {
        "database": "postgresql"
        if os.environ.get("DATABASE_URL", "").startswith("postgres")
        else "sqlite",
        "context_cache": args.context_cache,
        "clients": args.clients,
        "gunicorn_workers": args.workers,
        "requests": len(latencies),
        "errors": errors[0],
        "rps": round(len(latencies) / elapsed, 1),
        "p50_ms": round(q[49] * 1000, 1),
        "p99_ms": round(q[98] * 1000, 1),
        "load_1min_before": round(load_before, 2),
    }


if __name__ == "__main__":
    sys.exit(main())
