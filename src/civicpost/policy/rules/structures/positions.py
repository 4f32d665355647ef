"""Clause 6.11: a stated intention or verdict before the meeting (a declared vote, a refusal to
listen, a closing verdict), and the meetings a post names by their day.
"""

from __future__ import annotations

import re

from ...detectors.lexicon import compile_word_starts
from ..base import Checking
from ._common import _MONTH_NAMES, _WEEKDAY_NAMES, _light, _search

# ---- 6.11: a stated intention or verdict before the meeting -----------------------------------

# A first-person statement of how one will vote ("I'm not voting for any rise", "I'll not be
# voting for that", "won't be voting for £52", "I'm voting against it").
VOTE_INTENTION = re.compile(
    r"\b(?:i'?m|i am|i'?ll|i will|i'?d|i would|i shall|won'?t|will not|not|never)"
    r"(?: not| never| definitely| certainly| be| going to| gonna)*\s+vot(?:e|ing)"
    r"(?: (?:for|against|to|yes|no|it|that|this|any|them)\b)"
)
# A verdict that closes the matter ("and that's that", "simple as", "end of", "an easy one").
VERDICT = compile_word_starts(
    r"\b(?:and )?that'?s that\b|\bsimple as\b|\bend of\.|\bend of$|\bdone deal\b|"
    r"\bforegone conclusion\b|\b(?:an )?easy (?:one|decision|call)\b|"
    r"\bwill just have to (?:lump it|accept it|live with it)\b|\bit'?s happening\b|"
    # round 5: the meeting a formality, one answer only, an order to refuse, a settled need
    r"\b(?:just |only |merely )?a (?:mere )?formality\b|\bno two ways about it\b|"
    r"\bonly (?:one )?(?:sensible|real|obvious|possible|serious) (?:choice|option|spot|place|site|"
    r"answer|way|candidate|bid|outcome)\b|\bwhere to stick\b|\blong overdue\b|"
    # round 11: the outcome called certain by an idiom ("a no brainer", "it's in the bag", "the
    # skate park IS happening", "about time", "I've already made my mind up"); an open mind
    # ("I haven't made my mind up") is excused by the caller's open_mind lexicon first
    # ... but not a no-brainer that invites ("It's a no-brainer: come and see the plans")
    r"\bno[- ]?brainer\b"
    r"(?!\s*[:\-\u2013\u2014]\s*(?:come|pop|drop|join|see|read|check|book|sign)\b)|"
    r"\b(?:it'?s|is|are|'s|'re|got (?:it|them|this)) "
    r"(?:already |all |firmly )?in the bag\b|(?<!what)(?<!that)(?<!this )\b(?:is|are|'s|'re) "
    r"(?:definitely |deffo |really |still |100% |absolutely )?happening\b"
    # ... (round 37) nor sympathy for what goes on ("I'm really sorry this is happening")
    # ... but not an event's date or place ("the drop-in is happening on Saturday at the
    # Welfare", "... happening this Friday", "... every Tuesday"; not "happening this year")
    r"(?! (?:now|right now|there and then|again|tonight|at|in|on|from|every|today|tomorrow|"
    r"(?:this|next) (?:\w+day|week|weekend|morning|afternoon|evening))\b)|"
    # ... nor news of the item awaited ("About time we had a date for the consultation!")
    r"\babout time\b(?!,? (?:we|they|you|i|someone|somebody) (?:had|got|heard|knew|were told|"
    r"was told|found out|saw) (?:a |an |some |the )?(?:date|dates|news|update|word|details|info|"
    r"answer|say|chance|meeting|consultation)\b|,? there (?:was|were|is) (?:a |an |some )?"
    r"(?:date|dates|news|update|word|details|info|answer|meeting|consultation|say)\b)|"
    r"(?<!n't )(?<!not )\b(?:already )?made (?:my|our) minds? up\b"
)
# Every form of VERDICT contains one of these (a cheap test before it; "s that" is in both
# "that's that" and "thats that").
_VERDICT_KEYS = (
    "s that", "simple as", "end of", "done deal", "foregone conclusion", "easy ",
    "just have to", "happening", "formality", "no two ways", "only ", "where to stick",
    "long overdue", "brainer", "in the bag", "about time", "made ",
)  # fmt: skip
# A side to be argued for at the meeting, or an outcome hoped for by the council ("I'll be
# pushing for the freeze", "that's who I'll be proposing", "hope we go for the cheapest"), tied by
# the caller to an item still to be decided by one of its topic words.
PREFERENCE = compile_word_starts(
    r"\b(?:i'?ll|i will|i'?m going to|we'?ll|we will)(?: be)? (?:pushing|arguing|proposing|"
    r"seconding|gunning|bidding|applying|going) for\b|"
    r"\bthat'?s (?:who|what|which one|the one) (?:i'?ll|i will|i'?m)(?: be)? "
    r"(?:proposing|seconding|backing|voting for|supporting|pushing for)\b|"
    r"\b(?:i'?ll|i will|i'?m going to)(?: be)? (?:propos|second)(?:e|ing) (?:it|that|them|the)\b|"
    r"\b(?:hope|hoping|trust) we (?:go for|pick|choose|back|vote for|approve|refuse|reject|"
    r"throw (?:it|this|them) out)\b"
)
# Every form of PREFERENCE contains one of these (a cheap test before it).
_PREFERENCE_KEYS = (
    "ing for",
    "propos",
    "second",
    "hope we",
    "hoping we",
    "trust we",
    "who i",
    "what i",
    "which one i",
    "the one i",
)


def stated_position(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.11: a declared vote ("I'm not voting for", "not getting my vote", "it's a no"),
    a refusal to listen ("I won't be listening to any so-called experts") or a closing verdict,
    judged by the caller against the agenda items still to be decided."""
    return declared_stance(c) or closing_verdict(c) or declared_preference(c)


def closing_verdict(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.11: a closing verdict on the outcome ("done deal", "that's that", "no-brainer")."""
    if not any(k in _light(c) for k in _VERDICT_KEYS):
        return None
    return _search(c, VERDICT)


def declared_preference(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.11 (and 6.2 on the council's page): a side to be argued for at the meeting or an
    outcome hoped for ("I'll be pushing for the freeze", "we'll be going for the full £85k")."""
    if not any(k in _light(c) for k in _PREFERENCE_KEYS):
        return None
    return _search(c, PREFERENCE)


# ---- 6.11 (round 5, lane C): a view on the item ridiculed ---------------------------------------

# Someone's view reported ("X reckons", "has objected to", "says") and laughed off ("pull the
# other one", "suddenly an expert", "Sharon love, ...", an eye-roll): a councillor belittling one
# side of a matter still to be decided. The caller ties it to the item by a topic word of the
# post itself.
_REPORTED_VIEW = re.compile(
    r"\b(?:reckons?|claims?|reckoning|claiming|insists?|objected|objecting|'s objected|"
    r"(?:is|are|'s|'re) (?:moaning|whinging|worried|up in arms|kicking off))\b"
)
_RIDICULE = compile_word_starts(
    r"\bpull the other one\b|\bsuddenly (?:an? |the )?(?:expert|authority|genius)\b|"
    r"(?:^|[.!?]\s*)[a-z]+ (?:love|pet|duck|pal|mate),|\bgive over\b|\bget a grip\b|"
    r"\baway with the fairies\b|[\U0001F602\U0001F923\U0001F644]"
)


def ridiculed_view(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.11: a reported view on a matter laughed off ("Jim reckons £52 is fair. Pull the
    other one"); the caller ties it to an item still to be decided."""
    light = _light(c)
    if not any(
        k in light
        for k in ("reckon", "claim", "insist", "object", "moan", "whing", "worr", "arms", "kicking")
    ):
        return None
    if _RIDICULE.search(c.post.text.lower()) is None:
        return None
    return _search(c, _REPORTED_VIEW)


# ---- 6.11 (round 4, lane d): stances ------------------------------------------------------------
# (structures owned by the 6.11 rules; see stated_position)

# 6.11: more stated positions: "not getting my vote", "I won't be listening to any so-called
# experts", "it's a NO".
DECLARED_VOTE = re.compile(
    r"\b(?:not|never|isn'?t|aren'?t|ain'?t|won'?t be|wont be)\s+(?:getting|having|winning|earning)"
    r"\s+my (?:vote|support|backing)\b|"
    r"\b(?:won'?t|will not|wont|never) (?:get|win|earn|have) my (?:vote|support|backing)\b|"
    r"\bit'?s a (?:big |firm |definite |flat |hard |straight |clear )?(?:no|yes)\b"
    r"(?![-\w]| (?:brainer|problem|wonder|go|doubt|shame|fan))|"
    r"\b(?:is|'s) a (?:big |firm |definite |flat |hard |clear )?(?:no|yes) (?:vote )?from me\b|"
    r"\b(?:count|put) me (?:down )?(?:as|for) (?:a )?(?:firm |definite |big )?(?:no|yes|against)\b|"
    r"\bmy vote(?:'s| is| will be)? (?:going |goes |will go )?against\b"
)
REFUSE_TO_LISTEN = re.compile(
    r"\b(?:won'?t|will not|wont|not going to|refuse to|never)\s+(?:be\s+)?listen(?:ing)? to "
    r"(?:any(?:one|body)?\b|them\b|(?:the |those |these |any |so-called )*(?:\w+ )?(?:objectors|"
    r"experts|residents|moaners|protesters|officers|planners|consultants|evidence|consultation|"
    r"report|campaigners|nimbys)\b)|"
    r"\bso-called experts?\b"
)


# Asked how one will vote, and answering ("are you voting for the 20mph?" "Absolutely not.").
_ASKED_VOTE = re.compile(
    r"\b(?:are|will|would) you (?:be )?(?:vot(?:e|ing) (?:for|against|to|yes|no|in favour)|"
    r"back(?:ing)?|support(?:ing)?|oppos(?:e|ing))\b|\bwhich way (?:are|will) you\b"
)
_ANSWER = re.compile(
    r"^\W*(?:absolutely|definitely|certainly|of course|too right|damn right|hell yes|yes|yep|yeah|"
    r"nope|never|not a chance|no way|100%|you bet)\b(?! (?:comment|idea|decision has))"
)


def declared_stance(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.11: a first-person vote or refusal to listen strong enough to tie to the next
    meeting by its day alone ("not getting my vote on Tuesday"), or a flat answer to "are you
    voting for ...?"."""
    hit = _search(c, VOTE_INTENTION) or _search(c, DECLARED_VOTE) or _search(c, REFUSE_TO_LISTEN)
    if hit is None and c.reply is not None and _ASKED_VOTE.search(c.reply.light.text):
        hit = _search(c, _ANSWER)
    return hit


def meetings_named(c: Checking) -> list[str]:
    """Ids of meetings in the coming fortnight named by their day in the post ("on Tuesday",
    "on the 12th", "12 Jan")."""
    light = _light(c)
    out = []
    for m in c.ctx.meetings:
        delta = (m.date - c.day).days
        if not 0 <= delta <= 14:
            continue
        month = _MONTH_NAMES[m.date.month - 1][:3]
        day = m.date.day
        pattern = (
            rf"\b{_WEEKDAY_NAMES[m.date.weekday()]}\b|\b(?:the )?{day}(?:st|nd|rd|th)\b|"
            rf"\b{day} {month}\w*|\b{month}\w* {day}\b"
        )
        if re.search(pattern, light):
            out.append(m.id)
    return out
