"""Shared helpers of the structural signals: the light view of the text and a search on it in
original offsets, the decisions in the registers a text is about, a lexicon hit negated by the
words before it, and the patterns that more than one clause family uses.
"""

from __future__ import annotations

import re

from ...detectors.matching import keyword_literal, keyword_pattern
from ..base import Checking

# ---- helpers ---------------------------------------------------------------------------------


def _light(c: Checking) -> str:
    return c.text.light.text


def _search(c: Checking, pattern: re.Pattern[str]) -> tuple[int, int, str] | None:
    """First match of ``pattern`` on the light (lower-cased) view, in original offsets."""
    # several structures search one post for the same pattern: remember each answer
    cache = c.__dict__.setdefault("_search", {})
    if pattern in cache:
        return cache[pattern]
    m = pattern.search(_light(c))
    found = None
    if m is not None:
        found = c.light_hit(m)
    cache[pattern] = found
    return found


# ---- 6.4: the decisions a text is about (topic keywords and folds, by date) ---------------------


def _decisions_in(c: Checking, texts: list[str]):
    # several 6.4 structures ask about the same texts: remember the answer on the checking
    cache = c.__dict__.setdefault("_decisions_in", {})
    key = tuple(texts)
    if key not in cache:
        cache[key] = [
            d
            for d, keys, folds in _decision_index(c.ctx.decisions)
            if d.date <= c.day
            and (
                any(_keyword_in(keys, t) for t in texts if t)
                or any(said.search(t) for said in folds for t in texts)
            )
        ]
    return cache[key]


_INDEXED: dict[int, tuple] = {}


def _decision_index(decisions):
    """Each decision with its keywords as (literal, pattern) pairs and its topic folds, built
    once per registers (keyed by identity: hashing the decisions each time costs more)."""
    entry = _INDEXED.get(id(decisions))
    if entry is None or entry[0] is not decisions:
        if len(_INDEXED) > 32:
            _INDEXED.clear()
        entry = _INDEXED[id(decisions)] = (decisions, _build_index(decisions))
    return entry[1]


def _build_index(decisions):
    out = []
    for d in decisions:
        keys = tuple((keyword_literal(k), keyword_pattern(k)) for k in d.keywords)
        folds = tuple(said for key, said in _TOPIC_FOLDS if any(key.search(k) for k in d.keywords))
        out.append((d, tuple((lit, p) for lit, p in keys if p is not None), folds))
    return tuple(out)


def _keyword_in(keys, text: str) -> bool:
    return any(
        (not lit or lit in text) and any(not _street_named(text, m) for m in p.finditer(text))
        for lit, p in keys
    )


# A decision's place word used as a street's name ("Bole Hill Road" when a solar farm at Bole
# Hill was decided): the street, not the decision's topic.
_STREET_AFTER = re.compile(
    r"\s+(?:road|rd|lane|ln|street|st|avenue|ave|close|drive|way|crescent|grove|terrace|view)\b"
)
_STREET_WORDS = ("road", "lane", "street", "avenue", "close", "drive", "way", "crescent", "grove")


def _street_named(text: str, m: re.Match[str]) -> bool:
    """Is the keyword matched here only the first words of a street's name?"""
    if m.group(0).rstrip().endswith(_STREET_WORDS):
        return False  # the keyword is itself a street ("Washfield Lane")
    return _STREET_AFTER.match(text, m.end()) is not None


# A decision's topic in other words: register keywords for a council's posting rules
# ("posting authority", "social media") and how people speak of them ("post on the council
# page", "purdah", "official council notices").
_TOPIC_FOLDS = (
    (
        re.compile(r"\bposting authority\b|\bsocial media\b", re.IGNORECASE),
        re.compile(
            r"\bpost(?:s|ing|ed)? (?:on|for|to) (?:the )?(?:parish |town )?(?:council|pc|parish)\b|"
            r"\b(?:council|parish|pc)(?:'s)? (?:facebook |official )?(?:page|account)\b|"
            r"\bpurdah\b|\bofficial (?:council )?(?:notices|posts)\b"
        ),
    ),
)


# ---- 6.4 / 6.11 (round 4, lane d): a lexicon hit negated ----------------------------------------

_NEGATED_BEFORE = re.compile(
    r"(?:\b(?:don'?t|do not|doesn'?t|does not|won'?t|will not|wont|never|not|refuse to|can'?t|"
    r"cannot|couldn'?t|no longer)\s+(?:\w+\s+)?)$"
)


def preceded_by(c: Checking, hit: tuple[int, int, str], pattern: re.Pattern[str]) -> bool:
    """Do the 30 characters before a hit (lower-cased, curly apostrophes straightened) match
    ``pattern``, which anchors itself at their end with ``$``?"""
    before = c.post.text[max(0, hit[0] - 30) : hit[0]].lower().replace("\u2019", "'")
    return pattern.search(before) is not None


def negated(c: Checking, hit: tuple[int, int, str]) -> bool:
    """Is a lexicon hit negated by the words just before it ("I don't accept that", "I won't
    listen to")? Used to read acceptance and open-mindedness only where they are meant."""
    return preceded_by(c, hit, _NEGATED_BEFORE)


# ---- patterns shared by more than one clause family ---------------------------------------------

# A negative verdict on something (used with a decision's topic words).
# Used by ``decisions`` (a decision condemned) and ``replies`` (a heated post answered).
VERDICT_AGAINST = re.compile(
    r"\b(?:shambles|disgrace(?:ful)?|joke|worst (?:decision|thing)|spineless|pathetic|"
    r"ridiculous|madness|farce|scandal(?:ous)?|stitch-?up|thanks for nothing|rubbish|wasted|"
    r"waste of)\b"
)

# The second person. Used by ``replies`` (heated replies) and ``politics`` (preaching).
_SECOND = re.compile(r"\b(?:you|your|you're|yourself|ya)\b")

# Insinuation about unnamed residents ("certain families", "you know who you are") with a
# negative verdict in the same post: a dog-whistle, hostile to a group without naming it.
# Used by ``replies`` (jibes) and ``communities`` (hostility to a community), with _NEGATIVE.
DOG_WHISTLE = re.compile(
    r"\byou know who you are\b|"
    r"\b(?:we|you) all know who (?:i mean|we mean|they are|i'?m on about)\b|"
    r"\b'?certain (?:families|people|types?|sorts?|elements|households)\b'?|"
    r"\bsome (?:people )?round here\b|\ba certain (?:type|sort|kind) of (?:people|family|person)\b"
)

_NEGATIVE = re.compile(
    r"\b(?:shame|shameful|downhill|ruined|ruin|trouble|problem|blame|sick of|fed up|funny how|"
    r"gone to the dogs|not welcome|aren'?t|isn'?t|don'?t belong)\b"
)

# Used by ``decisions`` (when a decision stops binding) and ``positions`` (a meeting named by
# its day).
_WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_NAMES = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]

# 6.10 / G.2: a call to obstruct lawful works ("sit down in front of the lorries").
# Used by ``offences`` (obstruction_call) and ``replies`` (a sign of stoking).
OBSTRUCT = re.compile(
    r"\b(?:lie|lay|sit|lying|sitting) down in front of (?:the |their )?(?:diggers?|bulldozers?|"
    r"machines?|lorr(?:y|ies)|trucks?|contractors?|vans?)\b|\bchain (?:yourselves|ourselves|"
    r"themselves) to\b|\bblock (?:the|their) (?:entrance|gates?|access|site|"
    r"lorries|diggers)\b|\bmake (?:it|life) hell for (?:them|the contractors|the workmen|him|"
    r"her)\b|"
    # round 17: "parking across the farm entrance so they can't get in"; "parked across the rec
    # gates so I can't get the mower out" is a complaint
    r"\bpark(?:ing)? (?:\w+ )?across (?:the|their) (?:\w+ )?(?:entrance|gates?|access)\b"
    r"[^.!?]{0,20}\bso (?:they|the \w+|nobody|no one|no-one) can'?t\b|"
    # round 19: a lawful meeting broken up ("shout them down till they give up", "make it
    # impossible to hold the meeting")
    r"\bshout (?:them|him|her|the \w+) down\b|\bmake it impossible (?:for them )?to (?:hold|run|"
    r"have|finish) the meeting\b"
)

# An offence as a verb ("dumped", "keyed three cars"). Used by ``offences`` (a culprit pointed
# out) and ``replies`` (a dog-whistle about an offence).
_OFFENCE_ACT = (
    r"(?:dump\w*|fly-?tipp\w*|stole|steal\w*|nick(?:ed|ing)|"
    r"smash(?:ed|ing) (?:up |in )?(?:the|a|an|"
    r"his|her|their|my|our|that|those|windows?|bins?|cars?)|vandalis\w*|broke into|breaking into|"
    r"key(?:ed|ing)|burgl\w*|robb\w*|mugg\w*|assault\w*|set(?:ting)? fire|torch(?:ed|ing)|"
    r"graffiti\w*|shoplift\w*|pinch(?:ed|ing)|damag(?:ed|ing)|wreck(?:ed|ing)|trash(?:ed|ing)|"
    r"kick(?:ed|ing) (?:in|over|down|off))"
)
_OFFENCE = re.compile(rf"\b{_OFFENCE_ACT}\b")
