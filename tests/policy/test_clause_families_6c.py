"""Table-driven tests for the fifth round, lane C: 6.11, 6.2, 6.4 and 4.3.

Families: the meeting called a formality, one answer only, a side to be argued for or hoped for,
the council's stance given by a councillor, a view on the item laughed off (tied by a topic of
the item, never by its place), an item named by two words of its own title (6.11); the council
satisfied with something, a stance sent out on the council's paper, a vote declared on the
council's page (6.2); telling whoever carries out a decision to stop, losing gracefully beside a
verdict, an apology for a post taken down (6.4); money put behind posts, nothing spent, one's own
name put up for a ward, "where your X goes", a paid post for another candidate, "not standing
again" (4.3). Every case is written for the Ashby Green test registers (tests/policy/context.yaml);
hard negatives sit next to the positives.
"""

from __future__ import annotations

import pytest

from .conftest import make_post, rules_raised

BEFORE = "2027-02-01T12:00:00+00:00"  # before m-1 (9 March 2027): ag-1 .. ag-4 undecided
AFTER = "2027-03-20T12:00:00+00:00"
CAMPAIGN = "2028-04-10T12:00:00+01:00"  # e-2028 period; p-chair and p-cllr-cole stand

POSITIVES = [
    # 6.11: settled verdicts, preferences, the council's stance, ridicule, items in other words
    (
        "the meeting a formality",
        dict(text="Hall hire on the 9th? Just a formality, it'll sail through."),
        "predetermination",
    ),
    (
        "one answer only",
        dict(text="Play area at Mill Field: the only obvious site is by the brook."),
        "predetermination",
    ),
    (
        "a side to be argued for",
        dict(text="I'll be pushing for the +5% option on hall hire, families can't afford more."),
        "predetermination",
    ),
    (
        "an outcome hoped for",
        dict(text="Hope we go for the cheaper play area design in March."),
        "predetermination",
    ),
    (
        "the council's stance by a councillor",
        dict(text="Ashby Green PC is 100% behind the play area, no question."),
        "predetermination",
    ),
    (
        "a view on the item laughed off",
        dict(text="Norm reckons the phone mast will fry his brain. Pull the other one 😂"),
        "predetermination",
    ),
    (
        "named by two words of its title",
        dict(text="Read up on who should get the mowing award. Only sensible choice, the locals."),
        "predetermination",
    ),
    # 6.2: the council satisfied, its paper used, a vote declared on its page
    (
        "the council satisfied",
        dict(text="The parish council is fully satisfied with the new mowing firm."),
        "personal-opinion-as-council",
    ),
    (
        "on the council's letterhead",
        dict(
            text="Sent the borough a letter on parish council letterhead saying we oppose "
            "the bus stop move."
        ),
        "personal-opinion-as-council",
    ),
    (
        "a side argued for on the council's page",
        dict(
            text="I'll be pushing for the +5% option on hall hire at the meeting.",
            kind="official",
            author="p-chair",
        ),
        "personal-opinion-as-council",
    ),
    # 6.4: obstruction in person
    (
        "told the contractor not to bother",
        dict(text="I've told the contractor not to bother moving the bus stop till we've talked."),
        "contrary-to-decision",
    ),
    (
        "asked them to hold off",
        dict(text="I've asked the borough to hold off on the bus stop, it's staying put."),
        "contrary-to-decision",
    ),
    # 4.3: spending said in other words, appeals in other words, a paid post for another
    (
        "money behind posts",
        dict(text="Put forty quid behind my posts on Facebook this week.", at=CAMPAIGN),
        "election-advertising",
    ),
    (
        "ad receipts thrown away",
        dict(text="Chucked the receipts for the ads already, no paperwork for me.", at=CAMPAIGN),
        "election-advertising",
    ),
    (
        "own name for the ward",
        dict(text="Cole for Ashby South! Local, listening, getting it done.", at=CAMPAIGN),
        "digital-imprint",
    ),
    (
        "where your X goes",
        dict(text="Thursday's the day. You know where your X goes.", at=CAMPAIGN),
        "digital-imprint",
    ),
    (
        "a paid post for another candidate",
        dict(
            text="Alice Brennan for Ashby Green, vote for her on 4 May!",
            at=CAMPAIGN,
            author="p-cllr-dunn",
            paid=True,
        ),
        "election-advertising",
    ),
]

NEGATIVES = [
    # 6.11
    (
        "a place laughed about, not the item",
        dict(text="Norm reckons Quarry Lane is a rat run these days 😂"),
        "predetermination",
    ),
    (
        "after the meeting",
        dict(text="Hall hire went through, just a formality in the end.", at=AFTER),
        "predetermination",
    ),
    (
        "the clerk is no decision-maker",
        dict(text="I'll be pushing for the hall hire papers to go out early.", author="p-clerk"),
        "predetermination",
    ),
    (
        "long overdue, no item",
        dict(text="New bins on Main Street are long overdue, glad they're in."),
        "predetermination",
    ),
    (
        "a view reported, not mocked",
        dict(text="Norm reckons the phone mast is too close to the school. Come and say so."),
        "predetermination",
    ),
    # 6.2
    (
        "satisfied in the first person",
        dict(text="I'm satisfied with the mowing, the verges look tidy."),
        "personal-opinion-as-council",
    ),
    (
        "the council's papers",
        dict(text="The parish council papers on hall hire are on the website."),
        "personal-opinion-as-council",
    ),
    (
        "an agenda notice on the council's page",
        dict(
            text="Hall hire charges are on the agenda for 9 March: options +5% or +12.5%.",
            kind="official",
            author="p-clerk",
        ),
        "personal-opinion-as-council",
    ),
    # 6.4
    (
        "disagreed and lost fair and square",
        dict(
            text="I voted against moving the bus stop and still think it was the wrong call, "
            "but it was voted through fair and square. I'll raise it again next year."
        ),
        "contrary-to-decision",
    ),
    (
        "lost the vote, fair enough",
        dict(
            text="Lost the vote on the bus stop, fair enough, that's how it works. If you feel "
            "strongly, write to the clerk."
        ),
        "contrary-to-decision",
    ),
    (
        "asked the clerk to chase",
        dict(text="I've asked the clerk to chase the contractor about the bus stop sign."),
        "contrary-to-decision",
    ),
    (
        "a post taken down, with an apology",
        dict(
            text="Sorry, my post about the bus stop shouldn't have gone out and it's been "
            "taken down."
        ),
        "contrary-to-decision",
    ),
    (
        "stuff as a noun",
        dict(text="Parishes end up paying for stuff the borough used to do, bus stop included."),
        "contrary-to-decision",
    ),
    # 4.3
    (
        "not standing again",
        dict(text="I'm not standing again, thanks for the years.", at=CAMPAIGN),
        "digital-imprint",
    ),
    (
        "nothing spent on ads",
        dict(text="Spending return done: £0 on ads, every leaflet delivered by hand.", at=CAMPAIGN),
        "election-advertising",
    ),
    (
        "a paid post by a private person",
        dict(text="Vote Alice Brennan on 4 May", at=CAMPAIGN, author=None, paid=True),
        "election-advertising",
    ),
    (
        "a paid post naming a candidate, no appeal",
        dict(
            text="Alice Brennan opened the fete today, thanks all.",
            at=CAMPAIGN,
            author="p-cllr-dunn",
            paid=True,
        ),
        "election-advertising",
    ),
]


@pytest.mark.parametrize(("label", "kwargs", "slug"), POSITIVES, ids=[c[0] for c in POSITIVES])
def test_family_fires(ctx, label, kwargs, slug):
    kwargs = {"at": BEFORE, **kwargs}
    assert slug in rules_raised(make_post(**kwargs), ctx), label


@pytest.mark.parametrize(("label", "kwargs", "slug"), NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_near_miss_stays_quiet(ctx, label, kwargs, slug):
    kwargs = {"at": BEFORE, **kwargs}
    assert slug not in rules_raised(make_post(**kwargs), ctx), label
