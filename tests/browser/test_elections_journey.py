"""The Clerk sets up the 2028 election and sees its timetable and period; on a day inside the
period an agreed councillor's authority is withdrawn (the banner on every page says until when),
while they record their own campaign spending and print the return."""

from __future__ import annotations

import datetime as dt

import pytest
from playwright.sync_api import Page, expect

from civicpost.elections import periods
from civicpost.elections.models import Election
from civicpost.people.models import Platform, PostingAuthority, SocialAccount
from civicpost.people.roles import holds_authority

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

INSIDE = dt.datetime(2028, 4, 10, 11, 0, tzinfo=dt.UTC)  # noon BST, Monday 10 April 2028
BEFORE = dt.datetime(2028, 3, 26, 22, 59, tzinfo=dt.UTC)  # 23:59 BST on Sunday 26 March


def sign_in(page: Page, username: str, check) -> None:  # type: ignore[no-untyped-def]
    from tests.conftest import PASSWORD

    page.context.clear_cookies()
    page.goto("/sign-in/")
    check(page)
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign in").click()


def test_clerk_sets_up_2028_and_a_councillors_authority_is_withdrawn_inside_the_period(
    page: Page, clerk, councillor, assert_accessible, monkeypatch
) -> None:
    # Made here, not by the shared fixture: an earlier transactional test may have flushed the
    # platforms that a migration seeds.
    platform, _ = Platform.objects.get_or_create(name="Facebook")
    official_account = SocialAccount.objects.create(
        platform=platform, handle="TreetonParishPage", is_official=True
    )
    authority = PostingAuthority.objects.create(
        person=councillor,
        account=official_account,
        minute_reference="Minute 2024/031",
        starts_on=dt.date(2024, 6, 1),
    )
    monkeypatch.setattr(periods, "now", lambda: BEFORE)

    # The Clerk enters the 2028 poll.
    sign_in(page, "clerk", assert_accessible)
    page.get_by_role("link", name="Elections", exact=True).first.click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Elections")
    assert_accessible(page)
    page.get_by_role("link", name="Add an election").click()
    page.get_by_role("button", name="Save").click()  # nothing chosen: an error, not a crash
    expect(page.locator(".govuk-error-summary")).to_contain_text("This field is required")
    assert_accessible(page)
    page.get_by_label("Ordinary election").check()
    page.get_by_label("Polling day").fill("2028-05-04")
    page.get_by_role("button", name="Save").click()

    # The timetable and the period.
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Ordinary election, Thursday 4 May 2028"
    )
    expect(page.locator("#timetable")).to_contain_text("Monday 27 March 2028")
    expect(page.locator("#period")).to_contain_text("midnight at the start of Monday 27 March 2028")
    expect(page.locator("#period")).to_contain_text("10pm on Thursday 4 May 2028")
    expect(page.locator("#period")).to_contain_text("Not started")
    expect(page.locator("#withdrawn-authorities")).to_contain_text("Ben Council")
    expect(page.locator("#pre-election-banner")).to_have_count(0)
    assert_accessible(page)
    election = Election.objects.get()

    page.goto("/elections/calendar/")
    assert_accessible(page)
    page.get_by_role("link", name="Add a day").click()
    assert_accessible(page)
    page.goto("/elections/wards/")
    assert_accessible(page)

    # A day inside the period: the councillor's authority is withdrawn, computed, not switched.
    monkeypatch.setattr(periods, "now", lambda: INSIDE)
    assert not holds_authority(councillor, official_account, at=INSIDE)
    assert holds_authority(clerk, official_account, at=INSIDE)
    authority.refresh_from_db()
    assert authority.ends_on is None  # nothing was flipped in the register

    sign_in(page, "ben", assert_accessible)
    banner = page.locator("#pre-election-banner")
    expect(banner).to_contain_text(
        "Your authority to post for the council is withdrawn until 10pm on Thursday 4 May 2028"
    )
    assert_accessible(page)
    page.get_by_role("link", name="My details").click()
    expect(page.locator("#my-authority-withdrawn")).to_contain_text("withdrawn until 10pm")
    assert_accessible(page)

    # As a candidate he records a boosted post and sees it against his limit.
    page.get_by_role("link", name="Elections", exact=True).first.click()
    page.get_by_role("link", name="Ordinary election").click()
    assert_accessible(page)
    page.get_by_role("link", name="Record that you are standing").click()
    page.get_by_label("Electors in the ward").fill("2400")
    assert_accessible(page)
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#spending-total")).to_contain_text(
        "You have spent £0.00 of your £1,152.00"
    )
    assert_accessible(page)
    page.get_by_role("link", name="Record spending").click()
    page.get_by_label("Date the spending was incurred").fill("2028-04-08")
    page.get_by_label("Supplier’s name").fill("Meta Platforms Ireland")
    page.get_by_label("What it was for").fill("Boosted post about the new play area")
    page.get_by_label("Boosted or sponsored posts").check()
    page.get_by_label("Amount or value (£)").fill("twelve")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("pounds and pence")
    assert_accessible(page)
    page.get_by_label("Amount or value (£)").fill("£12.50")
    page.get_by_label("Date paid").fill("2028-04-08")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#spending-total")).to_contain_text("You have spent £12.50")
    expect(page.locator("meter")).to_have_attribute("value", "1250")
    assert_accessible(page)
    page.get_by_role("link", name="See the spending return").click()
    expect(page.locator("#return-due")).to_have_text("Thursday 1 June 2028")
    expect(page.locator("#return-total")).to_contain_text("£12.50 of £1,152.00")
    assert_accessible(page)

    # Back as the Clerk: the authorities page carries the banner, and she keeps her authority.
    sign_in(page, "clerk", assert_accessible)
    page.get_by_role("link", name="People", exact=True).first.click()
    page.get_by_role("link", name="Who may post for the council").click()
    expect(page.locator("#pre-election-banner")).to_contain_text(
        "A pre-election period is running until 10pm on Thursday 4 May 2028"
    )
    expect(page.locator("#pre-election-banner")).not_to_contain_text("Your authority")
    assert_accessible(page)
    page.goto(f"/elections/{election.pk}/")
    expect(page.locator("#period")).to_contain_text("Running")
    expect(page.locator("#withdrawn-authorities")).to_contain_text("Withdrawn until 10pm")
    assert_accessible(page)

    # After the polls close, authority comes back by itself.
    after = dt.datetime(2028, 5, 4, 21, 0, tzinfo=dt.UTC)
    assert holds_authority(councillor, official_account, at=after)
