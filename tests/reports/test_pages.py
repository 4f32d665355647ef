"""The report's page, its CSV and PDF, the command, and who may see them."""

from __future__ import annotations

import csv
import io
import re

import pytest
from django.core.management import call_command
from django.urls import reverse
from pypdf import PdfReader

from civicpost.reports import services
from civicpost.reports.csvexport import HEADER

from .conftest import (
    COMPLAINANT,
    COMPLAINED_ABOUT,
    HARM_TEXT,
    OVERRIDE_REASON,
    SELF_CHECK_TEXT,
    SELF_CHECKER,
    YEAR,
)

pytestmark = pytest.mark.django_db
SECRETS = (SELF_CHECK_TEXT, SELF_CHECKER, COMPLAINANT, COMPLAINED_ABOUT, HARM_TEXT, "Ada Clerkson")
HEADINGS = (
    "Annual report on the social media policy",
    "The policy",
    "Posts published",
    "Checks made",
    "Findings by clause",
    "Overrides",
    "Authority to post and pre-election periods",
    "Complaints of misuse",
    "Past posts screened",
)
URLS = ("annual-report-year", "annual-report-csv", "annual-report-pdf")


def pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


@pytest.mark.parametrize("name", URLS)
def test_only_the_clerk_may_see_the_report(client, councillor, name) -> None:  # type: ignore[no-untyped-def]
    url = reverse(name, args=[YEAR])
    assert client.get(url).status_code == 302  # to sign in
    client.force_login(councillor.user)
    assert client.get(url).status_code == 403
    assert client.get(reverse("annual-report")).status_code == 403


def test_the_page_has_every_section_with_charts_and_captioned_tables(
    clerk_client, year_data
) -> None:  # type: ignore[no-untyped-def]
    response = clerk_client.get(reverse("annual-report-year", args=[YEAR]))
    assert response.status_code == 200
    page = response.content.decode()
    for heading in HEADINGS:
        assert f">{heading}</h" in page
    assert "1 April 2025 to 31 March 2026" in page
    # Charts are images with a title and a description giving the numbers.
    for chart in re.findall(r"<svg [^>]*>", page):
        assert 'role="img"' in chart and "aria-labelledby" in chart
    assert 'id="chart-months"' in page and 'id="chart-clauses"' in page
    assert '<desc id="chart-clauses-desc">6.5: 1 (0 advice, 0 caution, 1 breach)' in page
    assert page.count("<caption") >= 8
    assert OVERRIDE_REASON.replace("'", "&#x27;") in page
    assert "fewer than 3" in page and "not shown" in page
    # The Content Security Policy forbids inline styles and scripts.
    assert " style=" not in page and not re.search(r"<script(?![^>]*\bsrc=)", page)


def test_the_year_chooser(clerk_client, year_data) -> None:  # type: ignore[no-untyped-def]
    response = clerk_client.get(reverse("annual-report"), {"year": YEAR})
    assert response.status_code == 302
    assert response["Location"] == reverse("annual-report-year", args=[YEAR])
    response = clerk_client.get(reverse("annual-report"), {"year": "1999"})
    assert response.status_code == 200
    assert "Choose a council year from the list" in response.content.decode()
    assert clerk_client.get(reverse("annual-report-year", args=[1999])).status_code == 404
    assert clerk_client.get(reverse("annual-report-year", args=[2999])).status_code == 404
    # With no year: the council year containing today.
    page = clerk_client.get(reverse("annual-report")).content.decode()
    current = services.council_year(services.dt.date.today())
    assert services.year_label(current) in page


def test_the_csv_is_tidy_long_format(clerk_client, year_data) -> None:  # type: ignore[no-untyped-def]
    response = clerk_client.get(reverse("annual-report-csv", args=[YEAR]))
    assert response["Content-Type"].startswith("text/csv")
    assert 'filename="annual-report-2025-26.csv"' in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert tuple(rows[0]) == HEADER
    assert all(len(row) == 4 for row in rows)
    lines = {(s, i, m): v for s, i, m, v in rows[1:]}
    assert len(lines) == len(rows) - 1  # every (section, item, measure) once
    assert lines[("published", "total", "posts")] == "3"
    assert lines[("published_by_month", "2026-03", "publications")] == "1"
    assert lines[("findings_by_clause", "6.6", "caution")] == "1"
    assert lines[("findings_by_clause", "6.9", "breach")] == "1"
    assert lines[("overrides", "1", "reason")] == OVERRIDE_REASON
    assert lines[("overrides", "1", "clauses")] == "6.5"
    assert lines[("checks", "self_checks_kept", "count")] == "3"
    assert lines[("complaints", "final_decisions", "count")] == "fewer than 3"
    sections = {s for s, *_ in rows[1:]}
    assert {"policy", "published_by_account", "pre_election_periods", "complaints"} <= sections


def test_the_pdf_is_valid_and_has_the_sections(clerk_client, year_data) -> None:  # type: ignore[no-untyped-def]
    response = clerk_client.get(reverse("annual-report-pdf", args=[YEAR]))
    assert response["Content-Type"] == "application/pdf"
    data = response.content
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    reader = PdfReader(io.BytesIO(data))
    text = pdf_text(data)
    for heading in HEADINGS:
        assert heading in text
    assert "civicpost - 1 April 2025 to 31 March 2026" in text  # council's name and the period
    pages = len(reader.pages)
    assert f"Page 1 of {pages}" in text and f"Page {pages} of {pages}" in text
    assert [item.title for item in reader.outline][:2] == ["The policy", "Posts published"]
    assert "6.5 No commercially sensitive" in text
    assert "out-of-hours mobile" in text


def test_nothing_private_reaches_the_page_the_csv_or_the_pdf(clerk_client, year_data) -> None:  # type: ignore[no-untyped-def]
    html = clerk_client.get(reverse("annual-report-year", args=[YEAR])).content.decode()
    data = clerk_client.get(reverse("annual-report-csv", args=[YEAR])).content.decode()
    text = pdf_text(clerk_client.get(reverse("annual-report-pdf", args=[YEAR])).content)
    for secret in SECRETS:
        for name, output in (("page", html), ("CSV", data), ("PDF", text)):
            # The signed-in Clerk's own name is in the page's header, not in the report.
            body = output.split('id="main-content"')[-1] if name == "page" else output
            assert secret not in body, f"{secret!r} is in the {name}"


def test_the_pdf_copes_with_text_outside_latin_1(clerk_client, year_data) -> None:  # type: ignore[no-untyped-def]
    from civicpost.posts.models import Override

    Override.objects.update(reason="Zoë’s “fête” – Łódź 漢字")
    text = pdf_text(clerk_client.get(reverse("annual-report-pdf", args=[YEAR])).content)
    # Nearest Latin-1 form, or "?" where there is none; never an error.
    assert 'Zoë\'s "fête" - ?ódz ??' in text


def test_the_command_writes_csv_and_pdf(year_data, tmp_path) -> None:  # type: ignore[no-untyped-def]
    csv_file, pdf_file = tmp_path / "r.csv", tmp_path / "r.pdf"
    call_command("annual_report", year=YEAR, format="csv", output=str(csv_file))
    call_command("annual_report", "--year", str(YEAR), "--format", "pdf", "--output", str(pdf_file))
    assert csv_file.read_text().startswith(",".join(HEADER))
    assert "Findings by clause" in pdf_text(pdf_file.read_bytes())
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("annual_report", year=2999, output=str(pdf_file))


def test_the_demo_council_has_a_report_to_show() -> None:
    from civicpost.demo import load_demo

    load_demo()
    report = services.annual_report(*services.year_bounds(2026))
    assert report.posts_published >= 3 and report.publications >= 5
    assert report.findings_by_clause
    # The override is made only where the checker finds a breach in the post let out, as the
    # workflow requires (the out-of-hours number the checker reads as a private one).
    from civicpost.posts.models import Revision

    let_out = Revision.objects.get(number=1, text__startswith="Lost dog found")
    assert len(report.overrides) == (1 if let_out.verdict == "breach" else 0)
    assert report.drafts_rejected and report.drafts_withdrawn
    assert report.policy is not None
