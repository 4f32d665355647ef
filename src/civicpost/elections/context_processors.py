"""The pre-election banner on every page (policy clause 4.2)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import timezone

from civicpost.people.models import PostingAuthority, Role
from civicpost.people.roles import is_clerk, person_for

from . import periods


def pre_election(request: HttpRequest) -> dict[str, Any]:
    """Periods running now, and whether the signed-in councillor's authority is withdrawn."""
    moment = periods.now()
    running = periods.running_periods(moment)
    if not running:
        return {"pre_election_periods": []}
    withdrawn = None
    person = person_for(request.user)
    day = timezone.localtime(moment).date()
    if (
        person
        and not is_clerk(request.user)
        and Role.Kind.COUNCILLOR in person.role_kinds_on(day)
        and PostingAuthority.objects.current_on(day).filter(person=person).exists()
    ):
        withdrawn = periods.authority_withdrawn(person, at=moment)
    return {"pre_election_periods": running, "my_authority_withdrawn": withdrawn}
