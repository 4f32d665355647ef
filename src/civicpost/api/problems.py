"""Errors as problem details (RFC 9457, https://www.rfc-editor.org/rfc/rfc9457):
``application/problem+json`` with ``type``, ``title``, ``status`` and ``detail``."""

from __future__ import annotations

import json
from http import HTTPStatus
from typing import Any

from django.http import HttpResponse

CONTENT_TYPE = "application/problem+json"


def problem(
    status: int, detail: str, *, errors: list[dict] | None = None, **headers: str
) -> HttpResponse:
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": HTTPStatus(status).phrase,
        "status": status,
        "detail": detail,
    }
    if errors is not None:
        body["errors"] = errors
    response = HttpResponse(json.dumps(body, default=str), status=status, content_type=CONTENT_TYPE)
    for name, value in headers.items():
        response[name.replace("_", "-")] = value
    return response


def plain_errors(errors: list[dict]) -> list[dict]:
    """Pydantic's errors without the echoed input (which may be large or not JSON-safe)."""
    return [
        {"loc": [str(part) for part in e.get("loc", ())], "msg": str(e.get("msg", ""))}
        for e in errors
    ]
