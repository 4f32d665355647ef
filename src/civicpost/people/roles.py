"""What a signed-in user may do, derived from the roles their person holds today.

The Clerk manages everything; councillors and employees see their own things.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings

from .models import Person, PostingAuthority, Role, SocialAccount, today


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


def must_use_second_factor(user: Any) -> bool:
    """Clerk and Chair must sign in with a second factor; demo log-ins are exempt."""
    person = person_for(user)
    if person is not None and person.is_demo:
        return False
    if getattr(user, "is_superuser", False):
        return True
    required = set(settings.CIVICPOST_SECOND_FACTOR_REQUIRED_ROLES)
    return bool(required & role_kinds(user))


def holds_authority(person: Person, account: SocialAccount, day: dt.date | None = None) -> bool:
    """Whether ``person`` may post for or approve posts on ``account`` on ``day`` (clause 4.1).

    The Clerk always may; a councillor needs a posting authority in force and a councillor role
    in force. Withdrawal in pre-election periods (clause 4.2) is added by the elections app.
    """
    day = day or today()
    if not account.is_official or (account.closed_on and account.closed_on < day):
        return False
    kinds = person.role_kinds_on(day)
    if Role.Kind.CLERK in kinds:
        return True
    if Role.Kind.COUNCILLOR not in kinds:
        return False
    return PostingAuthority.objects.current_on(day).filter(person=person, account=account).exists()
