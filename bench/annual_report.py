#!/usr/bin/env python3
"""Time to build the annual report for a busy year, and the size of its PDF.

    .venv/bin/python bench/annual_report.py [--revisions 5000]
    .venv/bin/python scripts/with_postgres.py -- .venv/bin/python bench/annual_report.py

Fills a fresh database (an SQLite file in a temporary folder, or a new database on the
PostgreSQL server named by DATABASE_URL) with one council year: N revisions of official posts
(two per post) with check reports made by the real checker, a publication for every other post,
an override for every 50th, self-checks and complaints; then times ``annual_report()`` (first
run and the median of five), the CSV, the page's HTML and the PDF, and prints the PDF's size.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
YEAR = 2025
TEXTS = [
    "The village hall car park will be resurfaced on Monday. Please park on Mill Lane.",
    "Thanks to Gareth Wilde for organising the litter pick on Sunday.",
    "Shut up, you pathetic clown. Nobody cares what you think.",
    "Call Dorothy on 07700 900123 about her late husband's debts.",
    "Road closure on Church Street from 9am to 4pm on Saturday for resurfacing works.",
    "Lovely to see so many families at the summer fete. Thank you to all the volunteers.",
]


def timed(fn, repeat: int = 5):  # type: ignore[no-untyped-def]
    times = []
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return result, times


def fill(revisions: int) -> None:

    from civicpost.checks.models import SelfCheckRecord
    from civicpost.complaints.models import Case
    from civicpost.demo import load_demo
    from civicpost.elections.timetable import at_london
    from civicpost.people.models import Person, SocialAccount
    from civicpost.posts.models import Override, Publication, Revision, Submission
    from civicpost.posts.services import check_revision_content

    load_demo()
    accounts = list(SocialAccount.objects.filter(is_official=True))
    author = Person.objects.get(full_name="Priya Ramsden")
    clerk = Person.objects.get(full_name="Rosalind Pembury")
    checked = []
    for text in TEXTS:
        _, report, pack = check_revision_content(text, [], accounts, [], False)
        checked.append((text, report.to_dict(), report.verdict.label, pack.version))
    for model in (Submission, Revision, Override, SelfCheckRecord):
        for field in model._meta.fields:
            if getattr(field, "auto_now_add", False):
                field.auto_now_add = False  # so the bench can date the rows itself
    start = dt.date(YEAR, 4, 1)
    posts = revisions // 2

    def when(i: int) -> dt.datetime:
        return at_london(start + dt.timedelta(days=i * 365 // posts), dt.time(10, 0))

    subs = Submission.objects.bulk_create(
        [Submission(author=author, state="published", created_at=when(i)) for i in range(posts)]
    )
    revs = []
    for i, sub in enumerate(subs):
        for number in (1, 2):
            text, report, verdict, version = checked[(i + number) % len(checked)]
            revs.append(
                Revision(
                    submission=sub,
                    number=number,
                    author=author,
                    text=text,
                    report=report,
                    verdict=verdict,
                    pack_version=version,
                    created_at=when(i),
                )
            )
    Revision.objects.bulk_create(revs, batch_size=1000)
    latest = {r.submission_id: r for r in Revision.objects.filter(number=2)}
    Publication.objects.bulk_create(
        [
            Publication(
                submission=sub,
                revision=latest[sub.pk],
                account=accounts[i % len(accounts)],
                state="published",
                published_at=when(i) + dt.timedelta(hours=3),
            )
            for i, sub in enumerate(subs)
            if i % 2 == 0
        ],
        batch_size=1000,
    )
    Override.objects.bulk_create(
        [
            Override(
                submission=sub,
                revision=latest[sub.pk],
                clerk=clerk,
                reason=f"Reason number {i}: the number is the council's own.",
                created_at=when(i),
            )
            for i, sub in enumerate(subs)
            if i % 50 == 0
        ]
    )
    SelfCheckRecord.objects.bulk_create(
        [
            SelfCheckRecord(
                person=author,
                text="private",
                report={},
                pack_version="x",
                verdict="clear",
                at=when(i),
            )
            for i in range(0, posts, 10)
        ]
    )
    for i in range(30):
        Case.objects.create(
            posted_on=start,
            seen_on=start,
            harms=["harassment"],
            route="conduct_referral" if i % 3 else "disciplinary",
            recorded_at=when(i * 10),
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--revisions", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        os.environ.setdefault("CIVICPOST_DATA_DIR", tmp)
        if not os.environ.get("DATABASE_URL"):
            os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/bench.sqlite3"
        else:
            from _pg import fresh_database_env

            os.environ.update(fresh_database_env(dict(os.environ)))
        os.environ["DJANGO_SETTINGS_MODULE"] = "civicpost.web.settings"
        import django

        django.setup()
        from django.core.management import call_command
        from django.db import connection
        from django.template.loader import render_to_string

        from civicpost.reports import csvexport, pdf, services
        from civicpost.reports.forms import YearForm
        from civicpost.reports.views import page_context

        call_command("migrate", verbosity=0)
        t0 = time.perf_counter()
        fill(args.revisions)
        print(f"database: {connection.vendor}; filled in {time.perf_counter() - t0:.1f} s")
        bounds = services.year_bounds(YEAR)
        _, (first,) = timed(lambda: services.annual_report(*bounds), 1)
        report, runs = timed(lambda: services.annual_report(*bounds))
        print(
            f"annual_report(): {report.revisions_checked} revisions, "
            f"{report.publications} publications, {len(report.overrides)} overrides; "
            f"first {first * 1000:.0f} ms, median of 5 {statistics.median(runs) * 1000:.0f} ms"
        )
        data, csv_runs = timed(lambda: csvexport.as_csv(report))
        print(
            f"CSV: {len(data.splitlines())} lines, "
            f"median {statistics.median(csv_runs) * 1000:.1f} ms"
        )
        form = YearForm(initial={"year": YEAR}, years=[YEAR])
        html, html_runs = timed(
            lambda: render_to_string("reports/annual.html", {**page_context(report), "form": form})
        )
        print(
            f"HTML: {len(html) / 1024:.0f} KiB, median {statistics.median(html_runs) * 1000:.0f} ms"
        )
        blob, pdf_runs = timed(lambda: pdf.build_pdf(report))
        print(
            f"PDF: {len(blob) / 1024:.1f} KiB, median {statistics.median(pdf_runs) * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main()
