"""A version stamp of the registers the checker reads, kept in the database.

Every save or delete of a model that feeds ``context_from_db()`` gives the one
``RegisterVersion`` row a new random stamp, inside the same transaction as the change (Django's
``post_save``/``post_delete``/``m2m_changed`` signals). A process may then keep the Context it
built under the stamp it read *before* building it: when the stamp it reads next is the same,
no register has changed since (``context.context_from_db``).

What is not seen: a queryset ``update()``, ``bulk_create()`` or raw SQL on these models sends no
signal. None of the apps does that to these models today; whoever adds one must call ``bump()``.
Data migrations use historical models (no signal): restart the server after ``migrate``, as
usual.
"""

from __future__ import annotations

import uuid
from typing import Any

from django.apps import apps
from django.db import IntegrityError, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

# Every model context_from_db() reads (registers.context and elections.context).
FEEDING_MODELS = (
    "people.Person",
    "people.Role",
    "people.Platform",
    "people.SocialAccount",
    "people.PostingAuthority",
    "registers.Consent",
    "registers.LinkCheck",
    "registers.Meeting",
    "registers.AgendaItem",
    "registers.Decision",
    "registers.ConfidentialMatter",
    "registers.CommentApproval",
    "registers.CouncilProfile",
    "registers.ConcernRoute",
    "elections.Ward",
    "elections.ExcludedDay",
    "elections.Election",
    "elections.CombinedPoll",
    "elections.Candidacy",
)
# Many-to-many links the Context reads (ward councillors).
FEEDING_LINKS = (("elections.Ward", "councillors"),)


def _new() -> str:
    return uuid.uuid4().hex


def current() -> str:
    """The registers' stamp now (one small query); made on first use."""
    from .models import RegisterVersion

    stamp = RegisterVersion.objects.filter(pk=1).values_list("stamp", flat=True).first()
    if stamp is None:
        stamp = _create()
    return stamp


def _create() -> str:
    from .models import RegisterVersion

    try:
        with transaction.atomic():
            return RegisterVersion.objects.get_or_create(pk=1, defaults={"stamp": _new()})[0].stamp
    except IntegrityError:  # made at the same moment by another process
        return RegisterVersion.objects.get(pk=1).stamp


def bump(*args: Any, **kwargs: Any) -> None:
    """A register changed: give the stamp a new value, in the current transaction."""
    from .models import RegisterVersion

    if str(kwargs.get("action", "post_")).startswith("pre_"):
        return  # m2m_changed: bump once, after the change
    if not RegisterVersion.objects.filter(pk=1).update(stamp=_new()):
        _create()


def connect() -> None:
    """Bump the stamp on every change to a model that feeds the checker (called at start-up)."""
    for label in FEEDING_MODELS:
        model = apps.get_model(label)
        uid = f"registers-stamp-{label}"
        post_save.connect(bump, sender=model, dispatch_uid=uid)
        post_delete.connect(bump, sender=model, dispatch_uid=uid)
    for label, field in FEEDING_LINKS:
        through = getattr(apps.get_model(label), field).through
        m2m_changed.connect(bump, sender=through, dispatch_uid=f"registers-stamp-{label}.{field}")
