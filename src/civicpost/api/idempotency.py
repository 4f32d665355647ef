"""``Idempotency-Key`` on ``POST /api/submissions``: a retried request makes one post.

The IETF draft "The Idempotency-Key HTTP Header Field"
(https://datatracker.ietf.org/doc/draft-ietf-httpapi-idempotency-key-header/): the same key with
the same request gets the first answer again; the same key with a different request is refused
(422). Keys belong to the user who sent them. The key is saved in the transaction that makes the
post, and the database allows one per user and key, so two requests racing with one key leave
one post: the loser's transaction is rolled back and it answers with the winner's response.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from django.http import HttpResponse
from pydantic import BaseModel

from .models import IdempotencyKey
from .problems import problem

HEADER = "Idempotency-Key"


def request_hash(payload: BaseModel) -> str:
    """SHA-256 of the request's canonical JSON (so spacing and key order do not matter)."""
    canonical = json.dumps(payload.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def json_response(body: dict[str, Any], status: int, **headers: str) -> HttpResponse:
    response = HttpResponse(json.dumps(body), status=status, content_type="application/json")
    for name, value in headers.items():
        response[name] = value
    return response


def replay(user: Any, key: str, digest: str) -> HttpResponse | None:
    """The stored answer for a key already used, a 422 if the request differs, else None."""
    kept = IdempotencyKey.objects.filter(user=user, key=key).first()
    if kept is None:
        return None
    if kept.request_hash != digest:
        return problem(
            422,
            f"This {HEADER} was already used with a different request: use a new key for a "
            "new post.",
        )
    return json_response(
        kept.response,
        kept.status,
        Location=f"/api/submissions/{kept.submission_id}",
        **{"Idempotent-Replayed": "true"},
    )


def keep(user: Any, key: str, digest: str, submission: Any, status: int, body: dict) -> None:
    """Store the answer (call inside the transaction that made the post)."""
    IdempotencyKey.objects.create(
        user=user,
        key=key,
        request_hash=digest,
        submission=submission,
        status=status,
        response=body,
    )
