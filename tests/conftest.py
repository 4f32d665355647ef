"""Shared fixtures: people with roles and sign-ins, made through the same models the app uses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from django.contrib.auth.models import User

from civicpost.people.models import Person, Platform, Role, SocialAccount

PASSWORD = "correct-horse-battery"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every transactional test must use a serialized rollback.

    A transactional test ends by flushing the database. Without serialized rollback the flush
    re-creates content types with new ids and the rows that migrations seed (platforms,
    complaint stages) are gone for every test after it, so later tests fail depending on the
    order they run in. Mark them ``django_db(transaction=True, serialized_rollback=True)``.
    """
    missing = [
        item.nodeid
        for item in items
        if (marker := item.get_closest_marker("django_db"))
        and marker.kwargs.get("transaction")
        and not marker.kwargs.get("serialized_rollback")
    ]
    if missing:
        raise pytest.UsageError(
            "Transactional tests without serialized_rollback=True: " + ", ".join(missing)
        )


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup: None) -> None:
    """pytest-django's database set-up, made safe for the browser tests.

    Playwright's sync API runs an event loop in the main thread, and inside it Django hands out
    new connection objects. Those lack the serialized rows that a serialized rollback restores,
    so the restore would silently not happen and seeded rows (platforms, complaint stages) would
    be missing after any earlier transactional test. Keeping the rows on the connection class
    gives every connection object them.
    """
    from django.db import connections

    for connection in connections.all():
        contents = getattr(connection, "_test_serialized_contents", None)
        if contents is not None:
            type(connection)._test_serialized_contents = contents


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
