from __future__ import annotations

import pytest
from django.urls import reverse

from civicpost.audit.models import AuditEvent
from civicpost.demo import load_demo
from civicpost.people.models import Person, PostingAuthority, Role, SocialAccount
from civicpost.people.roles import holds_authority

pytestmark = pytest.mark.django_db


def _state() -> tuple[int, ...]:
    return (
        Person.objects.count(),
        Role.objects.count(),
        SocialAccount.objects.count(),
        PostingAuthority.objects.count(),
        AuditEvent.objects.count(),
    )


def test_the_demo_council_has_the_people_the_issue_asks_for() -> None:
    assert load_demo() is True
    councillors = Person.objects.filter(roles__kind="councillor").distinct()
    assert councillors.count() == 9
    assert Person.objects.filter(roles__kind="chair").count() == 1
    assert Person.objects.filter(roles__kind="vice_chair").count() == 1
    assert Person.objects.filter(roles__kind="clerk").count() == 1
    assert Person.objects.filter(roles__kind="employee").count() == 2
    official = SocialAccount.objects.filter(is_official=True)
    assert sorted(official.values_list("platform__name", flat=True)) == ["Facebook", "X"]
    agreed = {a.person for a in PostingAuthority.objects.all()}
    assert len(agreed) == 2 and all(holds_authority(p, official[0]) for p in agreed)
    logins = Person.objects.filter(user__isnull=False)
    assert {r.kind for p in logins for r in p.roles.all()} == {
        "councillor",
        "chair",
        "vice_chair",
        "clerk",
        "employee",
    }
    assert all(p.is_demo for p in Person.objects.all())


def test_loading_twice_changes_nothing() -> None:
    load_demo()
    before = _state()
    assert load_demo() is False
    assert _state() == before


def test_the_demo_fills_every_register_and_the_checker_reads_them() -> None:
    from civicpost.registers.context import context_from_db
    from civicpost.registers.registry import REGISTERS

    load_demo()
    for register in REGISTERS.values():
        if register.slug != "confidential" and register.slug != "approvals":
            assert register.model.objects.exists(), register.slug
    context = context_from_db()
    assert context.council.public_emails == ("clerk@treeton-demo.invalid",)
    assert len(context.elections) == 1 and context.consents and context.decisions


def test_demo_log_ins_are_flagged_on_every_page_until_locked(client) -> None:
    from civicpost.accounts.views import DEMO_PASSWORD
    from civicpost.cli import main

    load_demo()
    sign_in = {"username": "clerk", "password": DEMO_PASSWORD}
    assert client.post(reverse("login"), sign_in).status_code == 302
    assert 'id="demo-warning"' in client.get("/").content.decode()

    assert main(["demo", "--lock-logins"]) == 0
    client.logout()
    refused = client.post(reverse("login"), {"username": "councillor", "password": DEMO_PASSWORD})
    assert refused.status_code == 200 and "govuk-error-summary" in refused.content.decode()
    assert AuditEvent.objects.filter(action="demo.login_locked").count() == 5
    # Nothing is deleted: the demo people stay in the registers.
    assert Person.objects.filter(is_demo=True).count() > 9
    assert load_demo() is False  # loading again does not reopen them

    from django.contrib.auth import get_user_model

    admin = get_user_model().objects.create_user("realclerk", password="a-long-real-password")
    client.force_login(admin)
    assert 'id="demo-warning"' not in client.get("/").content.decode()
