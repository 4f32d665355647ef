"""Review of session 6, fixer A: false alarms of offences, replies and signals, each with a
positive that shows its family still fires, and long posts of the shapes that were slow.

The sentences are the reviewer's, checked against the Ashby Green registers
(tests/policy/context.yaml). The long posts are checked for their findings, not timed: the
100,000-character times are in the review's notes.
"""

from __future__ import annotations

import pytest

from civicpost.policy import check

from .conftest import make_post, rules_alone

HOSTILE = {"hostile-language", "unlawful-allegation"}
ATTACK = {"personal-attack"}


def _rules(text, ctx, pack, **kw) -> set[str]:
    return {f.rule for f in check(make_post(text, **kw), ctx, pack).findings}


# ---- false alarms: (label, text, rules that must not be raised, extra post arguments) -------

NEGATIVES = [
    # 7: an order to ring or visit with no home or number of a person's (structures/offences.py)
    (
        "ring them on the hall's number",
        "Need the hall for a party? Give them a ring on 01709 812345, they're very helpful.",
        HOSTILE,
        {},
    ),
    (
        "ring them on the hall's number, official page",
        "Need the hall for a party? Give them a ring on 01709 812345, they're very helpful.",
        HOSTILE,
        {"kind": "official", "author": "p-clerk"},
    ),
    (
        "Santa lives in Lapland",
        "Santa lives in Lapland but he's at the Welfare on Saturday. Pay him a visit from 2pm!",
        HOSTILE,
        {},
    ),
    (
        "ring a body and tell them",
        "Rotherham are consulting on cutting the 19 bus. Ring them and tell them what you think!",
        HOSTILE,
        {},
    ),
    (
        "a visit with a birthday card",
        "Eileen Harrop lives on Station Road and turns 100 on Friday! If anyone wants to pay her a "
        "visit with a card, she'd love it.",
        HOSTILE | ATTACK,
        {},
    ),
    (
        "give the caretaker a ring",
        "Our new caretaker starts on Monday. Give him a ring on 07700 900123 if the hall heating "
        "plays up.",
        HOSTILE,
        {},
    ),
    # 8: a warning with no wrong in it
    (
        "I'll thank them properly",
        "If I find out who left the lovely flowers on the war memorial I'll thank them properly!",
        HOSTILE,
        {},
    ),
    (
        "I'll give them a hug",
        "If I catch whoever has been leaving painted stones by the school, I'll give them a big "
        "hug.",
        HOSTILE,
        {},
    ),
    (
        "your parcel is getting handed in",
        "Whoever left a parcel at the Reading Room, your parcel is getting handed in at the Co-op.",
        HOSTILE,
        {},
    ),
    # 9: smashing a target, a smashing pie, the midnight oil, a clean-up
    (
        "smashed our target",
        "These are the people who smashed our fundraising target for the defibrillator.",
        HOSTILE | ATTACK,
        {},
    ),
    (
        "burnt the midnight oil",
        "The people who burnt the midnight oil on the grant bid were Denise Carr and Jo Spurr - "
        "thank you!",
        HOSTILE | ATTACK,
        {},
    ),
    (
        "smashed the record",
        "The kids who smashed the sponsored walk record are the Bramall twins from Orchard Close. "
        "Well done!",
        HOSTILE | ATTACK,
        {},
    ),
    (
        "boys who cleared the fly-tipping",
        "Well done to Tracey Bramall's boys who cleared all the fly-tipping off Mill Lane on "
        "Saturday!",
        HOSTILE | ATTACK,
        {},
    ),
    (
        "lads shifting the dumped mattresses",
        "Huge thanks to Graham Lund's lads for shifting the dumped mattresses from the rec.",
        HOSTILE | ATTACK,
        {},
    ),
    (
        "the smashing mince pies",
        "Everyone knows it's Wendy Hale who bakes the smashing mince pies for the carol service!",
        HOSTILE | ATTACK,
        {},
    ),
    (
        "behind the smashing lights",
        "We all know who's behind the smashing Christmas lights this year - Eileen Harrop! Thank "
        "you.",
        HOSTILE | ATTACK,
        {},
    ),
    # 10: helping themselves, said of residents and volunteers
    (
        "helped themselves to the free compost",
        "Great turnout at the open day, residents helped themselves to the free compost and "
        "plants.",
        HOSTILE | ATTACK,
        {},
    ),
    (
        "volunteers helping themselves from the kitchen",
        "The volunteers were helping themselves from the hall kitchen after the litter pick, as "
        "they should!",
        HOSTILE | ATTACK,
        {},
    ),
    # 11: a wink or "careful" about good deeds
    (
        "what you've been doing for the food bank 😉",
        "We all know what you've been doing for the food bank this year 😉 Nominations for the "
        "community award close Friday!",
        HOSTILE | ATTACK,
        {},
    ),
    (
        "careful, you'll win best in show",
        "Everyone knows what he's been up to on the allotments - careful, Colin, you'll win best "
        "in show again!",
        HOSTILE | ATTACK,
        {},
    ),
    # 12: sorting out hedges and comments properly
    (
        "sort the hedges out properly",
        "The hedges on Church Lane are overgrown again; someone needs to sort them out properly "
        "before the fete.",
        HOSTILE,
        {},
    ),
    (
        "deal with the comments properly",
        "Thanks for all the comments on the play area; we will deal with them properly at the "
        "next meeting.",
        HOSTILE,
        {},
    ),
    # 13: lost keys
    (
        "keys down the side of the bench",
        "Found: a set of car keys down the side of the bench by the pavilion. Ask at the shop.",
        HOSTILE,
        {},
    ),
    # 14: a belt for Christmas
    (
        "getting a belt for Christmas",
        "Dad is impossible to buy for, so he's getting a belt for Christmas again.",
        HOSTILE,
        {},
    ),
    # 16: faiths praised, the poster's own dates
    (
        "some communities pull together",
        "The mosque and St Helen's ran the food bank together again; some communities really do "
        "pull together.",
        HOSTILE,
        {},
    ),
    (
        "eaten all the dates 🙄",
        "Ramadan starts tomorrow and I've already eaten all the dates in the house 🙄",
        HOSTILE,
        {},
    ),
    # 17: doing it ourselves, a job or an event
    (
        "we'll do the gala ourselves, anyone who can help",
        "The council can't run the gala this year, so we'll do it ourselves - anyone who can help, "
        "message me.",
        HOSTILE,
        {},
    ),
    (
        "we'll clear the snow ourselves",
        "The borough won't grit Church Lane, so we'll clear the snow off the path ourselves on "
        "Saturday. Shovels welcome!",
        HOSTILE,
        {},
    ),
    (
        "we'll move the benches ourselves",
        "No funding for new seats this year, so we'll move the old benches ourselves before the "
        "fete.",
        HOSTILE,
        {},
    ),
    # 21: bodies and Jack Frost shamed
    ("shame on a borough", "Rotherham have cut the 19 bus. Shame on them.", ATTACK, {}),
    ("shame on a bus firm", "First Bus have cut the 19 again. Shame on them.", ATTACK, {}),
    ("shame on Jack Frost", "Shame on Jack Frost for the icy paths this morning!", ATTACK, {}),
    # 24g, 24h, 24i (structures/replies.py)
    (
        "our volunteer Facebook experts",
        "Our volunteer Facebook experts will be at the library drop-in on Tuesday to help anyone "
        "get online.",
        ATTACK,
        {},
    ),
    (
        "grandson asleep on Santa's knee",
        "Keith Dawson's little grandson fell asleep on Santa's knee at the grotto, bless.",
        ATTACK,
        {},
    ),
    (
        "asleep before the fireworks",
        "Wendy Hale was fast asleep by the time the fireworks started, what a night!",
        ATTACK,
        {},
    ),
    (
        "some of us work shifts",
        "Some of us work shifts, so could the surgery be on a Saturday now and then?",
        ATTACK,
        {},
    ),
    (
        "some of us have been litter picking",
        "Some of us have been out litter picking all morning - join us at 2pm!",
        ATTACK,
        {},
    ),
]


@pytest.mark.parametrize("label,text,forbidden,kw", NEGATIVES, ids=[n[0] for n in NEGATIVES])
def test_false_alarm_gone(ctx, pack, label, text, forbidden, kw):
    assert not _rules(text, ctx, pack, **kw) & forbidden, label


HEATED = "USELESS council, disgrace"

# ---- the families still fire: (label, text, rule expected, extra post arguments) ------------

POSITIVES = [
    (
        "visit ordered, home given",
        "He lives at 3 Rother View. Pay him a visit 😡",
        "hostile-language",
        {},
    ),
    (
        "ring her, her number given",
        "Her number's 07700 900123. Ring her and tell her what you think!",
        "hostile-language",
        {},
    ),
    (
        "a word with her, home given",
        "She lives at 41 Mill Lane, if anyone wants to have a word with her 🙃",
        "hostile-language",
        {},
    ),
    (
        "warned: break their legs",
        "If I find out which of the Station Road lot keyed my car I'll break their legs.",
        "unlawful-allegation",
        {},
    ),
    (
        "warned: through their letterbox",
        "If I find out whose dog it is, it's going through their letterbox.",
        "hostile-language",
        {},
    ),
    (
        "culprits: setting the bins alight",
        "These are the lads who've been setting the bins alight.",
        "unlawful-allegation",
        {},
    ),
    (
        "kin caught smashing the bench",
        "Kelly Staniforth's lads on the rec again smashing the bench.",
        "unlawful-allegation",
        {},
    ),
    (
        "the lads who burnt out the bench",
        "The lads who burnt out the bench are the Bramall kids from the Crescent.",
        "unlawful-allegation",
        {},
    ),
    (
        "answered: smashing the bus shelter",
        "Everyone knows it's Graham Lund who's been smashing the bus shelter. Shop him.",
        "unlawful-allegation",
        {},
    ),
    (
        "helping herself to the petty cash",
        "Sharon Mellor has been helping herself to the petty cash again.",
        "unlawful-allegation",
        {},
    ),
    (
        "up to, with a smirk",
        "Keep talking, we all know what you were up to at the Arms 😏",
        "unlawful-allegation",
        {},
    ),
    (
        "sort them out with a fist",
        "The lads who did it want sorting out. Someone should sort them out 👊",
        "hostile-language",
        {},
    ),
    ("sort him out properly", "The lads need to sort him out properly.", "hostile-language", {}),
    (
        "keys down the side of his car",
        "A few keys down the side of his car might teach him.",
        "unlawful-allegation",
        {},
    ),
    ("a good belt", "When I catch you you're getting a good belt.", "hostile-language", {}),
    (
        "an eye-roll at Eid lights",
        "They're putting up Eid lights on the green now 🙄",
        "hostile-language",
        {},
    ),
    (
        "funny how ... some communities",
        "Funny how some communities get a new mosque but we can't get a bus.",
        "hostile-language",
        {},
    ),
    (
        "do it ourselves, about people",
        "Shift the travellers off the field and we'll do it ourselves 👊",
        "hostile-language",
        {},
    ),
    (
        "shame on her",
        "Kelly Staniforth's dog fouled the play area again. Shame on her.",
        "personal-attack",
        {},
    ),
    (
        "dozing through the precept debate",
        "Stu Fairbrother was half asleep thru the whole precept debate 😴",
        "personal-attack",
        {},
    ),
    (
        "some of us, in a reply",
        "Here we go. Some of us actually do things round here.",
        "personal-attack",
        {"reply": HEATED},
    ),
    (
        "Facebook expert",
        "Just another Facebook expert who hasn't read the plans.",
        "personal-attack",
        {},
    ),
]


@pytest.mark.parametrize("label,text,rule,kw", POSITIVES, ids=[p[0] for p in POSITIVES])
def test_family_still_fires(ctx, label, text, rule, kw):
    assert rule in _rules(text, ctx, rules_alone(), **kw), label


# ---- long posts of the shapes that were slow: the same clauses as a short post ---------------

# (label, unit repeated, ending, extra post arguments): the ending gives the post a finding
LONG_SHAPES = [
    (
        "do it ourselves, bonfire, one sentence",
        "we'll sort it ourselves for the bonfire ",
        ". Shift the travellers off the field and we'll do it ourselves 👊",
        {},
    ),
    (
        "do it ourselves, bonfire, sentences",
        "we'll do it ourselves, bonfire. ",
        "Shift the travellers off the field and we'll do it ourselves 👊",
        {},
    ),
    ("kin, not a name", "Abc Defgh's lads ", ". Kelly Staniforth's lads smashing the bench.", {}),
    ("kin, one sentence", "Kelly Staniforth's lads ", "on the rec again smashing the bench.", {}),
    ("some people are animals", "some people are just animals ", ". You lot are animals.", {}),
    ("some people are animals, sentences", "Some people are just animals. ", "", {}),
    (
        "instead of moaning, a reply",
        "instead of moaning ",
        "",
        {"reply": "USELESS council disgrace"},
    ),
    (
        "instead of moaning, sentences",
        "Instead of moaning. ",
        "",
        {"reply": "USELESS council disgrace"},
    ),
    ("instead of moaning, no reply", "instead of moaning ", " 🙄", {}),
    ("before complaining", "read it before complaining ", " 🙄", {}),
]


def _clauses(text, ctx, pack, **kw) -> set[str]:
    """The clauses the rules find; the "reads-as" heads weigh the whole post, so its length."""
    findings = check(make_post(text, **kw), ctx, pack).findings
    return {f.clause for f in findings if not f.rule.startswith("reads-as-")}


@pytest.mark.parametrize("label,unit,end,kw", LONG_SHAPES, ids=[s[0] for s in LONG_SHAPES])
def test_long_post_same_clauses(ctx, label, unit, end, kw):
    # the rules alone: the heads may read a long post differently, and their vetoes with them
    short = unit * (400 // len(unit) + 1) + end
    long = unit * (20_000 // len(unit) + 1) + end
    pack = rules_alone()
    assert _clauses(long, ctx, pack, **kw) == _clauses(short, ctx, pack, **kw), label
