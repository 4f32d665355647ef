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
        created_any |= _load_registers(people)
        # A few official posts, so the annual report (civicpost.reports) has a year to show.
        from civicpost.reports.demo import load_demo_posts

        created_any |= load_demo_posts(people)
        if created_any:
            record(None, "demo.loaded", None, summary="Demo council loaded", object_type="demo")
    return created_any


def _load_registers(people: dict[str, Person]) -> bool:
    """A few entries in each register, so every page has something to show."""
    from civicpost.elections.models import Election
    from civicpost.registers.models import (
        AgendaItem,
        ConcernRoute,
        Consent,
        CouncilProfile,
        Decision,
        LinkCheck,
        Meeting,
        PolicyAdoption,
    )

    made = []
    if CouncilProfile.current() is None:
        CouncilProfile.objects.create(
            name="Treeton Parish Council (demo)",
            short_name="Treeton PC",
            website="https://treeton-demo.invalid",
            principal_authority="Rotherham Metropolitan Borough Council",
            public_emails="clerk@treeton-demo.invalid",
            public_phones="0114 496 0142",
            public_addresses="The Reading Room, Church Lane, Treeton",
        )
        made.append(True)
    for topic, body, url in [
        ("potholes, pavements, road defects", "Rotherham MBC", "https://www.rotherham.gov.uk"),
        (
            "anti-social behaviour, crime",
            "South Yorkshire Police",
            "https://www.southyorkshire.police.uk",
        ),
    ]:
        made.append(
            ConcernRoute.objects.get_or_create(topic=topic, defaults={"body": body, "url": url})[1]
        )
    meeting, new = Meeting.objects.get_or_create(
        body="Full Council", date=dt.date(2026, 12, 8), defaults={"venue": "Miners' Welfare Hall"}
    )
    made.append(new)
    made.append(
        AgendaItem.objects.get_or_create(
            meeting=meeting,
            title="Skate park at the recreation ground: consultation response",
            defaults={"keywords": "skate park\nrecreation ground\nthe rec"},
        )[1]
    )
    made.append(
        Decision.objects.get_or_create(
            minute_reference="26/097",
            defaults={
                "resolution": "RESOLVED that no bonfire or fireworks display be held in 2026 "
                "and that a lantern parade be held instead.",
                "decided_on": dt.date(2026, 7, 14),
                "keywords": "bonfire\nfireworks\nlantern parade",
            },
        )[1]
    )
    made.append(
        Consent.objects.get_or_create(
            subject="Lily Sanderson (demo)",
            kind=Consent.Kind.PHOTO,
            defaults={
                "is_minor": True,
                "guardian": "Her mother",
                "scope": "Lantern parade 2026",
                "channel": "both",
                "given_on": dt.date(2026, 11, 2),
            },
        )[1]
    )
    made.append(
        LinkCheck.objects.get_or_create(
            domain="gov.uk",
            defaults={
                "allowed": True,
                "checked_on": dt.date(2026, 9, 1),
                "checked_by": people["Rosalind Pembury"],
                "note": "Open Government Licence",
            },
        )[1]
    )
    made.append(
        PolicyAdoption.objects.get_or_create(
            pack_version="2026.1",
            defaults={
                "minute_reference": "26/112",
                "adopted_on": dt.date(2026, 9, 8),
                "review_on": dt.date(2027, 9, 8),
            },
        )[1]
    )
    made.append(
        Election.objects.get_or_create(kind=Election.Kind.ORDINARY, poll_date=dt.date(2028, 5, 4))[
            1
        ]
    )
    return any(made)


def _email(name: str) -> str:
    return name.lower().replace(" ", ".") + "@treeton-demo.invalid"


def demo_logins_open() -> bool:
    """True while any demo log-in (whose password is published) can still sign in."""
    return Person.objects.filter(is_demo=True, user__is_active=True).exists()


def lock_demo_logins() -> int:
    """Close the demo log-ins before real use: no password works and they cannot sign in.

    Nothing is deleted (the demo people may appear in registers and the audit trail).
    """
    count = 0
    with transaction.atomic():
        for person in Person.objects.filter(is_demo=True, user__is_active=True):
            user = person.user
            user.set_unusable_password()
            user.is_active = False
            user.save(update_fields=["password", "is_active"])
            record(None, "demo.login_locked", person, summary=f"Demo log-in {user} locked")
            count += 1
    return count


def print_logins() -> None:
    print(f"Demo log-ins (password for all: {DEMO_PASSWORD}):")
    for person in Person.objects.filter(is_demo=True, user__isnull=False).select_related("user"):
        kinds = ", ".join(sorted(r.get_kind_display() for r in person.roles.all()))
        print(f"  {person.user.username:<12} {person.full_name} ({kinds})")
