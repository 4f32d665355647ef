"""Which HTTP status a refusal from the official-post workflow gets.

The rules live in ``civicpost.posts.services``; it refuses with a ``ValidationError`` whose
message says why (for the web pages) and whose code says what kind of refusal it is (for the
API, RFC 9110 section 15.5): ``forbidden`` when the rule is about who is asking (403),
``conflict`` when the post's state does not allow it now, such as already approved or waiting
for the Clerk's advice (409); anything else is about the request's content (422).
"""

from __future__ import annotations

from django.core.exceptions import ValidationError

from civicpost.posts.services import CONFLICT, FORBIDDEN


def status_for(codes: set[str | None]) -> int:
    """403 if any refusal is about the person, else 409 if any is about the state, else 422."""
    if FORBIDDEN in codes:
        return 403
    if CONFLICT in codes:
        return 409
    return 422


def refusal(error: ValidationError) -> tuple[int, str, list[str]]:
    """(status, detail, every message) for a refusal from the services."""
    parts = error.error_list if hasattr(error, "error_list") else [error]
    messages = [str(m) for m in error.messages]
    return status_for({part.code for part in parts}), " ".join(messages), messages
