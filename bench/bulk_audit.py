#!/usr/bin/env python3
"""Bulk audit throughput and memory: a synthetic Mastodon outbox of N posts screened end to end
(streamed read, checker with the registers, flagged posts saved), as the worker runs it.

    .venv/bin/python bench/bulk_audit.py [--sizes 10000 100000]
    .venv/bin/python scripts/with_postgres.py -- .venv/bin/python bench/bulk_audit.py

Each size runs in a fresh process (its own SQLite file in a temporary folder, unless
DATABASE_URL is set), so "peak RSS" is that run's own high-water mark; the export is written to
disk first and is not counted. Memory flat means peak RSS at 100k close to peak RSS at 10k.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXTS = [
    "The village hall car park will be resurfaced on Monday. Please park on Mill Lane.",
    "Bins will be collected on Tuesday this week and next week because of the bank holiday.",
    "Thank you to everyone who came to the spring litter pick. 42 bags collected!",
    "The parish council meets on Thursday at 7pm in the village hall. All welcome.",
    "Shut up, you pathetic clown. Nobody cares what you think.",
    "Call Dorothy on 07700 900123 about her late husband's debts.",
    "Applications for the community grant close on 30 June. See the website for the form.",
    "Road closure on Church Street from 9am to 4pm on Saturday for resurfacing works.",
    "We disagree with the county's decision to cut the bus service and will say so.",
    "Lovely to see so many families at the summer fete. Thank you to all the volunteers.",
]


def child(size: int, export: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "civicpost.web.settings")
    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.core.files import File
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from civicpost.bulkaudit.models import BulkAudit
    from civicpost.bulkaudit.services import run_audit

    user = User.objects.create_user(f"bench{time.time_ns()}")
    with open(export, "rb") as f:
        audit = BulkAudit.objects.create(
            platform="mastodon",
            handle="@treetonpc",
            created_by=user,
            bytes_total=os.path.getsize(export),
        )
        audit.export.save("outbox.json", File(f))
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.perf_counter()
    audit = run_audit(audit.pk)
    seconds = time.perf_counter() - start
    print(
        json.dumps(
            {
                "posts": audit.posts_screened,
                "flagged": audit.posts_flagged,
                "seconds": round(seconds, 1),
                "posts_per_s": round(audit.posts_screened / seconds),
                "peak_rss_mb_before": round(rss_before / 1024),
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
                "database": django.db.connection.vendor,
            }
        )
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(int(args.child[0]), args.child[1])
        return 0
    sys.path.insert(0, str(ROOT))
    from tests.bulkaudit.exports import write_mastodon_outbox

    sys.path.insert(0, str(ROOT / "bench"))
    from _pg import fresh_database_env

    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            export = Path(tmp) / "outbox.json"
            with export.open("wb") as out:
                write_mastodon_outbox(out, size, TEXTS)
            env = dict(os.environ, CIVICPOST_DATA_DIR=tmp, LOG_LEVEL="WARNING")
            env = fresh_database_env(env)
            result = subprocess.run(
                [sys.executable, __file__, "--child", str(size), str(export)],
                env=env,
                capture_output=True,
                text=True,
            )
            if result.returncode:
                sys.exit(result.stderr[-3000:])
            data = json.loads(result.stdout.strip().splitlines()[-1])
            data["export_mb"] = round(export.stat().st_size / 1e6, 1)
            print(json.dumps(data))
    return 0


if __name__ == "__main__":
    sys.exit(main())
