"""A councillor checks a personal post as they type: the title and a child's photo without
consent are flagged with highlights, then cleared when fixed."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from civicpost.checks.models import SelfCheckRecord

from .test_clerk_journey import sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_findings_appear_as_you_type_and_clear_when_fixed(
    page: Page, councillor, assert_accessible
) -> None:
    from tests.conftest import PASSWORD

    sign_in(page, "ben", PASSWORD, assert_accessible)
    page.get_by_role("link", name="Check a post").click()
    expect(page.locator("#privacy-note")).to_contain_text("Nothing you type here is stored")
    assert_accessible(page)

    results = page.locator("#check-results")
    page.get_by_label("Your draft post").fill(
        "Cllr Council here: lovely evening at the lantern parade with the children!"
    )
    page.get_by_text("About your account").click()
    page.get_by_label("Your name as it shows on the account").fill("Cllr Ben Council")
    page.get_by_label("It shows children (under 18)").check()
    page.get_by_label("What or who the photo shows").fill("children at the lantern parade")
    expect(results.locator('[data-rule="councillor-title"]')).to_be_visible()
    expect(results.locator('[data-rule="minor-without-consent"]')).to_be_visible()
    title = results.locator('[data-rule="councillor-title"]')
    expect(title.locator("mark")).to_contain_text("Cllr")
    expect(results).to_contain_text("Clause 6.1")
    expect(results).to_contain_text("Clause 6.7")
    assert_accessible(page)

    page.get_by_label("Your draft post").fill("Lovely evening at the lantern parade!")
    page.get_by_label("Your name as it shows on the account").fill("Ben Council")
    page.get_by_label("It shows children (under 18)").uncheck()
    page.get_by_label("The post has a photo or video").uncheck()
    expect(results.locator("#verdict")).to_contain_text("Clear")
    expect(results.locator(".civicpost-finding")).to_have_count(0)
    assert_accessible(page)
    assert not SelfCheckRecord.objects.exists()

    page.get_by_role("button", name="Keep a record").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Check kept on")
    assert SelfCheckRecord.objects.count() == 1
    assert_accessible(page)
