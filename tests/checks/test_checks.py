"""The checker in the browser: live panel, records kept only on request, the same findings as
the command line, and the Clerk's severity settings."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest
import yaml
from django.urls import reverse
from django.utils import timezone

from civicpost.audit.models import AuditEvent
from civicpost.checks.models import SelfCheckRecord
from civicpost.checks.services import Draft, check_draft, effective_pack
from civicpost.registers.context import context_from_db, pid, registers_as_dict
from civicpost.registers.models import Consent, Decision, LinkCheck

pytestmark = pytest.mark.django_db

CLLR_AND_CHILD = {
    "text": "Great night at the lantern parade!",
    "display_name": "Cllr Ben Council",
    "photo": "on",
    "photo_description": "children at the lantern parade",
    "photo_minors": "on",
    "photo_consent": "",
}


def _rules(html: str) -> set[str]:
    import re

    return set(re.findall(r'data-rule="([a-z-]+)"', html))


def test_the_live_panel_finds_the_title_and_the_child_without_consent(client, councillor) -> None:
    client.force_login(councillor.user)
    html = client.post(reverse("check-live"), CLLR_AND_CHILD).content.decode()
    assert {"councillor-title", "minor-without-consent"} <= _rules(html)
    assert "Clause 6.1 of the policy" in html and "Clause 6.7 of the policy" in html
    assert '<mark class="civicpost-mark">Cllr</mark>' in html
    assert not SelfCheckRecord.objects.exists()  # nothing stored while typing


def test_a_consent_in_the_register_clears_the_photo_and_withdrawing_it_brings_it_back(
    client, councillor
) -> None:
    client.force_login(councillor.user)
    consent = Consent.objects.create(
        kind="photo",
        subject="Lantern parade children",
        is_minor=True,
        guardian="Parents",
        scope="Lantern parade",
        channel="both",
        given_on=timezone.localdate() - dt.timedelta(days=5),
    )
    data = CLLR_AND_CHILD | {"display_name": "Ben Council", "photo_consent": f"c-{consent.pk}"}
    assert "minor-without-consent" not in _rules(
        client.post(reverse("check-live"), data).content.decode()
    )
    consent.withdrawn_on = timezone.localdate()
    consent.save()
    assert "minor-without-consent" in _rules(
        client.post(reverse("check-live"), data).content.decode()
    )


def test_an_oversized_post_is_a_clear_error(client, councillor) -> None:
    client.force_login(councillor.user)
    html = client.post(reverse("check-live"), {"text": "x" * 100_001}).content.decode()
    assert "The post cannot be checked yet" in html and "at most 100000 characters" in html


def test_keep_a_record_stores_text_report_and_time_for_its_author_only(
    client, councillor, make_person
) -> None:
    client.force_login(councillor.user)
    response = client.post(reverse("check"), CLLR_AND_CHILD)
    kept = SelfCheckRecord.objects.get()
    assert response.url == reverse("check-record", args=[kept.pk])
    assert kept.person == councillor and kept.verdict == "breach"
    assert {f["rule"] for f in kept.report["findings"]} >= {"councillor-title"}
    assert AuditEvent.objects.filter(action="selfcheck.kept").exists()
    other = make_person("Other Person", "councillor", username="other")
    client.force_login(other.user)
    assert client.get(reverse("check-record", args=[kept.pk])).status_code == 404


def test_the_page_says_nothing_is_stored(client, councillor) -> None:
    client.force_login(councillor.user)
    assert "Nothing you type here is stored" in client.get(reverse("check")).content.decode()


def test_a_register_change_is_seen_by_the_next_check(councillor) -> None:
    draft = Draft(text="Details here: https://www.example-news.co.uk/story")
    _, before, _ = check_draft(draft, councillor)
    assert "unchecked-link" in {f.rule for f in before.findings}
    LinkCheck.objects.create(domain="example-news.co.uk", checked_on=dt.date(2026, 1, 1))
    _, after, _ = check_draft(draft, councillor)
    assert "unchecked-link" not in {f.rule for f in after.findings}


def test_the_web_and_the_command_line_give_the_same_findings(councillor, tmp_path) -> None:
    Decision.objects.create(
        resolution="RESOLVED that the toilets close on weekdays.",
        decided_on=dt.date(2026, 10, 13),
        keywords="toilets",
    )
    at = dt.datetime(2026, 12, 1, 10, 0, tzinfo=dt.UTC)
    draft = Draft(
        text="Cllr here. Ring Sue on 07911 123456 about the toilets, "
        "see https://unknown.example.org",
        display_name="Cllr Ben Council",
    )
    post, web_report, _ = check_draft(draft, councillor, at=at)
    context_file = tmp_path / "context.yaml"
    context_file.write_text(yaml.safe_dump(registers_as_dict(at.date())))
    post_file = tmp_path / "post.json"
    post_file.write_text(
        json.dumps(
            {
                "text": post.text,
                "author": pid(councillor.pk),
                "at": at.isoformat(),
                "account": {"kind": "personal", "display_name": "Cllr Ben Council"},
            }
        )
    )
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "civicpost.cli",
            "check",
            str(post_file),
            "--context",
            str(context_file),
            "--format",
            "json",
        ],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2, result.stderr
    cli_findings = json.loads(result.stdout)
    cli_findings = cli_findings[0] if isinstance(cli_findings, list) else cli_findings
    assert web_report.to_dict()["findings"] == cli_findings["findings"]
    assert len(web_report.findings) >= 3


def test_the_registers_load_into_the_checker(clerk, official_account) -> None:
    context = context_from_db()
    assert pid(clerk.pk) in context.people_by_id
    assert context.posting_authorities[0].person == pid(clerk.pk)  # the Clerk may always post


def test_the_clerk_changes_a_severity_and_the_next_check_uses_it(clerk_client, councillor) -> None:
    assert effective_pack().rules["councillor-title"].severity["personal"].label == "breach"
    response = clerk_client.post(
        reverse("policy-rule-severity", args=["councillor-title", "personal"]),
        {"personal-severity": "caution"},
    )
    assert response.status_code == 302
    assert effective_pack().rules["councillor-title"].severity["personal"].label == "caution"
    _, report, _ = check_draft(Draft(text="hello", display_name="Cllr Ben"), councillor)
    assert [f.severity.label for f in report.findings if f.rule == "councillor-title"] == [
        "caution"
    ]
    assert AuditEvent.objects.filter(action="rule.severity_set").exists()


def test_a_rule_the_pack_does_not_apply_cannot_be_switched_on(clerk_client) -> None:
    clerk_client.post(
        reverse("policy-rule-severity", args=["councillor-title", "official"]),
        {"official-severity": "breach"},
    )
    assert effective_pack().rules["councillor-title"].severity["official"] is None


def test_a_hint_stays_at_advice(clerk_client) -> None:
    page = clerk_client.get(reverse("policy-rule", args=["reads-as-hostile"])).content.decode()
    assert "A hint stays at advice." in page and "personal-severity" not in page
    response = clerk_client.post(
        reverse("policy-rule-severity", args=["reads-as-hostile", "personal"]),
        {"personal-severity": "breach"},
        follow=True,
    )
    assert "is a hint" in response.content.decode()
    assert effective_pack().rules["reads-as-hostile"].severity["personal"].label == "advice"
    assert not AuditEvent.objects.filter(action="rule.severity_set").exists()


def test_councillors_cannot_change_severities(client, councillor) -> None:
    client.force_login(councillor.user)
    response = client.post(
        reverse("policy-rule-severity", args=["councillor-title", "personal"]),
        {"personal-severity": "advice"},
    )
    assert response.status_code == 403


def test_policy_and_rule_pages(client, councillor) -> None:
    client.force_login(councillor.user)
    policy = client.get(reverse("policy")).content.decode()
    assert 'id="clause-6.1"' in policy and "councillor-title" in policy
    rule = client.get(reverse("policy-rule", args=["councillor-title"])).content.decode()
    assert "Why it matters" in rule
    assert client.get(reverse("policy-rule", args=["no-such-rule"])).status_code == 404


def test_adoption_asks_everyone_to_confirm_and_a_new_version_asks_again(
    clerk_client, clerk, councillor
) -> None:
    from django.test import Client

    from civicpost.registers.models import Acknowledgement

    client = Client()

    data = {
        "pack_version": "2026.1",
        "minute_reference": "26/112",
        "adopted_on": "2026-09-08",
        "review_on": "2027-09-08",
    }
    assert clerk_client.post(reverse("policy-adoption"), data).status_code == 302
    client.force_login(councillor.user)
    assert "Confirm you have read the social media policy" in client.get("/").content.decode()
    client.post(reverse("policy-acknowledge"))
    client.post(reverse("policy-acknowledge"))  # a double click records it once
    assert Acknowledgement.objects.filter(person=councillor).count() == 1
    assert "Confirm you have read" not in client.get("/").content.decode()
    page = clerk_client.get(reverse("policy-adoption")).content.decode()
    assert "1 still to confirm" in page  # the Clerk has not confirmed yet
    clerk_client.post(
        reverse("policy-adoption"), data | {"pack_version": "2027.1", "adopted_on": "2027-09-07"}
    )
    assert "Confirm you have read" in client.get("/").content.decode()


def test_a_review_date_before_adoption_is_refused(clerk_client) -> None:
    from civicpost.registers.models import PolicyAdoption

    response = clerk_client.post(
        reverse("policy-adoption"),
        {
            "pack_version": "2026.1",
            "minute_reference": "26/112",
            "adopted_on": "2026-09-08",
            "review_on": "2026-01-01",
        },
    )
    assert "must be the same as or after" in response.content.decode()
    assert not PolicyAdoption.objects.exists()


def test_an_empty_draft_gets_a_prompt_not_an_error(client, councillor) -> None:
    client.force_login(councillor.user)
    html = client.post(reverse("check-live"), {"text": "  "}).content.decode()
    assert "Start typing" in html and "cannot be checked" not in html
