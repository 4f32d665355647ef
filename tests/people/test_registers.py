"""The people, accounts and authorities registers: what the Clerk can do and what bad input gets."""

from __future__ import annotations

import pytest
from django.urls import reverse

from civicpost.audit.models import AuditEvent
from civicpost.people.models import Person, Platform, PostingAuthority, Role, SocialAccount

pytestmark = pytest.mark.django_db


def _counts() -> tuple[int, ...]:
    return (
        Person.objects.count(),
        Role.objects.count(),
        SocialAccount.objects.count(),
        PostingAuthority.objects.count(),
        AuditEvent.objects.count(),
    )


def test_clerk_adds_a_person_and_it_is_audited(clerk_client) -> None:
    response = clerk_client.post(
        reverse("person-add"),
        {"full_name": "Carol Newton", "aliases": "Caz\nC. Newton", "email": ""},
    )
    person = Person.objects.get(full_name="Carol Newton")
    assert response.status_code == 302 and response.url == reverse(
        "person-detail", args=[person.pk]
    )
    assert person.alias_list == ["Caz", "C. Newton"]
    event = AuditEvent.objects.get(action="person.added")
    assert event.object_id == str(person.pk) and event.actor.username == "clerk"
    assert event.changes["full_name"] == [None, "Carol Newton"]


def test_an_oversized_name_is_a_clear_error_and_nothing_is_saved(clerk_client) -> None:
    before = _counts()
    response = clerk_client.post(reverse("person-add"), {"full_name": "A" * 151})
    assert response.status_code == 200
    assert "Ensure this value has at most 150 characters" in response.content.decode()
    assert "There is a problem" in response.content.decode()
    assert _counts() == before


def test_hidden_characters_in_a_name_are_refused(clerk_client) -> None:
    before = _counts()
    response = clerk_client.post(reverse("person-add"), {"full_name": "Eve\u202eDrahcir"})
    assert "hidden or control character (U+202E)" in response.content.decode()
    assert _counts() == before


def test_a_duplicate_handle_is_a_clear_error(clerk_client, official_account) -> None:
    before = _counts()
    response = clerk_client.post(
        reverse("account-add"),
        {"platform": official_account.platform_id, "handle": "@parishpage", "is_official": "on"},
    )
    assert response.status_code == 200
    assert "parishpage is already registered on Facebook" in response.content.decode()
    assert _counts() == before


def test_the_same_handle_on_another_platform_is_fine(clerk_client, official_account) -> None:
    response = clerk_client.post(
        reverse("account-add"),
        {
            "platform": Platform.objects.get(name="X").pk,
            "handle": "ParishPage",
            "is_official": "on",
        },
    )
    assert response.status_code == 302
    assert SocialAccount.objects.filter(handle="ParishPage").count() == 2


def test_a_personal_account_needs_an_owner(clerk_client) -> None:
    response = clerk_client.post(
        reverse("account-add"), {"platform": Platform.objects.get(name="X").pk, "handle": "someone"}
    )
    assert "Select whose personal account this is" in response.content.decode()
    assert not SocialAccount.objects.exists()


def test_an_authority_that_ends_before_it_starts_is_refused(
    clerk_client, councillor, official_account
) -> None:
    before = _counts()
    response = clerk_client.post(
        reverse("authority-add"),
        {
            "person": councillor.pk,
            "account": official_account.pk,
            "minute_reference": "Min 1",
            "starts_on": "2026-06-01",
            "ends_on": "2026-05-01",
        },
    )
    assert response.status_code == 200
    assert "The end date must be the same as or after the start date" in response.content.decode()
    assert _counts() == before


def test_only_councillors_can_be_agreed_to_post(
    clerk_client, make_person, official_account
) -> None:
    employee = make_person("Ed Employee", "employee")
    response = clerk_client.post(
        reverse("authority-add"),
        {
            "person": employee.pk,
            "account": official_account.pk,
            "minute_reference": "Min 1",
            "starts_on": "2026-06-01",
        },
    )
    assert "is not a councillor on 1 June 2026" in response.content.decode()
    assert not PostingAuthority.objects.exists()


def test_granting_an_authority_is_audited(clerk_client, councillor, official_account) -> None:
    response = clerk_client.post(
        reverse("authority-add"),
        {
            "person": councillor.pk,
            "account": official_account.pk,
            "minute_reference": "Minute 2026/014",
            "starts_on": "2026-06-01",
        },
    )
    assert response.status_code == 302
    authority = PostingAuthority.objects.get()
    assert AuditEvent.objects.filter(action="authority.added", object_id=str(authority.pk)).exists()


def test_a_role_for_a_person_who_does_not_exist_is_refused(clerk_client) -> None:
    before = _counts()
    response = clerk_client.post(
        reverse("role-add"), {"person": 99999, "kind": "councillor", "starts_on": "2026-01-01"}
    )
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert _counts() == before


def test_ending_a_role_keeps_it_on_record(clerk_client, councillor) -> None:
    role = councillor.roles.get()
    response = clerk_client.post(reverse("role-end", args=[role.pk]), {"ends_on": "2026-05-07"})
    assert response.status_code == 302
    role.refresh_from_db()
    assert str(role.ends_on) == "2026-05-07"
    assert "councillor" not in councillor.role_kinds_on()
    assert AuditEvent.objects.filter(action="role.ended").exists()


def test_ending_before_the_start_is_refused(clerk_client, councillor) -> None:
    role = councillor.roles.get()
    response = clerk_client.post(reverse("role-end", args=[role.pk]), {"ends_on": "2020-01-01"})
    assert "The end date must be on or after the start date" in response.content.decode()
    role.refresh_from_db()
    assert role.ends_on is None


def test_the_clerk_can_add_a_platform(clerk_client) -> None:
    response = clerk_client.post(
        reverse("platform-add"), {"name": "Pixelfed", "kind": "video", "is_active": "on"}
    )
    assert response.status_code == 302
    assert Platform.objects.filter(name="Pixelfed").exists()


def test_platforms_named_in_the_policy_are_seeded(db) -> None:
    names = set(Platform.objects.values_list("name", flat=True))
    assert {
        "X",
        "Facebook",
        "Instagram",
        "LinkedIn",
        "YouTube",
        "Flickr",
        "Bluesky",
        "Mastodon",
        "Threads",
        "TikTok",
        "Nextdoor",
        "Blog",
        "Forum",
        "Newsgroup",
    } <= names


@pytest.mark.parametrize(
    "name",
    ["person-list", "account-list", "authority-list", "platform-list", "audit-list", "person-add"],
)
def test_a_councillor_cannot_open_the_registers(client, councillor, name) -> None:
    client.force_login(councillor.user)
    response = client.get(reverse(name))
    assert response.status_code == 403
    assert "Only the Clerk" in response.content.decode()


def test_a_councillor_sees_their_own_details(client, councillor, official_account) -> None:
    PostingAuthority.objects.create(
        person=councillor,
        account=official_account,
        minute_reference="Min 9",
        starts_on="2025-01-01",
    )
    client.force_login(councillor.user)
    page = client.get(reverse("my-details")).content.decode()
    assert "Ben Council" in page and "Min 9" in page


def test_signed_out_visitors_are_sent_to_sign_in(client, db) -> None:
    response = client.get(reverse("person-list"))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


def test_the_clerk_gives_a_person_a_sign_in_and_they_are_emailed(
    clerk_client, make_person, mailoutbox
) -> None:
    person = make_person("Fay Newcombe", "councillor")
    response = clerk_client.post(
        reverse("person-sign-in", args=[person.pk]),
        {"username": "fnewcombe", "email": "fay@example.org"},
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.user.username == "fnewcombe" and person.email == "fay@example.org"
    assert mailoutbox[0].to == ["fay@example.org"] and "fnewcombe" in mailoutbox[0].body
    assert AuditEvent.objects.filter(action="person.sign_in_given").exists()
    # The same user name again is refused clearly.
    other = make_person("Gil Other", "employee")
    again = clerk_client.post(
        reverse("person-sign-in", args=[other.pk]),
        {"username": "FNewcombe", "email": "gil@example.org"},
    )
    assert "The user name FNewcombe is taken" in again.content.decode()
    other.refresh_from_db()
    assert other.user is None


def test_changing_an_authority_is_audited_with_what_changed(
    clerk_client, councillor, official_account
) -> None:
    authority = PostingAuthority.objects.create(
        person=councillor,
        account=official_account,
        minute_reference="Min 1",
        starts_on="2026-01-01",
    )
    response = clerk_client.post(
        reverse("authority-edit", args=[authority.pk]),
        {
            "person": councillor.pk,
            "account": official_account.pk,
            "minute_reference": "Min 1a",
            "starts_on": "2026-01-01",
        },
    )
    assert response.status_code == 302
    event = AuditEvent.objects.get(action="authority.changed")
    assert event.changes == {"minute_reference": ["Min 1", "Min 1a"]}
