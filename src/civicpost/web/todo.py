"""The home page's list of things the signed-in person has to do.

Each function returns a list of ``Todo``; other apps add theirs as they arrive.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.urls import reverse
from django_otp import user_has_device

from civicpost.people.models import PostingAuthority, SocialAccount, today
from civicpost.people.roles import is_clerk

SOON = dt.timedelta(days=30)


@dataclass(frozen=True)
class Todo:
    text: str
    url: str
    link_text: str


def second_factor(user: Any) -> list[Todo]:
    if user_has_device(user, confirmed=True):
        return []
    return [
        Todo(
            "Protect your sign-in with a code from an authenticator app.",
            reverse("two-factor-setup"),
            "Turn on a second factor",
        )
    ]


def clerk_registers(user: Any) -> list[Todo]:
    if not is_clerk(user):
        return []
    todos = []
    day = today()
    current = PostingAuthority.objects.current_on(day)
    for account in SocialAccount.objects.filter(is_official=True, closed_on__isnull=True):
        if not current.filter(account=account).exists():
            todos.append(
                Todo(
                    f"No councillor is agreed to post for {account}.",
                    f"{reverse('authority-add')}",
                    "Grant an authority",
                )
            )
    for authority in current.filter(ends_on__isnull=False, ends_on__lte=day + SOON):
        todos.append(
            Todo(
                f"{authority.person}’s authority for {authority.account} ends on "
                f"{authority.ends_on:%-d %B %Y}.",
                reverse("authority-list"),
                "Review authorities",
            )
        )
    return todos


def elections(user: Any) -> list[Todo]:
    """Spending returns for candidates; the notice of election date for the Clerk."""
    from civicpost.elections.todo import election_todos  # imports Todo from here

    return election_todos(user)


def policy_confirmation(user: Any) -> list[Todo]:
    """Read and confirm the adopted policy; the Clerk also sees the review date coming."""
    from civicpost.people.roles import person_for
    from civicpost.registers.models import PolicyAdoption

    latest = PolicyAdoption.latest_adopted()
    person = person_for(user)
    if latest is None:
        return []
    todos = []
    if person and not latest.acknowledgements.filter(person=person).exists():
        todos.append(
            Todo(
                f"Confirm you have read the social media policy (version {latest.pack_version}).",
                reverse("policy-adoption"),
                "Read and confirm",
            )
        )
    if is_clerk(user) and latest.review_on <= today() + dt.timedelta(days=60):
        todos.append(
            Todo(
                f"The policy is due for review by {latest.review_on:%-d %B %Y}.",
                reverse("policy-adoption"),
                "Record a new adoption",
            )
        )
    return todos


def complaints(user: Any) -> list[Todo]:
    """Complaint stages (clause 7) overdue or due soon, for the handler; no names are shown."""
    from civicpost.complaints.services import steps_needing_attention
    from civicpost.people.roles import person_for

    person = person_for(user)
    if person is None:
        return []
    day = today()
    return [
        Todo(
            f"{step.case.reference}: “{step.name}” "
            f"{'was' if step.due_on < day else 'is'} due by {step.due_on:%-d %B %Y}.",
            reverse("complaint-detail", args=[step.case_id]),
            "Open the complaint",
        )
        for step in steps_needing_attention(person, day)
    ]


def official_posts(user: Any) -> list[Todo]:
    """Official posts waiting for this person's approval, advice or link (clause 4.1)."""
    from civicpost.posts.todo import post_todos  # imports Todo from here

    return post_todos(user)


def todos_for(user: Any) -> list[Todo]:
    return (
        second_factor(user)
        + clerk_registers(user)
        + policy_confirmation(user)
        + elections(user)
        + complaints(user)
        + official_posts(user)
    )
