"""Table-driven tests for the eighth round, lane A: 6.9, 6.10 and G.2.

Families: digs at a person without an insult word (honesty or competence doubted: "wouldn't
trust him with ...", "wouldn't know a budget if it bit her"; useless by implication: "same as
when she's in"; an absence mocked; a verdict on a whole term: "a disaster since she got
elected"; drinking blamed for a failing; "grow up"; a correction with a patronising endearment;
expertise mocked by where it was found: "another Facebook expert"); a person shamed by name;
harm told to the culprit ("when I catch you you're getting battered"); others urged to sort
someone out with a fist; readers invited to call on someone whose home is given; misconduct
insinuated with a smirk ("we all know what you were up to"); culprits described, then named
("the lads who ... are the Ives boys"); "you got sacked for nicking"; a faith's people othered
by a pronoun in capitals ("for THEM") or the country said to be given over ("who this
country's for now"); a double standard set between festivals. Every case is written for the
Ashby Green test registers (tests/policy/context.yaml); hard negatives sit next to the
positives.
"""

from __future__ import annotations

import pytest

from .conftest import family_fires, make_post, rules_raised

HEATED = "The parish council never listens. Total waste of our money."

POSITIVES = [
    # 6.9: digs without an insult word
    (
        "wouldn't trust a named person with",
        dict(text="Honestly I wouldn't trust Sid with the keys to a garden shed."),
        "personal-attack",
    ),
    (
        "wouldn't trust him as far as",
        dict(text="New treasurer? Wouldn't trust him as far as I could throw him."),
        "personal-attack",
    ),
    (
        "same as when she's in",
        dict(text="Clerk's off this week so no emails will get answered, same as when she's in 😂"),
        "personal-attack",
    ),
    (
        "wouldn't know a budget if it bit her",
        dict(text="She wouldn't know a balanced budget if it bit her on the nose."),
        "personal-attack",
    ),
    (
        "absence mocked",
        dict(
            text="Owen hasn't been to a meeting since June. Alright for some 🙄",
            author="p-cllr-dunn",
            display_name="Priya Dunn",
        ),
        "personal-attack",
    ),
    (
        "a disaster since elected",
        dict(text="Honestly she's been a disaster since she got elected."),
        "personal-attack",
    ),
    (
        "a nightmare since elected, in a reply: G.2",
        dict(text="Yep, he's been a nightmare since he got in", reply=HEATED),
        "escalation",
    ),
    (
        "drinking blamed for a failing",
        dict(
            text="Warden's been propping up the Plough bar all week, no wonder the verges "
            "are a mess 🍺"
        ),
        "personal-attack",
    ),
    (
        "grow up, as a sentence",
        dict(text="Who keeps tipping grass cuttings behind the hall?! Grow up. It's not hard."),
        "personal-attack",
    ),
    (
        "get your facts right love",
        dict(text="Get your facts right love, the bus stop moved in October.", reply=HEATED),
        "personal-attack",
    ),
    (
        "another Facebook expert",
        dict(text="Go on then. Or are you just another Facebook expert 🙄", reply=HEATED),
        "personal-attack",
    ),
    (
        "shamed by name",
        dict(text="Shame on Norman Ives for spreading rubbish about the hall charges."),
        "personal-attack",
    ),
    # 6.9 / 6.10: harm, vigilantes, visits
    (
        "harm told to the culprit",
        dict(
            text="Someone keeps smashing the hall windows. I know who you are and when I "
            "catch you you're getting battered."
        ),
        "hostile-language",
    ),
    (
        "harm told to the culprit, 6.10",
        dict(
            text="Someone keeps smashing the hall windows. I know who you are and when I "
            "catch you you're getting battered."
        ),
        "unlawful-allegation",
    ),
    (
        "someone should sort them out, with a fist",
        dict(text="The kids who wrecked the planters want naming. Someone should sort them out 👊"),
        "hostile-language",
    ),
    (
        "someone should sort them out, with a fist, 6.10",
        dict(text="The kids who wrecked the planters want naming. Someone should sort them out 👊"),
        "unlawful-allegation",
    ),
    (
        "a word with someone whose home is given",
        dict(
            text="The woman who moaned about my hedge lives at 12 Quarry Lane, if anyone "
            "fancies having a word with her 🙃"
        ),
        "hostile-language",
    ),
    # 6.9 / 6.10: insinuation and culprits
    (
        "we all know what you were up to",
        dict(text="Keep talking Norman, we all know what you were up to at the Plough 😏"),
        "personal-attack",
    ),
    (
        "we all know what you were up to, 6.10",
        dict(text="Keep talking Norman, we all know what you were up to at the Plough 😏"),
        "unlawful-allegation",
    ),
    (
        "culprits described, then named",
        dict(text="The lads who burnt the bus shelter are the Ives boys from Quarry Lane."),
        "unlawful-allegation",
    ),
    (
        "you got sacked for nicking",
        dict(
            text="Everyone knows you got sacked from the garage for nicking, so maybe sit "
            "this one out.",
            reply=HEATED,
        ),
        "unlawful-allegation",
    ),
    # 6.9: a faith's people othered
    (
        "for THEM, and who this country's for",
        dict(
            text="Carols cancelled but a prayer room at the leisure centre for THEM. Tells "
            "you who this country's for now."
        ),
        "hostile-language",
    ),
    (
        "a double standard between festivals",
        dict(
            text="Happy Eid 🌙 though funny how loudspeakers are fine for some festivals but "
            "we can't have the brass band after nine 🤔"
        ),
        "hostile-language",
    ),
]

NEGATIVES = [
    (
        "wouldn't trust a thing",
        dict(text="I wouldn't trust that old ladder with anyone's weight on it, get a new one."),
        {"personal-attack"},
    ),
    (
        "wouldn't trust the forecast",
        dict(text="Wouldn't trust the forecast with a picnic planned, bring a brolly."),
        {"personal-attack"},
    ),
    (
        "this council wouldn't know: the body, not a person",
        dict(text="This council wouldn't know a good idea if it hit it, and I sit on it."),
        {"personal-attack"},
    ),
    (
        "absence explained kindly",
        dict(
            text="Owen hasn't been to a meeting since June as he's been in hospital; get "
            "well soon Owen.",
            author="p-cllr-dunn",
            display_name="Priya Dunn",
        ),
        {"personal-attack"},
    ),
    (
        "the traffic's been a nightmare since",
        dict(text="The traffic's been a nightmare since the roadworks started on Main Street."),
        {"personal-attack"},
    ),
    (
        "propping up the bar, a retirement toast",
        dict(text="Sid's been propping up the Plough bar since 1980. Happy retirement, mate!"),
        {"personal-attack"},
    ),
    (
        "when I grow up",
        dict(text="When I grow up I want to be the clerk, says Lily aged six 😊"),
        {"personal-attack"},
    ),
    (
        "kids grow up fast",
        dict(text="Kids grow up so fast. Last fete with the little ones before big school!"),
        {"personal-attack"},
    ),
    (
        "a kind endearment without a correction",
        dict(text="Thanks love, the facts sheet is at the hall if you want it.", reply=HEATED),
        {"personal-attack"},
    ),
    (
        "no Facebook expert: modesty",
        dict(text="I'm no Facebook expert but the new page looks smart. Well done all."),
        {"personal-attack"},
    ),
    (
        "shame on the government",
        dict(text="Shame on the government for cutting the rural bus grant."),
        {"personal-attack"},
    ),
    (
        "shame on a firm",
        dict(text="Shame on Northern Rail for cancelling the 7.10 again."),
        {"personal-attack"},
    ),
    (
        "a slap on the wrist",
        dict(text="Park on the zigzags and you'll get a slap on the wrist from the warden."),
        {"hostile-language", "unlawful-allegation"},
    ),
    (
        "someone should sort the bins out",
        dict(text="Bins on Main Street are overflowing again, someone should sort them out."),
        {"hostile-language", "unlawful-allegation"},
    ),
    (
        "a word with the clerk at the hall",
        dict(
            text="If anyone wants to have a word with the Clerk about allotments, she's in the "
            "hall on Tuesdays."
        ),
        {"hostile-language", "unlawful-allegation"},
    ),
    (
        "a word with someone whose home is given: 6.9 only",
        dict(
            text="The woman who moaned about my hedge lives at 12 Quarry Lane, if anyone "
            "fancies having a word with her 🙃"
        ),
        {"unlawful-allegation"},
    ),
    (
        "we all know what you were up to: baking",
        dict(text="We all know what you were up to all weekend, Wendy: baking for the fete! 🎂"),
        {"personal-attack", "unlawful-allegation"},
    ),
    (
        "the lads caught by police",
        dict(
            text="The lads who burnt the bus shelter were caught on Friday; police have it in hand."
        ),
        {"unlawful-allegation", "personal-attack"},
    ),
    (
        "if you get sacked for pinching",
        dict(text="If you get sacked for pinching from work you lose your pension, simple."),
        {"unlawful-allegation"},
    ),
    (
        "fireworks fine for Bonfire Night",
        dict(text="Fireworks are fine for Bonfire Night and Diwali, but please warn the stables."),
        {"hostile-language"},
    ),
]

_LANE = {"hostile-language", "personal-attack", "unlawful-allegation", "escalation"}


test_family_fires = family_fires(POSITIVES)


@pytest.mark.parametrize("case", NEGATIVES, ids=[c[0] for c in NEGATIVES])
def test_near_miss_stays_quiet(ctx, case):
    label, kwargs = case[0], case[1]
    quiet = case[2] if len(case) > 2 else _LANE
    assert not rules_raised(make_post(**kwargs), ctx) & quiet, label
