"""The demo council: a fictional Treeton Parish Council with invented people.

``load_demo()`` is idempotent: each record is looked up by a natural key before it is made, so
running it twice changes nothing, and running it after a half-finished load completes it.
"""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import get_user_model
from django.db import transaction

from civicpost.accounts.views import DEMO_PASSWORD
from civicpost.audit.services import record
from civicpost.people.models import Person, Platform, PostingAuthority, Role, SocialAccount

TERM_START = dt.date(2023, 5, 8)  # the day after the May 2023 ordinary elections' declaration

# (full name, aliases, roles, demo log-in user name or "")
PEOPLE: list[tuple[str, str, tuple[str, ...], str]] = [
    ("Margaret Holloway", "Maggie Holloway", ("councillor", "chair"), "chair"),
    ("Desmond Akers", "Des Akers", ("councillor", "vice_chair"), "vicechair"),
    ("Priya Ramsden", "", ("councillor",), "councillor"),
    ("Gareth Wilde", "Gaz Wilde", ("councillor",), ""),
    ("Helen Stainforth", "", ("councillor",), ""),
    ("Tomasz Brierley", "Tom Brierley", ("councillor",), ""),
    ("Olive Catterall", "", ("councillor",), ""),
    ("Barnaby Fenwick", "", ("councillor",), ""),
    ("Sunita Hargreaves", "", ("councillor",), ""),
    ("Rosalind Pembury", "Ros Pembury", ("clerk",), "clerk"),
    ("Kevin Ollerton", "", ("employee",), "employee"),
    ("Dawn Mexborough", "", ("employee",), ""),
]
OFFICIAL_ACCOUNTS = [
    ("Facebook", "TreetonParishCouncil", "Treeton Parish Council"),
    ("X", "TreetonPC", "Treeton Parish Council"),
]
AGREED_COUNCILLORS = ["Priya Ramsden", "Helen Stainforth"]
AGREED_MINUTE = "Minute 2025/112"


def load_demo() -> bool:
    """Load the demo council; return True if anything was created."""
    created_any = False
    User = get_user_model()
    with transaction.atomic():
        people = {}
        for name, aliases, kinds, username in PEOPLE:
            person, created = Person.objects.get_or_create(
                full_name=name,
                is_demo=True,
                defaults={"aliases": aliases, "email": _email(name)},
            )
            created_any |= created
            for kind in kinds:
                _, created = Role.objects.get_or_create(
                    person=person, kind=kind, defaults={"starts_on": TERM_START}
                )
                created_any |= created
            if username and person.user is None:
                first, _, last = name.partition(" ")
                user = User.objects.filter(username=username).first()
                if user is None:
                    user = User.objects.create_user(
                        username, _email(name), DEMO_PASSWORD, first_name=first, last_name=last
                    )
                person.user = user
                person.save(update_fields=["user"])
                created_any = True
            people[name] = person
        for platform_name, handle, display in OFFICIAL_ACCOUNTS:
            platform = Platform.objects.get(name=platform_name)
            account, created = SocialAccount.objects.get_or_create(
                platform=platform,
                handle=handle,
                defaults={"is_official": True, "display_name": display},
            )
            created_any |= created
            for name in AGREED_COUNCILLORS:
                _, created = PostingAuthority.objects.get_or_create(
                    person=people[name],
                    account=account,
                    defaults={"minute_reference": AGREED_MINUTE, "starts_on": dt.date(2025, 6, 2)},
                )
                created_any |= created
        if created_any:
            record(None, "demo.loaded", None, summary="Demo council loaded", object_type="demo")
    return created_any


def _email(name: str) -> str:
    return name.lower().replace(" ", ".") + "@treeton-demo.invalid"


def print_logins() -> None:
    print(f"Demo log-ins (password for all: {DEMO_PASSWORD}):")
    for person in Person.objects.filter(is_demo=True, user__isnull=False).select_related("user"):
        kinds = ", ".join(sorted(r.get_kind_display() for r in person.roles.all()))
        print(f"  {person.user.username:<12} {person.full_name} ({kinds})")
