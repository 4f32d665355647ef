"""A councillor reports a hostile post by a colleague; the Clerk handles it and produces the
Monitoring Officer referral with its evidence bundle (clause 7). axe-core checks every page."""

from __future__ import annotations

import hashlib
import io
import zipfile

import pytest
from playwright.sync_api import Page, expect

from civicpost.audit.models import AuditEvent
from civicpost.complaints.models import Case

from .test_clerk_journey import sign_in

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

# A whole 1x1 PNG, standing in for a screenshot of the post.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d4944415478da63f8cfc0f01f0005000201a5f6e2c70000000049454e44ae426082"
)


def test_a_councillor_reports_a_colleague_and_the_clerk_refers_it(
    page: Page, settings, tmp_path, clerk, councillor, make_person, assert_accessible
) -> None:
    from tests.conftest import PASSWORD

    settings.MEDIA_ROOT = tmp_path / "media"
    make_person("Gail Quarrel", "councillor")

    # The councillor reports the post.
    sign_in(page, "ben", PASSWORD, assert_accessible)
    page.get_by_role("link", name="Complaints", exact=True).click()
    assert_accessible(page)
    page.get_by_role("link", name="Report material").click()
    assert_accessible(page)
    page.get_by_role("button", name="Send the complaint").click()  # nothing filled in
    expect(page.locator(".govuk-error-summary")).to_contain_text("This field is required")
    assert_accessible(page)
    page.get_by_label("Who posted the material?").select_option(label="Gail Quarrel")
    page.get_by_label("When was it posted?").fill("2026-03-02")
    page.get_by_label("When did you see it?").fill("2026-03-03")
    page.get_by_label("Link to the material").fill("https://social.example/@gailq/1234")
    page.get_by_label("The words exactly as they appeared").fill(
        "Cllr Council is a liar and a disgrace, and everyone knows it."
    )
    page.get_by_label("Screenshots or other files").set_input_files(
        files=[{"name": "screenshot.png", "mimeType": "image/png", "buffer": PNG}]
    )
    page.get_by_label("Harassment").check()
    page.get_by_label("Tell us more about how it affected you").fill(
        "Residents have repeated it to me at the shop."
    )
    page.get_by_role("button", name="Send the complaint").click()
    expect(page.locator(".govuk-panel")).to_contain_text("Complaint recorded")
    expect(page.locator("#handler")).to_contain_text("Ada Clerkson will deal with it")
    assert_accessible(page)
    case = Case.objects.get()
    reference = case.reference
    page.get_by_role("button", name="Sign out").click()

    # The Clerk handles it.
    sign_in(page, "clerk", PASSWORD, assert_accessible)
    page.get_by_role("link", name="Complaints", exact=True).click()
    assert_accessible(page)
    page.get_by_role("link", name="Stages, letters and retention").click()
    assert_accessible(page)
    page.get_by_role("link", name="Change the council’s details").click()
    page.get_by_label("Principal authority").fill("Borchester Borough Council")
    page.get_by_label("Monitoring Officer’s name").fill("Morag Officer")
    page.get_by_label("Monitoring Officer’s address").fill("Town Hall\nBorchester BC1 1AA")
    assert_accessible(page)
    page.get_by_role("button", name="Save").click()
    expect(page.locator(".govuk-notification-banner")).to_contain_text("Saved")

    page.get_by_role("link", name="Complaints", exact=True).click()
    page.get_by_role("link", name=reference).click()
    expect(page.locator("#route")).to_contain_text("Referral to the Monitoring Officer")
    expect(page.locator("#evidence")).to_contain_text(hashlib.sha256(PNG).hexdigest())
    assert_accessible(page)

    page.get_by_role("link", name="Record this stage as done").click()
    assert_accessible(page)
    page.get_by_label("Notes").fill("Acknowledgement sent by email.")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#next-stage")).to_contain_text(
        "Refer the complaint to the Monitoring Officer"
    )

    page.get_by_role("link", name="Check the evidence has not changed").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("The evidence has not changed")
    assert_accessible(page)
    page.get_by_role("link", name="Back to the case").click()

    page.get_by_role("button", name="Make the letter: Referral to the Monitoring Officer").click()
    letter = page.locator(".app-letter")
    expect(letter).to_contain_text("Morag Officer")
    expect(letter).to_contain_text("section 28 of the Localism Act 2011")
    expect(letter).to_contain_text(hashlib.sha256(PNG).hexdigest())
    assert_accessible(page)
    page.get_by_role("link", name="Back to the case").click()

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Download the evidence bundle (ZIP)").click()
    path = download_info.value.path()
    with zipfile.ZipFile(io.BytesIO(path.read_bytes())) as zf:
        index = zf.read("index.txt").decode()
        for item in case.evidence.all():
            assert item.sha256 in index
        assert zf.read("evidence/03-screenshot.png") == PNG
        assert "Morag Officer" in zf.read("referral-letter.txt").decode()

    page.get_by_role("link", name="Record this stage as done").click()
    page.get_by_label("Notes").fill("Sent to the Monitoring Officer with the bundle.")
    page.get_by_role("button", name="Save").click()
    expect(page.locator("#next-stage")).to_contain_text("Monitoring Officer’s decision")
    assert_accessible(page)

    actions = set(AuditEvent.objects.values_list("action", flat=True))
    assert {
        "complaint.recorded",
        "complaint.opened",
        "complaint.letter_made",
        "complaint.bundle_made",
        "complaint.step_done",
    } <= actions
