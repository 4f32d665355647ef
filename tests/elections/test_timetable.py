"""The statutory timetable, pinned to dates that were actually published.

Sources for each pinned date are named beside it (see ../shared/domain/uk-law-notes.md 1.7).
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from uk_election_timetables.calendars import Country
from uk_election_timetables.elections.local import LocalElection

from civicpost.elections.calendar import ENGLAND, NonWorkingDays, bank_holiday, feed_covers
from civicpost.elections.timetable import (
    close_of_nominations,
    close_of_poll,
    notice_of_election_deadline,
    notice_of_poll_deadline,
    postal_vote_deadline,
    registration_deadline,
    statement_of_persons_nominated,
    timetable,
    voter_authority_certificate_deadline,
)

D = dt.date

# (polling day, latest notice of election, where it was published)
PUBLISHED_NOTICE_DEADLINES = [
    (D(2017, 5, 4), D(2017, 3, 27), "Woottonbridge notice of election, 27 March 2017"),
    (D(2019, 5, 2), D(2019, 3, 26), "LGA: latest date 26 March 2019"),
    (D(2023, 5, 4), D(2023, 3, 27), "LGA FAQ; ALDC toolkit, Monday 27 March 2023"),
    (D(2024, 5, 2), D(2024, 3, 26), "LGA short guide 2024: Tuesday 26 March 2024"),
    (D(2025, 5, 1), D(2025, 3, 25), "Folkestone & Hythe 2025"),
    (D(2026, 5, 7), D(2026, 3, 30), "Democracy Club uk-election-timetables test suite"),
    (D(2028, 5, 4), D(2028, 3, 27), "issue 6: Monday 27 March 2028"),
]


@pytest.mark.parametrize(("poll", "expected", "source"), PUBLISHED_NOTICE_DEADLINES)
def test_notice_of_election_deadline_matches_published_dates(
    poll: dt.date, expected: dt.date, source: str
) -> None:
    assert notice_of_election_deadline(poll) == expected, source


def test_2028_is_a_monday_as_the_issue_says() -> None:
    assert notice_of_election_deadline(D(2028, 5, 4)).strftime("%A %-d %B %Y") == (
        "Monday 27 March 2028"
    )


def test_published_close_of_nominations_2015() -> None:
    # Cotswold DC parish nomination pack: "by 4:00 pm on Thursday 9 April 2015" (poll 7 May).
    assert close_of_nominations(D(2015, 5, 7)) == D(2015, 4, 9)


def test_the_whole_2028_timetable_of_the_law_notes_worked_example() -> None:
    poll = D(2028, 5, 4)
    assert close_of_nominations(poll) == D(2028, 4, 4)
    assert statement_of_persons_nominated(poll) == D(2028, 4, 5)
    assert registration_deadline(poll) == D(2028, 4, 13)
    assert postal_vote_deadline(poll) == D(2028, 4, 18)
    assert notice_of_poll_deadline(poll) == D(2028, 4, 25)
    assert voter_authority_certificate_deadline(poll) == D(2028, 4, 25)
    assert close_of_poll(poll).isoformat() == "2028-05-04T22:00:00+01:00"


def test_the_timetable_is_in_date_order_and_every_step_cites_its_law() -> None:
    steps = timetable(D(2028, 5, 4))
    assert [s.day for s in steps] == sorted(s.day for s in steps)
    assert steps[0].key == "notice_of_election" and steps[-1].key == "poll"
    for step in steps:
        assert step.law and step.url.startswith("https://www.")


@pytest.mark.parametrize("year", range(2013, 2029))
def test_agrees_with_democracy_clubs_local_election_for_first_thursdays_in_may(year: int) -> None:
    first = D(year, 5, 1)
    poll = first + dt.timedelta(days=(3 - first.weekday()) % 7)
    theirs = LocalElection(poll, Country.ENGLAND)
    assert notice_of_election_deadline(poll) == theirs.notice_of_election_deadline
    assert close_of_nominations(poll) == theirs.close_of_nominations
    assert statement_of_persons_nominated(poll) == theirs.sopn_publish_deadline
    assert registration_deadline(poll) == theirs.registration_deadline
    assert postal_vote_deadline(poll) == theirs.postal_vote_application_deadline
    assert voter_authority_certificate_deadline(poll) == theirs.vac_application_deadline


@settings(max_examples=150, deadline=None)
@given(st.dates(min_value=D(2013, 1, 1), max_value=D(2028, 12, 31)))
def test_agrees_with_democracy_club_on_any_day_their_data_covers(poll: dt.date) -> None:
    theirs = LocalElection(poll, Country.ENGLAND)
    assert notice_of_election_deadline(poll) == theirs.notice_of_election_deadline
    assert close_of_nominations(poll) == theirs.close_of_nominations


def test_after_2028_bank_holidays_come_from_the_holidays_package() -> None:
    assert feed_covers(D(2028, 12, 26)) and not feed_covers(D(2029, 3, 30))
    assert bank_holiday(D(2029, 3, 30)) == "Good Friday"
    assert bank_holiday(D(2029, 4, 2)) == "Easter Monday"
    # Counting back from Thu 3 May 2029 skips Fri 30 March and Mon 2 April 2029.
    assert notice_of_election_deadline(D(2029, 5, 3)) == D(2029, 3, 27)
    assert notice_of_election_deadline(D(2030, 5, 2)) == D(2030, 3, 26)


def test_a_proclaimed_day_of_mourning_moves_the_dates() -> None:
    poll = D(2028, 5, 4)
    mourning = ENGLAND.with_days({D(2028, 4, 20): "National day of mourning"})
    assert mourning.reason(D(2028, 4, 20)) == "National day of mourning"
    assert notice_of_election_deadline(poll, mourning) == D(2028, 3, 24)
    assert close_of_nominations(poll, mourning) == D(2028, 4, 3)
    assert notice_of_poll_deadline(poll, mourning) == D(2028, 4, 25)  # after the day: unmoved
    # A day before the notice is outside the count and moves nothing.
    earlier = ENGLAND.with_days([D(2028, 3, 20)])
    assert notice_of_election_deadline(poll, earlier) == D(2028, 3, 27)


def test_christmas_eve_and_substitute_days_do_not_count() -> None:
    assert ENGLAND.reason(D(2026, 12, 24)) == "Christmas Eve"
    assert not ENGLAND.is_working_day(D(2027, 12, 27))
    assert not ENGLAND.is_working_day(D(2027, 12, 28))
    assert not ENGLAND.is_working_day(D(2031, 12, 24))  # beyond any feed: still excluded
    assert ENGLAND.is_working_day(D(2027, 12, 29))


def test_one_off_bank_holidays_from_the_feed_count() -> None:
    assert bank_holiday(D(2023, 5, 8)) is not None  # the Coronation
    assert bank_holiday(D(2022, 9, 19)) is not None  # the State Funeral
    assert bank_holiday(D(2020, 5, 4)) is None  # Early May moved to 8 May (VE Day) that year
    assert bank_holiday(D(2020, 5, 8)) is not None


def test_the_calendar_is_data_and_extending_it_leaves_the_original_alone() -> None:
    extended = ENGLAND.with_days([D(2028, 4, 20)])
    assert ENGLAND.is_working_day(D(2028, 4, 20))
    assert not extended.is_working_day(D(2028, 4, 20))
    assert isinstance(extended, NonWorkingDays)
