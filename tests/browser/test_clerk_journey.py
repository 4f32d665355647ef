"""A clerk signs in, adds a person, makes them a councillor, agrees them to post for the
council's Facebook page, and finds all of it in the audit trail."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from civicpost.audit.models import AuditEvent
from civicpost.people.models import Person, PostingAuthority

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def sign_in(page: Page, username: str, password: str, check) -> None:  # type: ignore[no-untyped-def]
    page.goto("/sign-in/")
    check(page)
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def test_clerk_adds_a_person_grants_an_authority_and_sees_it_audited(
    page: Page, clerk, official_account, assert_accessible
) -> None:
    from tests.conftest import PASSWORD

    sign_in(page, "clerk", PASSWORD, assert_accessible)
    expect(page.get_by_role("heading", level=1)).to_have_text("Hello, Ada Clerkson")
    expect(page.locator("#todo-list")).to_contain_text("No councillor is agreed to post")
    assert_accessible(page)

    page.get_by_role("link", name="People", exact=True).first.click()
    assert_accessible(page)
    page.get_by_role("link", name="Add a person").click()
    page.get_by_role("button", name="Save").click()  # nothing typed: an error, not a crash
    expect(page.locator(".govuk-error-summary")).to_contain_text("This field is required")
    assert_accessible(page)
    page.get_by_label("Full name").fill("Nora Greaves")
    page.get_by_label("Other names they are known by").fill("Nora G")
    page.get_by_role("button", name="Save").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Nora Greaves")
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Person added")
    assert_accessible(page)

    page.get_by_role("link", name="Add a role").click()
    page.get_by_label("Role").select_option("councillor")
    page.get_by_label("Starts on").fill("2025-05-08")
    assert_accessible(page)
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#roles")).to_contain_text("Councillor")

    page.get_by_role("link", name="People", exact=True).first.click()
    page.get_by_role("link", name="Who may post for the council").click()
    page.get_by_role("link", name="Grant an authority").click()
    page.get_by_label("Agreed councillor").select_option(label="Nora Greaves")
    page.get_by_label("Official account").select_option(label=str(official_account))
    page.get_by_label("Minute reference").fill("Minute 2026/077")
    page.get_by_label("Starts on").fill("2026-11-01")
    page.get_by_label("Ends on").fill("2026-10-01")  # before the start: refused
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text(
        "end date must be the same as or after"
    )
    assert_accessible(page)
    assert not PostingAuthority.objects.exists()
    page.get_by_label("Ends on").fill("")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#authorities")).to_contain_text("Nora Greaves")
    expect(page.locator("#authorities")).to_contain_text("Minute 2026/077")
    assert_accessible(page)

    page.get_by_role("link", name="Home").click()
    page.get_by_role("link", name="Audit trail").click()
    table = page.locator("#audit-events")
    expect(table).to_contain_text(
        "Authority added: Nora Greaves may post for ParishPage on Facebook"
    )
    expect(table).to_contain_text("Person added: Nora Greaves")
    expect(table).to_contain_text("Ada Clerkson (clerk)")
    assert_accessible(page)
    page.get_by_label("Action").select_option("authority.added")
    page.get_by_role("button", name="Filter").click()
    expect(table.locator("tbody tr")).to_have_count(1)
    assert_accessible(page)

    nora = Person.objects.get(full_name="Nora Greaves")
    assert AuditEvent.objects.filter(object_id=str(nora.pk), action="person.added").exists()


def test_a_councillor_sees_only_their_own_things(page: Page, councillor, assert_accessible) -> None:
    from tests.conftest import PASSWORD

    sign_in(page, "ben", PASSWORD, assert_accessible)
    nav = page.locator(".govuk-service-navigation")
    expect(nav).to_contain_text("My details")
    expect(nav).not_to_contain_text("Audit trail")
    page.goto("/people/")
    expect(page.get_by_role("heading", level=1)).to_have_text("You cannot open this page")
    assert_accessible(page)
    page.goto("/me/")
    expect(page.locator("main")).to_contain_text(re.compile("Ben Council"))
    assert_accessible(page)
