"""Who handles a complaint, and which procedure it follows (clause 7 of the policy).

Pure functions over role sets and person ids: no database, so every combination can be tested
in a table.

Clause 7: complaints go to "the Clerk or Chairperson of the Parish Council who should ensure
that all complaints are dealt with consistently and fairly. For councillors, complaints will be
dealt with following the Council's Complaints Policy, with complaints concerning the councillor's
conduct being referred to the [principal authority's] Monitoring Officer. For employees,
complaints will be dealt with following the Parish Council's Disciplinary Procedure."
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from enum import StrEnum

COUNCILLOR_KINDS = frozenset({"councillor", "chair", "vice_chair"})
STAFF_KINDS = frozenset({"employee", "clerk"})


class Route(StrEnum):
    """The procedure a complaint follows."""

    CONDUCT_REFERRAL = "conduct_referral"
    COMPLAINTS_POLICY = "complaints_policy"
    DISCIPLINARY = "disciplinary"
    SIGNPOST = "signpost"

    @property
    def label(self) -> str:
        return ROUTE_LABELS[self]


ROUTE_LABELS = {
    Route.CONDUCT_REFERRAL: "Referral to the Monitoring Officer (councillor’s conduct)",
    Route.COMPLAINTS_POLICY: "The council’s Complaints Policy (councillor)",
    Route.DISCIPLINARY: "The Disciplinary Procedure (employee)",
    Route.SIGNPOST: "Recorded; the complainant is told where to go",
}


def route_for(subject_kinds: Iterable[str], *, conduct_matter: bool = True) -> Route:
    """The route for a complaint, from the roles the subject held on the date of the material.

    A councillor (the Chair and Vice-Chair are councillors too) goes to the Monitoring Officer
    when the complaint is about their conduct under the Code of Conduct (Localism Act 2011
    ss.27-28), otherwise to the council's Complaints Policy. An employee (the Clerk included)
    goes to the Disciplinary Procedure. Anyone else (a resident, or someone who held no role
    when they posted) cannot be dealt with by the council: the complaint is recorded and the
    complainant told where to go. A councillor cannot also be the council's employee (Local
    Government Act 1972 s.80), so if both are recorded the councillor role wins.
    """
    kinds = set(subject_kinds)
    if kinds & COUNCILLOR_KINDS:
        return Route.CONDUCT_REFERRAL if conduct_matter else Route.COMPLAINTS_POLICY
    if kinds & STAFF_KINDS:
        return Route.DISCIPLINARY
    return Route.SIGNPOST


@dataclass(frozen=True)
class Offices:
    """Who held each office on the day that counts (ids of people; an office may be vacant)."""

    clerk: Collection[int] = ()
    chair: Collection[int] = ()
    vice_chair: Collection[int] = ()

    def holders(self, office: str) -> Collection[int]:
        return getattr(self, office)


OFFICE_LABELS = {"clerk": "Clerk", "chair": "Chair", "vice_chair": "Vice-Chair"}


@dataclass(frozen=True)
class HandlerChoice:
    """The person chosen to handle a case (``None`` if nobody free of conflict holds office)."""

    person_id: int | None
    office: str
    reason: str


def choose_handler(
    complainant_id: int | None, subject_id: int | None, offices: Offices
) -> HandlerChoice:
    """Choose the handler by the conflict rules.

    Normally the Clerk. The Chair when the Clerk is the complainant or the subject. The
    Vice-Chair when the Chair is (DESIGN.md: "the Chair takes complaints about the Clerk; the
    Vice-Chair those about the Chair"; this also covers a complaint *by* the Chair, because the
    Clerk works for the council the Chair leads). Never a person who is a party to the case: if
    the preferred office is vacant or its holder is a party, the next office without a conflict
    takes it. Offices are those held on the day of intake; being a party is about the person,
    whatever role they held when the material was posted.
    """
    parties = {p for p in (complainant_id, subject_id) if p is not None}

    def is_party(office: str) -> bool:
        return bool(parties & set(offices.holders(office)))

    if is_party("chair"):
        order, why = ["vice_chair", "clerk"], "the Chair is a party to the complaint"
    elif is_party("clerk"):
        order, why = ["chair", "vice_chair"], "the Clerk is a party to the complaint"
    else:
        order, why = ["clerk", "chair", "vice_chair"], "the normal rule"
    skipped = []
    for office in order:
        free = [pid for pid in offices.holders(office) if pid not in parties]
        if free:
            reason = f"{OFFICE_LABELS[office]}, by {why}"
            if skipped:
                reason += f" ({'; '.join(skipped)})"
            return HandlerChoice(free[0], office, reason)
        vacant = not offices.holders(office)
        skipped.append(f"the {OFFICE_LABELS[office]} is {'vacant' if vacant else 'a party'}")
    return HandlerChoice(
        None,
        "",
        "Nobody free of conflict holds the office of Clerk, Chair or Vice-Chair "
        f"({'; '.join(skipped)}): the council must appoint someone to handle it.",
    )
