"""Emails about official posts: to approvers when something awaits them, to authors on advice,
approval, rejection, publication and failure, and to the people concerned when a post is held."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from django.core.mail import send_mail

from civicpost.people import roles
from civicpost.people.models import Person

log = logging.getLogger(__name__)


def clerks() -> list[Person]:
    return list(roles.clerks())


def tell(people: Iterable[Person | None], subject: str, body: str) -> int:
    """Email each person once; people without an address are skipped. Returns how many."""
    addresses = sorted({p.email for p in people if p is not None and p.email})
    for address in addresses:  # one message each: nobody sees who else was told
        send_mail(f"civicpost: {subject}", body, None, [address])
    if not addresses:
        log.info("Nobody with an email address to tell: %s", subject)
    return len(addresses)
