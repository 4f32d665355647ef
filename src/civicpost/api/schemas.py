"""The API's request and response shapes. A post is the JSON shape of ``shared/eval/SCHEMA.md``."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from ninja import Field, Schema
from pydantic import BaseModel, StrictBool, field_validator


# Inputs are plain pydantic models: ninja's Schema also reads attributes of any object, which
# would let a list stand in for an object.
class AccountIn(BaseModel):
    kind: Literal["official", "personal"] = "personal"
    platform: str = Field("", max_length=100)
    handle: str = Field("", max_length=200)
    display_name: str = Field("", max_length=200)
    bio: str = Field("", max_length=5000)


class AttachmentIn(BaseModel):
    kind: str = Field("image", max_length=50)
    description: str = Field("", max_length=5000)
    people: list[str] = Field(default_factory=list, max_length=100)
    minors: StrictBool = False
    source: Literal["own", "third_party"] = "own"
    consents: list[str] = Field(default_factory=list, max_length=100)
    credit: str | None = Field(None, max_length=500)


class PostIn(BaseModel):
    """A post to check. ``author`` defaults to the caller; only the Clerk may name someone else."""

    text: str = Field(..., max_length=100_000)
    account: AccountIn = Field(default_factory=AccountIn)
    author: str | None = Field(None, max_length=50)
    at: dt.datetime | None = None
    in_reply_to: str | None = Field(None, max_length=100_000)
    attachments: list[AttachmentIn] = Field(default_factory=list, max_length=20)
    paid: StrictBool = False
    id: str | None = Field(None, max_length=100)

    @field_validator("at", mode="before")
    @classmethod
    def _iso_text_only(cls, value: object) -> object:
        """A time is ISO 8601 text, as SCHEMA.md says; a bare number is refused, not guessed."""
        if value is not None and not isinstance(value, str | dt.datetime):
            raise ValueError("must be an ISO 8601 time, e.g. 2026-12-01T10:00:00+00:00")
        return value


class FindingOut(Schema):
    rule: str
    clause: str
    severity: Literal["advice", "caution", "breach"]
    message: str
    start: int
    end: int
    field: str
    suggestion: str
    evidence: str
    confidence: float


class ReportOut(Schema):
    id: str | None
    verdict: Literal["clear", "advice", "caution", "breach"]
    pack: str
    findings: list[FindingOut]


class ElectionOut(Schema):
    id: int
    name: str
    kind: str
    poll_date: dt.date
    ward: str | None
    notice_published_on: dt.date | None
    applies_to_whole_council: bool


class PeriodOut(Schema):
    election_id: int | None
    election: str
    starts_at: dt.datetime
    ends_at: dt.datetime
    basis: str
    ward: str
    applies_to_whole_council: bool
    running: bool


class Problem(Schema):
    """RFC 9457 problem details."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str
    errors: list[dict] | None = None
