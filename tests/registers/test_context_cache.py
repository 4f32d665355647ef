"""The checker's Context is kept per process until the registers' stamp (in the database) moves:
a change to any register is seen by the very next check, in any process."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from django.apps import apps
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from civicpost.elections.models import Election, Ward
from civicpost.people.models import Role, SocialAccount
from civicpost.registers import stamp
from civicpost.registers.context import context_from_db, pid, registers_as_dict
from civicpost.registers.models import Consent, RegisterVersion

pytestmark = pytest.mark.django_db


def _consent(subject: str = "Lantern parade children") -> Consent:
    return Consent.objects.create(
        kind="photo",
        subject=subject,
        is_minor=True,
        scope="Lantern parade",
        channel="both",
        given_on=timezone.localdate() - dt.timedelta(days=5),
    )


def test_the_context_is_kept_until_a_register_changes(django_assert_num_queries) -> None:
    first = context_from_db()
    with django_assert_num_queries(1):  # only the stamp is read
        assert context_from_db() is first
    consent = _consent()
    changed = context_from_db()
    assert changed is not first
    assert f"c-{consent.pk}" in changed.consents_by_id


def test_a_change_in_another_process_is_seen(make_person) -> None:
    """Another process's change moves the stamp row; this process reads it on every check."""
    first = context_from_db()
    RegisterVersion.objects.update(stamp="0" * 32)  # as another worker's bump would
    assert context_from_db() is not first


def test_every_model_the_context_reads_moves_the_stamp(make_person, official_account) -> None:
    """Whatever table registers_as_dict() reads must be stamped, or a change would be missed.
    (A row in each register, so that every related lookup is made.)"""
    person = make_person("Rhoda Reader", "councillor")
    SocialAccount.objects.create(
        owner=person, platform=official_account.platform, handle="rhoda", is_official=False
    )
    Election.objects.create(
        kind="by_election",
        poll_date=timezone.localdate() + dt.timedelta(days=90),
        ward=Ward.objects.create(name="Treeton"),
    )
    with CaptureQueriesContext(connection) as queries:
        registers_as_dict()
    sql = " ".join(q["sql"] for q in queries.captured_queries)
    read = {m for m in apps.get_models() if re.search(rf'\b"?{m._meta.db_table}"?\b', sql)}
    stamped = {apps.get_model(label) for label in stamp.FEEDING_MODELS}
    links = {getattr(apps.get_model(m), f).through for m, f in stamp.FEEDING_LINKS}
    assert read, sql
    assert read - stamped - links == set()


def test_adding_a_councillor_to_a_ward_moves_the_stamp(make_person) -> None:
    person = make_person("Wendy Ward", "councillor")
    ward = Ward.objects.create(name="Brinsworth")
    before = stamp.current()
    ward.councillors.add(person)
    assert stamp.current() != before
    assert context_from_db().person(pid(person.pk)).ward == "Brinsworth ward"


def test_a_rolled_back_change_leaves_nothing_behind() -> None:
    before = stamp.current()
    with pytest.raises(RuntimeError), transaction.atomic():
        consent = _consent("Never kept")
        assert f"c-{consent.pk}" in context_from_db().consents_by_id  # seen inside, and kept
        raise RuntimeError
    assert stamp.current() == before
    assert all(c.subject != "Never kept" for c in context_from_db().consents)


def test_the_day_is_part_of_the_key(make_person) -> None:
    today = timezone.localdate()
    person = make_person("Terry Lastday", "councillor")
    Role.objects.filter(person=person).update(ends_on=today)  # no signal: the day alone decides
    assert context_from_db(today).person(pid(person.pk)).roles == ("councillor",)
    assert context_from_db(today + dt.timedelta(days=1)).person(pid(person.pk)).roles == ()


def test_the_cache_can_be_switched_off(monkeypatch) -> None:
    monkeypatch.setenv("CIVICPOST_CONTEXT_CACHE", "off")
    assert context_from_db() is not context_from_db()
