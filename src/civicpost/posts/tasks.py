"""Background publishing, run by the task worker (``db_worker``).

Scheduled posts are enqueued with ``run_after`` (the time the author chose). A retryable
failure enqueues the task again after a back-off (1, 4, 16, 64 minutes); after five attempts
it gives up, says why, and tells the author and the Clerk.
"""

from __future__ import annotations

from django.utils import timezone
from django_tasks import task

from . import services


@task()
def publish_submission(submission_id: int, approval_id: int) -> dict[str, object]:
    outcome = services.publish(submission_id, approval_id)
    if outcome.retry_after is not None:
        publish_submission.using(run_after=timezone.now() + outcome.retry_after).enqueue(
            submission_id, approval_id
        )
    return {
        "published": outcome.published,
        "waiting": outcome.waiting,
        "held": outcome.held,
        "retry_in_seconds": outcome.retry_after.total_seconds() if outcome.retry_after else None,
    }


@task()
def reconcile_publications() -> int:
    """Resolve publications a crashed worker left "sending" (see ``services.publish_one``)."""
    return services.reconcile()
