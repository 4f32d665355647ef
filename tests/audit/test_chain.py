from __future__ import annotations

import pytest

from civicpost.audit.models import AppendOnlyError, AuditEvent
from civicpost.audit.services import record, verify
from civicpost.cli import main
from civicpost.people.models import Platform

pytestmark = pytest.mark.django_db


def _three_events() -> list[AuditEvent]:
    platform = Platform.objects.get(name="X")
    return [record(None, "test.event", platform, summary=f"event {i}") for i in range(3)]


def test_events_are_chained_by_hash() -> None:
    first, second, third = _three_events()
    assert [e.seq for e in (first, second, third)] == [1, 2, 3]
    assert second.prev_hash == first.hash and third.prev_hash == second.hash
    assert verify().ok and verify().checked == 3


def test_changing_a_stored_event_is_detected() -> None:
    _three_events()
    # A tamperer with database access edits the summary of event 2 behind the app's back.
    AuditEvent.objects.filter(seq=2).update(summary="nothing to see here")
    result = verify()
    assert not result.ok
    assert result.broken_seq == 2
    assert "changed" in result.reason


def test_deleting_a_stored_event_is_detected() -> None:
    _three_events()
    AuditEvent.objects.filter(seq=2).delete()  # a queryset delete bypasses the model's guard
    result = verify()
    assert not result.ok and result.broken_seq == 3


def test_rehashing_a_changed_event_still_breaks_the_next_link() -> None:
    events = _three_events()
    tampered = AuditEvent.objects.get(seq=2)
    tampered.summary = "rewritten"
    AuditEvent.objects.filter(seq=2).update(summary="rewritten", hash=tampered.compute_hash())
    result = verify()
    assert not result.ok and result.broken_seq == 3
    assert events[2].prev_hash != tampered.compute_hash()


def test_events_cannot_be_changed_or_deleted_through_the_model() -> None:
    event = _three_events()[0]
    event.summary = "changed"
    with pytest.raises(AppendOnlyError):
        event.save()
    with pytest.raises(AppendOnlyError):
        event.delete()


def test_audit_verify_command_reports_the_first_broken_link(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _three_events()
    assert main(["audit", "verify"]) == 0
    assert "intact: 3 events" in capsys.readouterr().out
    AuditEvent.objects.filter(seq=1).update(action="tampered")
    assert main(["audit", "verify"]) == 1
    assert "BROKEN at event #1" in capsys.readouterr().err


@pytest.mark.django_db(
    transaction=True, serialized_rollback=True
)  # the worker closes its connection when it is done
def test_the_worker_checks_the_trail_when_the_clerk_asks(clerk_client, clerk) -> None:
    from django.core.management import call_command
    from django.urls import reverse

    clerk.email = "clerk@example.org"
    clerk.save()
    response = clerk_client.post(reverse("audit-verify"))
    assert response.status_code == 302
    assert not AuditEvent.objects.filter(action="audit.verified").exists()  # queued, not run
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)
    event = AuditEvent.objects.get(action="audit.verified")
    assert event.changes["ok"] is True and "intact" in event.summary


def test_a_broken_trail_found_by_the_worker_is_emailed_to_the_clerk(clerk, mailoutbox) -> None:
    from civicpost.audit.tasks import verify_audit_trail

    clerk.email = "clerk@example.org"
    clerk.save()
    _three_events()
    AuditEvent.objects.filter(seq=2).update(summary="tampered")
    outcome = verify_audit_trail.call()
    assert outcome == {"ok": False, "checked": 1, "broken_seq": 2}
    assert mailoutbox[0].to == ["clerk@example.org"]
    assert "BROKEN at event #2" in mailoutbox[0].body
