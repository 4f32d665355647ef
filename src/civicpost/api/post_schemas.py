"""Request and response shapes of the official-post and archive endpoints (clause 4.1)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from ninja import Field, Schema
from pydantic import BaseModel, StrictBool, StrictInt, field_validator

from .schemas import ReportOut

State = Literal[
    "draft",
    "submitted",
    "approved",
    "publishing",
    "published",
    "held",
    "failed",
    "rejected",
    "withdrawn",
]
AccountRef = (
    Annotated[StrictInt, Field(ge=1, le=2**31 - 1)]
    | Annotated[str, Field(min_length=1, max_length=200)]
)
Link = Annotated[str, Field(min_length=1, max_length=2000, pattern=r"^[^\r\n]*$")]
Text = Annotated[str, Field(min_length=1, max_length=100_000)]
Reason = Annotated[str, Field(min_length=1, max_length=20_000)]


def _iso_only(value: object) -> object:
    """A time is ISO 8601 text; a bare number is refused, not guessed."""
    if value is not None and not isinstance(value, str | dt.datetime):
        raise ValueError("must be an ISO 8601 time, e.g. 2026-12-01T10:00:00+00:00")
    return value


# Inputs are plain pydantic models (see schemas.py for why).
class SubmissionIn(BaseModel):
    """A new official post. Images cannot be sent through the API: use the web page."""

    text: Text
    accounts: list[AccountRef] = Field(
        ...,
        min_length=1,
        max_length=20,
        description='Official accounts, each by id or by handle (e.g. 42 or "@parish").',
    )
    links: list[Link] = Field(default_factory=list, max_length=20)
    paid: StrictBool = False
    publish_at: dt.datetime | None = Field(
        None, description="When to publish, in the future; empty for as soon as approved."
    )
    send: StrictBool = Field(
        True,
        description="false keeps it as a draft that only its author and the Clerk see, until "
        "POST /api/submissions/{id}/send.",
    )

    _iso = field_validator("publish_at", mode="before")(_iso_only)


class RevisionIn(BaseModel):
    """A new text (and links) for the post: it is checked again and voids any approval."""

    text: Text
    links: list[Link] = Field(default_factory=list, max_length=20)


class LinkIn(BaseModel):
    """The address of a post the Clerk published by hand."""

    url: Link


class AdviceIn(BaseModel):
    text: Reason


class ReasonIn(BaseModel):
    reason: Reason


class PersonOut(Schema):
    id: int
    name: str


class AccountOut(Schema):
    id: int
    platform: str
    handle: str
    display_name: str


class ImageOut(Schema):
    alt_text: str
    consent: str


class RevisionOut(Schema):
    number: int
    author: PersonOut
    text: str
    links: list[str]
    images: list[ImageOut]
    verdict: str
    pack_version: str
    created_at: dt.datetime


class AdviceOut(Schema):
    id: int
    by: PersonOut
    revision: int
    text: str
    created_at: dt.datetime


class OverrideOut(Schema):
    id: int
    by: PersonOut
    revision: int
    reason: str
    created_at: dt.datetime


class ApprovalOut(Schema):
    id: int
    by: PersonOut
    revision: int
    created_at: dt.datetime
    voided_at: dt.datetime | None
    void_reason: str


class DecisionOut(Schema):
    id: int
    kind: Literal["rejected", "withdrawn"]
    by: PersonOut
    revision: int
    reason: str
    created_at: dt.datetime


class PublicationOut(Schema):
    id: int
    account: AccountOut
    state: str
    url: str
    external_id: str
    by_hand: bool
    attempts: int
    last_error: str
    published_at: dt.datetime | None


class SubmissionSummary(Schema):
    id: int
    state: State
    author: PersonOut
    accounts: list[AccountOut]
    text: str
    verdict: str
    paid: bool
    publish_at: dt.datetime | None
    created_at: dt.datetime
    updated_at: dt.datetime


class SubmissionOut(SubmissionSummary):
    hold_reason: str
    revisions: list[RevisionOut]
    report: ReportOut | None = Field(description="The check report of the latest revision.")
    advice: list[AdviceOut]
    overrides: list[OverrideOut]
    approvals: list[ApprovalOut]
    decisions: list[DecisionOut]
    publications: list[PublicationOut]
    can_approve: bool = Field(description="Whether the caller may approve it now.")
    approval_problems: list[str] = Field(description="Why the caller may not approve it now.")


class SubmissionPage(Schema):
    count: int
    limit: int
    offset: int
    items: list[SubmissionSummary]


class ArchivedPost(Schema):
    """A published official post with everything kept about it."""

    id: int
    author: PersonOut
    text: str
    links: list[str]
    accounts: list[AccountOut]
    paid: bool
    revision: int
    verdict: str
    pack_version: str
    report: ReportOut | None
    advice: list[AdviceOut]
    overrides: list[OverrideOut]
    approvals: list[ApprovalOut]
    publications: list[PublicationOut]
    first_published_at: dt.datetime | None
    created_at: dt.datetime


class ArchivePage(Schema):
    count: int
    limit: int
    offset: int
    items: list[ArchivedPost]
