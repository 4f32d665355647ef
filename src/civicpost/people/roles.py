"""What a signed-in user may do, derived from the roles their person holds today.

The Clerk manages everything; councillors and employees see their own things.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone

from .models import Person, PostingAuthority, Role, SocialAccount


def person_for(user: Any) -> Person | None:
    if not getattr(user, "is_authenticated", False):
        return None
    try:
        return user.person
    except Person.DoesNotExist:
        return None


def role_kinds(user: Any, day: dt.date | None = None) -> set[str]:
    person = person_for(user)
    return person.role_kinds_on(day) if person else set()


def is_clerk(user: Any) -> bool:
    """The Clerk (proper officer) manages the registers. A superuser counts as one."""
    if getattr(user, "is_superuser", False) and user.is_active:
        return True
    return Role.Kind.CLERK in role_kinds(user)


def clerks(day: dt.date | None = None) -> QuerySet[Person]:
    """The people holding the Clerk's role on ``day`` (today by default)."""
    return Person.objects.filter(
        roles__in=Role.objects.current_on(day).filter(kind=Role.Kind.CLERK)
    ).distinct()


def must_use_second_factor(user: Any) -> bool:
    """Clerk and Chair must sign in with a second factor; demo log-ins are exempt."""
    person = person_for(user)
    if person is not None and person.is_demo:
        return False
    if getattr(user, "is_superuser", False):
        return True
    required = set(settings.CIVICPOST_SECOND_FACTOR_REQUIRED_ROLES)
    return bool(required & role_kinds(user))


def holds_authority(
    person: Person,
    account: SocialAccount,
    day: dt.date | None = None,
    *,
    at: dt.datetime | None = None,
) -> bool:
    """Whether ``person`` may post for or approve posts on ``account`` (clause 4.1) at the
    moment ``at`` (an aware datetime), or on ``day``; now when neither is given.

    The Clerk always may; a councillor needs a posting authority in force and a councillor role
    in force, and loses it during a pre-election period (clause 4.2), computed here at the moment
    of action by the elections app, never switched by a job. With only ``day``, a period running
    at any time that day withdraws it.
    """
    # Imported here, not at the top: the elections app imports the people app.
    from civicpost.elections.periods import authority_withdrawn, now

    if at is None and day is None:
        at = now()
    if at is not None:
        day = timezone.localtime(at).date()
    assert day is not None
    if not account.is_official or (account.closed_on and account.closed_on < day):
        return False
    kinds = person.role_kinds_on(day)
    if Role.Kind.CLERK in kinds:
        return True
    if Role.Kind.COUNCILLOR not in kinds:
        return False
    if not PostingAuthority.objects.current_on(day).filter(person=person, account=account).exists():
        return False
    return authority_withdrawn(person, at=at, day=None if at else day) is None
