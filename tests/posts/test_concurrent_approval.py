"""Two approvers pressing "Approve" at the same moment leave exactly one approval (clause 4.1).

Runs for real in two threads, each with its own database connection, on SQLite and on
PostgreSQL (scripts/with_postgres.py).
"""

from __future__ import annotations

import threading

import pytest
from django.core.exceptions import ValidationError
from django.db import connection

from civicpost.posts import services
from civicpost.posts.models import Approval, Submission

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_two_approvers_at_once_leave_one_approval(
    author, agreed, second_approver, official_account
) -> None:
    submission = services.create_submission(
        author.user, accounts=[official_account], text="The bus shelter on Mill Lane is fixed."
    )
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def press(user) -> None:  # type: ignore[no-untyped-def]
        try:
            barrier.wait()
            services.approve(user, Submission(pk=submission.pk))
            outcomes.append("approved")
        except ValidationError as error:
            outcomes.append(" ".join(error.messages))
        finally:
            connection.close()

    threads = [
        threading.Thread(target=press, args=(person.user,)) for person in (agreed, second_approver)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert len(outcomes) == 2, outcomes
    assert outcomes.count("approved") == 1, outcomes
    refused = next(o for o in outcomes if o != "approved")
    assert "not waiting for approval" in refused or "just approved" in refused
    assert Approval.objects.filter(submission=submission, voided_at__isnull=True).count() == 1
    assert Approval.objects.filter(submission=submission).count() == 1


def test_the_database_refuses_a_second_approval_in_force(
    author, agreed, second_approver, official_account
) -> None:
    from django.db import IntegrityError, transaction

    submission = services.create_submission(
        author.user, accounts=[official_account], text="Litter pick on Saturday at 10am."
    )
    approval = services.approve(agreed.user, submission)
    with pytest.raises(IntegrityError), transaction.atomic():
        Approval.objects.create(
            submission=submission, revision=approval.revision, approver=second_approver
        )
