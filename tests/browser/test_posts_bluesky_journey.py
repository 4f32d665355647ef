"""The Clerk connects the council's Bluesky account with an app password; a councillor drafts an
official post with a link (a caution: the link is not in the checked links register), the Clerk
advises, an agreed councillor approves, the worker publishes it to a real local PDS, and it is
in the archive with its link. axe-core checks every page."""

from __future__ import annotations

import uuid

import pytest
from django.core.management import call_command
from playwright.sync_api import Page, expect

from civicpost.people.models import Platform, SocialAccount
from civicpost.posts.connectors.bluesky import record_key
from civicpost.posts.models import Connection, Publication, Submission
from tests.browser.test_clerk_journey import sign_in
from tests.browser.test_posts_journey import sign_out
from tests.conftest import PASSWORD
from tests.posts.conftest import bluesky_pds  # noqa: F401  (the session's local PDS)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def test_draft_advice_approval_published_to_bluesky(
    page: Page,
    make_person,
    clerk,
    bluesky_pds,  # noqa: F811
    assert_accessible,
) -> None:
    from tests.posts.conftest import agree

    platform, _ = Platform.objects.get_or_create(name="Bluesky")
    account = SocialAccount.objects.create(
        platform=platform, handle=f"@{bluesky_pds.handle}", is_official=True
    )
    make_person("Hal Author", "councillor", username="hal")
    approver = make_person("Ivy Approver", "councillor", username="ivy")
    agree(approver, account)
    marker = uuid.uuid4().hex[:8]
    text = f"Bonfire night at the recreation ground, 5 November ({marker})."
    link = "https://treeton-bonfire.example/tickets"

    # The Clerk connects the account: Bluesky, the local PDS, an app password.
    sign_in(page, "clerk", PASSWORD, assert_accessible)
    page.goto(f"/posts/connections/{account.pk}/")
    expect(page.locator("body")).to_contain_text("never the account’s main password")
    assert_accessible(page)
    page.get_by_label("How to publish").select_option("bluesky")
    page.get_by_label("Server address or page id").fill(bluesky_pds.url)
    page.get_by_label("Access token or app password").fill("my-main-password")
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("not the account’s main password")
    assert_accessible(page)
    page.get_by_label("Access token or app password").fill(bluesky_pds.password)
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#connections")).to_contain_text("Bluesky")
    assert_accessible(page)
    assert Connection.objects.get(account=account).kind == "bluesky"

    sign_out(page)
    sign_in(page, "hal", PASSWORD, assert_accessible)
    page.goto("/posts/new/")
    page.get_by_label(str(account)).check()
    page.get_by_label("Text of the post").fill(text)
    page.get_by_label("Links").fill(link)
    expect(page.locator("#verdict")).to_be_visible()
    assert_accessible(page)
    page.get_by_role("button", name="Send for approval").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("sent for approval")
    assert_accessible(page)
    submission = Submission.objects.get()
    assert submission.current_revision.verdict == "caution"

    sign_out(page)
    sign_in(page, "clerk", PASSWORD, assert_accessible)
    page.goto(f"/posts/{submission.pk}/advice/")
    assert_accessible(page)
    page.get_by_label("Your advice to the author").fill("The ticket page works; fine to go.")
    page.get_by_role("button", name="Send advice").click()
    expect(page.locator("body")).to_contain_text("The ticket page works")
    assert_accessible(page)

    sign_out(page)
    sign_in(page, "ivy", PASSWORD, assert_accessible)
    page.goto(f"/posts/{submission.pk}/")
    assert_accessible(page)
    page.get_by_role("link", name="Approve").click()
    assert_accessible(page)
    page.get_by_role("button", name="Approve and publish").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Post approved")
    assert_accessible(page)

    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    publication = Publication.objects.get()
    assert publication.state == Publication.State.PUBLISHED, publication.last_error
    rkey = record_key(str(publication.idempotency_key))
    stored = bluesky_pds.xrpc(
        "com.atproto.repo.getRecord",
        repo=bluesky_pds.did,
        collection="app.bsky.feed.post",
        rkey=rkey,
    )
    assert stored["uri"] == publication.external_id
    assert stored["value"]["text"] == f"{text}\n{link}"
    assert [f["features"][0]["uri"] for f in stored["value"]["facets"]] == [link]
    assert len([r for r in bluesky_pds.posts() if marker in r["value"]["text"]]) == 1

    page.goto("/posts/archive/")
    expect(page.locator("#archive")).to_contain_text(marker)
    archived = page.locator("#archive").get_by_role("link", name=str(account))
    expect(archived).to_have_attribute(
        "href", f"https://bsky.app/profile/{bluesky_pds.handle}/post/{rkey}"
    )
    assert_accessible(page)
    page.goto(f"/posts/{submission.pk}/")
    expect(page.locator("body")).to_contain_text("Published")
    assert_accessible(page)
