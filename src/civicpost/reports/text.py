"""The report's words, shared by the page and the PDF so both say the same thing."""

from __future__ import annotations

import datetime as dt

from .disclosure import THRESHOLD
from .services import AnnualReport

INTRO = (
    "This report is for the council’s annual review of its social media policy. It counts what "
    "civicpost recorded in the year: official posts published and checked, what the checks "
    "found under each clause, the Clerk’s overrides, pre-election periods, and complaints of "
    "misuse. It names nobody."
)
FINDINGS_NOTE = (
    "Each revision of an official post checked in the year counts once under each clause it had "
    "a finding for, in the column of the most serious finding under that clause."
)
COMPLAINTS_NOTE = (
    f"Complaints are counted only: no names, no text, no outcomes. In a council this size a count "
    f"of 1 or 2 might identify someone, so it is shown as “fewer than {THRESHOLD}”. Where that "
    f"number could still be worked out from the total, one more number is “not shown”."
)
VERDICT_LABELS = {
    "clear": "Nothing found",
    "advice": "Advice",
    "caution": "Caution",
    "breach": "Breach",
}


def plural(n: int, one: str, many: str = "") -> str:
    return f"{n} {one if n == 1 else (many or one + 's')}"


def short(label: str, limit: int) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def month_label(month: dt.date) -> str:
    return f"{month:%B %Y}"


def policy_sentence(report: AnnualReport) -> str:
    policy = report.policy
    if policy is None:
        return "The council had not recorded adopting the policy by the end of the year."
    words = (
        f"Version {policy.version} of the policy was in force at the end of the year, adopted on "
        f"{policy.adopted_on:%-d %B %Y} ({policy.minute_reference}); it is due for review by "
        f"{policy.review_on:%-d %B %Y}."
    )
    return (
        words + f" Adoptions recorded in the year: {report.adoptions_in_year}. Confirmations of "
        f"having read the policy recorded in the year: {report.confirmations}."
    )


def published_sentence(report: AnnualReport) -> str:
    return (
        f"Official posts published in the year: {report.posts_published}, as "
        f"{plural(report.publications, 'post')} on the council’s accounts."
    )


def draft_rows(report: AnnualReport) -> list[tuple[str, int]]:
    return [
        ("Drafts submitted for approval", report.drafts_submitted),
        ("Rejected", report.drafts_rejected),
        ("Withdrawn", report.drafts_withdrawn),
    ]


def checks_sentence(report: AnnualReport) -> str:
    return (
        f"Revisions of official posts checked against the policy: {report.revisions_checked}. "
        f"Records that councillors and staff kept of checking a personal post: "
        f"{report.self_checks_kept} (private to them, so only their number is given). A check "
        "nobody chose to keep leaves no record, so it is not counted."
    )


def verdict_rows(report: AnnualReport) -> list[tuple[str, int]]:
    return [(VERDICT_LABELS.get(v, v), n) for v, n in report.revisions_by_verdict]


def overrides_sentence(report: AnnualReport) -> str:
    n = len(report.overrides)
    if not n:
        return "The Clerk did not override a breach of the policy in the year."
    return (
        f"The Clerk let {plural(n, 'post')} with a breach of the policy go out, giving the "
        "reason as written (clause 4.1). Check the reasons for personal data before publishing "
        "this report."
    )


def authorities_sentence(report: AnnualReport) -> str:
    return (
        f"Authorities to post for the council that began in the year: "
        f"{report.authorities_granted}; that ended: {report.authorities_withdrawn}. Councillors’ "
        "authority is also withdrawn automatically during a pre-election period (clause 4.2)."
    )


def complaint_rows(report: AnnualReport) -> list[tuple[str, int | str]]:
    return [
        ("Received in the year", report.complaints_received),
        ("Final decisions made in the year", report.complaint_decisions),
        ("Closed in the year", report.complaints_closed),
        ("Still open at the end of the year", report.complaints_open_at_end),
    ]


def audits_sentence(report: AnnualReport) -> str:
    if not report.audits:
        return "No platform export was screened in the year."
    return (
        f"Platform exports screened against the policy: {report.audits}, covering "
        f"{plural(report.audit_posts_screened, 'past post')}; flagged: "
        f"{report.audit_posts_flagged}."
    )
