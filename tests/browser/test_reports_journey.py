"""The demo council's Clerk opens the annual report from the home page, chooses the year, checks
what it would print, and downloads it as a PDF and as a CSV."""

from __future__ import annotations

import csv
import io

import pytest
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from tests.browser.test_clerk_journey import sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_clerk_reads_prints_and_downloads_the_annual_report(page: Page, assert_accessible) -> None:  # type: ignore[no-untyped-def]
    from civicpost.accounts.views import DEMO_PASSWORD
    from civicpost.demo import load_demo

    load_demo()
    sign_in(page, "clerk", DEMO_PASSWORD, assert_accessible)
    page.get_by_role("link", name="Annual report on the policy").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Annual report on the social media policy"
    )
    assert_accessible(page)

    # The demo's posts are in the 2026-27 council year.
    page.get_by_label("Council year").select_option(label="2026–27")
    page.get_by_role("button", name="Show the report").click()
    expect(page.locator(".govuk-caption-l")).to_contain_text("1 April 2026 to 31 March 2027")
    expect(page.locator("#by-account")).to_contain_text("TreetonParishCouncil on Facebook")
    expect(page.locator("#by-clause")).to_contain_text("6.")  # whatever the checker found
    chart = page.get_by_role("img", name="Revisions with findings, by clause and severity")
    expect(chart).to_be_visible()
    assert_accessible(page)

    # Printing leaves out the navigation and the controls, and keeps the charts.
    page.emulate_media(media="print")
    expect(page.locator(".govuk-header")).to_be_hidden()
    expect(page.locator("#year-chooser")).to_be_hidden()
    expect(chart).to_be_visible()
    page.emulate_media(media="screen")

    with page.expect_download() as pdf_download:
        page.get_by_role("link", name="Download the report as a PDF").click()
    assert pdf_download.value.suggested_filename == "annual-report-2026-27.pdf"
    with open(pdf_download.value.path(), "rb") as f:
        data = f.read()
    assert data.startswith(b"%PDF-")
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(data)).pages)
    assert "Findings by clause" in text and "Treeton Parish Council (demo)" in text

    with page.expect_download() as csv_download:
        page.get_by_role("link", name="Download the numbers as a spreadsheet (CSV)").click()
    with open(csv_download.value.path(), encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["section", "item", "measure", "value"]
    assert ["published", "total", "posts", "3"] in rows
