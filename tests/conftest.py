"""Shared fixtures: people with roles and sign-ins, made through the same models the app uses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from django.contrib.auth.models import User

from civicpost.people.models import Person, Platform, Role, SocialAccount

PASSWORD = "correct-horse-battery"


@pytest.fixture
def make_person(db: None) -> Callable[..., Person]:
    def make(
        name: str,
        *kinds: str,
        username: str = "",
        demo: bool = False,
        starts_on: dt.date = dt.date(2023, 5, 8),
    ) -> Person:
        user = (
            User.objects.create_user(username, f"{username}@example.org", PASSWORD)
            if username
            else None
        )
        person = Person.objects.create(full_name=name, user=user, is_demo=demo)
        for kind in kinds:
            Role.objects.create(person=person, kind=kind, starts_on=starts_on)
        return person

    return make


@pytest.fixture
def clerk(make_person: Callable[..., Person]) -> Person:
    """A clerk signed in through a demo log-in, so no second factor is asked for."""
    return make_person("Ada Clerkson", "clerk", username="clerk", demo=True)


@pytest.fixture
def councillor(make_person: Callable[..., Person]) -> Person:
    return make_person("Ben Council", "councillor", username="ben")


@pytest.fixture
def clerk_client(client, clerk: Person):  # type: ignore[no-untyped-def]
    client.force_login(clerk.user)
    return client


@pytest.fixture
def official_account(db: None) -> SocialAccount:
    # get_or_create: a transactional (browser) test may run after a flush of seeded rows.
    platform, _ = Platform.objects.get_or_create(name="Facebook")
    return SocialAccount.objects.create(platform=platform, handle="ParishPage", is_official=True)
