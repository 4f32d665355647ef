"""The annual report as one tidy, long-format CSV.

Every line is one number or one fact, in four columns:

- ``section``: which part of the report (``published_by_month``, ``findings_by_clause``, ...);
- ``item``: what the line is about within it (a month ``2026-04``, a clause ``6.9``, an
  account, a procedure, or the number of an override or period in the list: ``1``, ``2``, ...);
- ``measure``: what is counted or given (``publications``, ``breach``, ``date``, ``reason``, ...);
- ``value``: a whole number, a date (``YYYY-MM-DD``), text, or, for complaints only, ``fewer than
  3`` (a count of 1 or 2, suppressed) or ``not shown`` (hidden so a suppressed count cannot be
  worked out by subtraction).

So a spreadsheet can pivot it, and a script can filter it by section. Text that a spreadsheet
would run as a formula is prefixed with ``'``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from .services import AnnualReport

HEADER = ("section", "item", "measure", "value")


def _cell(value: Any) -> Any:
    if isinstance(value, str) and value[:1] in {"=", "+", "-", "@", "\t", "\r"}:
        return "'" + value
    return value


def rows(report: AnnualReport) -> Iterator[tuple[str, str, str, Any]]:
    """The report's lines, in the order the page shows them."""
    yield ("report", "council", "name", report.council)
    yield ("report", "period", "start", report.year_start.isoformat())
    yield ("report", "period", "end", report.year_end.isoformat())
    if report.policy:
        yield ("policy", "in_force", "version", report.policy.version)
        yield ("policy", "in_force", "minute_reference", report.policy.minute_reference)
        yield ("policy", "in_force", "adopted_on", report.policy.adopted_on.isoformat())
        yield ("policy", "in_force", "review_on", report.policy.review_on.isoformat())
    yield ("policy", "adoptions_in_year", "count", report.adoptions_in_year)
    yield ("policy", "confirmations_of_reading", "count", report.confirmations)

    yield ("published", "total", "posts", report.posts_published)
    yield ("published", "total", "publications", report.publications)
    for label, n in report.published_by_account:
        yield ("published_by_account", label, "publications", n)
    for label, n in report.published_by_platform:
        yield ("published_by_platform", label, "publications", n)
    for month, n in report.published_by_month:
        yield ("published_by_month", f"{month:%Y-%m}", "publications", n)
    yield ("drafts", "submitted", "count", report.drafts_submitted)
    yield ("drafts", "rejected", "count", report.drafts_rejected)
    yield ("drafts", "withdrawn", "count", report.drafts_withdrawn)

    yield ("checks", "revisions_checked", "count", report.revisions_checked)
    for verdict, n in report.revisions_by_verdict:
        yield ("checks_by_verdict", verdict, "revisions", n)
    yield ("checks", "self_checks_kept", "count", report.self_checks_kept)
    for row in report.findings_by_clause:
        for measure in ("advice", "caution", "breach", "total"):
            yield ("findings_by_clause", row.clause, measure, getattr(row, measure))
    for i, override in enumerate(report.overrides, 1):
        yield ("overrides", str(i), "date", override.on.isoformat())
        yield ("overrides", str(i), "post", override.post)
        yield ("overrides", str(i), "clauses", " ".join(override.clauses))
        yield ("overrides", str(i), "reason", override.reason)

    yield ("posting_authorities", "granted", "count", report.authorities_granted)
    yield ("posting_authorities", "withdrawn", "count", report.authorities_withdrawn)
    for i, period in enumerate(report.periods, 1):
        yield ("pre_election_periods", str(i), "election", period.election)
        yield ("pre_election_periods", str(i), "starts_on", period.starts_on.isoformat())
        yield ("pre_election_periods", str(i), "poll_on", period.poll_on.isoformat())
        yield ("pre_election_periods", str(i), "scope", period.scope)

    yield ("complaints", "received", "count", report.complaints_received)
    for label, n in report.complaints_by_procedure:
        yield ("complaints_by_procedure", label, "count", n)
    for stage in report.complaint_stages_done:
        yield ("complaint_stages_done", f"{stage.procedure}: {stage.stage}", "count", stage.done)
    yield ("complaints", "final_decisions", "count", report.complaint_decisions)
    yield ("complaints", "closed", "count", report.complaints_closed)
    yield ("complaints", "open_at_year_end", "count", report.complaints_open_at_end)

    yield ("past_posts_screened", "audits", "count", report.audits)
    yield ("past_posts_screened", "posts_screened", "count", report.audit_posts_screened)
    yield ("past_posts_screened", "posts_flagged", "count", report.audit_posts_flagged)
    for clause, _title, n in report.audit_by_clause:
        yield ("past_posts_by_clause", clause, "posts", n)


def as_csv(report: AnnualReport) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in rows(report):
        writer.writerow([_cell(v) for v in row])
    return out.getvalue()
