"""Sign-ins and sign-outs go into the audit trail."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in, user_logged_out
from django.dispatch import receiver

from civicpost.audit.services import record


@receiver(user_logged_in)
def _signed_in(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    record(
        user,
        "user.signed_in",
        user,
        summary=f"Signed in: {user.get_username()}",
        object_type="auth.user",
    )


@receiver(user_logged_out)
def _signed_out(sender: Any, request: Any, user: Any, **kwargs: Any) -> None:
    if user is not None:
        record(
            user,
            "user.signed_out",
            user,
            summary=f"Signed out: {user.get_username()}",
            object_type="auth.user",
        )
