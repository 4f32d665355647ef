"""A councillor drafts an official post, the Clerk advises, an agreed councillor approves, the
worker publishes it (by hand: the Clerk pastes the link) and it appears in the archive.
axe-core checks every page."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

from civicpost.posts.models import Publication, Submission
from tests.browser.test_clerk_journey import sign_in
from tests.conftest import PASSWORD

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]
TEXT = "The allotment open day is on Saturday 12 June from 10am."


def sign_out(page: Page) -> None:
    page.context.clear_cookies()


def test_draft_advice_approval_published_by_hand(
    page: Page, make_person, clerk, official_account, assert_accessible
) -> None:
    from tests.posts.conftest import agree

    make_person("Hal Author", "councillor", username="hal")
    approver = make_person("Ivy Approver", "councillor", username="ivy")
    agree(approver, official_account)

    sign_in(page, "hal", PASSWORD, assert_accessible)
    page.get_by_role("link", name="Official posts", exact=True).first.click()
    assert_accessible(page)
    page.get_by_role("link", name="Draft an official post").click()
    page.get_by_role("button", name="Send for approval").click()
    expect(page.locator(".govuk-error-summary").first).to_contain_text("Choose at least one")
    assert_accessible(page)
    page.get_by_label(str(official_account)).check()
    page.get_by_label("Text of the post").fill(TEXT)
    expect(page.locator("#verdict")).to_be_visible()  # the live check panel
    assert_accessible(page)
    page.get_by_role("button", name="Send for approval").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("sent for approval")
    expect(page.locator("#post-text")).to_contain_text(TEXT)
    assert_accessible(page)
    submission = Submission.objects.get()

    sign_out(page)
    sign_in(page, "clerk", PASSWORD, assert_accessible)
    page.goto(f"/posts/{submission.pk}/advice/")
    assert_accessible(page)
    page.get_by_label("Your advice to the author").fill("Add where to park.")
    page.get_by_role("button", name="Send advice").click()
    expect(page.locator("body")).to_contain_text("Add where to park.")
    assert_accessible(page)

    sign_out(page)
    sign_in(page, "ivy", PASSWORD, assert_accessible)
    expect(page.locator("#todo-list")).to_contain_text("waiting for your approval")
    page.locator("#todo-list").get_by_role("link", name="Review the post").click()
    assert_accessible(page)
    page.get_by_role("link", name="Approve").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Check the post before you approve it"
    )
    assert_accessible(page)
    page.get_by_role("button", name="Approve and publish").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Post approved")
    assert_accessible(page)

    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    publication = Publication.objects.get()
    assert publication.state == Publication.State.BY_HAND

    sign_out(page)
    sign_in(page, "clerk", PASSWORD, assert_accessible)
    page.locator("#todo-list").get_by_role("link", name="Record the link").click()
    expect(page.locator("#text-to-post")).to_contain_text(TEXT)
    assert_accessible(page)
    page.get_by_label("Link to the post").fill("https://facebook.example/treeton/posts/1")
    page.get_by_role("button", name="Save the link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Published")
    assert_accessible(page)
    page.goto("/posts/archive/")
    expect(page.locator("#archive")).to_contain_text("allotment open day")
    expect(page.locator("#archive")).to_contain_text("Ivy Approver")
    assert_accessible(page)
