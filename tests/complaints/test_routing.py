"""Routing and the handler's conflict rules, for every role combination (clause 7)."""

from __future__ import annotations

import pytest

from civicpost.complaints.routing import Offices, Route, choose_handler, route_for

# People in the tables: 1 Clerk, 2 Chair, 3 Vice-Chair, 4 and 5 councillors, 6 employee,
# 7 a resident (no role). None: not in the register.
CLERK, CHAIR, VICE, CLLR, CLLR2, EMP, RESIDENT = 1, 2, 3, 4, 5, 6, 7
FULL = Offices(clerk=[CLERK], chair=[CHAIR], vice_chair=[VICE])

ROLES = {
    CLERK: {"clerk"},
    CHAIR: {"councillor", "chair"},
    VICE: {"councillor", "vice_chair"},
    CLLR: {"councillor"},
    CLLR2: {"councillor"},
    EMP: {"employee"},
    RESIDENT: set(),
}
EXPECTED_ROUTE = {
    CLERK: Route.DISCIPLINARY,
    CHAIR: Route.CONDUCT_REFERRAL,
    VICE: Route.CONDUCT_REFERRAL,
    CLLR: Route.CONDUCT_REFERRAL,
    CLLR2: Route.CONDUCT_REFERRAL,
    EMP: Route.DISCIPLINARY,
    RESIDENT: Route.SIGNPOST,
}


def expected_handler(complainant: int, subject: int) -> int:
    """The rule written out independently: Chair a party -> Vice-Chair; Clerk a party -> Chair;
    otherwise the Clerk."""
    parties = {complainant, subject}
    if CHAIR in parties:
        return VICE
    if CLERK in parties:
        return CHAIR
    return CLERK


PEOPLE = [CLERK, CHAIR, VICE, CLLR, CLLR2, EMP, RESIDENT]
COMPLAINANTS = [CLERK, CHAIR, VICE, CLLR, EMP]  # clause 7: an employee or councillor complains


# Nobody complains about themselves (refused at intake; see test_intake).
PAIRS = [(c, s) for c in COMPLAINANTS for s in PEOPLE if c != s]


@pytest.mark.parametrize(("complainant", "subject"), PAIRS)
def test_every_role_combination(complainant: int, subject: int) -> None:
    choice = choose_handler(complainant, subject, FULL)
    if {complainant, subject} == {CHAIR, VICE}:
        # Both Chair and Vice-Chair are parties: the Clerk, who is not.
        assert choice.person_id == CLERK
    else:
        assert choice.person_id == expected_handler(complainant, subject)
    assert choice.person_id not in {complainant, subject}
    assert route_for(ROLES[subject]) == EXPECTED_ROUTE[subject]


@pytest.mark.parametrize(
    ("complainant", "subject", "offices", "handler", "office"),
    [
        # Clerk as subject: the Chair.
        (CLLR, CLERK, FULL, CHAIR, "chair"),
        # Clerk as complainant about a councillor: the Chair.
        (CLERK, CLLR, FULL, CHAIR, "chair"),
        # Chair as complainant: the Vice-Chair.
        (CHAIR, CLLR, FULL, VICE, "vice_chair"),
        # Chair as subject: the Vice-Chair.
        (CLLR, CHAIR, FULL, VICE, "vice_chair"),
        # Clerk complains about the Chair: the Vice-Chair.
        (CLERK, CHAIR, FULL, VICE, "vice_chair"),
        # Vice-Chair as subject: the Clerk as normal.
        (CLLR, VICE, FULL, CLERK, "clerk"),
        # No Clerk in post: the Chair.
        (CLLR, CLLR2, Offices(chair=[CHAIR], vice_chair=[VICE]), CHAIR, "chair"),
        # Clerk is the subject and the Chair's seat is vacant: the Vice-Chair.
        (CLLR, CLERK, Offices(clerk=[CLERK], vice_chair=[VICE]), VICE, "vice_chair"),
        # Chair is a party and there is no Vice-Chair: the Clerk, who is not a party.
        (CLLR, CHAIR, Offices(clerk=[CLERK], chair=[CHAIR]), CLERK, "clerk"),
        # Chair complains about the Vice-Chair: the Clerk.
        (CHAIR, VICE, FULL, CLERK, "clerk"),
    ],
)
def test_conflict_rules(complainant, subject, offices, handler, office) -> None:
    choice = choose_handler(complainant, subject, offices)
    assert (choice.person_id, choice.office) == (handler, office)


def test_nobody_free_of_conflict_means_no_handler() -> None:
    offices = Offices(clerk=[CLERK], chair=[CHAIR])
    choice = choose_handler(CLERK, CHAIR, offices)
    assert choice.person_id is None
    assert "council must appoint someone" in choice.reason


def test_a_subject_not_in_the_register_is_no_conflict() -> None:
    assert choose_handler(CLLR, None, FULL).person_id == CLERK


def test_one_person_holding_two_offices_is_skipped_if_a_party() -> None:
    # The Clerk also acts as Chair (unusual, but the rules must still never pick a party).
    offices = Offices(clerk=[CLERK], chair=[CLERK], vice_chair=[VICE])
    assert choose_handler(CLLR, CLERK, offices).person_id == VICE


@pytest.mark.parametrize(
    ("kinds", "conduct", "route"),
    [
        ({"councillor"}, True, Route.CONDUCT_REFERRAL),
        ({"councillor"}, False, Route.COMPLAINTS_POLICY),
        ({"chair", "councillor"}, True, Route.CONDUCT_REFERRAL),
        ({"vice_chair"}, False, Route.COMPLAINTS_POLICY),
        ({"employee"}, True, Route.DISCIPLINARY),
        ({"clerk"}, False, Route.DISCIPLINARY),
        ({"councillor", "employee"}, True, Route.CONDUCT_REFERRAL),
        (set(), True, Route.SIGNPOST),
    ],
)
def test_route_for(kinds, conduct, route) -> None:
    assert route_for(kinds, conduct_matter=conduct) == route
