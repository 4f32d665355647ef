"""The annual report's numbers, against the hand-made year in conftest.py."""

from __future__ import annotations

import datetime as dt

import pytest

from civicpost.reports import services
from civicpost.reports.disclosure import HIDDEN, SMALL, shown, shown_breakdown

from .conftest import OVERRIDE_REASON, YEAR

pytestmark = pytest.mark.django_db


@pytest.fixture
def report(year_data):  # type: ignore[no-untyped-def]
    return services.annual_report(*services.year_bounds(YEAR))


def test_the_council_year_runs_from_april_to_march() -> None:
    assert services.council_year(dt.date(2026, 3, 31)) == 2025
    assert services.council_year(dt.date(2026, 4, 1)) == 2026
    assert services.year_bounds(2025) == (dt.date(2025, 4, 1), dt.date(2026, 3, 31))
    assert services.year_label(2025) == "2025–26" and services.year_label(2099) == "2099–00"


def test_posts_published_by_account_platform_and_month(report) -> None:  # type: ignore[no-untyped-def]
    assert report.posts_published == 3  # posts 1, 2 and 6; post 5 went out the day before
    assert report.publications == 4
    assert dict(report.published_by_account) == {"ParishPage on Facebook": 2, "ParishX on X": 2}
    assert dict(report.published_by_platform) == {"Facebook": 2, "X": 2}
    months = dict(report.published_by_month)
    assert list(months) == [dt.date(2025, m, 1) for m in range(4, 13)] + [
        dt.date(2026, m, 1) for m in range(1, 4)
    ]
    assert months[dt.date(2025, 4, 1)] == 1
    assert months[dt.date(2025, 5, 1)] == 1
    assert months[dt.date(2025, 6, 1)] == 1
    assert months[dt.date(2026, 3, 1)] == 1  # 23:30 on 31 March, London time
    assert sum(months.values()) == report.publications


def test_drafts_and_checks(report) -> None:  # type: ignore[no-untyped-def]
    assert report.drafts_submitted == 5
    assert (report.drafts_rejected, report.drafts_withdrawn) == (1, 1)
    assert report.revisions_checked == 6
    assert dict(report.revisions_by_verdict) == {"clear": 2, "advice": 1, "caution": 1, "breach": 2}
    assert report.self_checks_kept == 3


def test_findings_count_each_revision_once_per_clause_at_its_worst(report) -> None:  # type: ignore[no-untyped-def]
    rows = {r.clause: (r.advice, r.caution, r.breach) for r in report.findings_by_clause}
    assert rows == {
        "6.5": (0, 0, 1),
        "6.6": (1, 1, 0),
        "6.9": (0, 0, 1),  # a caution and a breach in one revision: one breach
        "6.13": (1, 0, 0),
    }
    # In the pack's clause order, with the pack's titles.
    assert [r.clause for r in report.findings_by_clause] == ["6.5", "6.6", "6.9", "6.13"]
    assert report.findings_by_clause[0].title.startswith("No commercially sensitive")


def test_overrides_give_date_clauses_and_reason_but_not_who(report, year_data) -> None:  # type: ignore[no-untyped-def]
    (override,) = report.overrides
    assert override.on == dt.date(2025, 6, 2)
    assert override.post == year_data["two"].pk
    assert override.clauses == ("6.5",)
    assert override.reason == OVERRIDE_REASON
    assert year_data["clerk"].full_name not in repr(report)


def test_pre_election_periods_that_touch_the_year(report) -> None:  # type: ignore[no-untyped-def]
    polls = [p.poll_on for p in report.periods]
    assert polls == [dt.date(2025, 5, 1), dt.date(2026, 5, 7)]
    may_2026 = report.periods[1]
    assert dt.date(2026, 3, 1) < may_2026.starts_on <= dt.date(2026, 3, 31)
    assert all(p.scope == "The whole council" for p in report.periods)


def test_authorities_policy_and_past_posts(report) -> None:  # type: ignore[no-untyped-def]
    assert (report.authorities_granted, report.authorities_withdrawn) == (1, 1)
    assert report.policy is not None and report.policy.version == "2025.1"
    assert report.policy.review_on == dt.date(2026, 5, 13)
    assert report.adoptions_in_year == 1
    assert (report.audits, report.audit_posts_screened, report.audit_posts_flagged) == (1, 10, 2)
    assert [(c, n) for c, _, n in report.audit_by_clause] == [("6.5", 1), ("6.9", 2)]


def test_complaints_are_counted_with_small_numbers_hidden(report) -> None:  # type: ignore[no-untyped-def]
    assert report.complaints_received == 4
    by_route = dict(report.complaints_by_procedure)
    assert by_route["The Disciplinary Procedure (employee)"] == SMALL
    # 4 in all and "fewer than 3" disciplinary: the 3 referrals would give the 1 away.
    assert by_route["Referral to the Monitoring Officer (councillor’s conduct)"] == HIDDEN
    assert by_route["The council’s Complaints Policy (councillor)"] == 0
    (stage,) = report.complaint_stages_done
    assert stage.done == 3
    assert report.complaint_decisions == SMALL and report.complaints_closed == SMALL
    assert report.complaints_open_at_end == 3


def test_an_empty_year_is_all_zeros(year_data) -> None:  # type: ignore[no-untyped-def]
    report = services.annual_report(*services.year_bounds(2010))
    assert report.posts_published == report.revisions_checked == report.self_checks_kept == 0
    assert report.findings_by_clause == () and report.overrides == () and report.periods == ()
    assert report.complaints_received == 0 and report.policy is None


@pytest.mark.parametrize(("count", "expected"), [(0, 0), (1, SMALL), (2, SMALL), (3, 3), (40, 40)])
def test_small_counts_are_suppressed(count: int, expected: object) -> None:
    assert shown(count) == expected


def test_secondary_suppression_only_when_one_cell_could_be_worked_out() -> None:
    assert shown_breakdown([("a", 5), ("b", 1), ("c", 4)]) == (
        ("a", 5),
        ("b", SMALL),
        ("c", HIDDEN),
    )
    # Two suppressed cells cannot be told apart from the total.
    assert shown_breakdown([("a", 5), ("b", 1), ("c", 2)]) == (("a", 5), ("b", SMALL), ("c", SMALL))
    # Without a published total nothing more is hidden.
    assert shown_breakdown([("a", 5), ("b", 1)], total_shown=False) == (("a", 5), ("b", SMALL))
    assert shown_breakdown([("a", 0), ("b", 7)]) == (("a", 0), ("b", 7))


def test_the_report_takes_few_queries(year_data, django_assert_max_num_queries) -> None:  # type: ignore[no-untyped-def]
    with django_assert_max_num_queries(25):
        services.annual_report(*services.year_bounds(YEAR))
