"""What every page needs: the council's name and the navigation for this person."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest
from django.urls import reverse

from civicpost.people.roles import is_clerk


def navigation(request: HttpRequest) -> list[dict[str, Any]]:
    user = request.user
    if not user.is_authenticated:
        return []
    items = [
        ("Home", "home"),
        ("Check a post", "check"),
        ("Official posts", "post-list"),  # clause 4.1: drafting, advice, approval, archive
        ("Registers", "register-index"),
        ("Elections", "election-list"),  # timetables, periods, candidates' spending
        ("Complaints", "complaint-list"),  # clause 7: anyone may report misuse
        ("Policy", "policy"),
    ]
    if is_clerk(user):
        # Accounts, authorities, platforms, the audit trail, bulk audits and the annual report
        # are reached from the home page's list, so the navigation fits on one line.
        items += [("People", "person-list")]
    # "My details" sits by the person's name, next to "Sign out" (includes/account.html).
    nav = []
    for label, name in items:
        url = reverse(name)
        active = request.path == url if url == "/" else request.path.startswith(url)
        nav.append({"label": label, "url": url, "active": active})
    return nav


def council_name() -> str:
    """The setting if given, else the name in the council's details, else "civicpost"."""
    from civicpost.registers.models import CouncilProfile

    if settings.CIVICPOST_COUNCIL_NAME:
        return settings.CIVICPOST_COUNCIL_NAME
    profile = CouncilProfile.current()
    return profile.name if profile else "civicpost"


def site(request: HttpRequest) -> dict[str, Any]:
    from civicpost.demo import demo_logins_open

    return {
        "council_name": council_name(),
        "nav_items": navigation(request),
        # The demo password is published: say so on every page until the log-ins are locked.
        "demo_logins_open": request.user.is_authenticated and demo_logins_open(),
    }
