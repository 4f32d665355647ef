"""Checking posts in the web application: the pack as the Clerk has tuned it, the registers
from the database, and keeping a record when asked."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from civicpost.audit.services import record
from civicpost.people.models import Person
from civicpost.policy import Account, Attachment, Pack, Post, Report, Severity, check, load_pack
from civicpost.policy.rules import REGISTRY
from civicpost.registers.context import context_from_db, pid

from .models import RuleSetting, SelfCheckRecord


def effective_pack() -> Pack:
    """The adopted pack with the Clerk's severity settings applied.

    A setting changes a rule's severity on one kind of account; it cannot switch on a rule the
    pack says does not apply there. Packs are cached per set of settings, so their compiled
    lexicons are reused from one check to the next.
    """
    settings = tuple(
        RuleSetting.objects.order_by("rule", "account_kind").values_list(
            "rule", "account_kind", "severity"
        )
    )
    return _pack_with(settings)


@functools.lru_cache(maxsize=16)
def _pack_with(settings: tuple[tuple[str, str, str], ...]) -> Pack:
    pack = load_pack()
    if not settings:
        return pack
    rules = dict(pack.rules)
    for rule, kind, severity in settings:
        config = rules.get(rule)
        if config is None or config.severity.get(kind) is None:
            continue
        level = Severity.parse(severity)
        variants = {
            name: v | {kind: level} if v.get(kind) else v for name, v in config.variants.items()
        }
        rules[rule] = dataclasses.replace(
            config, severity=dict(config.severity) | {kind: level}, variants=variants
        )
    return dataclasses.replace(pack, rules=rules)


def set_severity(actor: Any, rule: str, account_kind: str, severity: str) -> RuleSetting:
    pack = load_pack()
    config = pack.rules.get(rule)
    if config is None:
        raise ValidationError(f"There is no rule called {rule}.")
    if config.severity.get(account_kind) is None:
        raise ValidationError(f"The policy does not apply {rule} to {account_kind} accounts.")
    if REGISTRY[rule].hint and severity != "advice":
        raise ValidationError(
            f"{rule} is a hint: it compares the wording with labelled posts and cannot decide "
            "on its own, so it stays at advice."
        )
    with transaction.atomic():
        setting = RuleSetting.objects.filter(rule=rule, account_kind=account_kind).first()
        old = setting.severity if setting else None
        setting = setting or RuleSetting(rule=rule, account_kind=account_kind)
        setting.severity = severity
        setting.save()
        record(
            actor,
            "rule.severity_set",
            setting,
            summary=f"Severity of {rule} on {account_kind} accounts set to {severity}",
            changes={"severity": [old, severity]},
        )
    return setting


@dataclass(frozen=True)
class Draft:
    """What a person typed into the check page."""

    text: str
    account_kind: str = "personal"
    platform: str = ""
    display_name: str = ""
    bio: str = ""
    photo: bool = False
    photo_description: str = ""
    photo_minors: bool = False
    photo_consent: str = ""  # a consent id such as "c-3", or ""
    paid: bool = False


def build_post(draft: Draft, person: Person | None, at: dt.datetime | None = None) -> Post:
    attachments = ()
    if draft.photo:
        attachments = (
            Attachment(
                kind="image",
                description=draft.photo_description,
                minors=draft.photo_minors,
                consents=(draft.photo_consent,) if draft.photo_consent else (),
            ),
        )
    return Post(
        text=draft.text,
        account=Account(
            kind=draft.account_kind,
            platform=draft.platform,
            display_name=draft.display_name,
            bio=draft.bio,
        ),
        author=pid(person.pk) if person else None,
        at=at or timezone.now(),
        attachments=attachments,
        paid=draft.paid,
    )


def check_draft(
    draft: Draft, person: Person | None, at: dt.datetime | None = None
) -> tuple[Post, Report, Pack]:
    """Check a draft against the registers as they are now."""
    post = build_post(draft, person, at)
    pack = effective_pack()
    return post, check(post, context_from_db(), pack), pack


def keep_record(person: Person, draft: Draft) -> SelfCheckRecord:
    """Store the text, the report and the time in the person's own history."""
    post, report, pack = check_draft(draft, person)
    with transaction.atomic():
        kept = SelfCheckRecord.objects.create(
            person=person,
            text=post.text,
            report=report.to_dict(),
            account={
                "kind": draft.account_kind,
                "platform": draft.platform,
                "display_name": draft.display_name,
            },
            pack_version=pack.version,
            verdict=report.verdict.label,
        )
        record(person.user, "selfcheck.kept", kept, summary=f"Kept a self-check record: {kept}")
    return kept
