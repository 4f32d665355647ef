#!/usr/bin/env python3
"""Database queries and single-client latency of one warm ``POST /api/check``, with the
checker's Context cached (the default) and rebuilt on every check (``CIVICPOST_CONTEXT_CACHE=off``).

    .venv/bin/python bench/api_check_queries.py [--n 200]
    .venv/bin/python scripts/with_postgres.py -- .venv/bin/python bench/api_check_queries.py

A fresh SQLite file in a temporary folder (or a fresh database on the PostgreSQL server named by
DATABASE_URL) with the demo council; Django's test client, one request at a time, in-process.
Query counts do not depend on the machine's load; the timings do.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=200)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
        from _pg import fresh_database_env

        os.environ.update(fresh_database_env(dict(os.environ, CIVICPOST_DATA_DIR=tmp)))
        os.environ.update(CIVICPOST_HTTPS="false", CIVICPOST_API_RATE="100000000")
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "civicpost.web.settings")
        import django

        django.setup()
        from django.contrib.auth.models import User
        from django.core.management import call_command
        from django.db import connection
        from django.test import Client

        from civicpost.api.services import create_token
        from civicpost.demo import load_demo

        call_command("migrate", verbosity=0)
        load_demo()
        token = create_token(User.objects.get(username="clerk"), "bench")[1]
        client = Client(HTTP_HOST="127.0.0.1")
        body = json.dumps({"text": "Shut up, you pathetic clown. Nobody cares what you think."})
        headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"}

        def one() -> float:
            start = time.perf_counter()
            response = client.post("/api/check", body, content_type="application/json", **headers)
            assert response.status_code == 200, response.content
            return time.perf_counter() - start

        results = []
        for mode in ("off", "on"):
            os.environ["CIVICPOST_CONTEXT_CACHE"] = mode
            for _ in range(20):
                one()  # warm: the pack's lexicons, the cached Context
            queries: list[str] = []

            def count(run, sql, *rest, queries=queries):  # type: ignore[no-untyped-def]
                queries.append(sql)
                return run(sql, *rest)

            with connection.execute_wrapper(count):
                one()
            times = sorted(one() for _ in range(args.n))
            results.append(
                {
                    "database": connection.vendor,
                    "context_cache": mode,
                    "queries_per_check": len(queries),
                    "p50_ms": round(statistics.median(times) * 1000, 2),
                    "mean_ms": round(statistics.fmean(times) * 1000, 2),
                }
            )
    for result in results:
        print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
