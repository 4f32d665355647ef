"""The archive of published official posts: search, filters, and exports (CSV, JSON)."""

from __future__ import annotations

import csv
import io
from typing import Any

from django.db.models import QuerySet

from .models import Publication, Submission


def published(
    q: str = "", account: str = "", since: Any = None, until: Any = None
) -> QuerySet[Submission]:
    posts = Submission.objects.filter(publications__state=Publication.State.PUBLISHED)
    if q:
        posts = posts.filter(revisions__text__icontains=q)
    if account:
        posts = posts.filter(accounts__pk=account)
    if since:
        posts = posts.filter(publications__published_at__date__gte=since)
    if until:
        posts = posts.filter(publications__published_at__date__lte=until)
    return (
        posts.distinct()
        .prefetch_related("accounts", "publications__account")
        .select_related("author")
    )


def as_record(submission: Submission) -> dict[str, Any]:
    """Everything kept about one post: what the archive and its exports show."""
    revision = submission.current_revision
    return {
        "id": submission.pk,
        "author": str(submission.author),
        "text": revision.text if revision else "",
        "links": revision.links if revision else [],
        "images": [{"file": i.file.name, "alt_text": i.alt_text} for i in revision.images.all()]
        if revision
        else [],
        "paid": submission.paid,
        "revision": revision.number if revision else None,
        "verdict": revision.verdict if revision else "",
        "pack_version": revision.pack_version if revision else "",
        "report": revision.report if revision else {},
        "advice": [
            {
                "by": str(a.clerk),
                "at": a.created_at.isoformat(),
                "text": a.text,
                "revision": a.revision.number,
            }
            for a in submission.advice.all()
        ],
        "overrides": [
            {"by": str(o.clerk), "at": o.created_at.isoformat(), "reason": o.reason}
            for o in submission.overrides.all()
        ],
        "approvals": [
            {
                "by": str(a.approver),
                "at": a.created_at.isoformat(),
                "revision": a.revision.number,
                "voided_at": a.voided_at.isoformat() if a.voided_at else None,
            }
            for a in submission.approvals.all()
        ],
        "publications": [
            {
                "account": str(p.account),
                "state": p.state,
                "url": p.url,
                "external_id": p.external_id,
                "by_hand": p.by_hand,
                "published_at": p.published_at.isoformat() if p.published_at else None,
            }
            for p in submission.publications.all()
        ],
    }


CSV_FIELDS = [
    "id",
    "published_at",
    "accounts",
    "urls",
    "author",
    "approved_by",
    "text",
    "verdict",
    "pack_version",
]


def as_csv(posts: QuerySet[Submission]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS)
    writer.writeheader()
    for post in posts:
        record = as_record(post)
        pubs = [p for p in record["publications"] if p["state"] == "published"]
        in_force = [a["by"] for a in record["approvals"] if not a["voided_at"]]
        text = record["text"]
        if text[:1] in {"=", "+", "-", "@"}:  # a spreadsheet must not run it as a formula
            text = "'" + text
        writer.writerow(
            {
                "id": record["id"],
                "published_at": min(p["published_at"] for p in pubs) if pubs else "",
                "accounts": "; ".join(p["account"] for p in pubs),
                "urls": " ".join(p["url"] for p in pubs),
                "author": record["author"],
                "approved_by": "; ".join(in_force),
                "text": text,
                "verdict": record["verdict"],
                "pack_version": record["pack_version"],
            }
        )
    return out.getvalue()
