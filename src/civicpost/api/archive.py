"""``/api/archive``: the council's published official posts, as on the archive page.

Which posts count as published and how the search and filters work is
``civicpost.posts.archive.published``, shared with the page and its exports. Anyone signed in
may read the archive (the page needs a sign-in; the Atom feed is public).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Query, Router
from pydantic import BeforeValidator

from civicpost.posts import archive as posts_archive

from . import post_records
from .post_schemas import ArchivedPost, ArchivePage
from .schemas import Problem

router = Router(tags=["archive"])


def _iso_day(value: object) -> object:
    """A day is ISO 8601 text (2026-11-26); a number is refused, not read as a timestamp."""
    if isinstance(value, str) and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ValueError("must be a date as YYYY-MM-DD")
    return value


Day = Annotated[dt.date, BeforeValidator(_iso_day)]

ERRORS = {400: Problem, 401: Problem, 404: Problem, 422: Problem, 429: Problem}


@router.get("", response={200: ArchivePage, **ERRORS}, summary="Search the published posts")
def list_archive(
    request: HttpRequest,
    q: Annotated[str, Query(max_length=200, description="Words in the text.")] = "",
    since: Annotated[Day | None, Query(alias="from", description="Published on or after.")] = None,
    until: Annotated[Day | None, Query(alias="to", description="Published on or before.")] = None,
    account: Annotated[
        int | None, Query(ge=1, le=2**31 - 1, description="An official account id.")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 20,
    offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
) -> Any:
    """Published official posts, newest first, with their text, accounts, approvals, the
    Clerk's advice and overrides, the check's verdict and report, and each publication's link
    and time."""
    posts = posts_archive.published(q.strip(), str(account or ""), since, until)
    items = post_records.with_related(posts)[offset : offset + limit]
    return {
        "count": posts.count(),
        "limit": limit,
        "offset": offset,
        "items": [post_records.archived(s) for s in items],
    }


@router.get("/{post_id}", response={200: ArchivedPost, **ERRORS}, summary="One published post")
def get_archived(request: HttpRequest, post_id: int) -> Any:
    """One published official post; 404 if there is none with that id (or it is not
    published)."""
    return post_records.archived(
        get_object_or_404(post_records.with_related(posts_archive.published()), pk=post_id)
    )
