"""Hand-made records for one council year (2025-26: 1 April 2025 to 31 March 2026), with a few
just outside it, and secrets that must never reach the report (all names invented)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import pytest
from django.contrib.auth.models import User

from civicpost.elections.timetable import at_london
from civicpost.people.models import Person, Platform, PostingAuthority, SocialAccount

YEAR = 2025
SELF_CHECK_TEXT = "Zanzibar-quokka self-check text that must stay private"
SELF_CHECKER = "Sylvia Quillfeather"
COMPLAINANT = "Ottoline Brackenridge"
COMPLAINED_ABOUT = "Percival Thistlewood"
HARM_TEXT = "Kumquat-marmalade harm details that must stay private"
OVERRIDE_REASON = "The number is the council's own out-of-hours mobile, published on its website."


def london(day: dt.date, hour: int = 12, minute: int = 0) -> dt.datetime:
    return at_london(day, dt.time(hour, minute))


def finding(clause: str, severity: str, rule: str = "some-rule") -> dict[str, Any]:
    return {"rule": rule, "clause": clause, "severity": severity, "message": "m"}


@dataclass
class PostMaker:
    author: Person

    def post(
        self,
        created: dt.datetime,
        revisions: list[tuple[str, list[dict[str, Any]]]],
        accounts: tuple[SocialAccount, ...] = (),
        state: str = "submitted",
    ) -> Any:
        """A submission with revisions (verdict, findings), all stamped ``created``."""
        from civicpost.posts.models import Revision, Submission

        submission = Submission.objects.create(author=self.author, state=state)
        submission.accounts.set(accounts)
        for number, (verdict, findings) in enumerate(revisions, 1):
            Revision.objects.create(
                submission=submission,
                number=number,
                author=self.author,
                text=f"Post text {submission.pk}.{number}",
                report={"verdict": verdict, "findings": findings},
                verdict=verdict,
                pack_version="test",
            )
        Submission.objects.filter(pk=submission.pk).update(created_at=created)
        Revision.objects.filter(submission=submission).update(created_at=created)
        return submission

    def publish(self, submission: Any, account: SocialAccount, at: dt.datetime) -> None:
        from civicpost.posts.models import Publication

        Publication.objects.create(
            submission=submission,
            revision=submission.current_revision,
            account=account,
            state=Publication.State.PUBLISHED,
            published_at=at,
            url="https://example.org/p",
        )


@pytest.fixture
def year_data(make_person, clerk) -> dict[str, Any]:  # type: ignore[no-untyped-def]
    """One year of records; returns the objects the tests refer to."""
    from civicpost.bulkaudit.models import BulkAudit
    from civicpost.checks.models import SelfCheckRecord
    from civicpost.complaints.models import Case, CaseStep, StageRule
    from civicpost.elections.models import Election
    from civicpost.posts.models import Decision, Override
    from civicpost.registers.models import PolicyAdoption

    author = make_person("Hal Author", "councillor", username="hal")
    facebook, _ = Platform.objects.get_or_create(name="Facebook")
    x, _ = Platform.objects.get_or_create(name="X")
    page = SocialAccount.objects.create(platform=facebook, handle="ParishPage", is_official=True)
    xacc = SocialAccount.objects.create(platform=x, handle="ParishX", is_official=True)
    maker = PostMaker(author)

    # 1: caution under 6.6, then clear; out on the page in April and on X in May.
    one = maker.post(
        london(dt.date(2025, 4, 10)),
        [("caution", [finding("6.6", "caution")]), ("clear", [])],
        (page, xacc),
        "published",
    )
    maker.publish(one, page, london(dt.date(2025, 4, 12)))
    maker.publish(one, xacc, london(dt.date(2025, 5, 2)))
    # 2: a breach of 6.5 (and advice under 6.6), overridden by the Clerk, published in June.
    two = maker.post(
        london(dt.date(2025, 6, 1)),
        [("breach", [finding("6.5", "breach"), finding("6.6", "advice")])],
        (page,),
        "published",
    )
    override = Override.objects.create(
        submission=two, revision=two.current_revision, clerk=clerk, reason=OVERRIDE_REASON
    )
    Override.objects.filter(pk=override.pk).update(created_at=london(dt.date(2025, 6, 2)))
    maker.publish(two, page, london(dt.date(2025, 6, 3)))
    # 3: two findings under 6.9 (caution and breach): counts once, as a breach. Rejected.
    three = maker.post(
        london(dt.date(2025, 7, 1)),
        [("breach", [finding("6.9", "caution"), finding("6.9", "breach", "other-rule")])],
        (page,),
        "rejected",
    )
    Decision.objects.create(
        submission=three, revision=three.current_revision, kind="rejected", by=clerk, reason="r"
    )
    Decision.objects.filter(submission=three).update(created_at=london(dt.date(2025, 7, 2)))
    # 4: advice under 6.13, withdrawn.
    four = maker.post(
        london(dt.date(2025, 8, 1)), [("advice", [finding("6.13", "advice")])], (page,), "withdrawn"
    )
    Decision.objects.create(
        submission=four, revision=four.current_revision, kind="withdrawn", by=author, reason="w"
    )
    Decision.objects.filter(submission=four).update(created_at=london(dt.date(2025, 8, 5)))
    # 5: the evening before the year starts (BST): not in the report.
    five = maker.post(
        london(dt.date(2025, 3, 31), 23, 30),
        [("breach", [finding("6.9", "breach")])],
        (page,),
        "published",
    )
    maker.publish(five, page, london(dt.date(2025, 3, 31), 23, 45))
    # 6: the last evening of the year: in it, in March 2026.
    six = maker.post(london(dt.date(2026, 3, 31), 23, 0), [("clear", [])], (xacc,), "published")
    maker.publish(six, xacc, london(dt.date(2026, 3, 31), 23, 30))

    # Self-checks: three in the year, one before it; their text and author must stay private.
    checker = make_person(SELF_CHECKER, "councillor")
    for day in (
        dt.date(2025, 5, 1),
        dt.date(2025, 9, 1),
        dt.date(2026, 1, 5),
        dt.date(2024, 12, 1),
    ):
        SelfCheckRecord.objects.create(
            person=checker,
            text=SELF_CHECK_TEXT,
            report={"findings": [finding("6.2", "breach")]},
            pack_version="test",
            verdict="breach",
            at=london(day),
        )

    # Complaints: three referrals and one disciplinary case in the year.
    complainant = make_person(COMPLAINANT)
    cases = []
    for route, day in [
        ("conduct_referral", dt.date(2025, 5, 5)),
        ("conduct_referral", dt.date(2025, 6, 6)),
        ("conduct_referral", dt.date(2025, 7, 7)),
        ("disciplinary", dt.date(2025, 8, 8)),
    ]:
        cases.append(
            Case.objects.create(
                complainant=complainant,
                subject_name=COMPLAINED_ABOUT,
                posted_on=day,
                seen_on=day,
                harms=["harassment"],
                harm_details=HARM_TEXT,
                route=route,
                recorded_at=london(day),
                outcome=f"Outcome text about {COMPLAINED_ABOUT}",
            )
        )
    Case.objects.filter(pk=cases[0].pk).update(
        final_decision_on=dt.date(2025, 9, 1), closed_on=dt.date(2025, 9, 2), status="closed"
    )
    rule = StageRule.objects.filter(route="conduct_referral").order_by("order").first()
    for case in cases[:3]:
        CaseStep.objects.create(
            case=case, rule=rule, order=rule.order, name=rule.name, done_on=dt.date(2025, 9, 1)
        )

    # Elections: May 2025 (its period begins before the year), May 2026 (its period begins
    # in March 2026), May 2024 (out of the year).
    for poll in (dt.date(2025, 5, 1), dt.date(2026, 5, 7), dt.date(2024, 5, 2)):
        Election.objects.create(kind=Election.Kind.ORDINARY, poll_date=poll)

    # Authorities: one ended and one began in the year.
    PostingAuthority.objects.create(
        person=author,
        account=page,
        minute_reference="Minute 2024/01",
        starts_on=dt.date(2024, 1, 1),
        ends_on=dt.date(2025, 10, 31),
    )
    PostingAuthority.objects.create(
        person=author,
        account=xacc,
        minute_reference="Minute 2025/09",
        starts_on=dt.date(2025, 11, 1),
    )
    PolicyAdoption.objects.create(
        pack_version="2025.1",
        minute_reference="25/040",
        adopted_on=dt.date(2025, 5, 13),
        review_on=dt.date(2026, 5, 13),
    )
    user = User.objects.get(username="clerk")
    BulkAudit.objects.create(
        platform="facebook",
        export="bulkaudit/x.json",
        status="done",
        posts_screened=10,
        posts_flagged=2,
        by_clause={"6.9": 2, "6.5": 1},
        created_by=user,
        finished_at=london(dt.date(2025, 11, 20)),
    )
    return {"page": page, "x": xacc, "two": two, "clerk": clerk, "author": author}
