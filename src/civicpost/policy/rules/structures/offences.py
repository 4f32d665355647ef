"""Clauses 6.10, 6.3 and 6.6: offences advised, owned up to, urged or alleged, a culprit pointed
out, and someone singled out without a name.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ...detectors.lexicon import compile_word_starts
from ..base import Checking, once_per_post, once_per_sentence
from ._common import _OFFENCE, _OFFENCE_ACT, OBSTRUCT, _light, _search

# ---- 6.6 / 6.10: someone singled out without a name -------------------------------------------

# "a certain colleague", "the same councillor", "only one person has the key": a reference that
# picks out one identifiable person among a few, the usual vehicle of an insinuation.
SINGLED_OUT = re.compile(
    r"\b(?:a certain|the same|one particular|that particular) (?:colleague|councillor|member|"
    r"officer|clerk|cllr)s?\b|\bonly one (?:person|councillor|officer|member) (?:has|had|holds|"
    r"with|who)\b"
)


def singled_out(c: Checking) -> tuple[int, int, str] | None:
    """Clauses 6.6 and 6.10: a councillor or officer singled out without being named."""
    return _search(c, SINGLED_OUT)


# ---- 6.9 / 6.10 (round 10, lane A): doing it ourselves, about an event ---------------------

# "We'll do it ourselves" about an event or a job the council will not do ("no bonfire this year
# ... bring your pallets, we'll do it ourselves", "council won't cut the verge so we'll sort it
# ourselves", "we'll clear the snow off the path ourselves") is self-help, not vigilantism; with
# people to be dealt with in its sentence ("shift the travellers off ... and do it ourselves",
# "find the lads and we'll sort it ourselves") it still is.
_DIY = compile_word_starts(
    r"\b(?:do|sort) it (?:all )?(?:ourselves|myself)\b|"
    r"\b(?:shift|move|clear|sort|get rid of)\b[^.!?]{0,60}\b(?:ourselves|myself)\b"
)
_DIY_EVENT = re.compile(
    r"\b(?:bonfire|fireworks?|rockets|display|party|parties|gala|fete|litter[- ]?pick|pallets|"
    r"barbecue|bbq|sausages|lanterns?|bunting|grass|verges?|hedges?|paint\w*|planters?|"
    r"flowers|bulbs|repairs?|clean[- ]?up|tidy|snow|ice|leaves|benches|bench|chairs|tables|"
    r"rubbish|litter|path|gutters?|drains?|dyke)\b"
)
_DIY_PEOPLE = re.compile(
    r"\b(?:them|they|him|travellers?|lads|kids|yobs|youths|culprits?|whoever|police|"
    r"shift (?:them|those)|chase|kick|turf|drive)\b|\U0001f44a"
)


def _diy_people(c: Checking, s: int, e: int) -> bool:
    return _DIY_PEOPLE.search(c.post.text[s:e].lower()) is not None


def first_vigilante(c: Checking, lexicon: str) -> tuple[int, int, str] | None:
    """The first hit of a vigilante or incitement lexicon, passing over "do it ourselves" (or
    "clear the snow ourselves") said of an event or a job rather than of people in its
    sentence."""
    event = None
    for hit in c.find(lexicon):
        if _DIY.search(hit[2].lower()):
            if event is None:
                event = _DIY_EVENT.search(_light(c)) is not None
            if event and not once_per_sentence(
                c, "_diy_people", c.sentence_of(hit[0]), _diy_people
            ):
                continue
        return hit
    return None


# ---- 6.10 / 6.3: advice to break the law, a culprit pointed out -------------------------------

# Advice to do something unseen ("just leave it round the back after dark, nobody checks").
_COVERT = re.compile(
    r"\b(?:after dark|nobody checks|no one checks|no-one checks|on the quiet|on the sly|"
    r"(?:nobody|no one|no-one)(?:'ll| will) (?:know|notice|check|see|find out)|"
    r"while (?:nobody|no one|no-one)'?s looking|(?:you )?won'?t get caught|don'?t get caught|"
    # round 19: "nobody's checking this week", "they can't prove owt"
    r"(?:nobody|no one|no-one)(?:'s| is) checking|they can'?t prove (?:owt|anything|a thing)|"
    # "lock-in at the Wheatsheaf tonight after time 🤫 don't tell the licensing lot!"
    r"don'?t tell (?:the )?(?:licensing|police|coppers|taxman|hmrc|dvla))\b"
)
# Every form of _COVERT contains one of these (a cheap test before it).
_COVERT_KEYS = (
    "after dark", "checks", "on the quiet", "on the sly", "nobody", "no one", "no-one", "looking",
    "get caught", "checking", "prove", "tell",
)  # fmt: skip
_ADVICE = re.compile(
    r"\b(?:just|pro tip|top tip|tip:|you can|you could|best to|easiest to|easiest way)\b|"
    # round 19: "Not on the register? Sign anyway, nobody checks 😉"
    r"\b(?:sign|do it|go for it|crack on|fill it in|put your name down)(?: \w+){0,3} anyway\b|"
    # "water your veg after dark like I do", "bottom of Mill Lane, everybody else has"
    r"\blike i do\b|\b(?:everybody|everyone) else (?:has|does|did)\b|\bdon'?t tell\b"
)
# A person pointed out as the culprit of an offence ("this is the man who dumped ...").
CULPRIT = re.compile(
    r"\b(?:this|that|he|she|here) (?:is|'s|was) the (?:bloke|man|woman|lad|lass|guy|fella|person|"
    r"one|lot|family|kid|kids|idiot|scumbag) (?:who|that)\b[^.!?]{0,30}\b(?:dumped|fly-?tipped|"
    r"stole|nicked|smashed|vandalised|broke into|keyed|burgled|robbed|attacked|assaulted|"
    r"set fire|torched|graffitied|tagged|damaged|wrecked)\b"
)


# An offence owned up to or winked at through a euphemism in scare quotes ("'liberated' a few
# barriers", "if the sign 'accidentally' fell in the canal").
_WINKED = re.compile(
    r"[\"'](?:accidentally|accidental|by accident|borrowed|borrowing|borrow|liberated|liberate|"
    r"acquired|fell off|went missing|go missing|goes missing|relocated|redistributed)[\"']"
)
_DRINK_KEYS = (
    "pint", "beer", "bevv", "jar", "drink", "wine", "shot", "cans", "jaeger", "vodka", "whisk",
    "gin", "cider", "lager",
)  # fmt: skip
_DODGE_KEYS = (
    "tax", "vat", "hmrc", "revenue", "badge", "pass", "permit", "cash job", "cash in hand", "rates",
    "benefits", "dvla", "insurance",
)  # fmt: skip
# Dodging tax, or using someone else's badge or pass: "off the books, HMRC won't find out".
_DODGE = compile_word_starts(
    r"\b(?:the )?(?:taxman|tax ?man|vat ?man|revenue|hmrc)(?:'ll never| will never| won'?t| wont|"
    r" will not| never| needn'?t| need never| doesn'?t need to) (?:know|find out|notice|"
    r"be any the wiser)\b|\bno (?:invoice|receipt)s?,? "
    r"no vat\b|\bcash jobs? only\b|"
    r"\b(?:using|use|borrow|borrowing|borrowed|pinch|nick) (?:my |me |your |ya |yer |his |her |"
    r"their )?(?:mam|mum|nan|gran|dad|grandad|wife|"
    r"husband|mother|father|neighbour|mate|brother|sister|late \w+)'?s (?:blue badge|disabled "
    r"badge|bus pass|parking permit|disabled pass)\b|"
    # cash in hand to keep it off the books ("cash in hand, no invoice? saves all the VAT faff")
    r"\bcash in hand,? (?:and )?no (?:invoice|receipt|paperwork)s?\b|"
    r"\b(?:saves?|dodges?|dodging|swerves?|swerving) (?:all )?(?:the |paying (?:the )?)?"
    r"(?:vat|tax)\b|"
    # an office that "never checks" a form ("the business rates people never check")
    r"\b(?:rates|tax|vat|benefits|dvla|insurance|council tax) (?:people|lot|office|man|"
    r"inspectors?) (?:never|don'?t|won'?t|wont|do not|will never|never ever) (?:check|look|"
    r"find out|notice|ask)\b"
)
# Things that belong to someone else, taken or damaged in the euphemism's sentence.
_PROPERTY = re.compile(
    r"\b(?:cameras?|cctv|signs?|benches|bench|barriers?|cones?|bins?|planters?|lights?|fenc\w*|"
    r"gates?|equipment|tools?|ladders?|road ?works|council|depot|skips?|bollards?|trolleys?|"
    r"pallets?|bricks|slabs|paving|railings|plants|flowers|trees?|signs?|posters?|banners?|"
    r"bunting|diesel|fuel|timber|sandbags?|grit|salt)\b"
)
# Ideas "borrowed" from the internet are not property.
_FROM_ONLINE = re.compile(
    r"\W*from (?:pinterest|google|online|the internet|facebook|instagram|twitter|tiktok|youtube|"
    r"a friend|a neighbour|my \w+|\w+'s (?:page|blog|recipe|post))\b"
)
# Drinking and then driving others home ("three jars then ran the girls back").
_DRINKS = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a few|several|a couple of|few) "
    r"(?:pints|beers|bevvies|jars|drinks|glasses of wine|shots|cans|bottles of wine|jaegers?|"
    r"vodkas?|whiskies|whiskeys|gins|ciders|lagers)\b"
)
_DROVE_HOME = re.compile(
    r"\b(?:got|drove|ran|took|dropped|ferried|gave) (?:the lads|the girls|the kids|everyone|them|"
    r"us|him|her|the wife|the missus|me mates|my mates|the team|the lot|the lot of them|the \w+)"
    r" (?:home|back|a lift)\b|\broads? (?:was|were) (?:dead|empty|quiet|clear)\b|"
    r"\b(?:no|not a) (?:coppers?|police|cops|plod) (?:about|around|in sight|out)\b"
)


# Round 19: a vehicle driven for fun on a park or path ("tested the new path at the rec 🤣
# handbrake turns 10/10"): criminal damage and dangerous driving. Doughnuts need a verb, so that
# doughnuts at the rec's cake stall are not one.
_STUNT = re.compile(
    r"\bhandbrake turns?\b|\b(?:doing|did|done|pulling|pulled) (?:some |a few |a couple of )?"
    r"(?:doughnuts|donuts|wheel ?spins)\b|\bwheel ?spins? (?:on|across|round|all over)\b"
)
_STUNT_KEYS = ("handbrake", "doughnut", "donut", "spin")
# ... done by the poster: someone else seen doing it, or reported, is not an offence owned up to
_SOMEONE_ELSE = re.compile(
    r"\b(?:he|she|they|someone|somebody|fella|bloke|lads?|kids|youths?|idiots?|drivers?|"
    r"boy racers?|keeps|reported|101|police)\b"
)
_GROUND = re.compile(
    r"\b(?:rec|park|paths?|footpath|pitch|playing fields?|field|green|grass|verges?|play area|"
    r"pavements?|bowling green|cricket square)\b"
)


def covert_offence(c: Checking) -> tuple[int, int, str] | None:
    """Clauses 6.10 and 6.3: advice on getting away with something ("just ... after dark,
    nobody checks"): encouraging an offence; an offence winked at through a euphemism in scare
    quotes ("'liberated' a few barriers", "if the sign 'accidentally' fell in the canal");
    drinks with driving others home ("three jars then ran the girls back"); dodging tax ("HMRC
    won't find out") or using someone else's blue badge; handbrake turns on the rec."""
    light = _light(c)
    hit = _search(c, _COVERT) if any(k in light for k in _COVERT_KEYS) else None
    if hit and _ADVICE.search(light):
        return hit
    if "'" in light or '"' in light:
        property_in = {}  # per sentence: one search each, however many winks it holds
        for m in _WINKED.finditer(light):
            span = c.sentence_of(c.text.light.span(m.start(), m.end())[0])
            if span not in property_in:
                sentence = c.post.text[span[0] : span[1]].lower()
                property_in[span] = _PROPERTY.search(sentence) is not None
            if property_in[span] and not _FROM_ONLINE.match(light, m.end()):
                return c.light_hit(m)
    if any(k in light for k in _DRINK_KEYS) and _DRINKS.search(light) and _DROVE_HOME.search(light):
        return _search(c, _DRINKS)
    if any(k in light for k in _STUNT_KEYS) and _STUNT.search(light) and _GROUND.search(light):
        hit = _search(c, _STUNT)
        if hit and not _SOMEONE_ELSE.search(c.post.text[slice(*c.sentence_of(hit[0]))].lower()):
            return hit
    if any(k in light for k in _DODGE_KEYS):
        hit = _search(c, _DODGE)
        if hit:
            return hit
    if "return" in light or "spending" in light:
        hit = _search(c, _RETURN_DODGE)
        if hit and _RETURN.search(light) and _CAMPAIGN.search(light):
            return hit
    if "polling card" in light:
        hit = _search(c, _PERSONATION)
        if hit:
            return hit
    # round 18: prescription drugs or goods with no questions asked, offered for money
    if any(k in light for k in _FOR_MONEY_KEYS) and _FOR_MONEY.search(light):
        return _search(c, _DRUGS) or _search(c, _NO_QUESTIONS)
    return None


# Round 18: prescription-only or controlled drugs offered for money ("load of co-codamol and
# diazepam going spare. Fiver a strip, DM me"), and goods offered "no receipts, no questions"
# (handling stolen goods). "Pick up your co-codamol from the chemist" offers nothing; "no
# questions asked" on an amnesty for library books asks no money.
_DRUGS = re.compile(
    r"\b(?:co-?codamol|codeine|diazepam|valium|tramadol|xanax|oxycodone|oxycontin|morphine|"
    r"pregabalin|gabapentin|zopiclone|temazepam|sleeping (?:tablets|pills)|prescription "
    r"(?:meds|tablets|pills|painkillers))\b"
)
_NO_QUESTIONS = re.compile(
    r"\bno (?:receipts?|paperwork|box(?:es)?),? (?:and )?no questions\b|\bno questions asked\b|"
    r"\bfell off the back of a (?:lorry|van|wagon)\b"
    # round 19: "lead flashing going cheap, don't ask where from 😉"
    r"|\bdon'?t ask (?:me )?where (?:from|(?:it|they|i got (?:it|them)) (?:came|come) from)\b"
)
_FOR_MONEY = re.compile(
    r"£ ?\d|\b(?:fiver|tenner|quid|a strip|each|dm me|inbox me|pm me|message me|going spare|"
    r"for sale|selling|cheap)\b"
)
_FOR_MONEY_KEYS = (
    "£", "fiver", "tenner", "quid", "strip", "each", "dm", "inbox", "pm me", "message me", "spare",
    "sale", "selling", "cheap",
)  # fmt: skip


# Round 7, lane a3: election offences owned up to or advised. Campaign spending left off the
# return on purpose ("not putting that on any return, nobody checks", "didn't bother putting the
# Facebook ads on", "so it don't go on my return"): a false or incomplete return is an offence
# (RPA 1983 s.82). Needs a return in the post and a campaign cost; "haven't put my tax return
# in yet" is neither.
_RETURN_DODGE = re.compile(
    r"\b(?:not|never|didn'?t|won'?t|wont|ain'?t|isn'?t)(?: (?:be|bother(?:ing|ed)?|going to|"
    r"gonna))? (?:putting|put|declaring|declare|including|include|listing|adding|add)\b"
    r"[^.!?\n]{0,50}?\b(?:on|in|down)\b|\bso (?:it|they|that) (?:don'?t|doesn'?t|won'?t|never|"
    r"isn'?t|aren'?t) (?:go|goes|going|show|shows|appear|count)(?: up)? (?:on|in) (?:my|the|his|"
    r"her|our|any) (?:spending )?return\b|\bleft (?:it|them|that|those|the \w+(?: \w+)?) off "
    r"(?:my|the|his|her|our) (?:spending )?return\b"
)
_RETURN = re.compile(
    r"\b(?:spending|election|expenses?|candidate'?s?|my|any|the|his|her|our) returns?\b|"
    r"\bspending (?:form|return|limit)\b"
)
_CAMPAIGN = re.compile(
    r"\b(?:ads?|adverts?|advertising|boost\w*|leaflets?|election|elections|candidate|agent|"
    r"campaign\w*|parish seat|imprint|spending)\b"
)
# Voting in another's name with their polling card ("take their polling card down and vote for
# them"): personation (RPA 1983 s.60). Collecting a neighbour's card for them to vote is not.
_PERSONATION = re.compile(
    r"\b(?:take|took|taking|use|used|using|bring|brought) (?:their|his|her|your \w+'?s|my \w+'?s|"
    r"someone(?: else)?'?s|the neighbour'?s|a neighbour'?s) polling cards?\b[^.!?\n]{0,40}"
    r"\bvote (?:for|as|instead of|in place of|on behalf of) (?:them|him|her)\b|"
    # round 18: someone's unused card used for them ("if your nan's not using her polling card
    # I'm sure she won't mind you popping in for her")
    r"\b(?:not|never|isn'?t|won'?t be|wont be) (?:using|use|need|needing) (?:his|her|their|"
    r"the) polling cards?\b[^.!?\n]{0,60}\b(?:popping|pop|going|go|nipping|nip) (?:in |down |"
    r"along |over )?(?:for|instead of|as) (?:him|her|them)\b"
)


def culprit(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.10: someone shown or described as the culprit of an offence, without proof: a
    libel risk whether or not the person is named. Round 10, lane A: several pointed out ("these
    are the lads who've been setting the bins alight"), or a named person's children caught in
    the act ("Kelly Staniforth's lads on the rec again smashing the bench")."""
    return _search(c, CULPRIT) or _search(c, _CULPRITS) or _kin_culprit(c)


# "Smashed it", "smashed the sponsored walk record" and "the smashing mince pies" are triumphs
# and praise, not damage: put before an act pattern, this skips them.
_NOT_TRIUMPH = (
    r"(?!smash(?:ed|ing) (?:it\b|(?:the|our|their|his|her|a|an|that|this|my|your) (?:\w+ ){0,3}?"
    r"(?:target|record|total|goal|score|time|marathon|challenge)s?\b))"
    r"(?!(?:(?<=\bthe )|(?<=\ba )|(?<=\ban )|(?<=\bsome )|(?<=\bsuch )|(?<=\breally )|"
    r"(?<=\babsolutely )|(?<=\bbehind )|(?<=\bour ))smashing\b)"
)
# Burning something, not the midnight oil.
_BURN = (
    r"burn(?:t|ed|ing|s|s? (?:out|down))?\b"
    r"(?! (?:the |some |a bit of )?(?:midnight oil|candle|calories|toast|cakes?)\b)"
)
_SET_ALIGHT = r"set(?:ting)? (?:the |a |an |that |those )?(?:\w+ ){1,2}?(?:alight|on fire)"
_CULPRITS_ACT = (
    _NOT_TRIUMPH + r"(?:dumped|fly-?tipped|stole|nicked|smashed|vandalised|broke into|keyed|"
    r"burgled|robbed|attacked|assaulted|set fire|torched|graffitied|tagged|damaged|wrecked|"
    + _OFFENCE_ACT
    + r"|"
    + _SET_ALIGHT
    + r"|(?:having|had|taking|took) the lead)"
)
# Several pointed out: "these are the lads who've been setting the bins alight".
_CULPRITS = re.compile(
    r"\b(?:these|those|they|here) (?:are|'re|were) the (?:lads|kids|boys|girls|lasses|yobs|youths|"
    r"people|ones|family|couple|pair|idiots|scumbags|culprits|little \w+) (?:who|that)"
    r"(?:'ve| have| had|'d)?(?: been)? " + _CULPRITS_ACT + r"\b"
)
# A named person's children caught in the act: "<First Last>'s lads ... smashing the bench".
_KIN_CULPRIT = re.compile(
    r"\b([A-Z][a-z]+ [A-Z][a-z]+)'s (?:lads?|kids?|boys?|girls?|sons?|daughters?|lass|grandson|"
    r"nephew|young 'un)\b"
)
# What the children are caught doing, in the words after the name.
_KIN_ACT = re.compile(r"\b" + _NOT_TRIUMPH + r"(?:" + _OFFENCE_ACT + r"|" + _SET_ALIGHT + r")\b")
# Thanked for it, or clearing up after it: "Well done to Tracey Bramall's boys who cleared all the
# fly-tipping", "thanks to Graham Lund's lads for shifting the dumped mattresses".
_KIN_CREDIT = re.compile(
    r"\b(?:thanks?|thank you|well done|cheers|kudos|hats off|shout ?out|grateful|proud)\b"
)
_CLEARED = re.compile(
    r"\b(?:clear\w*|clean\w*|shift\w*|pick\w* up|tid\w*|mov\w*|remov\w*|collect\w*|"
    r"report\w*|fix\w*|repair\w*|paint\w* over)\b"
)


def _kin_culprit(c: Checking) -> tuple[int, int, str] | None:
    text = c.post.text
    if "'s " not in text.replace("\u2019", "'"):
        return None
    for m in _KIN_CULPRIT.finditer(text.replace("\u2019", "'")):
        who = m.group(1)
        if who.split(" ")[-1] in ("Road", "Lane", "Street", "Close", "Council", "Hall", "Club"):
            continue
        if c.post.author in c.people.match_name(who):
            continue
        s, e = c.sentence_of(m.start())
        after = c.light_range(m.end(), min(e, m.end() + 120))
        act = _KIN_ACT.search(after)
        if act is None or _CLEARED.search(after[: act.start()]):
            continue
        if _KIN_CREDIT.search(c.light_range(s, e)):
            continue
        return m.start(), m.end(), m.group(0)
    return None


# ---- 6.9 / 6.10 (round 4, lane a): harm urged, allegations, culprits ----------------------------
# Each pattern below is a family stated in general terms (who speaks about whom, what is done,
# how the text is shaped), with its near-misses in tests/policy/test_clause_families_4a.py.

# 6.9 / 6.10: harm urged or threatened: an imperative to damage or burn ("key his car", "then
# torch the lot"), or waiting for someone with a weapon ("we'll be ready with a crowbar").
_HARM_ORDER = re.compile(
    r"(?:^|[.!?,;:]\s*|\band\s+|\bthen\s+|\bjust\s+|\bgo\s+|\b(?:someone|somebody|we|you|"
    r"they) (?:should|ought to|could|needs? to|wants? to)\s+|\bi'?d\s+)"
    r"(?:(?:torch|petrol[- ]bomb|firebomb|"
    r"set fire to)\s+(?:it|them|the|their|his|her|that|those|whose)\b"
    r"(?! (?:\w+ )?(?:bonfire|guy|beacon|candles?|leaves|bbq|barbecue|logs?|wood|stubble|effigy|"
    r"pyre|torches|lanterns?)\b)|(?:burn|key|slash|smash up|"
    r"smash|trash|wreck|brick|torch|do over)\s+(?:their|his|her|whose)\b|"
    r"let (?:his|her|their|its|the \w+'s) (?:\w+ )?tyres down\b|"
    # round 13, lane A: "somebody go and put his windows through"
    r"put (?:his|her|their) (?:\w+ )?windows? through\b|"
    r"let the tyres down on (?:his|her|their|that|the|them)\b)"
)
_WEAPON_WAIT = re.compile(
    r"\b(?:i'?ll|we'?ll|i will|we will|i'?m|we'?re|i am|we are) (?:be )?(?:waiting|ready|round|"
    r"outside|coming round|going round|at the door)\b[^.!?]{0,25}\bwith (?:a|an|my|the|me)"
    r" (?:\w+ )?(?:bat|crowbar|knife|machete|shotgun|gun|golf club|iron bar|pickaxe handle|"
    r"axe|pitchfork|big stick|cosh)\b"
)


def obstruction_call(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.10 (and a sign for G.2): urging people to obstruct lawful works or a site
    ("sit down in front of the lorries", "block the site entrance"): aggravated trespass or
    obstruction."""
    return _search(c, OBSTRUCT)


# Round 9, lane A: a car keyed, urged or wished on its owner ("a few keys down the side might
# teach them", "deserve a key down the paintwork"); "the keys are down the side of the sofa" is
# lost property.
_KEYED = re.compile(
    r"\b(?:a )?(?:few |couple of |quick )?keys? down (?:the|their|his|her|its) "
    r"(?:side|sides|doors?|paintwork|bonnet)\b"
    # "keys down the side of the bench" is lost property; "of his car" is not
    r"(?! of\b(?! (?:his|her|their|your|the|that|those|these|its|them) (?:\w+ )?(?:car|van|"
    r"motor|truck|"
    r"merc|bmw|audi|jag|4x4|range rover)s?\b))"
)


def urged_harm(c: Checking) -> tuple[int, int, str] | None:
    """Clauses 6.9 and 6.10: an order to damage or burn something of someone's, or a threat to
    wait for them with a weapon: incitement to criminal damage, or a threat of violence."""
    light = _light(c)
    hit = None
    if any(k in light for k in _HARM_KEYS):
        hit = _search(c, _HARM_ORDER)
    if hit is None and any(k in light for k in _WEAPON_KEYS):
        hit = _search(c, _WEAPON_WAIT)
    if hit is None and "key" in light:
        hit = _search(c, _KEYED)
    return hit


_HARM_KEYS = (
    "torch", "bomb", "fire", "burn", "key", "slash", "smash", "trash", "wreck", "brick",
    "do over", "tyres", "windows",
)  # fmt: skip
_WEAPON_KEYS = (
    "bat", "crowbar", "knife", "machete", "gun", "golf club", "iron bar", "pickaxe", "axe",
    "pitchfork", "stick", "cosh",
)  # fmt: skip


# 6.10: a damaging allegation reported about someone: a criminal record, a sanction for
# misconduct, a bribe.
_WRONGDOING = (
    r"(?:expenses|fraud|fiddl\w*|theft|stealing|drink[- ]driving|drunk|assault\w*|bullying|"
    r"harassment|misconduct|dishonesty|lying|abuse|racism|corruption|bribery|the money|"
    r"shoplifting|burglary|dealing|drugs|violence|vandalism|criminal damage|nicking|pinching|"
    r"thieving|robbing|dipping the till|taking money|"
    r"(?:his|her|their) (?:conduct|behaviour))"
)
ALLEGATION = re.compile(
    # a criminal record: "has previous convictions", "got done for", "did time for"
    r"\b(?:\d+|two|three|four|five|six|several|previous|prior|criminal|a string of|a few|"
    r"a couple of|a list of) (?:[\w-]+ )?convictions?\b|\bconvictions? for\b|"
    r"\b(?:drink[- ]driving|criminal|previous|assault|theft|fraud|drugs?) convictions?\b|"
    r"\b(?:has|had|got|'s got|have|has got) a (?:\w+ )?criminal record\b|"
    r"\ba (?:criminal )?record as long as (?:your|my|his|her|me) arm\b|"
    r"\b(?:been|got|was) done for (?:\w+ )?(?:fraud|theft|stealing|drink\w*|drugs?|assault|"
    r"benefit\w*|shoplifting|burglary|dealing|tax\w*|the same|it before|nicking|fiddling)\b|"
    r"\b(?:did|done|served|doing) (?:time|a stretch|bird) for\b"
    r"(?! (?:the|our|this|that) (?:club|team|village|council|parish|church|school|community|"
    r"cause)\b| us\b| \w+ years\b)|\bbeen inside for\b|"
    # a sanction for wrongdoing: "got sacked for fiddling", "was struck off for misconduct"
    r"\b(?:been|was|were|got|is being|has been|have been) (?:suspended|sacked|expelled|arrested|"
    r"charged|investigated|struck off|kicked out|cautioned|disciplined|reported to the police)"
    r"\b[^.!?]{0,30}\b(?:over|for|after) (?:\w+ ){0,2}" + _WRONGDOING + r"\b|"
    r"\bunder (?:police )?investigation (?:for|over)\b|"
    # a bribe: "paid off the planners", "greased some palms", "bought off the inspector"
    r"\b(?:paid|pays|paying|bought|buys|buying) off (?:somebody|someone|some\w*|a (?:councillor|"
    r"planner|officer|official|member|cop|copper|inspector)|the (?:planners?|councillors?|"
    r"officers?|officials?|inspector|police|committee|council))\b|"
    r"\b(?:paid|bought) (?:somebody|someone|him|her|them|the (?:planners?|councillors?|"
    r"officers?|officials?|inspector|committee)) off\b|\bgreas\w* (?:a few |some |the |their |his |"
    r"her )?palms?\b|\bin (?:someone|somebody|the developer|the builder)'?s pocket\b|\ba bung\b|"
    # round 7, lane a3: claiming for what was never done ("claiming mileage for meetings he
    # never went to", "billed the council for hours she didn't work")
    r"\b(?:claim\w*|charg\w*|bill\w*|paid|put in) (?:\w+ ){0,3}for (?:\w+ ){0,3}(?:he|she|they)"
    r"(?:'d| had| has)? (?:never|didn'?t|did not|hasn'?t|hadn'?t) (?:went|gone|go|been|attend\w*|"
    r"do|did|done|work\w*|turn\w* up)\b|"
    # "ripped his customers off"
    r"\b(?:ripped|ripping|rips|rip|ripped) (?:my|his|her|their|our|the|an|a|old|elderly|"
    r"vulnerable)? ?(?:\w+ )?(?:neighbours?|mum|mam|nan|gran|dad|customers?|clients?|friends?|"
    r"pensioners?|mates?|folks?|people|residents?|everyone|everybody|us|them|me|him|her) off\b"
)
_PERSON = re.compile(
    r"\b(?:he|she|him|her|his|hers|they|them|their|someone|somebody|one of)\b|"
    r"\b(?:the|that|this|our|their|your|a|one) (?:\w+ )?(?:roofer|builder|plumber|landlord|"
    r"landlady|owner|bloke|man|woman|lad|fella|guy|firm|company|contractor|developer|electrician|"
    r"mechanic|garage|trader|councillor|candidate|clerk|officer)s?\b",
    re.IGNORECASE,
)
_NAME_PAIR = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+")
# Round 8, lane A: the person answered charged ("everyone knows you got sacked for nicking"); a
# rule stated for anyone ("if you get sacked for theft ...") charges nobody.
_YOU_CHARGED = re.compile(
    r"(?<!\bif )(?<!\bwhen )(?<!\bunless )\b(?:you|u)(?:'ve| have)? (?:\w+ )?$"
)
_FIRST_PERSON_BEFORE = re.compile(
    r"\b(?:i|i'?ve|i'?d|i'?m|we|we'?ve|we'?re)(?: (?:have|had|has|was|were|been|just|once|also))*"
    r"\s*$"
)


_ALLEGATION_KEYS = (
    "conviction", "record", "done for", "time for", "stretch", "bird for", "inside for",
    "suspended", "sacked", "expelled", "arrested", "charged", "investigat", "struck off",
    "kicked out", "cautioned", "disciplined", "reported to", "paid", "pays", "paying", "bought",
    "buys", "buying", "greas", "pocket", "bung", "rip", "claim", "charg", "bill", "put in",
)  # fmt: skip


def reported_allegation(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.10: a damaging claim reported as fact about someone: a criminal record ("she has
    previous convictions"), a sanction for wrongdoing ("he was sacked for fiddling"), a bribe
    ("they paid off the planners"). The sentence must be about a person or a firm (a pronoun,
    a name, "the builder"), so "the bus service was suspended over the holiday" is left alone;
    owning up to one's own record is not an allegation. A libel risk, and in an election a
    false statement about a candidate (RPA 1983 s.106)."""
    return _reported_allegation(c)


@once_per_post  # two rules ask
def _reported_allegation(c: Checking) -> tuple[int, int, str] | None:
    light = _light(c)
    if not any(k in light for k in _ALLEGATION_KEYS):
        return None
    others = None  # where someone other than the author is mentioned, found once
    for m in ALLEGATION.finditer(light):
        if _FIRST_PERSON_BEFORE.search(light[max(0, m.start() - 30) : m.start()]):
            continue  # owning up to one's own record is not an allegation
        start, end = c.text.light.span(m.start(), m.end())
        s, e = c.sentence_of(start)
        sentence = c.post.text[s:e]
        if others is None:
            others = sorted(mn.start for mn in c.mentions if c.post.author not in mn.person_ids)
        i = bisect_left(others, s)
        if (
            _PERSON.search(sentence)
            or _NAME_PAIR.search(sentence)
            or (i < len(others) and others[i] < e)
            or _YOU_CHARGED.search(light[max(0, m.start() - 25) : m.start()])
        ):
            return start, end, c.post.text[start:end]
    return None


# 6.10: someone pointed out as a culprit by a picture or an appeal ("Know this man? He was on
# the doorbell camera nicking parcels. Share!").
_POINTED = compile_word_starts(
    r"\b(?:recogni[sz]e|anyone know|who knows|does anyone know|do you know|d'?you know|you know) "
    r"(?:this|these|him|her|them|who this)\b|\bname and shame\b|"
    r"\bcaught (?:on|by) (?:camera|cctv|(?:our|the|my|"
    r"a|his|her) (?:\w+ )?(?:cameras?|cctv|doorbell|dashcam|ring))\b|"
    # "everyone knows it's the ... kids from number 4", "no names needed, you know who"
    r"\b(?:we all know|everyone knows|everybody knows|the whole village knows) "
    r"(?:it was|it'?s|who (?:did|done|does|is doing|'?s doing) it)\b|"
    r"\b(?:we|i) won'?t name (?:them|him|her|names|the family)\b|\bno names (?:mentioned|needed)\b|"
    r"\b(?:you|we) all know who (?:i|we|they) mean\b"
)
_POLICE_APPEAL = re.compile(
    r"\bpolice appeal\b|\b(?:call|ring|phone|contact|dial) (?:police on )?101\b|\bcrimestoppers\b|"
    r"\bquot(?:e|ing) (?:the )?(?:ref|reference|crime number|incident number)\b"
)


def appeal_culprit(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.10: an appeal to identify or shame someone shown committing an offence ("anyone
    know him? ... keyed three cars", "caught on CCTV dumping"), or a culprit implied to readers
    ("we won't name them, but ..."): an allegation of crime, without a trial, about an
    identifiable person."""
    light = _light(c)
    pointed = _POINTED.search(light)
    if pointed is None or _POLICE_APPEAL.search(light):
        return None  # sharing a police appeal, with its route, is not naming a culprit
    # the act as a verb, not as an adjective ("the dumped rubbish" is not an act)
    if not any(
        not re.search(r"\b(?:the|a|an|some|of|any)\s+$", light[max(0, m.start() - 6) : m.start()])
        for m in _OFFENCE.finditer(light)
    ):
        return None
    return c.light_hit(pointed)


# ---- 6.3 / 6.10 (round 4, lane b): keeping what one found ---------------------------------------

# Keeping what one found ("found a wallet ..., kept the £20 for my trouble", "finders keepers").
_KEPT_FOUND = re.compile(
    # round 21c: not money found for a purpose ("found money for consultants ... but not for
    # keeping village libraries open"): a budget, not a find
    r"\b(?:found(?! (?:the |some |enough )?(?:money|cash|funds?) (?:for|to)\b)|picked up|"
    r"came across)\b[^.!?]{0,40}\b(?:wallets?|purses?|cash|money|tenner|"
    r"fiver|£\d+|notes|handbag|bag)\b[^.!?]{0,60}\b(?:kept|keeping|pocketed|pocketing|"
    r"finders,? keepers)\b(?! (?:it |them |the \w+ )?(?:safe|for (?:the|its) owner|at the|in the|"
    r"until|till|behind|aside))"
)


# Round 18: "finders keepers" in the next sentence, after something found that was not the
# poster's ("Found a little bag of green stuff behind the youth club bins. Finders keepers 😂"),
# unless it was handed in.
_FINDERS_KEEPERS = re.compile(
    r"\b(?:found|picked up|came across|had|left|lying|dumped)\b[^!?]{0,90}?\bfinders,? keepers\b"
    r"(?!\?)"
)
_HANDED_IN = re.compile(r"\b(?:hand(?:ed)? (?:it |them )?in|police|owner|lost property)\b")


def kept_found(c: Checking) -> tuple[int, int, str] | None:
    """Clauses 6.3 and 6.10: owning up to keeping money or property one found (theft by
    finding). Keeping it safe for the owner, or handing it in, is not."""
    hit = _search(c, _KEPT_FOUND)
    light = _light(c)
    if hit is None and "finders" in light and not _HANDED_IN.search(light):
        hit = _search(c, _FINDERS_KEEPERS)
    return hit


# ---- 6.10 / 6.9 (round 5, lane a): damage urged at cameras, culprits named, threats of harm ----
# Each pattern below is a family stated in general terms, with its near-misses in
# tests/policy/test_clause_families_5a.py.

# 6.10: putting a camera, a mast or their kit out of action, suggested rather than reported: the
# act ("spray paint over the lenses", "a bin bag over them", "cut the wires", "unplug",
# "pull them off the poles", "take a lighter to") with a suggestion or a wink ("someone should",
# "would do the job", "be a shame if", "nobody would cry", "be my guest", "😉"). A report of
# vandalism ("someone sprayed the camera last night, police told") has no suggestion.
_SURVEILLANCE = re.compile(r"\b(?:cameras?|cctv|lens(?:es)?|mast|speed cameras?|cabinet)\b")
_DISABLE = compile_word_starts(
    r"\bspray[- ]?(?:paint(?:ed|ing)?|(?:ed|ing|s)?)\b|\bpaint (?:over|on)\b|"
    r"\b(?:can|tin|bit|spray|drop|lick) of (?:spray[- ]?)?paint\b|"
    r"\b(?:bin|carrier|plastic|black|shopping) bags? over\b|"
    r"\b(?:popp|stick|stuck|put|putt|chuck|throw)\w* (?:a |some )?(?:bin |carrier |plastic |"
    r"black )?bags? (?:over|on)\b|\bcut(?:s|ting)? (?:the |their |its |them )?(?:wires?|cables?|"
    r"power)\b|\bunplug\w*\b|\bpull\w* (?:\w+ ){0,3}(?:off|down) (?:the |their |its )?poles?\b|"
    r"\bpull\w* (?:those|them|the|that) (?:\w+ ){0,2}(?:down|off)\b|\b(?:take|took|put|taking) a "
    r"(?:lighter|match|torch|hammer|brick|rock|stone|bat|crowbar) to\b|\bpointing at the sky\b|"
    r"\bpoint(?:ing|ed)? (?:\w+ ){0,2}at the sky\b|\bsmash\w* (?:\w+ ){0,2}(?:cameras?|lens)"
)
_SUGGESTED = compile_word_starts(
    r"\b(?:should|oughta|ought to|could|would|wouldn'?t|'d|'ll|just|be a shame if|hope|if "
    r"(?:someone|somebody|anyone|a few|a couple)|be my guest|lads|nobody'?d|nobody would|no one "
    r"would|i would|i'?d|who'?s to know|sort (?:em|them|it) out|do the job|won'?t be telling|"
    r"lose (?:any )?sleep|shed a tear|cry|fancies|fancy)\b|\U0001f609|\U0001f92b|\U0001f60f"
    # round 7, lane a3: the damage praised, which invites more of it ("whoever sprayed over the
    # lens did us all a favour", "deserves a medal", "fair play to whoever")
    r"|\bdid (?:us|everyone|the (?:village|street|estate)) (?:all )?a favour\b|"
    r"\bdeserves? a (?:medal|pint|knighthood)\b|\bfair play to (?:them|him|her|whoever)\b|"
    r"\bgood on (?:them|him|her|'?em|whoever)\b"
)
_REPORTED = re.compile(
    r"\b(?:police (?:have been|were|are|has been) (?:told|informed|called)|reported (?:it )?to "
    r"(?:the )?police|crime number|ring 101|call 101|who did this|whoever did this)\b"
)


# Covering a camera is suggested in earnest as often as in jest ("someone should stick bin bags
# over them"): only with a wink or a nudge does it read as an invitation.
_COVERING = re.compile(r"\bbags?\b")
_WINK = compile_word_starts(
    r"\U0001f609|\U0001f92b|\U0001f60f|\bbe my guest\b|\blads\b|\bjust saying\b|\bi would\b|"
    r"\bi'?d\b|\bnobody'?d\b|\bwho'?s to know\b|\bany the wiser\b|\bwon'?t be telling\b"
)


def disable_call(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.10: a suggestion, often with a wink, to put a camera or a mast out of action
    ("bit of spray paint on the lenses would do the job 😉", "someone should stick a bin bag
    over them 😉", "hope someone cuts the wires"): incitement to criminal damage. Covering a
    camera counts only with a wink or a nudge; a report of damage done, passed to the police, is
    not."""
    light = _light(c)
    if not _SURVEILLANCE.search(light):
        return None
    if _REPORTED.search(light):
        return None  # a report of damage done, passed to the police
    winked = None
    view = c.text.light
    for m in _DISABLE.finditer(light):
        if _COVERING.search(m.group(0)):
            if winked is None:
                winked = _WINK.search(light) is not None
            if not winked:
                continue
        # suggested in the damage's own sentence: "Someone spray painted the camera. Hope it's
        # fixed soon." reports the damage and hopes for the repair
        s, e = c.sentence_of(view.span(m.start(), m.end())[0])
        if _SUGGESTED.search(c.post.text[s:e].lower()) or _SUGGESTED.search(c.light_range(s, e)):
            return c.light_hit(m)
    return None


# 6.10 (and 6.9 when the name is given in full): someone named as the culprit of an offence in a
# cleft or an identifying clause: "it's Graham Lund that's been having the lead off the roof",
# "everyone knows it was the Lund lad who nicked ...", "Barry Ogden's the one fly-tipping",
# "Sharon Mellor's been dumping her garden waste". The act follows the person closely; "it was
# Wendy Hale who reported the dumping" names a witness, not a culprit.
_CULPRIT_ACT = (
    _NOT_TRIUMPH
    + r"(?:(?:had|has|have|having|took|taken|taking|nicked|nicking|pinched|pinching|stole|stolen|"
    r"stealing|robbed|swiped|'s had|been having|been taking|been nicking) (?:the |all the |our |"
    r"their )?(?:lead|copper|cable|diesel|fuel|tools|money|takings|cash|float|plants|flowers|"
    r"lights|bikes?|parcels?)(?: \w+)?(?: off| from| out of)?\b|siphon\w*|fiddl\w*|f!ddl\w*|"
    r"fly-?tipp\w*|dump\w*|nick\w*|pinch\w*|steal\w*|stole|vandalis\w*|smash\w*|key(?:ed|ing)|"
    r"graffiti\w*|spray\w*|tagg\w*|burgl\w*|robb\w*|set fire|torch\w*|shoplift\w*|"
    + _BURN
    + r"|deal(?:s|ing)|selling (?:drugs|weed|gear)|on the fiddle|on the rob)"
)
_WHO = r"(?:who|that)(?:'s| has| is| was| had| have)?(?: been)?(?: (?:always|still|the one))?"
_NAMED_CULPRIT = re.compile(
    # it's / it was <person> who|that <act>
    r"\b(?:[Ii]t'?s|[Ii]t is|[Ii]t was|[Tt]was)(?: (?:only|definitely|obviously|that|them|him|"
    r"her))? "
    r"((?:[A-Z][a-z]+(?:'s)? (?:[A-Z][a-z]+)(?:'s)?(?: (?:lad|lass|kid|kids|boy|girl|son|"
    # round 11, lane A: or their vehicle ("it's Graham Lund's van that's been dumping")
    r"daughter|family|lot|gang|van|car|truck|pickup|motor))?)|"
    r"(?:the|that|them|those) (?:[A-Z][a-z]+ )?(?:lad|lass|kid|kids|"
    r"family|lot|bloke|fella|woman|man|boy|girl|gang)s?)"
    r"(?: (?:from|off|at|on|up|down|in) (?:no\.? ?\d+ |number \d+ )?(?:[A-Z][a-z]+ ?){1,3})?"
    r",? (?:" + _WHO + r" )?(?:\w+ ){0,1}" + _CULPRIT_ACT + r"|"
    # <Name Surname>'s the one (who) <act> / <Name Surname>'s been <act>
    r"\b([A-Z][a-z]+ [A-Z][a-z]+)(?:'s| is| was) (?:the one|the bloke|the man|the woman|the lad|"
    r"the person)(?: (?:who|that)(?:'s| has| is| was)?(?: been)?)? " + _CULPRIT_ACT + r"|"
    r"\b([A-Z][a-z]+ [A-Z][a-z]+)(?:'s| has| is| was) (?:been |caught |seen )?(?:(?:always|still|"
    r"openly) )?(?:siphon\w*|fiddl\w*|f!ddl\w*|fly-?tipping|dumping|nicking|pinching|stealing|"
    r"vandalising|keying|burgling|robbing|shoplifting|dealing|having the lead)\b|"
    # round 8, lane A: the culprits described, then named ("the lads who burnt out the bench are
    # the Bramall kids from the Crescent")
    r"\b[Tt]he (?:lads?|kids?|lot|ones?|people|person|bloke|man|woman|youths?|gang|family|yobs?|"
    r"idiots?|scrotes?|culprits?) (?:who|that)(?:'ve| have| has| had)? (?:been )?"
    + _CULPRIT_ACT
    + r"[^.!?]{0,50}?\b(?:is|are|was|were|'s|'re)(?: (?:definitely|obviously|clearly|only|just))? "
    r"(?:the |them |that |those )?([A-Z][a-z]+(?:'s)?(?: [A-Z][a-z]+)?(?: (?:lad|lads|kids?|"
    r"family|lot|boys?|girls?|gang|brothers?|sisters?|twins))?)\b"
)
_CULPRIT_KEYS = (
    "it's", "it is", "it was", "twas", "the one", "'s been", " has been", " is ", " was ", "'s ",
    " are ", " were ", "'re ",
)  # fmt: skip


def named_culprit(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.10: a person named or described as the culprit of a theft or damage, in a cleft
    or an identifying clause ("it's Graham Lund that's been having the lead off the roof",
    "Barry Ogden's the one fly-tipping", "everyone knows it was the Pashley lad who smashed
    it"): an allegation of crime about an identifiable person, without a trial."""
    return _named_culprit(c)


@once_per_post  # two rules ask
def _named_culprit(c: Checking) -> tuple[int, int, str] | None:
    text = c.post.text.replace("\u2019", "'")
    guess = _guessed_culprit(c, text)
    if guess:
        return guess
    # the keys are lower case: test them on the light view ("It's Norman Ives that ...")
    if not any(k in _light(c) for k in _CULPRIT_KEYS):
        return None
    for m in _NAMED_CULPRIT.finditer(text):
        who = m.group(1) or m.group(2) or m.group(3) or m.group(4) or ""
        if not _names_someone_else(c, who.removesuffix("'s")):
            continue
        return m.start(), m.end(), c.post.text[m.start() : m.end()]
    return None


# Round 6, lane a2: a named person guessed at as the culprit of an offence the post reports ("Police
# looking for a nicked quad 👀 I'd bet my house it's Colin Pashley again"): the guess names the
# culprit as surely as a cleft does. A guess at who will win, or who is on the rota, has no
# offence in the post.
_GUESSED = re.compile(
    r"\b(?:[Ii]'?d bet|[Ii] bet|[Bb]et you|[Ii]'?d put (?:money|my house|a tenner|a fiver) on it|"
    r"[Mm]y money'?s on|[Ii]'?ll bet|[Bb]et (?:my|your) (?:house|life)|100%|[Gg]uarantee)"
    r"[^.!?]{0,25}?\b(?:it'?s|it is|it was|it'?ll be|it will be|that'?s|that was) "
    r"([A-Z][a-z]+ [A-Z][a-z]+)\b"
)
_GUESS_KEYS = (
    "bet", "money on", "money's on", "100%", "uarantee", "my house", "a tenner", "a fiver",
)  # fmt: skip


def _guessed_culprit(c: Checking, text: str) -> tuple[int, int, str] | None:
    light = _light(c)
    if not any(k in light for k in _GUESS_KEYS):
        return None
    m = _GUESSED.search(text)
    if m is None or m.group(1).split(" ")[0] in _NOT_A_NAME:
        return None
    if not _OFFENCE.search(_light(c)) and not _GUESSED_ACT.search(_light(c)):
        return None
    if c.post.author in c.people.match_name(m.group(1)):
        return None
    return m.start(), m.end(), c.post.text[m.start() : m.end()]


_GUESSED_ACT = re.compile(
    r"\b(?:nicked|stolen|stole|pinched|nicking|burgled|broken into|smashed|vandalised|keyed|"
    r"dumped|fly-?tipped|torched|robbed|taken from|went missing|gone missing)\b"
)


_NOT_A_NAME = frozenset(
    ("The", "This", "That", "It", "Our", "Their", "Parish", "Council", "Treeton", "Rotherham")
)


def _names_someone_else(c: Checking, who: str) -> bool:
    """Is ``who`` (capitalised words a culprit pattern caught) a person other than the author?
    Not when it opens with a word that is no name ("The Council"), nor when it is the author:
    owning up is not an allegation about someone else."""
    return who.split(" ")[0] not in _NOT_A_NAME and c.post.author not in c.people.match_name(who)


def named_in_full(hit: tuple[int, int, str]) -> bool:
    """Does a culprit hit name the person in full (a first name and a surname)? Round 11, lane
    A: a vehicle named as the culprit ("it's Graham Lund's van that's been dumping") is a guess
    from evidence, a libel risk (6.10) that the labelled sets do not count as an attack."""
    return (
        re.search(r"\b[A-Z][a-z]+ [A-Z][a-z]+", hit[2]) is not None
        and not re.match(r"(?:it'?s|it is|it was) (?:the|that|them|those) ", hit[2], re.I)
        and not _VEHICLE.search(hit[2])
    )


_VEHICLE = re.compile(r"'s (?:van|car|truck|pickup|motor)\b")


# 6.9 / 6.10: a threat of violence or damage by the speaker: "they'll be going home in an
# ambulance", "next time I'll let your tyres down", "I'd batter him", "a good hiding for
# whoever's doing it", "gave him a slap he won't forget", "going round tonight with my bat".
_HARM_THREAT = compile_word_starts(
    r"\b(?:leav\w*|go(?:ing)? home|went home|end(?:ing)? up|carried out|come out|coming out|"
    r"be going home) in (?:an ambulance|a body ?bag|a box|a wooden box|a coffin)\b|"
    r"\b(?:i'?ll|i will|i'?m going to|i'?m gonna|we'?ll|i'?d|i would|gonna|next time i'?ll|be) "
    r"(?:\w+ ){0,6}?(?:let|letting) (?:his|her|their|your|ur|them|the \w+'s) (?:\w+ )?tyres down\b|"
    r"\blet(?:ting)? (?:his|her|their|your|ur) (?:\w+ )?tyres down (?:myself|meself|for (?:him|"
    r"her|them))\b|"
    r"\b(?:i'?d|i'?ll|i will|i would|we'?ll|we'?d|gonna) (?:happily |personally |gladly )?"
    r"(?:batter|deck|flatten|lamp|thump|punch|smack|belt|knock out|kill|strangle|throttle|chin|"
    r"leather|twat|brain|kick the \w+ out of|knock seven bells out of) (?:him|her|them|you|ya|"
    r"the lot|whoever)\b|"
    r"\b(?:a|good|proper) (?:good |proper |right )?(?:hiding|kicking|beating|battering|pasting|"
    r"thumping|slap|clip round the ear) for (?:whoever|them|him|her|the \w+|anyone|those)\b|"
    r"\b(?:gave|give|given|giving) (?:him|her|them|'?em|the \w+|the lad|the kid) a (?:good |"
    r"proper |right )?(?:slap|kicking|hiding|smack|thump|battering|pasting|good hiding|"
    r"leathering|thrashing|belting|clip round the ear)\b"
    r"(?! (?:for|from) (?:the )?(?:pantomime|panto|play|game))|"
    r"\b(?:going|coming|heading|off) round\b[^.!?]{0,30}\b(?:with|wi|wiv) (?:a|an|my|me|the) "
    r"(?:\w+ )?(?:bat|crowbar|knife|machete|shotgun|gun|golf club|iron bar|pickaxe handle|axe|"
    r"hammer|big stick|cosh)\b|"
    # round 8, lane A: the harm to come, told to the culprit ("when I catch you you're getting
    # lamped", "he'll get a good hiding"); "a slap on the wrist" is a light penalty
    r"\b(?:you'?re|you are|youre|ur|he'?s|she'?s|they'?re|you'?ll|he'?ll|she'?ll|they'?ll|"
    r"you will|he will|she will|they will) (?:be )?(?:getting|gonna get|going to get|get) "
    r"(?:lamped|battered|decked|chinned|leathered|twatted|flattened|filled in|done in|"
    r"(?:your|his|her|their) heads? kicked in|(?:a |an )?(?:good |proper |right )?(?:kicking|"
    r"hiding|slap|smack|thump|battering|pasting|clip round the ear)|"
    # "he's getting a belt for Christmas" is a present
    r"(?:a |an )?(?:good|proper|right) belt)\b(?! on the wrist)|"
    # round 9, lane A: the harm promised to the next culprit caught ("next one I catch gets a
    # clip round the ear"); "the next one we catch gets reported" is no harm
    r"\b(?:(?:the )?next (?:one|kid|lad|person|little \w+|\w+)|whoever|anyone) (?:i|we) "
    r"(?:catch|see|find|get hold of)\w*(?: [^.!?,]{0,30}?)? (?:gets?|is getting|'s getting|"
    r"will get|'ll get|getting)"
    r" (?:a |an )?(?:good |proper |right )?(?:clip round the ear|hiding|kicking|slap|smack|thump|"
    r"battering|pasting|belt|leathering|thrashing|boot up the \w+|rocket|size \d+)\b|"
    # round 17: time alone asked for with a weapon ("give me ten minutes down there with a cricket
    # bat and they won't be back"); "ten minutes with a cup of tea" is no weapon
    r"\b(?:give me|gimme|let me have|i want|i'?d want|i'?d only need) (?:five|ten|two|twenty|a few|"
    r"\d+) minutes\b[^.!?]{0,40}\bwith (?:a|an|my|me|the) (?:\w+ )?(?:bat|crowbar|knife|machete|"
    r"shotgun|gun|golf club|iron bar|pickaxe handle|axe|hammer|big stick|cosh)\b|"
    # round 18: waiting out there with a weapon ("next idiot I see doing 40 ..., I'll be out
    # there with our Jack's cricket bat"); "out there with the litter pickers" is no weapon
    r"\b(?:i'?ll|i will|we'?ll|we will|i'?m gonna) be (?:out )?(?:there|out|waiting|stood)\b"
    r"[^.!?]{0,20}\bwith (?:a|an|my|me|the|our \w+'?s) (?:\w+ )?(?:bat|crowbar|knife|machete|"
    r"shotgun|gun|golf club|iron bar|pickaxe handle|axe|hammer|big stick|cosh)\b"
)
_THREAT_KEYS = (
    "bat", "crowbar", "knife", "gun", "axe", "hammer",
    "ambulance", "body bag", "bodybag", "box", "coffin", "tyres", "batter", "deck", "flatten",
    "lamp", "thump", "punch", "smack", "belt", "knock", "kill", "strangle", "throttle", "chin",
    "leather", "twat", "brain", "kick the", "hiding", "kicking", "beating", "pasting", "slap",
    "clip", "round ", "filled in", "done in", "kicked in", "thrash", "catch", "minutes",
)  # fmt: skip


def harm_threat(c: Checking) -> tuple[int, int, str] | None:
    """Clauses 6.9 and 6.10: the speaker threatens or owns up to violence or damage ("they'll be
    going home in an ambulance", "next time I'll let your tyres down", "I'd batter him if I
    caught him", "gave him a slap he won't forget", "going round tonight with my bat"), or
    vows to pull up or tear down someone else's markers, fences or signs themselves, or
    rallies others to it ("if them surveyors come back I'll be pulling their stakes up
    myself. Who's with me?")."""
    light = _light(c)
    if any(k in light for k in _OWN_HANDS_KEYS):
        hit = _search(c, _OWN_DAMAGE)
        if hit:
            return hit
    if not any(k in light for k in _THREAT_KEYS):
        return None
    return _search(c, _HARM_THREAT)


# Round 6, lane a2: removing or wrecking what others put up (survey stakes, a developer's fence,
# a rival's signs), vowed by the speaker "myself" or with a rallying call. Taking down one's
# own bunting ("I'll take the bunting down myself") or reporting a fence pulled down is not it.
_OWN_DAMAGE = re.compile(
    r"\b(?:i'?ll|i will|i'?m|we'?ll|we will|we'?re|gonna|i'?d|we'?d)(?: be| happily| personally)?"
    r" (?:pull|pulling|rip|ripping|tear|tearing|kick|kicking|knock|knocking|yank|yanking|dig|"
    r"digging|chop|chopping|cut|cutting) (?:up |out |down )?(?:their|his|her|them|those|the "
    r"developer'?s|the builder'?s|the surveyors'?) (?:\w+ )?(?:stakes|pegs|markers|posts|fences?|"
    r"fencing|signs?|boards?|hoardings?|barriers|notices?|posters?|banners?|survey \w+)"
    r"(?: (?:up|out|down))?\b(?=[^.!?]{0,30}\b(?:myself|meself|mesen|misen|ourselves|oursens?|"
    r"ourselfs)\b|[^\n]{0,80}\bwho'?s (?:with me|coming|in)\b)"
)
_OWN_HANDS_KEYS = ("myself", "meself", "mesen", "misen", "ourselves", "oursen", "ourselfs", "who")


# ---- 6.10 (round 6, lane a2): pirated streams ---------------------------------------------------

# Kit or streams for watching paid television without paying, named as such: a loaded box, IPTV,
# a pirate stream. A bare link to an unlicensed stream ("free stream here lads") is left to the
# link register (6.8), as the labelled sets do in two of three cases.
_PIRATED = re.compile(
    r"\b(?:dodgy|loaded|jailbroken|cracked|modded) (?:fire ?sticks?|boxes|box|sticks?)\b|"
    r"\biptv\b|\b(?:pirate|pirated|illegal|moody|snide) (?:streams?|links?|sky|channels)\b|"
    # round 18: the stick or box, then what makes it pirate kit ("firesticks going spare, fully
    # loaded, every channel, no subscription needed")
    r"\b(?:fire ?sticks?|fire ?tv sticks?|android box(?:es)?)\b[^.!?]{0,40}\b(?:fully loaded|"
    r"loaded|jailbroken|every channel|no subscriptions?)\b|"
    # ("one of them boxes that gets Sky Sports for nowt")
    r"\b(?:boxes?|sticks?)\b[^.!?]{0,40}\bsky(?: sports)?\b[^.!?]{0,20}\bfor "
    r"(?:nowt|nothing|free)\b"
)


def piracy_link(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.10: promoting kit or streams for watching paid television without paying ("a
    fully loaded firestick", "IPTV, all the footy", "pirate stream"): copyright infringement."""
    light = _light(c)
    if not any(k in light for k in ("stick", "box", "iptv", "stream", "link", "sky", "channel")):
        return None
    return _search(c, _PIRATED)


# ---- 6.9 / 6.10 (round 7, lane a3): a pile-on urged at someone identified -----------------------
# "It's the bloke at 41 Bole Hill Road. Go and tell him what you think 😡", "give her a piece of
# your mind", "make his life a misery": readers sent after a person (harassment, Protection from
# Harassment Act 1997 s.7: a course of conduct by several people at one's urging). Sending people
# to a surgery, a meeting or a consultation to have their say is not.
_PILE_ON = compile_word_starts(
    r"\b(?:go|get|pop|head)(?: (?:round|over|down|up))?(?: there)? (?:and|n|an) (?:tell|let) "
    r"(?:him|her|them|'?em) (?:know )?what (?:you|we|u) (?:think|thought)\b|"
    r"\bgive (?:him|her|them|'?em) a (?:piece|bit) of (?:your|our|ur) minds?\b|"
    r"\bmake (?:his|her|their) lives? (?:a )?(?:hell|a misery|misery)\b|"
    r"\bflood (?:his|her|their) (?:inbox|phone|page|messages)\b|"
    r"\byou know where (?:he|she|they) (?:lives?|drinks?|works?)\b|"
    # round 9, lane A: "ring him and tell him what you think" (his number given)
    r"\b(?:ring|phone|call|text|message|bell|email|e-mail) (?:him|her|them|'?em)(?: up)? "
    r"(?:and|n|an) (?:tell|let) (?:him|her|them|'?em) (?:know )?what (?:you|we|u) "
    r"(?:think|thought)\b"
)
# Round 9, lane A: an order to call on someone whose home or number the post gives ("he lives at
# 3 Rother View. pay him a visit 😡"): harassment urged (6.9, 6.10).
_ORDER_VISIT = re.compile(
    r"(?:(?<=^)|(?<=[.!?,;:] )|(?<=[.!?,;:])|(?<=\bso )|(?<=\bthen )|(?<=\bgo )|(?<=\band )|"
    # round 13, lane A: "a few of us should pay him a visit", "someone needs to give em a knock"
    r"(?<=\bshould )|(?<=\bneeds to )|(?<=\bneed to )|(?<=\bought to )|(?<=\bwants to )|"
    r"(?<=\bjust )|(?<=\bn ))(?:pay|give) (?:him|her|them|'?em) a "
    r"(?:little |quick |friendly |wee )?(?:visit|knock)\b"
)
_OFFICIAL_CONTACT = re.compile(
    r"\b(?:to contact|contact (?:councillor|cllr|person|point)|lead (?:councillor|member))\b|"
    r"@\w[\w.-]*\.gov\.uk\b"
)
# Round 8, lane A: readers invited to call on someone whose home the post gives ("lives at 41
# Mill Lane, if anyone wants to have a word with her 🙃"): hostile (6.9); the labelled sets do
# not count it against the law without an order to act.
_VISIT = re.compile(
    r"\bif (?:anyone|anybody|any of you|you|u) (?:wants?|fancies|fancy|feels? like) (?:to )?"
    r"(?:have|having|pay|paying) (?:a (?:quiet |little )?word|words|a visit|(?:him|her|them) a "
    r"visit)(?: with (?:him|her|them|'?em))?\b"
)
# "lives in Lapland" gives a town, not a home.
_HOME_GIVEN = re.compile(
    r"\blives? (?:at|on|up|down|round)\b|\b\d+[a-z]? [a-z]+ (?:lane|road|street|close|drive|"
    r"avenue|crescent|way|terrace|court|grove|view|rise|gardens)\b"
)
_PILE_ON_KEYS = ("what you think", "what we think", "what u think", "what you thought",
                 "what we thought", "what u thought", "piece of", "bit of", "life", "lives",
                 "flood", "you know where", "visit", "knock")  # fmt: skip
# A visit with a card, for a birthday, to celebrate, to welcome or to check on someone is a
# kindness, not harassment.
_KIND_VISIT = re.compile(
    r"\b(?:cards?|birthday|turns? \d+|celebrat\w*|congratulat\w*|flowers|cake|presents?|gifts?|"
    r"she'?d love|he'?d love|they'?d love|loves? (?:a )?visitors?|company|"
    r"cheer (?:him|her|them) up|"
    # review fix (session 6): "give them a knock at 4 Mill Lane and welcome them to the village"
    r"welcom\w*|say (?:hello|hi|hiya)|introduc\w*|check (?:on|in on) (?:him|her|them|'?em)|"
    r"see (?:if|how) (?:he|she|they)(?:'re|'s| are| is)? (?:ok|okay|alright|all right|doing|"
    r"getting on|settling in))\b"
)


def _near(c: Checking, start: int) -> tuple[int, int]:
    """The sentence holding ``start`` and the one before it."""
    s, e = c.sentence_of(start)
    return (c.sentence_of(s - 2)[0] if s >= 2 else s), e


def _home_or_number_near(c: Checking, start: int) -> bool:
    """A home address or a phone number given in the sentence at ``start`` or the one before."""
    s, e = _near(c, start)
    if _HOME_GIVEN.search(c.post.text[s:e].lower()):
        return True
    return any(p.kind in ("phone", "address") and s <= p.start < e for p in c.personal_data)


def _said_of_a_body(c: Checking, hit: tuple[int, int, str]) -> bool:
    """ "Ring them and tell them what you think" said of a council, a firm or a body named just
    before ("Rotherham are consulting on cutting the 19 bus. Ring them ...")."""
    from ..signals import _institution_near

    low = hit[2].lower()
    return bool(re.match(r"\w+ (?:them|'?em)\b", low)) and _institution_near(c, hit[0] + 1)


_HAVE_YOUR_SAY = re.compile(
    r"\b(?:surgery|surgeries|meeting|consultation|drop-?in|hustings|survey|open session|"
    r"questionnaire|the clerk|planning portal)\b"
)


def visit_call(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.9: readers invited to call on someone whose home the post gives, in the
    invitation's sentence or the one before ("she lives at 41 Mill Lane, if anyone wants to have
    a word with her"). Without a home given ("if anyone wants a word with the clerk, she's in on
    Tuesdays"), or with a card for a birthday, it is an invitation."""
    light = _light(c)
    if "word" not in light and "visit" not in light:
        return None
    hit = _search(c, _VISIT)
    if hit is None or not _home_or_number_near(c, hit[0]):
        return None
    s, e = _near(c, hit[0])
    if _KIND_VISIT.search(c.post.text[s:e].lower()):
        return None
    return hit


def pile_on_call(c: Checking) -> tuple[int, int, str] | None:
    """Clauses 6.9 and 6.10: readers urged to go after a person ("go and tell him what you think
    😡", "give her a piece of your mind", "you know where he lives", "pay him a visit" with his
    home or number given): encouraging harassment. An invitation to have one's say at a surgery,
    a meeting or a consultation, or to ring a council or firm named just before, is not."""
    light = _light(c)
    if not any(k in light for k in _PILE_ON_KEYS):
        return None
    hit = _search(c, _PILE_ON)
    if hit is not None and _said_of_a_body(c, hit):
        hit = None
    if hit is None:
        hit = _search(c, _ORDER_VISIT)
        # round 13, lane A: or with a fist beside it ("go give em a knock 👊"), whether or not
        # the post gives the home
        if hit is None or not (_home_or_number_near(c, hit[0]) or _FORCE.search(c.post.text)):
            return None
        s, e = _near(c, hit[0])
        if _KIND_VISIT.search(c.post.text[s:e].lower()):
            return None
    s, e = c.sentence_of(hit[0])
    if _HAVE_YOUR_SAY.search(c.post.text[s:e].lower()):
        return None
    # round 9, lane A: an officer or councillor given as the contact for a matter, with an
    # official address ("Gaz Booth is the councillor to contact: cllr.booth@...gov.uk. Go and
    # tell him what you think!") is invited to hear views, not set upon
    if _OFFICIAL_CONTACT.search(light) and not (
        _HOME_GIVEN.search(light) or any(p.kind == "phone" for p in c.personal_data)
    ):
        return None
    return hit


# ---- 6.9 / 6.10 (round 8, lane A): vigilante calls and insinuated misconduct -------------------
# Each pattern below is a family stated in general terms, with its near-misses in
# tests/policy/test_clause_families_8a.py.

# Others urged to deal with the culprits themselves ("someone should sort them out 👊", "the lads
# need to sort him out properly"). "Someone should sort them out" of bins or potholes is a
# request: only a fist or a blow makes it a call to violence, or "properly" said of him or her
# ("sort them out properly before the fete" may be hedges).
_SORT_OUT = re.compile(
    r"\b(?:someone|somebody|some(?:one|body) (?:round here|from the estate)|the lads|we|people|"
    r"a few of us|you lot|his dad|her dad|their dads?) (?:should|needs? to|ought to|oughta|wants? "
    r"to|must|could|is gonna|are gonna|will)(?: (?:go|get|pop) (?:round|down|over|up)(?: there)?"
    r"(?: and)?)? (?:sort|deal with) (?:them|him|her|'?em|the lot of them|those \w+|these \w+)"
    r"(?: out)?\b"
)
_FORCE = compile_word_starts(
    r"[\U0001f44a\U0001f91c\U0001f91b\U0001f4a5\U0001f528\U0001f52a\U0001f3cf]|"
    r"\bonce and for all\b|\bthe old[- ]fashioned way\b|\bgood and proper\b|\bwhen no one'?s "
    r"looking\b"
)


def vigilante_call(c: Checking) -> tuple[int, int, str] | None:
    """Clauses 6.9 and 6.10: others urged to deal with someone themselves, with a fist, or
    "properly" said of him or her ("the lads who did it want sorting out. Someone should sort
    them out 👊", "sort him out properly"): encouraging violence. Asking someone to sort out the
    bins, the hedges or the comments (properly or not) is not."""
    light = _light(c)
    if "sort" not in light and "deal with" not in light:
        return None
    hit = _search(c, _SORT_OUT)
    if hit is None:
        return None
    if _FORCE.search(c.post.text) or _FORCE.search(light):
        return hit
    # "properly" is force only said of a person ("sort him out properly"), not of "them", which
    # may be hedges or comments ("sort them out properly before the fete")
    s, e = c.sentence_of(hit[0])
    if re.search(r"\b(?:him|her)\b", hit[2].lower()) and re.search(
        r"\bproper(?:ly)?\b", c.post.text[s:e].lower()
    ):
        return hit
    return None


# Misconduct insinuated about the person answered or named ("we all know what you were up to at
# the Arms 😏", "everyone knows what he's been doing"), with a smirk or a warning beside it:
# an allegation without content is still defamatory innuendo. "We all know what you were up to:
# baking for the fete 🎂" has neither smirk nor warning.
_UP_TO = re.compile(
    r"\b(?:we all|everyone|everybody|the whole (?:village|street|estate)|half the (?:village|"
    r"estate|street)|i|people) knows? (?:exactly |full well )?what (?:you|he|she|they|u)"
    r"(?:'ve| have|'s| has|'re| are| is| was| were)? (?:been )?(?:up to|doing|getting up to|"
    r"got up to|did)\b"
)
_SMIRK = compile_word_starts(
    r"[\U0001f60f\U0001f440\U0001f92b\U0001f910\U0001f914]|\bkeep talking\b|"
    r"\bdon'?t make me\b|\bsay (?:one )?more\b|\bnuff said\b|\benough said\b|"
    r"\bsay no more\b|\bwink\b"
)


def insinuated_conduct(c: Checking) -> tuple[int, int, str] | None:
    """Clauses 6.9 and 6.10: misconduct insinuated about someone ("keep talking, we all know
    what you were up to at the Arms 😏") with a smirk or a warning in the same sentence. A wink
    or "careful" about good deeds ("what you've been doing for the food bank 😉") is not."""
    light = _light(c)
    if " what " not in light or "know" not in light:
        return None
    hit = _search(c, _UP_TO)
    if hit is None:
        return None
    # the smirk in the insinuation's sentence (or just after its full stop)
    s, e = c.sentence_of(hit[0])
    sentence = c.post.text[s : e + 3]
    if not (_SMIRK.search(sentence) or _SMIRK.search(sentence.lower())):
        return None
    return hit


# ---- 6.10 / 6.9 (round 9, lane A): marked ballots pictured, theft by euphemism, culprits named in
# answer ---------------------------------------------------------------------------------------
# Each pattern below is a family stated in general terms, with its near-misses in
# tests/policy/test_clause_families_9a.py.

# A picture of a marked ballot paper, taken in the booth or of a postal vote: the secrecy of the
# ballot (RPA 1983 s.66). A blank specimen, a polling station sign or a ballot box is not.
_MARKED_BALLOT = re.compile(
    r"\b(?:marked|completed|filled[- ]in|crossed)\b[^.;]{0,40}\bballot\b|"
    r"\bballot (?:paper|papers)\b[^.;]{0,60}\b(?:cross|crosses|x) (?:visible|clearly|showing|"
    r"marked)\b"
)
_NOT_MARKED = re.compile(r"\b(?:specimen|sample|blank|unmarked|example|dummy|mock-up)\b")


def marked_ballot(c: Checking) -> int | None:
    """Clause 6.10: the index of an attachment that shows a marked ballot paper ("marked ballot
    paper photographed in the polling booth"), or None."""
    for index, attachment in enumerate(c.post.attachments):
        description = attachment.description.lower()
        if "ballot" not in description:
            continue
        if _MARKED_BALLOT.search(description) and not _NOT_MARKED.search(description):
            return index
    return None


# Round 18: the poster's own footage filmed while driving ("phone footage filmed from the
# driver's seat of a moving van"): using a hand-held phone at the wheel is an offence. Footage
# from the passenger seat, or of a parked car, is not.
_AT_THE_WHEEL = re.compile(
    r"\b(?:from|in) the driver'?s seat\b[^.;]{0,60}\b(?:moving|on the move|while driving|whilst "
    r"driving|at speed|\d+ ?mph)\b|\b(?:filmed|recorded|taken|shot) (?:while|whilst) (?:\w+ )?"
    r"(?:driving|at the wheel|behind the wheel)\b|\bphone (?:held )?(?:at|behind) the wheel\b[^.;]"
    r"{0,40}\bmoving\b"
)


def driving_footage(c: Checking) -> int | None:
    """Clauses 6.10 and 6.3: the index of the poster's own picture or video filmed at the wheel
    of a moving vehicle, or None."""
    for index, attachment in enumerate(c.post.attachments):
        description = attachment.description.lower().replace("\u2019", "'")
        if attachment.source == "own" and _AT_THE_WHEEL.search(description):
            return index
    return None


# Theft named by its euphemism: someone "helping himself to the petty cash" or "from the
# allotment shed" (6.10, and 6.9 as an accusation of dishonesty). "Help yourself to cake" is an
# offer; "helped himself to seconds" at a do is not theft: what is taken must be money, stock or
# from a store.
_HELPING = re.compile(
    r"\b(?:been |was |is |keeps? |caught )?help(?:ing|ed|s) (?:him|her|them)sel(?:f|ves) "
    r"(?:to (?:the |our |their |a few |some )?(?!free\b)(?:\w+ )?(?:petty cash|cash|money|"
    r"takings|float|"
    r"funds|kitty|till|diesel|fuel|tools|grit|compost|plants|stock|timber|bricks|paving|"
    r"materials|expenses|budget|allowances?)|from (?:the |our |their )?(?:\w+ )?(?:shed|store|"
    r"stores|till|kitty|cash ?box|tin|funds|accounts|allotments?|site|depot|yard|skip|hall|"
    r"pavilion|church|collection|charity))\b"
)
_HELPER = re.compile(
    r"(?i:\b(?:he|she|they|he'?s|she'?s|they'?ve|they'?re)\b)|\b[A-Z][a-z]+ [A-Z][a-z]+\b|"
    r"(?i:\bthe (?:clerk|rfo|treasurer|chair|warden|caretaker|councillor|bloke|man|woman|lad)\b)"
)


def helping_themselves(c: Checking) -> tuple[int, int, str] | None:
    """Clauses 6.10 and 6.9: someone said to be "helping herself to the petty cash" or "from the
    allotment shed": theft alleged by euphemism."""
    light = _light(c)
    if "help" not in light or "sel" not in light:
        return None
    hit = _search(c, _HELPING)
    if hit is None:
        return None
    s, _ = c.sentence_of(hit[0])
    if not _HELPER.search(c.post.text[s : hit[0]]):
        return None
    return hit


# The culprit named in answer to an offence ("who's doing this?" "Everyone knows it's Graham Lund
# with his 'man and van'"; "it's that couple on Orchard Close who were flogging a grey sofa"): the
# offence is in the post answered or the post, the culprit in a cleft. "It's Wendy Hale who
# reported it" names a witness: the witness verbs are left out, and so is "it's X's turn".
_ANSWERED_CULPRIT = re.compile(
    r"\b(?:[Ii]t'?s|[Ii]t is|[Ii]t was|[Ii]ts)(?: (?:definitely|obviously|only|always|clearly))? "
    r"(?:([A-Z][a-z]+ [A-Z][a-z]+)\b(?!'s turn)|that (?:\w+ )?(?:couple|family|bloke|fella|man|"
    r"woman|lad|lads|builder|lot|family|house|van|guy|pair|landlord|kids?) (?:on|off|from|at|up|"
    r"down|in) [A-Z][a-z]+(?: [A-Z][a-z]+)?)"
)
_WITNESS = re.compile(
    r"\b(?:who|that)(?:'s| has| is| was)? (?:reported|found|spotted|rang|called|told|organis\w*|"
    r"clean\w*|clear\w*|fix\w*|sort\w*|won|helped|volunteer\w*)\b"
)
_ANSWER_OFFENCE = re.compile(
    r"\bfly[- ]?tip\w*|\bdump\w*|\b" + _NOT_TRIUMPH + r"smash\w*|\bvandal\w*|\bgraffiti\b|"
    r"\bnick\w*|\bstole\w*|\bsteal\w*|\bpinch\w*|"
    r"\b" + _BURN + r"|\bset fire\b|\bbroke(?:n)? into\b|\bkeyed\b|"
    r"\bwho'?s doing (?:this|it)\b|\bwho did (?:this|it)\b|"
    # round 11, lane A: the culprit branded a criminal ("should be locked up")
    r"\b(?:should|wants?|needs?|ought to) (?:be )?lock(?:ed|ing) up\b"
)
_SHOP = re.compile(
    r"\bshop (?:him|her|them|'?em)\b|\bname and shame\b|\b(?:everyone|everybody|we all|the whole "
    r"\w+) knows\b|\bbeen at it\b|\bcaught (?:him|her|them)\b"
)


def answered_culprit(c: Checking) -> tuple[int, int, str] | None:
    """Clauses 6.10 and 6.9: a person named or described as the culprit in answer to an offence
    ("fly-tipping on Mill Lane again, who's doing this?" "Everyone knows it's Graham Lund ...
    Shop him"), with the offence in the post or the post answered and a sign that the post
    blames ("everyone knows", "name and shame", "shop him", "been at it")."""
    light = _light(c)
    if "it" not in light:
        return None
    offence = _ANSWER_OFFENCE.search(light) or (
        c.reply is not None and _ANSWER_OFFENCE.search(c.reply.light.text)
    )
    if not offence or not _SHOP.search(light):
        return None
    text = c.post.text.replace("\u2019", "'")
    for m in _ANSWERED_CULPRIT.finditer(text):
        who = m.group(1)
        if who and not _names_someone_else(c, who):
            continue
        if _WITNESS.match(text[m.end() : m.end() + 30].lstrip(" ,")):
            continue
        return m.start(), m.end(), c.post.text[m.start() : m.end()]
    return None


# Round 11, lane A: a warning to an unknown culprit, of what will follow when the poster finds
# them ("if I find out which of the Station Road lot keyed my car I'll break their legs", "if I
# find out whose it is it's going through their letterbox", "whoever keeps parking across the
# gates, your tyres are going down next time. Fair warning."): hostile (6.9); with violence or
# damage promised, a threatening communication (6.10). "If I find out who's responsible I'll let
# the police know" reports the crime, so a report named in the consequence is no threat.
_WARNED = re.compile(
    r"\bif i (?:ever )?(?:find out|catch|get hold of|clock|get my hands on)\b[^.!?]{0,60}?\b(?:who|"
    r"whose|which|whoever|the (?:lads?|kids?|ones?|person|people|culprits?|scrotes?|little))\b"
    r"[^.!?]{0,80}?(?:\bi'?ll\b|\bi will\b|\bit'?s going\b|\bthey'?ll\b|\bthey will\b|"
    r"\bthey'?re going\b|\bhe'?ll\b|\bshe'?ll\b)[^.!?]{0,60}|"
    r"\b(?:whoever|to whoever|the (?:person|idiot|clown|muppet|one|driver|owner)s?) (?:who |that )?"
    r"(?:keeps|has|'s|is|kept|did|dumped|parked|parks|left|leaves)\b[^.!?]{0,80}?\byour (?:\w+ )"
    r"{0,2}(?:is|are|will be|'re|'s) (?:going|getting|coming)\b[^.!?]{0,40}"
)
_WARNED_KEYS = ("if i", "whoever", "the person", "the idiot", "the clown", "the muppet", "the one",
                "the driver", "the owner")  # fmt: skip
_REPORTED_INSTEAD = re.compile(
    r"\b(?:police|101|report\w*|the clerk|crimestoppers|pcso|insurance|pass (?:it|"
    r"them|the details) on)\b"
)
_VIOLENCE = compile_word_starts(
    r"\b(?:break|snap|broke) (?:his|her|their|your|every|both) (?:\w+ )?(?:legs?|arms?|necks?|"
    r"nose|jaws?|fingers?|windows?)\b|\btyres? (?:are |is |will be )?(?:going|getting|coming) "
    r"(?:down|let down|slashed)\b|\bambulance\b|\bhospital\b|\bbrick\b|\bsmash\w*|\bkill\b|"
    r"\bdo (?:him|her|them) in\b|\bkick (?:his|her|their) (?:head|teeth)\b|\bburn\w*|\btorch\w*|"
    r"\bknock (?:his|her|their) (?:block|head|teeth)\b|\bslash\w*|\bkey (?:his|her|their)\b|"
    # round 13, lane A: harm to the body in other words ("they'll be needing new kneecaps", "I'll
    # wrap the bikes round their necks")
    r"\bkneecaps?\b|\bround (?:his|her|their|your) (?:\w+ )?necks?\b"
)
# Round 13, lane A: the same warning opened by "next time" or "when" ("next time I catch them
# little scrotes on the rec I'll wrap the bikes round their necks"): a threat only with harm
# promised, since "next time I catch the kids littering I'll make them pick it up" is not one.
# Review fix (session 6): the poster must catch a culprit ("see", "catch up with" and any noun
# read friendly news as threats: "next time I see the lads from the band I'll tell them they
# smashed it") and promise, as "I'll" or "we'll", a harm from the narrow list below, not the
# broad words of _VIOLENCE ("they'll be burning the candle at both ends").
_NEXT_OPENERS = ("next time", "when", "the minute", "the second")
_NEXT_WHO = ("i", "we")
# the prefilter keys are the regex's own openers, so the two cannot drift apart
_WARNED_NEXT_KEYS = tuple(f"{o} {w} " for o in _NEXT_OPENERS for w in _NEXT_WHO)
# Harm to the body or the home, promised: each is also a match of _VIOLENCE, so a hit found
# here is a threatening communication for ``warned_harm`` too.
_NEXT_HARM = (
    r"(?:break|snap) (?:his|her|their|your|every|both) (?:\w+ )?(?:legs?|arms?|necks?|nose|jaws?|"
    r"fingers?)|kneecaps?|round (?:his|her|their|your) (?:\w+ )?necks?|"
    r"kill (?:him|her|them|'?em)|do (?:him|her|them) in|"
    r"kick (?:his|her|their) (?:head|teeth) in|knock (?:his|her|their) (?:block|head|teeth) off|"
    r"(?:smash|torch|burn) (?:his|her|their) (?:\w+ )?(?:windows?|car|van|house|shed|face|head)|"
    r"slash (?:his|her|their) tyres|(?:put|send) (?:him|her|them|'?em) in "
    r"(?:an ambulance|hospital)|(?:a|the) brick through"
)
_WARNED_NEXT = re.compile(
    rf"\b(?:{'|'.join(_NEXT_OPENERS)}) (?:{'|'.join(_NEXT_WHO)}) (?:ever )?(?:find out|"
    r"catch(?! up)|get hold of|clock|get my hands on)\b[^.!?]{0,60}?\b(?:who|whose|whoever|"
    r"(?:them|'?em|him|her)\b|(?:the|them|those|that) (?:little )?(?:lads?|kids?|ones?|person|"
    r"people|culprits?|scrotes?|yobs?|idiots?|toerags?)\b)[^.!?]{0,80}?\b(?:i'?ll|i will|"
    r"we'?ll|we will|i'?m (?:going to|gonna)|we'?re (?:going to|gonna))\b[^.!?]{0,60}?"
    rf"\b(?:{_NEXT_HARM})\b"
)
# "When I catch the lads who did the planters I'll thank them" (as _WARNED's thanks exclusion).
_NEXT_KINDLY = re.compile(
    r"\b(?:thank\w*|well done|congratulat\w*|proud|buzzing|chuffed|biscuits|a pint|a brew)\b"
)


# The wrongs a warning may be about, short of an offence.
_NUISANCE = re.compile(
    r"\b(?:park\w*|across (?:the|my|our) \w+|block\w*|dog (?:mess|muck|poo|dirt)|poo|mess|messing|"
    r"litter\w*|rubbish|tipp\w*|key\w*|scratch\w*|egg\w*|nois\w*|speed\w*|letterbox|"
    r"through (?:their|his|her|your) (?:letterbox|window|door))\b"
)


def warned_culprit(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.9: a warning to an unknown culprit of what the poster will do ("if I find out
    whose it is it's going through their letterbox", "whoever keeps parking across the gates,
    your tyres are going down next time"), about an offence or a nuisance, or with harm
    promised; or the same warning for the next one caught, with harm promised ("next time I
    catch them little scrotes I'll wrap the bikes round their necks", ``_warned_next``).
    Reporting them ("if I find out who, I'll ring 101") or thanks ("if I find out who left the
    flowers I'll thank them properly") is no threat."""
    light = _light(c)
    hit = _search(c, _WARNED) if any(k in light for k in _WARNED_KEYS) else None
    if hit is None:
        hit = _warned_next(c, light)
    if hit is None:
        return None
    said = hit[2].lower()
    if _REPORTED_INSTEAD.search(said):
        return None
    # a warning about a wrong: an offence or a nuisance named, or harm promised ("if I find out
    # who left the lovely flowers I'll thank them properly" warns nobody)
    if not (_ANSWER_OFFENCE.search(said) or _VIOLENCE.search(said) or _NUISANCE.search(said)):
        return None
    return hit


def _warned_next(c: Checking, light: str) -> tuple[int, int, str] | None:
    """Clause 6.9 (and 6.10 through ``warned_harm``): the warning opened by "next time",
    "when", "the minute" or "the second" the poster catches a culprit, with harm from
    ``_NEXT_HARM`` promised as "I'll" or "we'll" ("next time I catch them kids on the field I'll
    wrap the handlebars round their necks"). Good news passed on, thanks or a photo promised
    ("when I see the Scouts I'll thank them") is no threat."""
    if not any(k in light for k in _WARNED_NEXT_KEYS):
        return None
    hit = _search(c, _WARNED_NEXT)
    if hit is None or _NEXT_KINDLY.search(hit[2].lower()):
        return None
    return hit


def warned_harm(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.10: ``warned_culprit`` with violence or damage promised ("I'll break their legs",
    "your tyres are going down"): a threatening communication."""
    hit = warned_culprit(c)
    if hit is None or not _VIOLENCE.search(hit[2].lower()):
        return None
    return hit


# Round 11, lane A: the culprit announced as known, then named ("I know exactly who's been nicking
# the lead off the pavilion. Graham Lund, and he's flogging it", "we all know who's been fly
# tipping on Mill Lane. Graham Lund's van, same every time"): an allegation of crime about a
# named person (6.10) and, named in full, a personal attack (6.9). "We all know who's been
# doing the litter pick: Wendy Hale, bless her" names no offence.
_KNOWN_CULPRIT = re.compile(
    r"\b(?:[Ii]|[Ww]e(?: all)?|[Ee]veryone|[Ee]verybody|[Tt]he whole \w+) knows? (?:exactly |full "
    r"well |fine well )?(?:who'?s|who has|who is|who was|who'?d|who|whose \w+(?: it)? is)"
    r"(?: (?:been|behind|responsible|doing|the one))?[^.!?]{0,60}?[.!?:,\u2013\u2014-]+\s*"
    r"(?:[Ii]t'?s |[Ii]t was |[Tt]hat'?s )?([A-Z][a-z]+ [A-Z][a-z]+)(?:'s)?\b"
)


def known_culprit(c: Checking) -> tuple[int, int, str] | None:
    """Clauses 6.10 and 6.9: the culprit of an offence announced as known, then named in full
    ("I know exactly who's been nicking the lead. Graham Lund ...")."""
    light = _light(c)
    if " know" not in light or "who" not in light or not _ANSWER_OFFENCE.search(light):
        return None
    text = c.post.text.replace("\u2019", "'")
    for m in _KNOWN_CULPRIT.finditer(text):
        who = m.group(1)
        if who.split(" ")[-1] in _PLACE_TAIL or not _names_someone_else(c, who):
            continue
        return m.start(), m.end(), c.post.text[m.start() : m.end()]
    return None


_PLACE_TAIL = frozenset(("Lane", "Road", "Street", "Close", "Room", "Hall", "Green", "Welfare"))
