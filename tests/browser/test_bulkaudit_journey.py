"""The Clerk uploads the council's Facebook page export, watches the progress bar, and reads
the findings by clause and by month, worst first."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

from tests.browser.test_clerk_journey import sign_in
from tests.bulkaudit.exports import FIXTURES

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_clerk_audits_a_facebook_export(
    page: Page, clerk, assert_accessible, settings, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import PASSWORD

    settings.MEDIA_ROOT = tmp_path
    sign_in(page, "clerk", PASSWORD, assert_accessible)
    page.get_by_role("link", name="Bulk audits of platform exports").first.click()
    assert_accessible(page)
    page.get_by_role("link", name="Audit a platform export").click()
    page.get_by_role("button", name="Upload and start").click()
    expect(page.locator(".govuk-error-summary")).to_be_visible()
    assert_accessible(page)

    page.get_by_label("Facebook Page export (JSON)").check()
    page.get_by_label("The council’s own (official) account").check()
    page.get_by_label("The account’s handle").fill("TreetonPC")
    page.get_by_label("The export file").set_input_files(str(FIXTURES / "your_posts_1.json"))
    page.get_by_role("button", name="Upload and start").click()
    expect(page.locator("#progress")).to_contain_text("Waiting to start")
    assert_accessible(page)

    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    # The progress panel polls every second and reloads the page when the audit is done.
    expect(page.locator("#summary")).to_contain_text("2 posts screened; 1 flagged", timeout=10_000)
    expect(page.locator("#by-clause")).to_contain_text("6.9")
    expect(page.locator("#by-month")).to_contain_text("2024-06")
    expect(page.locator("#flagged")).to_contain_text("Cllr Jago Penhallow")
    assert_accessible(page)
