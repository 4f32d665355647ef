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
    items = [("Home", "home"), ("Check a post", "check"),
             ("My details", "my-details"), ("Registers", "register-index"), ("Policy", "policy")]
    items.append(("Elections", "election-list"))  # elections: timetables, candidates' spending
    items.append(("Complaints", "complaint-list"))  # complaints: clause 7, anyone may report
    if is_clerk(user):
        items += [
            ("People", "person-list"),
            ("Accounts", "account-list"),
            ("Authorities", "authority-list"),
            ("Platforms", "platform-list"),
            ("Audit trail", "audit-list"),
        ]
    nav = []
    for label, name in items:
        url = reverse(name)
        active = request.path == url if url == "/" else request.path.startswith(url)
        nav.append({"label": label, "url": url, "active": active})
    return nav


def site(request: HttpRequest) -> dict[str, Any]:
    return {
        "council_name": settings.CIVICPOST_COUNCIL_NAME or "civicpost",
        "nav_items": navigation(request),
    }
