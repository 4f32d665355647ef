"""Table-driven tests for the broadened phrase families (clause-level patterns, not sentences).

Each case: (description, post keyword arguments, rule that must / must not fire). The posts use the
Ashby Green test registers: agenda item ag-1 (play area at Mill Field) is undecided until
2027-03-09; decision d-1 moved the library bus stop.
"""

from __future__ import annotations

import pytest

from civicpost.policy.detectors.matching import keyword_pattern

from .conftest import family_fires, make_post, rules_raised

OFF = {"kind": "official"}
IN_PERIOD = "2028-04-10T10:00:00+01:00"
COMPLAINT = "The street light on Main Street has been out for weeks."

POSITIVES = [
    # 6.11: closed-mind families
    (
        "no X while I'm on the council",
        dict(text="There will be no play area on Mill Field while I'm on this council."),
        "predetermination",
    ),
    (
        "outcome stated as settled",
        dict(text="The play area is getting refused. I've heard enough."),
        "predetermination",
    ),
    (
        "declared vote nothing will change",
        dict(text="I'm voting for the play area and nothing said on the night will change that."),
        "predetermination",
    ),
    ("a no from me", dict(text="Mill Field play area? It's a no from me."), "predetermination"),
    (
        "done deal in a reply",
        dict(text="Absolutely. It's a done deal as far as I'm concerned.", reply="Play area?"),
        "predetermination",
    ),
    # 6.2: council voice and opinion families
    (
        "council said to be behind an undecided item",
        dict(text="The parish council is firmly behind the new play area."),
        "personal-opinion-as-council",
    ),
    (
        "council's position claimed",
        dict(text="The council's position on the play area is clear: build it."),
        "personal-opinion-as-council",
    ),
    (
        "humble opinion on the official page",
        dict(text="In my humble opinion the hall needs a new roof.", author="p-chair", **OFF),
        "personal-opinion-as-council",
    ),
    (
        "we reckon on the official page",
        dict(text="We reckon the play area will be brilliant.", author="p-chair", **OFF),
        "personal-opinion-as-council",
    ),
    # 6.3
    ("masked swearing", dict(text="Another f***ing spreadsheet."), "disrepute"),
    (
        "drunkenness phrase family",
        dict(text="Absolutely plastered after the quiz, couldn't stand up!"),
        "disrepute",
    ),
    (
        "council property offered for cash",
        dict(text="The council's got spare flags in the yard, a tenner each."),
        "disrepute",
    ),
    (
        "mocking a resident",
        dict(text="A resident rang six times about a lamp post. Get a life \U0001f644"),
        "disrepute",
    ),
    # 6.4
    (
        "got it wrong + skip the",
        dict(text="They got the bus stop badly wrong. Skip the new stop and use the old one."),
        "contrary-to-decision",
    ),
    # 6.9
    (
        "adjective + noun insult",
        dict(text="Cllr Dunn is a nasty little hypocrite."),
        "personal-attack",
    ),
    ("disgrace aimed at a person", dict(text="Priya Dunn, you're a disgrace."), "personal-attack"),
    (
        "dehumanising group insult",
        dict(text="Whoever dumps rubbish on Mill Field: you filthy animals."),
        "personal-attack",
    ),
    (
        "veiled intimidation",
        dict(text="Say that to my face and we'll see how brave you are.", reply="Cole is a fraud"),
        "hostile-language",
    ),
    # 6.10
    (
        "fiddling accusation",
        dict(text="Norman Ives has been fiddling his expenses for years."),
        "unlawful-allegation",
    ),
    (
        "urging non-payment",
        dict(text="Don't pay the precept rise, they can't take all of us to court."),
        "unlawful-allegation",
    ),
    (
        "selling council property",
        dict(text="Council's got loads of spare paving in the depot, a fiver each, bring a van."),
        "unlawful-allegation",
    ),
    # G.2
    (
        "condescending reply",
        dict(text="Oh please. Do your homework before posting.", reply="You lot do nothing."),
        "escalation",
    ),
    (
        "intimidating reply",
        dict(text="Say that to my face.", reply="Owen Cole is all mouth."),
        "escalation",
    ),
    # G.3
    (
        "officer campaigning for a party",
        dict(text="Out leafleting for the Greens on Saturday!", author="p-clerk"),
        "politics-religion",
    ),
    (
        "insult mixed with party politics",
        dict(text="Anyone who voted Reform is a racist."),
        "politics-religion",
    ),
    # 4.3
    (
        "cross next to the candidate's name",
        dict(text="Put your cross next to Cole on Thursday!", at=IN_PERIOD),
        "digital-imprint",
    ),
    (
        "asking for your vote",
        dict(text="I'm asking for your vote on 4 May.", at=IN_PERIOD),
        "digital-imprint",
    ),
    # 5.1
    (
        "house sat empty",
        dict(text="Off to Crete tomorrow, so the house is sat empty till the 20th."),
        "privacy-exposure",
    ),
    ("nobody home", dict(text="Away all next week, nobody's home."), "privacy-exposure"),
    (
        "solitary routine",
        dict(text="I walk the dog every morning at 6 on my own."),
        "privacy-exposure",
    ),
    # 6.7 / 6.8
    (
        "pasted article",
        dict(text="It's paywalled so I've pasted the whole article below."),
        "copyright-material",
    ),
    (
        "pasted article is third-party content",
        dict(text="Copied it here from the Gazette: 'Play area row...'"),
        "third-party-content",
    ),
    # 6.5
    (
        "health phrase family",
        dict(text="Sid's off with his back again, hope the op goes well."),
        "confidential-information",
    ),
    # G.4
    (
        "fault left unrouted",
        dict(text="Yes, shocking isn't it.", reply=COMPLAINT),
        "resolution-route",
    ),
]

NEGATIVES = [
    (
        "open mind",
        dict(text="I haven't made up my mind on the play area; I want to hear from everyone."),
        "predetermination",
    ),
    (
        "no way of knowing",
        dict(text="No way of knowing yet what the play area will cost."),
        "predetermination",
    ),
    (
        "settled wording about no agenda item",
        dict(text="There will be no meeting in August, simple as that."),
        "predetermination",
    ),
    (
        "factual report of a decision",
        dict(text="The council voted to move the library bus stop."),
        "personal-opinion-as-council",
    ),
    ("a pint is not disrepute", dict(text="Had a pint after the match."), "disrepute"),
    ("wasted money is not drunkenness", dict(text="Money wasted on consultants."), "disrepute"),
    ("a price without council property", dict(text="Quiz tickets a fiver each."), "disrepute"),
    (
        "gritting by the surgery is not health",
        dict(
            text="Thanks to Sid for gritting by the school and the surgery.",
            author="p-clerk",
            **OFF,
        ),
        "confidential-information",
    ),
    (
        "explaining a procedure is not disclosure",
        dict(
            text="If you want to know how tenders work, you can ask how the cheapest bid is judged."
        ),
        "confidential-information",
    ),
    (
        "criticism of a party's record",
        dict(text="The Conservative government's cuts have been a disaster for villages."),
        "personal-attack",
    ),
    (
        "party policy criticism on a personal account",
        dict(text="Reform's plans would gut local services."),
        "politics-religion",
    ),
    ("thick snow", dict(text="Thick snow on Main Street this morning."), "personal-attack"),
    (
        "a church mentioned",
        dict(text="Great to see the church full for the carol service."),
        "hostile-language",
    ),
    (
        "calm reply",
        dict(text="Thanks, we'll keep you posted; do come to the meeting.", reply="Why so slow?"),
        "escalation",
    ),
    (
        "jibe at the author is not a concern",
        dict(text="Sorry you feel that way.", reply="Cllr Cole is useless, a disgrace."),
        "resolution-route",
    ),
    (
        "route given for a fault",
        dict(text="Report it to the borough, they fix them within a week.", reply=COMPLAINT),
        "resolution-route",
    ),
    (
        "imprint present",
        dict(
            text="Put your cross next to Cole! Promoted by Owen Cole, PO Box 1, Ashby S61 9XX.",
            at=IN_PERIOD,
        ),
        "digital-imprint",
    ),
    (
        "back from holiday",
        dict(text="Back from a week in Crete, catching up on emails."),
        "privacy-exposure",
    ),
]


test_family_fires = family_fires(POSITIVES)


@pytest.mark.parametrize(("label", "kwargs", "slug"), NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_family_stays_quiet(ctx, label, kwargs, slug):
    assert slug not in rules_raised(make_post(**kwargs), ctx), label


@pytest.mark.parametrize(
    ("keyword", "text", "hit"),
    [
        ("Mill Lane paddock", "the paddock behind mill lane", True),
        ("Church Lane toilets", "toilets on church lane", True),
        ("Mill Lane paddock", "mill lane is muddy, the paddock too far off", False),
        ("Washfield Lane", "lane near washfield", False),
    ],
)
def test_place_keywords_match_in_either_order(keyword, text, hit):
    pattern = keyword_pattern(keyword)
    assert pattern is not None
    assert bool(pattern.search(text)) is hit
