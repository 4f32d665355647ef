"""The annual report for the council's review of its social media policy.

``annual_report(year_start, year_end)`` reads the other apps' records for one council year
(1 April to 31 March) and returns plain numbers and tuples: what was published, what was
checked, what the checks found by clause, the Clerk's overrides with their written reasons
(clause 4.1), the pre-election periods (clause 4.2), complaints by stage (clause 7), and the
policy's adoption and review date.

Privacy (UK GDPR Art 5(1)(c), data minimisation): the report names nobody. Self-checks of
personal posts are only counted, never their text or who made them. Complaints are counted by
procedure and stage, never with names, text or outcomes, and small counts are suppressed
(``disclosure``). Overrides keep the date, the post's number, the clauses overridden and the
Clerk's written reason, which is council business; not who made the override.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Q, Sum

from civicpost.elections.timetable import at_london

from .disclosure import Shown, shown, shown_breakdown

VERDICTS = ("clear", "advice", "caution", "breach")
SEVERITIES = ("advice", "caution", "breach")
MIDNIGHT = dt.time(0, 0)


def council_year(day: dt.date) -> int:
    """The council year containing ``day``, named by the year it starts in (1 April)."""
    return day.year if day.month >= 4 else day.year - 1


def year_bounds(year: int) -> tuple[dt.date, dt.date]:
    """1 April ``year`` to 31 March the year after, both included."""
    return dt.date(year, 4, 1), dt.date(year + 1, 3, 31)


def year_label(year: int) -> str:
    return f"{year}–{(year + 1) % 100:02d}"


@dataclass(frozen=True)
class PolicyEntry:
    version: str
    minute_reference: str
    adopted_on: dt.date
    review_on: dt.date


@dataclass(frozen=True)
class ClauseFindings:
    """Revisions with a finding under one clause, by the worst severity under that clause."""

    clause: str
    title: str
    advice: int
    caution: int
    breach: int

    @property
    def total(self) -> int:
        return self.advice + self.caution + self.breach


@dataclass(frozen=True)
class OverrideEntry:
    on: dt.date
    post: int
    clauses: tuple[str, ...]
    reason: str


@dataclass(frozen=True)
class PeriodEntry:
    election: str
    starts_on: dt.date
    poll_on: dt.date
    scope: str
    basis: str


@dataclass(frozen=True)
class StageEntry:
    procedure: str
    stage: str
    done: Shown


@dataclass(frozen=True)
class AnnualReport:
    council: str
    year_start: dt.date
    year_end: dt.date
    # the policy
    policy: PolicyEntry | None
    adoptions_in_year: int
    confirmations: int
    # posts published (clause 4.1)
    posts_published: int
    publications: int
    published_by_account: tuple[tuple[str, int], ...]
    published_by_platform: tuple[tuple[str, int], ...]
    published_by_month: tuple[tuple[dt.date, int], ...]
    drafts_submitted: int
    drafts_rejected: int
    drafts_withdrawn: int
    # checks made
    revisions_checked: int
    revisions_by_verdict: tuple[tuple[str, int], ...]
    self_checks_kept: int
    findings_by_clause: tuple[ClauseFindings, ...]
    overrides: tuple[OverrideEntry, ...]
    # authority to post (clauses 4.1 and 4.2)
    authorities_granted: int
    authorities_withdrawn: int
    periods: tuple[PeriodEntry, ...]
    # complaints (clause 7), suppressed
    complaints_received: Shown
    complaints_by_procedure: tuple[tuple[str, Shown], ...]
    complaint_stages_done: tuple[StageEntry, ...]
    complaint_decisions: Shown
    complaints_closed: Shown
    complaints_open_at_end: Shown
    # past posts screened (bulk audits of platform exports)
    audits: int
    audit_posts_screened: int
    audit_posts_flagged: int
    audit_by_clause: tuple[tuple[str, str, int], ...]

    @property
    def year(self) -> int:
        return council_year(self.year_start)

    @property
    def label(self) -> str:
        return f"{self.year_start:%-d %B %Y} to {self.year_end:%-d %B %Y}"


def annual_report(year_start: dt.date, year_end: dt.date) -> AnnualReport:
    """Build the report for the days ``year_start`` to ``year_end`` inclusive (Europe/London)."""
    from civicpost.checks.models import SelfCheckRecord
    from civicpost.posts.models import Decision, Revision, Submission
    from civicpost.web.context_processors import council_name

    start = at_london(year_start, MIDNIGHT)
    end = at_london(year_end + dt.timedelta(days=1), MIDNIGHT)
    titles = _clause_titles()

    decisions = Counter(
        dict(
            Decision.objects.filter(created_at__gte=start, created_at__lt=end)
            .order_by()
            .values_list("kind")
            .annotate(n=Count("pk"))
        )
    )
    verdicts = dict(
        Revision.objects.filter(created_at__gte=start, created_at__lt=end)
        .order_by()
        .values_list("verdict")
        .annotate(n=Count("pk"))
    )
    published = _published(start, end, year_start, year_end)
    return AnnualReport(
        council=council_name(),
        year_start=year_start,
        year_end=year_end,
        **_policy(start, end, year_start, year_end),
        **published,
        # A draft never sent for approval (state "draft", where the API keeps one) is not counted.
        drafts_submitted=Submission.objects.filter(created_at__gte=start, created_at__lt=end)
        .exclude(state="draft")
        .count(),
        drafts_rejected=decisions[Decision.Kind.REJECTED],
        drafts_withdrawn=decisions[Decision.Kind.WITHDRAWN],
        revisions_checked=sum(verdicts.values()),
        revisions_by_verdict=tuple((v, verdicts.get(v, 0)) for v in VERDICTS)
        + tuple((v, n) for v, n in sorted(verdicts.items()) if v not in VERDICTS),
        # Counted in the database: no self-check's text, report or author is ever read here.
        self_checks_kept=SelfCheckRecord.objects.filter(at__gte=start, at__lt=end).count(),
        findings_by_clause=_findings_by_clause(start, end, titles),
        overrides=_overrides(start, end),
        **_authorities(year_start, year_end),
        periods=_periods(start, end, year_start, year_end),
        **_complaints(start, end, year_start, year_end),
        **_audits(start, end, titles),
    )


def _clause_titles() -> dict[str, str]:
    from civicpost.checks.services import effective_pack

    return {cid: clause.title for cid, clause in effective_pack().clauses.items()}


def _clause_order(titles: dict[str, str], clause: str) -> tuple[int, Any]:
    order = list(titles)
    return (order.index(clause), "") if clause in titles else (len(order), clause)


def _policy(start: dt.datetime, end: dt.datetime, first: dt.date, last: dt.date) -> dict[str, Any]:
    """The version in force at the end of the year, and what changed in it."""
    from civicpost.registers.models import Acknowledgement, PolicyAdoption

    latest = PolicyAdoption.objects.filter(adopted_on__lte=last).order_by("-adopted_on", "-pk")
    adoption = latest.first()
    return {
        "policy": PolicyEntry(
            adoption.pack_version,
            adoption.minute_reference,
            adoption.adopted_on,
            adoption.review_on,
        )
        if adoption
        else None,
        "adoptions_in_year": PolicyAdoption.objects.filter(
            adopted_on__gte=first, adopted_on__lte=last
        ).count(),
        "confirmations": Acknowledgement.objects.filter(at__gte=start, at__lt=end).count(),
    }


def _published(
    start: dt.datetime, end: dt.datetime, first: dt.date, last: dt.date
) -> dict[str, Any]:
    """Official posts that went out in the year: one publication per account (clause 4.1)."""
    from django.utils import timezone

    from civicpost.posts.models import Publication

    rows = Publication.objects.filter(
        state=Publication.State.PUBLISHED, published_at__gte=start, published_at__lt=end
    ).values_list("submission_id", "account__handle", "account__platform__name", "published_at")
    by_account: Counter[str] = Counter()
    by_platform: Counter[str] = Counter()
    by_month: Counter[dt.date] = Counter()
    posts = set()
    for submission_id, handle, platform, at in rows:
        posts.add(submission_id)
        by_account[f"{handle} on {platform}"] += 1
        by_platform[platform] += 1
        by_month[timezone.localtime(at).date().replace(day=1)] += 1
    return {
        "posts_published": len(posts),
        "publications": sum(by_account.values()),
        "published_by_account": tuple(sorted(by_account.items(), key=lambda kv: (-kv[1], kv[0]))),
        "published_by_platform": tuple(sorted(by_platform.items(), key=lambda kv: (-kv[1], kv[0]))),
        "published_by_month": tuple((month, by_month[month]) for month in _months(first, last)),
    }


def _months(first: dt.date, last: dt.date) -> list[dt.date]:
    months, month = [], first.replace(day=1)
    while month <= last:
        months.append(month)
        month = (month + dt.timedelta(days=32)).replace(day=1)
    return months


def _worst_by_clause(report: Any) -> dict[str, str]:
    """Each clause in a stored report, with the worst severity found under it."""
    worst: dict[str, str] = {}
    findings = report.get("findings", []) if isinstance(report, dict) else []
    for finding in findings:
        clause, severity = str(finding.get("clause", "")), finding.get("severity", "")
        if severity not in SEVERITIES or not clause:
            continue
        if clause not in worst or SEVERITIES.index(severity) > SEVERITIES.index(worst[clause]):
            worst[clause] = severity
    return worst


def _findings_by_clause(
    start: dt.datetime, end: dt.datetime, titles: dict[str, str]
) -> tuple[ClauseFindings, ...]:
    """Every revision checked in the year counts once under each clause it had a finding for,
    in the column of the worst severity found under that clause (from its stored report)."""
    from civicpost.posts.models import Revision

    tally: dict[str, Counter[str]] = defaultdict(Counter)
    reports = (
        Revision.objects.filter(created_at__gte=start, created_at__lt=end)
        .exclude(verdict="clear")
        .values_list("report", flat=True)
    )
    for report in reports.iterator(chunk_size=1000):
        for clause, severity in _worst_by_clause(report).items():
            tally[clause][severity] += 1
    return tuple(
        ClauseFindings(clause, titles.get(clause, ""), c["advice"], c["caution"], c["breach"])
        for clause, c in sorted(tally.items(), key=lambda kv: _clause_order(titles, kv[0]))
    )


def _overrides(start: dt.datetime, end: dt.datetime) -> tuple[OverrideEntry, ...]:
    """The Clerk's overrides (clause 4.1): date, post, clauses in breach and the reason.

    Not the Clerk's name: the report is about decisions, not people.
    """
    from django.utils import timezone

    from civicpost.posts.models import Override

    rows = (
        Override.objects.filter(created_at__gte=start, created_at__lt=end)
        .order_by("created_at", "pk")
        .values_list("created_at", "submission_id", "revision__report", "reason")
    )
    return tuple(
        OverrideEntry(
            on=timezone.localtime(at).date(),
            post=post,
            clauses=tuple(sorted(c for c, s in _worst_by_clause(report).items() if s == "breach")),
            reason=reason,
        )
        for at, post, report, reason in rows
    )


def _authorities(first: dt.date, last: dt.date) -> dict[str, int]:
    """Posting authorities (clause 4.1) agreed and ended in the year."""
    from civicpost.people.models import PostingAuthority

    counts = PostingAuthority.objects.aggregate(
        granted=Count("pk", filter=Q(starts_on__gte=first, starts_on__lte=last)),
        withdrawn=Count("pk", filter=Q(ends_on__gte=first, ends_on__lte=last)),
    )
    return {
        "authorities_granted": counts["granted"],
        "authorities_withdrawn": counts["withdrawn"],
    }


def _periods(
    start: dt.datetime, end: dt.datetime, first: dt.date, last: dt.date
) -> tuple[PeriodEntry, ...]:
    """Pre-election periods (clause 4.2) that ran for any part of the year."""
    from civicpost.elections.models import Election, calendar_from_db
    from civicpost.elections.periods import LOOKAHEAD, period_of

    elections = (
        Election.objects.filter(poll_date__gte=first, poll_date__lte=last + LOOKAHEAD)
        .select_related("ward")
        .prefetch_related("combined_polls")
        .order_by("poll_date", "pk")
    )
    calendar = calendar_from_db()
    entries = []
    for election in elections:
        period = period_of(election, calendar)
        if period.starts_at < end and period.ends_at > start:
            entries.append(
                PeriodEntry(
                    election=period.election,
                    starts_on=period.starts_at.date(),
                    poll_on=election.poll_date,
                    scope="The whole council"
                    if period.applies_to_whole_council
                    else f"{period.ward} ward's councillors and candidates",
                    basis=period.basis,
                )
            )
    return tuple(entries)


def _complaints(
    start: dt.datetime, end: dt.datetime, first: dt.date, last: dt.date
) -> dict[str, Any]:
    """Complaints of misuse (clause 7), counted by procedure and stage; small counts hidden."""
    from civicpost.complaints.models import ROUTE_CHOICES, Case, CaseStep

    labels = dict(ROUTE_CHOICES)
    received = Case.objects.filter(recorded_at__gte=start, recorded_at__lt=end)
    by_route = Counter(dict(received.order_by().values_list("route").annotate(n=Count("pk"))))
    total = sum(by_route.values())
    cells = [(labels[route], by_route[route]) for route, _ in ROUTE_CHOICES]
    steps = (
        CaseStep.objects.filter(done_on__gte=first, done_on__lte=last, skipped=False)
        .values_list("case__route", "order", "name")
        .annotate(n=Count("pk"))
        .order_by("case__route", "order", "name")
    )
    counts = Case.objects.aggregate(
        decisions=Count("pk", filter=Q(final_decision_on__gte=first, final_decision_on__lte=last)),
        closed=Count("pk", filter=Q(closed_on__gte=first, closed_on__lte=last)),
        open_at_end=Count(
            "pk",
            filter=Q(recorded_at__lt=end) & (Q(closed_on__isnull=True) | Q(closed_on__gt=last)),
        ),
    )
    return {
        "complaints_received": shown(total),
        "complaints_by_procedure": shown_breakdown(cells, total_shown=total >= 3),
        "complaint_stages_done": tuple(
            StageEntry(labels.get(route, route), name, shown(n)) for route, _, name, n in steps
        ),
        "complaint_decisions": shown(counts["decisions"]),
        "complaints_closed": shown(counts["closed"]),
        "complaints_open_at_end": shown(counts["open_at_end"]),
    }


def _audits(start: dt.datetime, end: dt.datetime, titles: dict[str, str]) -> dict[str, Any]:
    """Bulk audits of platform exports finished in the year: past posts screened."""
    from civicpost.bulkaudit.models import BulkAudit

    audits = BulkAudit.objects.filter(
        finished_at__gte=start, finished_at__lt=end, posts_screened__gt=0
    )
    sums = audits.aggregate(
        n=Count("pk"), screened=Sum("posts_screened"), flagged=Sum("posts_flagged")
    )
    by_clause: Counter[str] = Counter()
    for clauses in audits.values_list("by_clause", flat=True):
        by_clause.update({str(k): int(v) for k, v in (clauses or {}).items()})
    return {
        "audits": sums["n"],
        "audit_posts_screened": sums["screened"] or 0,
        "audit_posts_flagged": sums["flagged"] or 0,
        "audit_by_clause": tuple(
            (clause, titles.get(clause, ""), n)
            for clause, n in sorted(by_clause.items(), key=lambda kv: _clause_order(titles, kv[0]))
        ),
    }


def years_available(today: dt.date) -> list[int]:
    """Council years from the first with any record up to the current one, newest first."""
    from django.db.models import Min

    from civicpost.complaints.models import Case
    from civicpost.posts.models import Submission
    from civicpost.registers.models import PolicyAdoption

    firsts = [
        Submission.objects.aggregate(m=Min("created_at"))["m"],
        Case.objects.aggregate(m=Min("recorded_at"))["m"],
        PolicyAdoption.objects.aggregate(m=Min("adopted_on"))["m"],
    ]
    current = council_year(today)
    days = [f.date() if isinstance(f, dt.datetime) else f for f in firsts if f is not None]
    first = min([council_year(d) for d in days] + [current])
    return list(range(current, max(first, current - 20) - 1, -1))
