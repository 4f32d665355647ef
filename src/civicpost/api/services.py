"""Making, revoking and checking API tokens. Each change is audited in its own transaction."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone

from civicpost.audit.services import record

from .models import ApiToken

TOKEN_PREFIX = "cp_"  # noqa: S105 - a public marker, not a secret
TOUCH_EVERY = dt.timedelta(minutes=1)  # how often "last used" is written, to spare the database


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()


def create_token(user: Any, name: str) -> tuple[ApiToken, str]:
    """Make a token for ``user``; returns it with its secret, never stored nor shown again."""
    prefix = secrets.token_hex(4)
    raw = f"{TOKEN_PREFIX}{prefix}_{secrets.token_urlsafe(32)}"
    with transaction.atomic():
        token = ApiToken.objects.create(
            user=user, name=name.strip(), prefix=prefix, key_hash=hash_token(raw)
        )
        record(user, "api_token.created", token, summary=f"API token made: {token}")
    return token, raw


def revoke_token(actor: Any, token: ApiToken) -> ApiToken:
    """Revoke a token; only its owner may (the Clerk manages sign-ins, not tokens)."""
    if token.user_id != actor.pk:
        raise PermissionDenied("You can only revoke your own tokens.")
    with transaction.atomic():
        token = ApiToken.objects.select_for_update().get(pk=token.pk)
        if token.revoked_at is None:
            token.revoked_at = timezone.now()
            token.save(update_fields=["revoked_at"])
            record(actor, "api_token.revoked", token, summary=f"API token revoked: {token}")
    return token


def authenticate(raw: str) -> Any | None:
    """The active user a presented token belongs to, or None."""
    if not raw.startswith(TOKEN_PREFIX) or len(raw) > 200:
        return None
    token = (
        ApiToken.objects.active().select_related("user").filter(key_hash=hash_token(raw)).first()
    )
    if token is None:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > TOUCH_EVERY:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user
