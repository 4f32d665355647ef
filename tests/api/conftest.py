"""API fixtures: a signed-up councillor and the Clerk, each with a token."""

from __future__ import annotations

import pytest

from civicpost.api.services import create_token


@pytest.fixture
def councillor_token(councillor) -> str:  # type: ignore[no-untyped-def]
    return create_token(councillor.user, "tests")[1]


@pytest.fixture
def clerk_token(clerk) -> str:  # type: ignore[no-untyped-def]
    return create_token(clerk.user, "tests")[1]


def bearer(token: str) -> dict[str, str]:
    return {"HTTP_AUTHORIZATION": f"Bearer {token}"}
