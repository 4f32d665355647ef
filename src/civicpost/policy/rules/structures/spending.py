"""Clause 4.3: a candidate's campaign spending."""

from __future__ import annotations

import re

from ...detectors.lexicon import compile_word_starts
from ..base import Checking
from ._common import _search

# ---- 4.3: a candidate's campaign spending ------------------------------------------------------

SPENDING = compile_word_starts(
    # round 21: not time spent ("spent the day handing out bus timetables with my leaflets")
    r"\b(?:spent(?! (?:the|all|an|a few|two|three|my|our|hours|ages) (?:day|days|morning|"
    r"afternoon|evening|night|weekend|week|hour|hours|time))"
    # round 22c: nor a named day ("Spent Easter Monday delivering leaflets")
    r"(?! (?:easter |bank holiday |boxing |new year'?s )?(?:monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday|day)\b)|spend|spending(?! returns?\b)|"
    r"paid|pay|stuck|splashed|forked out|shelled out|"
    # round 39: not a poster put up ("the traders who let me put a poster in their window");
    # round 41: "everyone who's put one of my posters in their window"
    r"put(?! (?:up |out )?(?:a|an|my|our|the|some|one of (?:my|our|the)|two|three|four|five|ten|"
    r"\d+) (?:\w+ )?"
    r"(?:posters?|leaflets?|flyers?|banners?|boards?) (?:up|in|on|through|round|out)\b)|"
    r"cost me|chucked|chuck|bunged|lobbed|threw|thrown|blew|blown)\b"
    r"[^.!?]{0,60}\b(?:ads?|adverts?|advertising|boost(?:ed|ing|s)?|promoted posts?|sponsored|"
    r"banner|leaflets?|flyers?|posters?)\b|"
    r"\b(?:facebook|instagram|meta|tiktok|x|google) (?:ads?|adverts?|advertising)\b|"
    # money put behind posts on a platform ("put fifty quid behind them on Facebook")
    r"\b(?:put|stuck|chucked|bunged|spent|paid|threw)\b[^.!?]{0,25}(?:\b(?:quid|pounds?|"
    r"a tenner|a fiver|a score|\w+ grand)\b|(?<!\w)£\s?\d+\b)"
    r"[^.!?]{0,10}\b(?:behind|on|into|at)\b[^.!?]{0,20}"
    r"\b(?:facebook|fb|instagram|insta|tiktok|meta|google|boosting|promoting)\b"
)
# A trade's advert: quotes, registrations, bookings and prices. Used by ``election_advertising``
# (not election material in the period) and ``personal_data`` (the trade's own number).
TRADE_ADVERT = re.compile(
    r"\b(?:free quotes?|no obligation quotes?|quotes? (?:available|on request)|gas safe|niceic|"
    r"approved installer|fully (?:registered|insured|qualified)|no job too small|"
    r"(?:booking|taking bookings|book) (?:now|in|your)|fair prices|competitive (?:prices|rates)|"
    r"call (?:now )?for a quote|message me to book)\b",
    re.IGNORECASE,
)

# Nothing spent ("£0 on ads this time"): not a cost to return.
_NOTHING_SPENT = re.compile(
    r"(?<![\d.,])£\s?0(?![\d.,])|"
    r"\b(?:nothing|not a penny|zero|nowt|not a single penny) (?:on|spent)\b"
)


def campaign_spending(c: Checking) -> tuple[int, int, str] | None:
    """Clause 4.3: a candidate writing about money spent on advertising, boosting or campaign
    material (the judge of candidacy and dates is the caller)."""
    hit = _search(c, SPENDING)
    if hit is not None and _NOTHING_SPENT.search(c.text.light.text):
        return None
    return hit
