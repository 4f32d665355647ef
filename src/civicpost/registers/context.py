"""Feeding the checker: the council's registers from the database, as the checker's Context.

``registers_as_dict()`` builds the same plain structure as ``shared/eval/context.yaml``, and
``context_from_db()`` loads it with the checker's own loader. So a check in the browser and
``civicpost check --context`` on the exported YAML read exactly the same registers.
A change in a register is seen by the next check: the built Context is kept only until the
registers' stamp moves (``stamp.py``).
"""

from __future__ import annotations

import datetime as dt
import os
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.utils import timezone

from civicpost.people.models import Person, PostingAuthority, Role, SocialAccount
from civicpost.policy import Context

from . import stamp
from .models import (
    AgendaItem,
    CommentApproval,
    ConcernRoute,
    ConfidentialMatter,
    Consent,
    CouncilProfile,
    Decision,
    LinkCheck,
    Meeting,
    channel_tuple,
    lines,
)

ROLE_NAMES = {Role.Kind.VICE_CHAIR: "vice-chair"}

# Other apps (elections) add to the registers here: a function given the day and the data built
# so far, which it extends in place.
EXTRA_SECTIONS: list[Callable[[dt.date, dict[str, Any]], None]] = []


def pid(person_id: int | None) -> str:
    return f"p-{person_id}"


def _council() -> dict[str, Any]:
    profile = CouncilProfile.current()
    routes = [
        {"topic": r.topic, "body": r.body, "how": r.how, "url": r.url}
        for r in ConcernRoute.objects.filter(retired_on__isnull=True)
    ]
    if profile is None:
        return {
            "name": settings.CIVICPOST_COUNCIL_NAME,
            "timezone": settings.TIME_ZONE,
            "routes": routes,
        }
    return {
        "name": profile.name,
        "short_name": profile.short_name,
        "website": profile.website,
        "principal_authority": profile.principal_authority,
        "timezone": settings.TIME_ZONE,
        "public_contacts": {
            "emails": lines(profile.public_emails),
            "phones": lines(profile.public_phones),
            "addresses": lines(profile.public_addresses),
        },
        "routes": routes,
    }


def _people(day: dt.date) -> list[dict[str, Any]]:
    people = []
    for person in Person.objects.prefetch_related("roles", "accounts__platform"):
        handles: dict[str, str] = {}
        for account in person.accounts.all():
            if not account.is_official and account.closed_on is None:
                handles.setdefault(account.platform.name.lower(), account.handle)
        roles = [ROLE_NAMES.get(r.kind, r.kind) for r in person.current_roles(day)]
        people.append(
            {
                "id": pid(person.pk),
                "name": person.full_name,
                "aliases": person.alias_list,
                "handles": handles,
                "roles": roles,
            }
        )
    return people


def _accounts_and_authorities(day: dt.date) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    official = SocialAccount.objects.filter(is_official=True).select_related("platform")
    accounts = [
        {
            "id": f"a-{a.pk}",
            "platform": a.platform.name.lower(),
            "handle": a.handle,
            "kind": "official",
            "display_name": a.display_name,
        }
        for a in official
        if a.closed_on is None or a.closed_on >= day
    ]
    open_ids = [a["id"] for a in accounts]
    authorities = [
        {
            "person": pid(a.person_id),
            "accounts": [f"a-{a.account_id}"],
            "from": a.starts_on.isoformat(),
            "to": a.ends_on.isoformat() if a.ends_on else None,
            "minute": a.minute_reference,
        }
        for a in PostingAuthority.objects.all()
        if f"a-{a.account_id}" in open_ids
    ]
    # The Clerk may always post for the council (clause 4.1).
    for role in Role.objects.current_on(day).filter(kind=Role.Kind.CLERK):
        if open_ids:
            authorities.append(
                {
                    "person": pid(role.person_id),
                    "accounts": open_ids,
                    "from": role.starts_on.isoformat(),
                    "to": role.ends_on.isoformat() if role.ends_on else None,
                }
            )
    return accounts, authorities


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def registers_as_dict(day: dt.date | None = None) -> dict[str, Any]:
    """The registers in the shape of the checker's context YAML."""
    day = day or timezone.localdate()
    accounts, authorities = _accounts_and_authorities(day)
    decisions = Decision.objects.filter(status=Decision.Status.CONFIRMED, rescinded_on__isnull=True)
    decided_item = {d.agenda_item_id: f"d-{d.pk}" for d in decisions if d.agenda_item_id}
    data: dict[str, Any] = {
        "council": _council(),
        "people": _people(day),
        "accounts": accounts,
        "posting_authorities": authorities,
        "meetings": [
            {
                "id": f"m-{m.pk}",
                "body": m.body,
                "date": m.date.isoformat(),
                "time": m.time.strftime("%H:%M"),
            }
            for m in Meeting.objects.all()
        ],
        "agenda_items": [
            {
                "id": f"ag-{a.pk}",
                "meeting": f"m-{a.meeting_id}",
                "title": a.title,
                "keywords": lines(a.keywords),
                "decided_by": decided_item.get(a.pk),
            }
            for a in AgendaItem.objects.all()
        ],
        "decisions": [
            {
                "id": f"d-{d.pk}",
                "date": d.decided_on.isoformat(),
                "resolution": d.resolution,
                "keywords": lines(d.keywords),
                "minute": d.minute_reference,
                "body": d.body,
            }
            for d in decisions
        ],
        "consents": [
            {
                "id": f"c-{c.pk}",
                "kind": c.kind,
                "subject": c.subject,
                "minor": c.is_minor,
                "scope": lines(c.scope),
                "channels": list(channel_tuple(c.channel)),
                "names_allowed": c.names_allowed or c.kind == Consent.Kind.NAME,
                "given": c.given_on.isoformat(),
                "expires": _iso(c.expires_on),
                "withdrawn": _iso(c.withdrawn_on),
            }
            for c in Consent.objects.all()
        ],
        "comment_approvals": [
            {
                "id": f"ap-{a.pk}",
                "person": pid(a.person_id) if a.person_id else a.group,
                "scope": a.scope,
                "channels": list(channel_tuple(a.channel)),
                "from": a.starts_on.isoformat(),
                "until": _iso(a.until),
            }
            for a in CommentApproval.objects.all()
        ],
        "links": [
            {
                "domain": link.domain,
                "allowed": link.allowed,
                "checked": link.checked_on.isoformat(),
                **({"by": pid(link.checked_by_id)} if link.checked_by_id else {}),
            }
            for link in LinkCheck.objects.all()
        ],
        "confidential": [
            {
                "id": f"k-{k.pk}",
                "title": k.title,
                "keywords": lines(k.keywords),
                "until": _iso(k.until),
            }
            for k in ConfidentialMatter.objects.all()
        ],
    }
    for section in EXTRA_SECTIONS:
        section(day, data)
    return data


# Contexts built in this process, by (registers' stamp, day); see context_from_db.
_BUILT: OrderedDict[tuple[str, dt.date], Context] = OrderedDict()
_BUILT_MAX = 4
_BUILT_LOCK = threading.Lock()


def context_from_db(day: dt.date | None = None) -> Context:
    """The checker's Context, built from the registers as they are now.

    Building it takes some 15 queries, so each process keeps the last few it built, keyed by
    the registers' stamp (``stamp.current()``, one query, read *before* building) and the day.
    The stamp lives in the database and moves in the same transaction as any change to a
    register, so the next check in any process sees the change. The day is in the key because
    the Context depends on it (roles, closed accounts, withdrawn candidacies as of ``day``);
    times within a day (pre-election periods, consent expiry) are compared by the checker with
    the post's own time. ``CIVICPOST_CONTEXT_CACHE=off`` builds it afresh every time.
    """
    day = day or timezone.localdate()
    if os.environ.get("CIVICPOST_CONTEXT_CACHE", "on").lower() in {"off", "0", "false", "no"}:
        return Context.from_dict(registers_as_dict(day))
    key = (stamp.current(), day)
    with _BUILT_LOCK:
        built = _BUILT.get(key)
    if built is None:
        built = Context.from_dict(registers_as_dict(day))
        with _BUILT_LOCK:
            _BUILT[key] = built
            while len(_BUILT) > _BUILT_MAX:
                _BUILT.popitem(last=False)
    return built
