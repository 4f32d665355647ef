"""What is checked: a Post, the Account it goes out on, and its Attachments.

``Post.from_dict`` accepts the JSON shape of ``shared/eval/SCHEMA.md`` and ignores extra keys
(such as ``expect`` and ``note``); anything missing or of the wrong type raises
:class:`InputError` with a message that names the field.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from .errors import InputError

ACCOUNT_KINDS = ("official", "personal")
SOURCES = ("own", "third_party")


@dataclass(frozen=True)
class Account:
    """The social media account a post goes out on."""

    kind: str = "personal"
    platform: str = ""
    handle: str = ""
    display_name: str = ""
    bio: str = ""

    @property
    def official(self) -> bool:
        return self.kind == "official"


@dataclass(frozen=True)
class Attachment:
    """An image, video, screenshot or shared post attached to a post."""

    kind: str = "image"
    description: str = ""
    people: tuple[str, ...] = ()
    minors: bool = False
    source: str = "own"
    consents: tuple[str, ...] = ()
    credit: str | None = None

    def __post_init__(self) -> None:
        # Callers that build one directly (the web forms, a photo with no alt text) may pass None
        # where the checker reads text: read it as "nothing said", as Post.from_dict does.
        if self.description is None:
            object.__setattr__(self, "description", "")


@dataclass(frozen=True)
class Post:
    """A draft post. ``author`` is a person id from the registers, or None for someone unknown."""

    text: str
    account: Account = field(default_factory=Account)
    author: str | None = None
    at: dt.datetime | None = None
    in_reply_to: str | None = None
    attachments: tuple[Attachment, ...] = ()
    paid: bool = False
    id: str | None = None

    @classmethod
    def from_dict(cls, data: Any) -> Post:
        """Build a post from the JSON shape in SCHEMA.md. Raises InputError naming the bad field."""
        if not isinstance(data, dict):
            raise InputError("a post must be a JSON object")
        text = _get(data, "text", str, required=True)
        account_data = data.get("account") or {}
        if not isinstance(account_data, dict):
            raise InputError("field 'account' must be an object")
        kind = _get(account_data, "kind", str, default="personal", where="account.")
        if kind not in ACCOUNT_KINDS:
            raise InputError(f"field 'account.kind' must be 'official' or 'personal', not {kind!r}")
        account = Account(
            kind=kind,
            platform=_get(account_data, "platform", str, default="", where="account."),
            handle=_get(account_data, "handle", str, default="", where="account."),
            display_name=_get(account_data, "display_name", str, default="", where="account."),
            bio=_get(account_data, "bio", str, default="", where="account."),
        )
        attachments_data = data.get("attachments") or []
        if not isinstance(attachments_data, list):
            raise InputError("field 'attachments' must be a list")
        attachments = tuple(_attachment(a, i) for i, a in enumerate(attachments_data))
        at_raw = data.get("at")
        at = parse_time(at_raw, "at") if at_raw is not None else None
        return cls(
            text=text,
            account=account,
            author=_get(data, "author", str, default=None),
            at=at,
            in_reply_to=_get(data, "in_reply_to", str, default=None),
            attachments=attachments,
            paid=_get(data, "paid", bool, default=False),
            id=_optional_id(data.get("id")),
        )


def parse_time(value: Any, name: str) -> dt.datetime:
    """Parse an ISO 8601 time. A time without an offset is taken as UTC."""
    if isinstance(value, dt.datetime):
        when = value
    elif isinstance(value, dt.date):
        when = dt.datetime.combine(value, dt.time())
    elif isinstance(value, str):
        try:
            when = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            raise InputError(
                f"field '{name}' is not an ISO 8601 time "
                f"(e.g. 2026-12-01T10:00:00+00:00): {value!r}"
            ) from None
    else:
        raise InputError(f"field '{name}' must be an ISO 8601 time string")
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return when


def _optional_id(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str | int):
        return str(value)
    raise InputError("field 'id' must be a string")


def _get(
    data: dict, key: str, typ: type, *, required: bool = False, default: Any = None, where: str = ""
) -> Any:
    if key not in data or data[key] is None:
        if required:
            raise InputError(f"field '{where}{key}' is missing")
        return default
    value = data[key]
    if not isinstance(value, typ):
        raise InputError(f"field '{where}{key}' must be {typ.__name__}, not {type(value).__name__}")
    return value


def _str_list(value: Any, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise InputError(f"field '{name}' must be a list of strings")
    return tuple(value)


def _attachment(data: Any, index: int) -> Attachment:
    where = f"attachments[{index}]."
    if not isinstance(data, dict):
        raise InputError(f"field 'attachments[{index}]' must be an object")
    source = _get(data, "source", str, default="own", where=where)
    if source not in SOURCES:
        raise InputError(f"field '{where}source' must be 'own' or 'third_party', not {source!r}")
    return Attachment(
        kind=_get(data, "kind", str, default="image", where=where),
        description=_get(data, "description", str, default="", where=where),
        people=_str_list(data.get("people"), where + "people"),
        minors=_get(data, "minors", bool, default=False, where=where),
        source=source,
        consents=_str_list(data.get("consents"), where + "consents"),
        credit=_get(data, "credit", str, default=None, where=where),
    )
