"""API fixtures: people with roles and sign-ins, each with a token; official accounts; a post
through its whole life (all names invented)."""

from __future__ import annotations

import pytest

from civicpost.api.services import create_token
from civicpost.people.models import Platform, SocialAccount
from civicpost.posts import services as posts
from tests.posts.conftest import agree

CLEAR = "The village hall car park will be resurfaced on Monday 3 August."


@pytest.fixture
def councillor_token(councillor) -> str:  # type: ignore[no-untyped-def]
    return create_token(councillor.user, "tests")[1]


@pytest.fixture
def clerk_token(clerk) -> str:  # type: ignore[no-untyped-def]
    return create_token(clerk.user, "tests")[1]


def bearer(token: str) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}


@pytest.fixture
def author(make_person):  # type: ignore[no-untyped-def]
    return make_person("Hal Author", "councillor", username="hal")


@pytest.fixture
def employee(make_person):  # type: ignore[no-untyped-def]
    return make_person("Eve Staffer", "employee", username="eve")


@pytest.fixture
def mastodon_account(db):  # type: ignore[no-untyped-def]
    platform, _ = Platform.objects.get_or_create(name="Mastodon")
    return SocialAccount.objects.create(platform=platform, handle="@parish", is_official=True)


@pytest.fixture
def approver(make_person, official_account, mastodon_account):  # type: ignore[no-untyped-def]
    """A councillor agreed to post for both official accounts (clause 4.1)."""
    person = make_person("Ivy Approver", "councillor", username="ivy")
    agree(person, official_account)
    agree(person, mastodon_account)
    return person


@pytest.fixture
def second_approver(make_person, official_account, mastodon_account):  # type: ignore[no-untyped-def]
    person = make_person("Jon Second", "councillor", username="jon")
    agree(person, official_account)
    agree(person, mastodon_account)
    return person


@pytest.fixture
def token_for():  # type: ignore[no-untyped-def]
    def make(person) -> dict[str, str]:  # type: ignore[no-untyped-def]
        return bearer(create_token(person.user, "tests")[1])

    return make


@pytest.fixture
def submission(author, official_account):  # type: ignore[no-untyped-def]
    return posts.create_submission(author.user, accounts=[official_account], text=CLEAR)


@pytest.fixture
def published(author, approver, clerk, official_account):  # type: ignore[no-untyped-def]
    """A post approved, published by hand and its link recorded, as the worker and the Clerk
    do it."""
    made = posts.create_submission(
        author.user,
        accounts=[official_account],
        text="Litter pick on the green this Saturday at 10am.",
        links=["https://treeton.example/litter"],
    )
    posts.give_advice(clerk.user, made, "Check the link works before Saturday.")  # a caution
    approval = posts.approve(approver.user, made)
    posts.publish(made.pk, approval.pk)
    publication = made.publications.get()
    posts.record_by_hand(clerk.user, publication, "https://facebook.example/parish/1")
    made.refresh_from_db()
    return made
