"""Official posts as the API shows them (``post_schemas``): plain data, no rules."""

from __future__ import annotations

from typing import Any

from django.db.models import Prefetch, QuerySet

from civicpost.people.models import Person, SocialAccount
from civicpost.people.roles import person_for
from civicpost.posts import services
from civicpost.posts.models import Revision, Submission


def with_related(posts: QuerySet[Submission]) -> QuerySet[Submission]:
    """Everything a record reads, in a fixed number of queries."""
    return posts.select_related("author").prefetch_related(
        "accounts__platform",
        Prefetch(
            "revisions",
            Revision.objects.select_related("author").prefetch_related("images"),
        ),
        "advice__clerk",
        "advice__revision",
        "overrides__clerk",
        "overrides__revision",
        "approvals__approver",
        "approvals__revision",
        "decisions__by",
        "decisions__revision",
        "publications__account__platform",
    )


def for_summaries(posts: QuerySet[Submission]) -> QuerySet[Submission]:
    """What ``summary`` reads: the author, the accounts and the revisions."""
    return posts.select_related("author").prefetch_related("accounts__platform", "revisions")


def person(p: Person) -> dict[str, Any]:
    return {"id": p.pk, "name": p.full_name}


def account(a: SocialAccount) -> dict[str, Any]:
    return {
        "id": a.pk,
        "platform": a.platform.name,
        "handle": a.handle,
        "display_name": a.display_name,
    }


def latest(submission: Submission) -> Revision | None:
    revisions = list(submission.revisions.all())
    return max(revisions, key=lambda r: r.number) if revisions else None


def summary(submission: Submission) -> dict[str, Any]:
    revision = latest(submission)
    return {
        "id": submission.pk,
        "state": submission.state,
        "author": person(submission.author),
        "accounts": [account(a) for a in submission.accounts.all()],
        "text": revision.text if revision else "",
        "verdict": revision.verdict if revision else "",
        "paid": submission.paid,
        "publish_at": submission.publish_at,
        "created_at": submission.created_at,
        "updated_at": submission.updated_at,
    }


def _history(submission: Submission) -> dict[str, Any]:
    return {
        "advice": [
            {
                "id": a.pk,
                "by": person(a.clerk),
                "revision": a.revision.number,
                "text": a.text,
                "created_at": a.created_at,
            }
            for a in submission.advice.all()
        ],
        "overrides": [
            {
                "id": o.pk,
                "by": person(o.clerk),
                "revision": o.revision.number,
                "reason": o.reason,
                "created_at": o.created_at,
            }
            for o in submission.overrides.all()
        ],
        "approvals": [
            {
                "id": a.pk,
                "by": person(a.approver),
                "revision": a.revision.number,
                "created_at": a.created_at,
                "voided_at": a.voided_at,
                "void_reason": a.void_reason,
            }
            for a in submission.approvals.all()
        ],
        "publications": [
            {
                "id": p.pk,
                "account": account(p.account),
                "state": p.state,
                "url": p.url,
                "external_id": p.external_id,
                "by_hand": p.by_hand,
                "attempts": p.attempts,
                "last_error": p.last_error,
                "published_at": p.published_at,
            }
            for p in submission.publications.all()
        ],
    }


def _report(revision: Revision | None) -> dict[str, Any] | None:
    return revision.report if revision and revision.report else None


def detail(submission: Submission, user: Any) -> dict[str, Any]:
    """The post with its revisions, latest report, advice, approvals, decisions, publications,
    and whether the caller may approve it now (``services.approval_problems``)."""
    revision = latest(submission)
    problems = services.approval_problems(person_for(user), submission)
    return {
        **summary(submission),
        **_history(submission),
        "hold_reason": submission.hold_reason,
        "revisions": [
            {
                "number": r.number,
                "author": person(r.author),
                "text": r.text,
                "links": r.links,
                "images": [{"alt_text": i.alt_text, "consent": i.consent} for i in r.images.all()],
                "verdict": r.verdict,
                "pack_version": r.pack_version,
                "created_at": r.created_at,
            }
            for r in sorted(submission.revisions.all(), key=lambda r: r.number)
        ],
        "report": _report(revision),
        "decisions": [
            {
                "id": d.pk,
                "kind": d.kind,
                "by": person(d.by),
                "revision": d.revision.number,
                "reason": d.reason,
                "created_at": d.created_at,
            }
            for d in submission.decisions.all()
        ],
        "can_approve": not problems,
        "approval_problems": problems,
    }


def archived(submission: Submission) -> dict[str, Any]:
    """A published post as the archive keeps it (``posts.archive.as_record``, with ids)."""
    revision = latest(submission)
    history = _history(submission)
    times = [p["published_at"] for p in history["publications"] if p["published_at"]]
    return {
        "id": submission.pk,
        "author": person(submission.author),
        "text": revision.text if revision else "",
        "links": revision.links if revision else [],
        "accounts": [account(a) for a in submission.accounts.all()],
        "paid": submission.paid,
        "revision": revision.number if revision else 0,
        "verdict": revision.verdict if revision else "",
        "pack_version": revision.pack_version if revision else "",
        "report": _report(revision),
        **history,
        "first_published_at": min(times) if times else None,
        "created_at": submission.created_at,
    }
