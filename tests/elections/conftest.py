"""Fixtures for the elections tests: a movable clock and the 2028 election."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from civicpost.elections import periods
from civicpost.elections.models import Election
from civicpost.people.models import Person, PostingAuthority, SocialAccount


@pytest.fixture
def set_clock(monkeypatch: pytest.MonkeyPatch) -> Callable[[dt.datetime], None]:
    """Move the elections app's clock (only that app's: sessions and sign-in keep real time)."""

    def set_to(moment: dt.datetime) -> None:
        monkeypatch.setattr(periods, "now", lambda: moment)

    return set_to


@pytest.fixture
def election_2028(db: None) -> Election:
    return Election.objects.create(kind=Election.Kind.ORDINARY, poll_date=dt.date(2028, 5, 4))


@pytest.fixture
def agreed_councillor(councillor: Person, official_account: SocialAccount) -> Person:
    PostingAuthority.objects.create(
        person=councillor,
        account=official_account,
        minute_reference="Minute 2024/031",
        starts_on=dt.date(2024, 6, 1),
    )
    return councillor
