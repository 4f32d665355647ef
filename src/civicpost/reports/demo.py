"""A few official posts for the demo council, so the annual report has something to show.

Made straight in the tables (the demo is history, not a workflow run now), each checked by the
real checker so its stored report is what civicpost would have recorded. Idempotent: a post is
looked up by its first revision's text before it is made.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from civicpost.elections.timetable import at_london
from civicpost.people.models import Person, SocialAccount

FACEBOOK, X = "TreetonParishCouncil", "TreetonPC"


@dataclass(frozen=True)
class DemoPost:
    text: str
    author: str
    accounts: tuple[str, ...]
    on: dt.date
    outcome: str  # published, rejected or withdrawn
    by: str  # the approver, or who rejected or withdrew it
    reason: str = ""  # a rejection's or withdrawal's reason
    override: str = ""  # the Clerk's reason for letting a breach go out


POSTS = [
    DemoPost(
        "Thanks to Gareth Wilde for organising the litter pick on Sunday: 40 bags collected!",
        "Helen Stainforth",
        (FACEBOOK,),
        dt.date(2026, 10, 12),
        "published",
        "Priya Ramsden",
    ),
    DemoPost(
        "Lost dog found on Church Lane. Please ring the Clerk on 07700 900461 to collect him.",
        "Rosalind Pembury",
        (FACEBOOK, X),
        dt.date(2026, 10, 20),
        "published",
        "Priya Ramsden",
        override="07700 900461 is the council's out-of-hours mobile, published on its website; "
        "it is not a private number.",
    ),
    DemoPost(
        "The lantern parade starts at 6pm on Saturday 5 December from the Reading Room. "
        "All welcome!",
        "Priya Ramsden",
        (FACEBOOK, X),
        dt.date(2026, 11, 3),
        "published",
        "Helen Stainforth",
    ),
    DemoPost(
        "Councillor Wilde is an idiot and should resign over the skate park.",
        "Tomasz Brierley",
        (FACEBOOK,),
        dt.date(2026, 9, 28),
        "rejected",
        "Priya Ramsden",
        reason="A personal attack on a colleague (clause 6.9). Raise it at a meeting instead.",
    ),
    DemoPost(
        "Bonfire and fireworks display this year at the rec! Bring the kids.",
        "Kevin Ollerton",
        (FACEBOOK,),
        dt.date(2026, 10, 1),
        "withdrawn",
        "Kevin Ollerton",
        reason="The council decided there will be no bonfire this year (minute 26/097).",
    ),
]


def load_demo_posts(people: dict[str, Person]) -> bool:
    """Make the demo's official posts that are missing; return True if any was made."""
    from civicpost.posts.models import (
        Approval,
        Decision,
        Override,
        Publication,
        Revision,
        Submission,
    )
    from civicpost.posts.services import check_revision_content

    made = False
    for post in POSTS:
        if Revision.objects.filter(number=1, text=post.text).exists():
            continue
        accounts = list(SocialAccount.objects.filter(handle__in=post.accounts, is_official=True))
        if not accounts:
            continue
        at = at_london(post.on, dt.time(9, 30))
        _, report, pack = check_revision_content(post.text, [], accounts, [], False, at)
        submission = Submission.objects.create(author=people[post.author], state=post.outcome)
        submission.accounts.set(accounts)
        revision = Revision.objects.create(
            submission=submission,
            number=1,
            author=people[post.author],
            text=post.text,
            report=report.to_dict(),
            verdict=report.verdict.label,
            pack_version=pack.version,
        )
        later = at + dt.timedelta(hours=2)
        if post.outcome == "published":
            if post.override and revision.verdict == "breach":  # as posts.services.override
                Override.objects.create(
                    submission=submission,
                    revision=revision,
                    clerk=people["Rosalind Pembury"],
                    reason=post.override,
                )
            Approval.objects.create(
                submission=submission, revision=revision, approver=people[post.by]
            )
            for account in accounts:
                Publication.objects.create(
                    submission=submission,
                    revision=revision,
                    account=account,
                    state=Publication.State.PUBLISHED,
                    by_hand=True,
                    url=f"https://treeton-demo.invalid/{account.handle}/{submission.pk}",
                    published_at=later,
                )
        else:
            Decision.objects.create(
                submission=submission,
                revision=revision,
                kind=post.outcome,
                by=people[post.by],
                reason=post.reason,
            )
        # auto_now_add stamps "now": put the history on its own dates.
        Submission.objects.filter(pk=submission.pk).update(created_at=at)
        Revision.objects.filter(pk=revision.pk).update(created_at=at)
        for model in (Override, Approval, Decision):
            model.objects.filter(submission=submission).update(
                created_at=at + dt.timedelta(hours=1)
            )
        made = True
    return made
