"""People and accounts for the official-post workflow: an author, an agreed councillor, the
Clerk, and the council's official accounts (all invented)."""

from __future__ import annotations

import datetime as dt

import pytest

from civicpost.people.models import Platform, PostingAuthority, SocialAccount


@pytest.fixture
def author(make_person):  # type: ignore[no-untyped-def]
    return make_person("Hal Author", "councillor", username="hal")


@pytest.fixture
def approver(make_person):  # type: ignore[no-untyped-def]
    return make_person("Ivy Approver", "councillor", username="ivy")


@pytest.fixture
def second_approver(make_person):  # type: ignore[no-untyped-def]
    return make_person("Jon Second", "councillor", username="jon")


@pytest.fixture
def mastodon_account(db):  # type: ignore[no-untyped-def]
    platform, _ = Platform.objects.get_or_create(name="Mastodon")
    return SocialAccount.objects.create(platform=platform, handle="@parish", is_official=True)


def agree(person, account, starts_on=dt.date(2024, 1, 1), ends_on=None):  # type: ignore[no-untyped-def]
    return PostingAuthority.objects.create(
        person=person,
        account=account,
        minute_reference="Minute 2024/001",
        starts_on=starts_on,
        ends_on=ends_on,
    )


@pytest.fixture
def agreed(approver, second_approver, official_account, mastodon_account):  # type: ignore[no-untyped-def]
    for person in (approver, second_approver):
        for account in (official_account, mastodon_account):
            agree(person, account)
    return approver


@pytest.fixture(scope="session")
def mastodon_url():  # type: ignore[no-untyped-def]
    from tests.posts.mastodon_server import mastodon_mock

    with mastodon_mock() as base:
        yield base


@pytest.fixture
def mastodon_connected(mastodon_account, mastodon_url):  # type: ignore[no-untyped-def]
    from civicpost.posts.crypto import encrypt
    from civicpost.posts.models import Connection
    from tests.posts.mastodon_server import TOKEN

    return Connection.objects.create(
        account=mastodon_account, kind="mastodon", endpoint=mastodon_url, secret=encrypt(TOKEN)
    )


@pytest.fixture(scope="session")
def bluesky_pds(tmp_path_factory):  # type: ignore[no-untyped-def]
    """A real local AT Protocol PDS with one account; fails (never skips) when not installed."""
    from tests.posts.bluesky_server import local_pds

    with local_pds(tmp_path_factory.mktemp("bluesky")) as pds:
        yield pds


@pytest.fixture
def bluesky_account(db, bluesky_pds):  # type: ignore[no-untyped-def]
    platform, _ = Platform.objects.get_or_create(name="Bluesky")
    return SocialAccount.objects.create(
        platform=platform, handle=f"@{bluesky_pds.handle}", is_official=True
    )


@pytest.fixture
def bluesky_connected(bluesky_account, bluesky_pds):  # type: ignore[no-untyped-def]
    from civicpost.posts.crypto import encrypt
    from civicpost.posts.models import Connection

    return Connection.objects.create(
        account=bluesky_account,
        kind="bluesky",
        endpoint=bluesky_pds.url,
        secret=encrypt(bluesky_pds.password),
    )


@pytest.fixture
def fake_facebook(official_account, monkeypatch):  # type: ignore[no-untyped-def]
    """The official account connected to a stand-in connector that, like Facebook, does not
    drop repeated calls; returns the list of idempotency keys it was called with."""
    from civicpost.posts import services
    from civicpost.posts.connectors import base
    from civicpost.posts.crypto import encrypt
    from civicpost.posts.models import Connection

    Connection.objects.create(
        account=official_account, kind="facebook", endpoint="1234", secret=encrypt("t")
    )
    calls: list[str] = []

    class Fake:
        idempotent = False

        def publish(self, text, media, key):  # type: ignore[no-untyped-def]
            calls.append(key)
            return base.Published("1", "https://facebook.example/1")

    monkeypatch.setattr(services, "connector_for", lambda connection: Fake())
    return calls
