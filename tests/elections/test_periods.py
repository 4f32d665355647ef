"""Pre-election periods and the withdrawal of councillors' authority (policy clause 4.2)."""

from __future__ import annotations

import datetime as dt

import pytest

from civicpost.elections.models import CombinedPoll, Election, ExcludedDay, Ward
from civicpost.elections.periods import authority_withdrawn, in_pre_election_period, start_day
from civicpost.people.models import PostingAuthority
from civicpost.people.roles import holds_authority

D = dt.date
UTC = dt.UTC
SECOND = dt.timedelta(seconds=1)


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


def test_start_day_takes_the_actual_notice_when_known() -> None:
    assert start_day(D(2024, 5, 2), None)[0] == D(2024, 3, 26)
    day, basis = start_day(D(2024, 5, 2), D(2024, 3, 22))  # Uttlesford published early
    assert day == D(2024, 3, 22) and "published on 22 March 2024" in basis


def test_the_earliest_notice_of_the_combined_polls_starts_the_period() -> None:
    poll = D(2024, 5, 2)
    assert start_day(poll, D(2024, 3, 26), [(D(2024, 3, 21), 25)])[0] == D(2024, 3, 21)
    assert start_day(poll, D(2024, 3, 26), [(None, 25)])[0] == D(2024, 3, 26)
    assert start_day(poll, D(2024, 3, 26), [(None, 27)])[0] == D(2024, 3, 22)


@pytest.fixture
def agreed(councillor, official_account):  # type: ignore[no-untyped-def]
    PostingAuthority.objects.create(
        person=councillor,
        account=official_account,
        minute_reference="Minute 2024/12",
        starts_on=D(2024, 1, 1),
    )
    return councillor


# Europe/London: 27 March 2028 is the day after the clocks go forward (BST), so the period
# starts at 23:00 UTC on the 26th; 2025's starts in GMT (25 March) and ends in BST (1 May).
CLOCK_CHANGE_CASES = [
    (D(2028, 5, 4), utc(2028, 3, 26, 23, 0), utc(2028, 5, 4, 21, 0)),
    (D(2025, 5, 1), utc(2025, 3, 25, 0, 0), utc(2025, 5, 1, 21, 0)),
]


@pytest.mark.django_db
@pytest.mark.parametrize(("poll", "starts", "ends"), CLOCK_CHANGE_CASES)
def test_authority_switches_exactly_at_midnight_and_at_the_close_of_poll(
    agreed, official_account, poll, starts, ends
) -> None:
    Election.objects.create(kind=Election.Kind.ORDINARY, poll_date=poll)
    assert holds_authority(agreed, official_account, at=starts - SECOND)
    assert not holds_authority(agreed, official_account, at=starts)
    assert not holds_authority(agreed, official_account, at=ends - SECOND)
    assert holds_authority(agreed, official_account, at=ends)
    period = authority_withdrawn(agreed, at=starts)
    assert period is not None and period.starts_at == starts and period.ends_at == ends


@pytest.mark.django_db
def test_a_day_alone_is_withdrawn_if_the_period_touches_it(agreed, official_account) -> None:
    Election.objects.create(kind=Election.Kind.ORDINARY, poll_date=D(2028, 5, 4))
    assert holds_authority(agreed, official_account, D(2028, 3, 26))
    assert not holds_authority(agreed, official_account, D(2028, 3, 27))
    assert not holds_authority(agreed, official_account, D(2028, 5, 4))
    assert holds_authority(agreed, official_account, D(2028, 5, 5))


@pytest.mark.django_db
def test_the_clerks_authority_is_not_withdrawn(clerk, official_account) -> None:
    Election.objects.create(kind=Election.Kind.ORDINARY, poll_date=D(2028, 5, 4))
    assert holds_authority(clerk, official_account, at=utc(2028, 4, 10, 12))


@pytest.mark.django_db
def test_the_actual_notice_date_starts_the_period_earlier(agreed, official_account) -> None:
    Election.objects.create(
        kind=Election.Kind.ORDINARY, poll_date=D(2028, 5, 4), notice_published_on=D(2028, 3, 22)
    )
    assert holds_authority(agreed, official_account, at=utc(2028, 3, 21, 23, 59, 59))
    assert not holds_authority(agreed, official_account, at=utc(2028, 3, 22, 0, 0))


@pytest.mark.django_db
def test_a_combined_polls_notice_can_start_it(agreed, official_account) -> None:
    election = Election.objects.create(kind=Election.Kind.ORDINARY, poll_date=D(2028, 5, 4))
    CombinedPoll.objects.create(
        election=election, name="Borough council", notice_published_on=D(2028, 3, 20)
    )
    assert not holds_authority(agreed, official_account, at=utc(2028, 3, 20, 12))


@pytest.mark.django_db
def test_a_day_of_mourning_added_by_the_clerk_moves_the_start(agreed, official_account) -> None:
    Election.objects.create(kind=Election.Kind.ORDINARY, poll_date=D(2028, 5, 4))
    at = utc(2028, 3, 24, 12)  # Friday before the usual start
    assert holds_authority(agreed, official_account, at=at)
    ExcludedDay.objects.create(day=D(2028, 4, 20), name="National day of mourning")
    assert not holds_authority(agreed, official_account, at=at)


@pytest.mark.django_db
def test_a_by_election_withdraws_only_its_wards_councillors_and_candidates(
    make_person, official_account
) -> None:
    north, south = Ward.objects.create(name="North"), Ward.objects.create(name="South")
    people = {}
    for name in ["Nia North", "Sam South", "Cal Candidate"]:
        person = make_person(name, "councillor")
        PostingAuthority.objects.create(
            person=person, account=official_account, minute_reference="M1", starts_on=D(2024, 1, 1)
        )
        people[name] = person
    north.councillors.add(people["Nia North"])
    south.councillors.add(people["Sam South"])
    election = Election.objects.create(
        kind=Election.Kind.BY_ELECTION, poll_date=D(2027, 9, 16), ward=north
    )
    election.candidacies.create(person=people["Cal Candidate"], ward=north)
    at = utc(2027, 9, 1, 12)
    assert not holds_authority(people["Nia North"], official_account, at=at)
    assert holds_authority(people["Sam South"], official_account, at=at)
    assert not holds_authority(people["Cal Candidate"], official_account, at=at)

    assert in_pre_election_period(at, ward=north.pk) is not None
    assert in_pre_election_period(at, ward=south.pk) is None
    assert in_pre_election_period(at) is not None  # unknown scope: held, the safe side

    election.applies_to_whole_council = True
    election.save()
    assert not holds_authority(people["Sam South"], official_account, at=at)
    assert in_pre_election_period(at, ward=south.pk) is not None


@pytest.mark.django_db
def test_in_pre_election_period_is_none_outside_and_says_until_when_inside() -> None:
    Election.objects.create(kind=Election.Kind.ORDINARY, poll_date=D(2028, 5, 4))
    assert in_pre_election_period(utc(2028, 3, 1)) is None
    period = in_pre_election_period(utc(2028, 4, 1))
    assert period is not None and period.ends_at == utc(2028, 5, 4, 21)
    assert in_pre_election_period(utc(2028, 5, 4, 21)) is None
