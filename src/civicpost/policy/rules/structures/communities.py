"""Clauses 6.3 and 6.9: hostility to a community (a call to drive it out, a dog-whistle, a
stereotype of crime) and to migrants.
"""

from __future__ import annotations

import re

from ...detectors.lexicon import compile_word_starts
from ..base import Checking
from ._common import _NEGATIVE, DOG_WHISTLE, _light, _search

# ---- 6.3 / 6.9: hostility to a community ------------------------------------------------------

COMMUNITY = re.compile(
    r"\b(?:travellers|gypsies|gipsies|roma|immigrants|migrants|asylum seekers|refugees|foreigners|"
    r"incomers|council estate lot|estate lot)\b"
)
_DRIVE_OUT = re.compile(
    r"\b(?:run|ran|driv|drove|hound|chas|kick|turf|forc|get|got|mov|shift|burn|smok)\w* "
    r"(?:\w+ ){1,3}(?:off|out)\b|\bsend (?:them|\w+) back\b|\bnot welcome\b|\bdon'?t belong\b"
)


def community_hostility(c: Checking) -> tuple[int, int, str] | None:
    """Clauses 6.3 and 6.9: an inflammatory remark about a community: a call to drive a named
    community out ("time to run the travellers off"), a dog-whistle about unnamed residents
    with a negative verdict ("gone downhill since certain families moved in"), or a stereotype of
    crime about a community (``community_stereotype``)."""
    light = _light(c)
    group = COMMUNITY.search(light)
    if group and _DRIVE_OUT.search(light):
        return c.light_hit(group)
    whistle = _search(c, DOG_WHISTLE)
    if whistle and _NEGATIVE.search(light):
        return whistle
    return community_stereotype(c)


_STEREOTYPE_KEYS = ("lock", "hide your", "be safe", "how it goes", "you know what", "watch your")


def community_stereotype(c: Checking) -> tuple[int, int, str] | None:
    """Clauses 6.9 and 6.3: a stereotype of crime about a community, named or implied with a
    knowing aside ("caravans on the verge, hide your tools, you know what they're like")."""
    light = _light(c)
    if not any(k in light for k in _STEREOTYPE_KEYS):
        return None
    group = COMMUNITY.search(light) or (_KNOWING.search(light) and _COMMUNITY_IMPLIED.search(light))
    if group and _STEREOTYPE.search(light):
        return c.light_hit(group)
    return None


# A community implied ("caravans", with "that lot" or "you know what they're like") with a
# stereotype of crime ("hide your tools", "nothing will be safe").
_COMMUNITY_IMPLIED = re.compile(r"\bcaravans?\b|\bconvoys?\b")
_KNOWING = re.compile(
    r"\bthat lot\b|\bthose people\b|\btheir sort\b|\byou know how it goes\b|"
    r"\byou know what (?:they'?re|they are) like\b"
)
_STEREOTYPE = re.compile(
    r"\block (?:up )?your (?:sheds?|doors|cars?|bikes?|tools|garages?|valuables|gates?)\b|"
    r"\block (?:your )?(?:sheds?|doors|cars?|bikes?|tools|garages?|gates?) up\b|"
    r"\bhide your (?:valuables|tools|bikes?|stuff|kids)\b|\bnothing'?(?:ll| will) be safe\b|"
    r"\byou know how it goes with\b|\byou know what (?:they'?re|that lot are|those people are) "
    r"like\b|\bwatch your (?:sheds?|tools|bikes?|stuff|purses?|wallets?)\b"
)


# ---- 6.9 (round 4, lane a): hostility to migrants -----------------------------------------------
# Each pattern below is a family stated in general terms (who speaks about whom, what is done,
# how the text is shaped), with its near-misses in tests/policy/test_clause_families_4a.py.

# 6.9: hostility to migrants by an implicit referent and a call to remove or keep them out.
_MIGRANTS = re.compile(
    r"\b(?:boat ?loads?|small boats?|the boats|dinghies|illegals|illegal (?:immigrants|migrants)|"
    r"asylum (?:seekers|hotels?)|migrants|immigrants|refugees|foreigners|hotels? full of|rwanda|"
    r"came (?:over )?(?:here )?on (?:a |the )?(?:boats?|dinghy|dinghies|lorr(?:y|ies)))"
    r"\b"
)
# A call to remove them: "on the next plane", "should all be deported", "ship them back".
_REMOVE = compile_word_starts(
    r"\b(?:put|send|stick|get|ship|fly|putting|sending) (?:\w+ ){0,3}on (?:a|the next|the first) "
    r"(?:plane|flight|boat)\b|\b(?:should|must|need to|ought to|wants?|want) (?:all )?(?:be )?"
    r"(?:putting )?on (?:a|the next|the first) (?:plane|flight|boat)\b|"
    r"(?:^|[.!?,;:]\s*|\bjust |\bso |\band )deport (?:the lot|them all|all of them|them|"
    r"every one of them|em)\b|"
    r"\b(?:should|must|need to|ought to) (?:all )?be (?:deported|sent (?:back|home)|"
    r"shipped (?:off|back|out)|kicked out|thrown out|removed)\b|\b(?:deport|send|ship|kick|throw)"
    r" (?:them|em|the lot|all of them|every one of them)(?: all)? ?"
    r"(?:back|home|out|off|packing)\b"
)
# Grievance or dehumanising cues, said of migrants named or implied by their crossing.
_KEEP_OUT = re.compile(
    r"\binvasion\b|\binvaded\b|\bswarm\w*\b|"
    r"\bwhile our (?:own |pensioners|veterans|kids|homeless|elderly|old folk|people)\b|"
    r"\bbefore our own\b|\bdon'?t call me (?:a )?racist\b|\bi'?m not (?:a )?racist,? but\b|"
    r"\bnot being racist,? but\b|"
    # round 6, lane a2: kept out of "our" place, or a knowing "we all know who'll end up there"
    r"\bnot (?:in|round|near|on) (?:here|our (?:village|street|estate|doorstep|patch|parish|town)|"
    r"my (?:village|street|doorstep|patch|watch))\b|\bnot in \w+,? not (?:while|whilst|on|now)\b|"
    r"\b(?:we all|everyone|everybody) knows? who'?(?:ll| will) (?:end up|be (?:put|housed|living)|"
    r"get)\b|"
    # round 7, lane a3: money or homes grudged them against "our" needs ("always money for hotels
    # for the small boat lot but never for our rec"), or their contribution denied ("flats for
    # folk who've never paid a penny in")
    r"\b(?:always|plenty of|loads of|found the) money for\b[^.!?]{0,50}\b(?:but|yet|while)"
    r"(?: there'?s)? (?:never|not|nothing|no)\b|\bnever (?:paid|put) (?:a penny|a thing|nowt|owt|"
    r"anything|a bean|a single penny) in(?:to)?\b"
)
# Sent back "where they came from": hostile whoever it is said of.
_WHERE_FROM = re.compile(
    r"\b(?:send|go|ship|get|fly|put) (?:\w+ ){0,4}back (?:to )?where (?:they|you|he|she|them|"
    r"their lot) (?:came|come) from\b"
)
# A hotel is a migrant referent only with a call to remove the people in it.
_HOTEL = re.compile(r"\b(?:in |at )?the (?:\w+ ){0,2}hotels?\b")


_MIGRANT_KEYS = (
    "boat", "dingh", "illegal", "asylum", "migrant", "immigrant", "refugee", "foreigner", "hotel",
    "rwanda", "came over", "came here", "came from", "come from",
)  # fmt: skip


def migrant_hostility(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.9: an inflammatory remark about migrants, named or referred to by implication
    ("the small boats", "the lot in the hotel") with a call to remove them ("ship them all
    back", "deport the lot") or a grievance set against "our own" ("while our veterans wait");
    or anyone told to go "back where they came from"; migrants said to jump the queue ahead of
    "our" people ("migrants get a house in six weeks and our lad's been waiting four years");
    foreigners implied by the language heard ("heard more foreign than English", "nobody speaks
    English round here"). Reporting on asylum policy, or sympathy
    ("refugees arrived on a plane from Kabul, please donate"), is left alone."""
    light = _light(c)
    if "english" in light or "foreign" in light:
        tongue = _search(c, _FOREIGN_TONGUES)
        if tongue:
            return tongue
    if not any(k in light for k in _MIGRANT_KEYS):
        return None
    if "our" in light:
        queue = _search(c, _QUEUE_JUMP)
        if queue and re.search(r"\bour\b", light):
            return queue
    where = _search(c, _WHERE_FROM) if "came from" in light or "come from" in light else None
    if where:
        return where
    group = _MIGRANTS.search(light)
    if group is None or not (_REMOVE.search(light) or _KEEP_OUT.search(light)):
        group = _HOTEL.search(light)
        if group is None or _REMOVE.search(light) is None:
            return None
    return c.light_hit(group)


# 6.9 (round 5, lane a): xenophobia by implication, through the language heard in the street
# ("heard more foreign than English", "nobody speaks English round here any more"). Asking for
# translated leaflets or praising a language class has no lament.
_FOREIGN_TONGUES = compile_word_starts(
    r"\b(?:hear|heard|hearing|speak|speaking|spoken|spoke|talking) (?:more|less) (?:\w+ )?"
    r"(?:foreign|polish|romanian|urdu|punjabi|arabic|eastern european|\w+ish) than english\b|"
    r"\b(?:nobody|no one|no-one|hardly anyone|hardly anybody|none of them|not one of them) "
    r"(?:even )?(?:speaks?|speaking|can speak|talks?) (?:a word of )?english\b|"
    r"\b(?:can'?t|cannot|couldn'?t) (?:even )?hear (?:any |a word of )?english\b|"
    r"\blike (?:being in )?a foreign (?:country|land)\b"
)
# Migrants said to get a home or help before "our" people.
_QUEUE_JUMP = re.compile(
    r"\b(?:migrants|immigrants|asylum seekers|refugees|foreigners|illegals|they|them) "
    r"(?:all )?(?:get|gets|got|are given|are getting|getting|get given|walk into|jump) "
    r"(?:a |free |straight |new )?(?:house|houses|housing|homes?|flats?|hotels?|everything|"
    r"priority|benefits|phones|the queue|to the front)\b"
)
