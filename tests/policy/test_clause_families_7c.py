"""Table-driven tests for the seventh rule round, lane C2: 6.2, 6.5, 6.6, 6.7, G.3 and G.4.

Families: a committee or the bare "Parish council" taking a side or promising its property away,
and a statement put out in the council's name ("the council wishes to make it clear"); party or
national politics and a vote asked for a named person on the council's page; a plain notice
given "on behalf of" the council is not a view (6.2). An identifiable person's private life
(marriage, benefits, who holds a postal vote, letters to the council counted or mocked), a
person located by street or plot with their health, a screenshot of a private message; the
poster's own home offered for a knock or left empty while away is not someone else's (6.5).
A colleague named as the contact under a lapsed approval, a failing rolled eyes at, a colleague
told to ask themselves why; the one the poster "had a word with", another person of the same
surname, the Clerk named as contact under an approval in force are not comments (6.6). A
third party's photo of another event than its consent names (6.7). A government credited or
voted out on the council's page (G.3). Thanks answered, a "why" answered with its reason,
asking who has been complaining (G.4). Every case is written for the Ashby Green test
registers (tests/policy/context.yaml); hard negatives sit next to the positives.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from civicpost.policy.context import CommentApproval
from civicpost.policy.post import Attachment

from .conftest import family_fires, make_post, near_miss_stays_quiet, rules_raised

OFFICIAL = dict(kind="official", author="p-clerk")

POSITIVES = [
    # 6.2
    (
        "a committee will be backing",
        dict(
            text="Just so you know, the Planning Committee WILL be backing the play area.",
            **OFFICIAL,
        ),
        "personal-opinion-as-council",
    ),
    (
        "bare 'Parish council' promising property away",
        dict(text="Parish council won't be selling the Mill Field to the developers, trust me."),
        "personal-opinion-as-council",
    ),
    (
        "the council wishes to make it clear",
        dict(
            text="ASHBY GREEN PARISH COUNCIL: the council wishes to make it clear it has NOT "
            "agreed any phone mast."
        ),
        "personal-opinion-as-council",
    ),
    (
        "government credited on the council's page",
        dict(
            text="Say what you will about this government, at least they've actually "
            "funded the buses.",
            **OFFICIAL,
        ),
        "personal-opinion-as-council",
    ),
    (
        "vote a named person on the council's page",
        dict(text="Don't forget to vote Cole on 4 May!", **OFFICIAL),
        "personal-opinion-as-council",
    ),
    # G.3
    (
        "#VoteThemOut at Westminster",
        dict(text="More Westminster cuts to our bus services. #VoteThemOut", **OFFICIAL),
        "politics-religion",
    ),
    # 6.5
    (
        "marriage and benefits of a named resident",
        dict(
            text="Norman Ives was on again about the hedge. "
            "His wife's walked out and he's on UC now."
        ),
        "confidential-information",
    ),
    (
        "health of a resident located by street",
        dict(text="The old lady on Quarry Lane told me she's halfway through chemo, bless her."),
        "confidential-information",
    ),
    (
        "who holds a postal vote",
        dict(
            text="Checked who's got postal votes on Main Street. Mr Ives at no. 4 hasn't bothered."
        ),
        "confidential-information",
    ),
    (
        "a complainant's letters counted",
        dict(text="It was Wendy Hale, she's emailed the clerk five times this week 😂"),
        "confidential-information",
    ),
    (
        "screenshot of a private message",
        dict(
            text="This is what lands in my inbox.",
            attachments=(
                Attachment(
                    description="Screenshot of a private message from Norman Ives",
                    people=("Norman Ives",),
                    source="third_party",
                ),
            ),
        ),
        "personal-data",
    ),
    # 6.6
    (
        "a colleague's failing rolled eyes at",
        dict(text="Budget's in, and no, Owen still hasn't sent his receipts over 🙄", **OFFICIAL),
        "comment-on-colleague",
    ),
    (
        "the Chair told to ask herself why",
        dict(text="Another one resigned. Maybe the Chair wants to ask herself why."),
        "comment-on-colleague",
    ),
    (
        "our so-called clerk",
        dict(text="Our so-called clerk has been fiddling the petty cash for years."),
        "comment-on-colleague",
    ),
    # 6.7
    (
        "a studio's photo of another event",
        dict(
            text="Great turnout at the Quarry Lane meeting last night.",
            attachments=(
                Attachment(
                    description="Crowded hall at the public meeting",
                    source="third_party",
                    credit="Dale Photo Studio",
                ),
            ),
            **OFFICIAL,
        ),
        "third-party-content",
    ),
]

NEGATIVES = [
    # 6.2
    (
        "a notice on behalf of the council",
        dict(
            text="On behalf of Ashby Green Parish Council, the Christmas fair is cancelled "
            "due to the snow."
        ),
        "personal-opinion-as-council",
    ),
    (
        "the committee will consider",
        dict(text="The Planning Committee will consider the phone mast on 9 March.", **OFFICIAL),
        "personal-opinion-as-council",
    ),
    (
        "a Christmas greeting is faith, not 6.2",
        dict(
            text="Happy Christmas from all of us! Join us in prayer at midnight mass.", **OFFICIAL
        ),
        "personal-opinion-as-council",
    ),
    # 6.5
    (
        "own home offered for a knock",
        dict(
            text="Home alone this week, so give us a knock at 12 Main Street "
            "if you need the hall key."
        ),
        "personal-data",
    ),
    (
        "own home left empty while away",
        dict(text="We're off to Spain on Friday, so 12 Main Street will be empty for a week."),
        "personal-data",
    ),
    (
        "the poster's own family",
        dict(text="My sister's husband walked out last year and she's been amazing since."),
        "confidential-information",
    ),
    (
        "a letter to the council, not counted or mocked",
        dict(text="Wendy Hale has written to the council about the bus stop and we'll reply."),
        "confidential-information",
    ),
    (
        "a screenshot of a public post",
        dict(
            text="Lovely words about the fete.",
            attachments=(
                Attachment(
                    description="Screenshot of a Facebook post praising the fete",
                    source="third_party",
                ),
            ),
        ),
        "personal-data",
    ),
    # 6.6
    (
        "had a word with a colleague",
        dict(text="I've had a word with Sid and the hall will be open on Sunday.", **OFFICIAL),
        "comment-on-colleague",
    ),
    (
        "another person of the same surname",
        dict(text="Well done to Jake Marsh, player of the season!", **OFFICIAL),
        "comment-on-colleague",
    ),
    # G.4
    (
        "thanks answered",
        dict(
            text="She's been brilliant for years.",
            reply="Thank you to Wendy for twenty years of hanging baskets!",
        ),
        "resolution-route",
    ),
    (
        "a why answered with its reason",
        dict(
            text="Because the law says so when ten electors ask.",
            reply="Why is this by-election costing us thousands?",
        ),
        "resolution-route",
    ),
    (
        "who has been complaining",
        dict(
            text="Couldn't tell you, it's confidential.",
            reply="Who's been complaining about the play area? Same moaners",
        ),
        "resolution-route",
    ),
]


test_family_fires = family_fires(POSITIVES)
test_near_miss_stays_quiet = near_miss_stays_quiet(NEGATIVES)


def _with_contact_approval(ctx, until):
    approval = CommentApproval(
        id="ap-contact",
        person="p-clerk",
        scope="named as the contact for council enquiries",
        channels=("official", "personal"),
        start=dt.date(2026, 1, 1),
        until=until,
    )
    return dataclasses.replace(ctx, comment_approvals=(*ctx.comment_approvals, approval))


def test_contact_named_under_approval_in_force(ctx):
    live = _with_contact_approval(ctx, None)
    post = make_post(
        "Sorry to hear that. Ruth can talk it through with you: clerk@ashbygreenpc.gov.uk",
        kind="official",
        author="p-chair",
        reply="The play area gate is broken again",
    )
    assert "comment-on-colleague" not in rules_raised(post, live)


def test_contact_named_after_approval_lapsed(ctx):
    lapsed = _with_contact_approval(ctx, dt.date(2027, 1, 15))
    post = make_post("Any questions about the hall, message Ruth Fenwick, she's your woman")
    assert "comment-on-colleague" in rules_raised(post, lapsed)
