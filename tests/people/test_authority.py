from __future__ import annotations

import datetime as dt

import pytest

from civicpost.people.models import PostingAuthority
from civicpost.people.roles import holds_authority, is_clerk

pytestmark = pytest.mark.django_db


def test_an_agreed_councillor_holds_authority_only_while_it_runs(
    councillor, official_account
) -> None:
    PostingAuthority.objects.create(
        person=councillor,
        account=official_account,
        minute_reference="M1",
        starts_on=dt.date(2026, 1, 1),
        ends_on=dt.date(2026, 6, 30),
    )
    assert not holds_authority(councillor, official_account, dt.date(2025, 12, 31))
    assert holds_authority(councillor, official_account, dt.date(2026, 1, 1))
    assert holds_authority(councillor, official_account, dt.date(2026, 6, 30))
    assert not holds_authority(councillor, official_account, dt.date(2026, 7, 1))


def test_a_councillor_without_an_authority_does_not(councillor, official_account) -> None:
    assert not holds_authority(councillor, official_account, dt.date(2026, 1, 1))


def test_authority_lapses_when_the_person_stops_being_a_councillor(
    councillor, official_account
) -> None:
    PostingAuthority.objects.create(
        person=councillor,
        account=official_account,
        minute_reference="M1",
        starts_on=dt.date(2024, 1, 1),
    )
    councillor.roles.update(ends_on=dt.date(2026, 5, 7))
    assert holds_authority(councillor, official_account, dt.date(2026, 5, 7))
    assert not holds_authority(councillor, official_account, dt.date(2026, 5, 8))


def test_the_clerk_always_may(clerk, official_account) -> None:
    assert holds_authority(clerk, official_account, dt.date(2026, 1, 1))
    assert is_clerk(clerk.user)


def test_nobody_posts_for_a_closed_account(clerk, official_account) -> None:
    official_account.closed_on = dt.date(2026, 3, 1)
    official_account.save()
    assert not holds_authority(clerk, official_account, dt.date(2026, 3, 2))
