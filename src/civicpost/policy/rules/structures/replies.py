"""Good practice G.2 and clause 6.9: a reply that raises the temperature (shouting, goading,
joining or feeding the anger answered) and jibes or retorts aimed at the person rather than the
point.
"""

from __future__ import annotations

import itertools
import re

from ...detectors.lexicon import compile_word_starts
from ..base import Checking, once_per_post
from ._common import (
    _NEGATIVE,
    _OFFENCE,
    _SECOND,
    DOG_WHISTLE,
    OBSTRUCT,
    VERDICT_AGAINST,
    _light,
    _search,
)

# ---- G.2: a reply that raises the temperature -------------------------------------------------

_CAPS = re.compile(r"(?<![\w@#])([A-Z][A-Z']{1,9})(?![\w])")
_ACRONYM_SHAPE = re.compile(r"^[^AEIOUY]+$|^(?:CCTV|PSPO|BMX|MBC|NHS|AGM|UK|GB|OK|PC|TV|FAQ|LED)$")
GOADING = compile_word_starts(
    r"\boh look\b|\bhere we go\b|\bround (?:2|two)\b|\bding ding\b|\bbring it on\b|"
    r"\bsay it to my face\b|\b(?:and )?what about (?:the|all|them|those)\b|\bwhy pick on\b|"
    r"\beveryone'?s at it\b|\btag everyone\b|\bget (?:this|it) trending\b|\bthe more noise\b|"
    r"\bwell maybe (?:you|your)\b|\bno you\b|\bgo back to\b|"
    r"\bgoing to be good\b|\bpal\b|\bsunshine\b"
)
MOCK = re.compile("[\U0001f644\U0001f937\U0001f37f\U0001f923\U0001f602\U0001f921\U0001f595]")
_RHETORICAL = re.compile(
    r"\b(?:do|did|have|can|could|would|are|were|will) you (?:ever|even|actually|really|seriously)\b"
    r"[^?]*\?|(?:^|[.!?]\s+)\w+ (?:them|it|that)\?"
)


def shouting_words(text: str) -> list[re.Match[str]]:
    """Words written in capitals for emphasis ("No YOU listen"), not acronyms, in text that is
    not written in capitals throughout."""
    letters = [ch for ch in text if ch.isalpha()]
    if not letters or sum(ch.isupper() for ch in letters) > 0.6 * len(letters):
        return []
    return [
        m
        for m in _CAPS.finditer(text)
        if not _ACRONYM_SHAPE.search(m.group(1)) and not _spelt_out(text, m)
    ]


def _spelt_out(text: str, m: re.Match[str]) -> bool:
    """An acronym in brackets, or one whose letters are the initials of the capitalised words
    before it ("Information Commissioner's Office (ICO)")."""
    if text[max(0, m.start() - 1) : m.start()] == "(":
        return True
    initials = "".join(w[0] for w in re.findall(r"\b[A-Z][\w']*", text[: m.start()]))
    return m.group(1).replace("'", "") in initials


# Round 13, lane A: "pal" goads only as a form of address in a cold reply ("take it up with
# someone who cares pal"). A pal as a friend ("I've a pal with a welder", "me and my pal") or
# "pal" in sympathy ("gutted for you pal", "sorry to hear that pal") raises no temperature.
_PAL_AS_FRIEND = re.compile(r"\b(?:a|my|me|his|her|your|our|their|old|best|good) $")
_SYMPATHY = re.compile(
    r"\b(?:gutted for (?:you|ya|u)|sorry to hear|sorry for (?:you|your)|"
    r"hope (?:you|ya|u)(?:'re| are)? (?:ok|okay|alright|well|feeling)|get well|"
    r"thinking of (?:you|ya)|hope (?:you|they) "
    r"(?:find|get|catch)|that'?s (?:awful|terrible|rotten|horrible)|poor (?:you|lad|lass|thing))\b"
)


def _kindly_pal(text: str, m: re.Match[str], sympathy: list[bool]) -> bool:
    """G.2: a "pal" that is a friend ("me and my pal") or said in sympathy ("sorry to hear that
    pal"), not a cold form of address. ``sympathy`` holds the answer of the one search of the
    whole text for sympathy, made at the first "pal" that needs it (review fix, session 6: it
    was made once for every "pal", quadratic on a reply repeating it)."""
    if m.group(0) != "pal":
        return False
    if _PAL_AS_FRIEND.search(text[max(0, m.start() - 7) : m.start()]):
        return True
    if not sympathy:
        sympathy.append(_SYMPATHY.search(text) is not None)
    return sympathy[0]


def heated_reply(c: Checking) -> tuple[int, int, str] | None:
    """Good practice G.2: a reply shaped to escalate. Two independent signs are needed among:
    capitals for emphasis, mocking emoji, goading or sarcastic openers ("oh look", "round 2",
    "what about the ..."), a rhetorical question at the person answered, joining or feeding the
    anger answered or brushing the person off (``stoking_signs``), and a second-person remark;
    or one strong sign (goading) aimed at the person answered."""
    if not c.post.in_reply_to:
        return None
    text = _light(c)
    signs: list[tuple[int, int, str]] = []
    caps = shouting_words(c.post.text)
    if caps:
        signs.append((caps[0].start(), caps[0].end(), caps[0].group(0)))
    sympathy: list[bool] = []
    goads = (m for m in GOADING.finditer(text) if not _kindly_pal(text, m, sympathy))
    for m in itertools.islice(goads, 2):
        signs.append(c.light_hit(m))
    hit = _search(c, _RHETORICAL)
    if hit:
        signs.append(hit)
    strong = len(signs) - bool(caps)
    signs.extend(stoking_signs(c))
    mock = MOCK.search(c.post.text)
    if mock:
        signs.append((mock.start(), mock.end(), mock.group(0)))
    second = _SECOND.search(text) is not None
    if len(signs) >= 2 or (strong and second):
        return signs[0]
    # round 9, lane A: one sign is enough when it is a call to harm or to go after someone, or
    # the people answered told to inform themselves instead of moaning, under a heated post
    if angry_post(c.reply):
        hit = _called_out(c) or told_off(c)
        if hit:
            return hit
    return sarcastic_reply(c)


# Round 10, lane A: a sarcastic answer to a complaint: what the person "should" have done
# ("maybe check before you set off next time 🙃", "maybe try carrying it home?"), told to read
# "properly before you start shouting", "go on, tell me all about ...", a deadpan
# "..., obviously 🙄", or the complaint pushed away ("not our job", "we're not the poo police").
# Needs a post answered that is not friendly and a mocking emoji or a "you" at the person; a
# plain route ("have a look at the minutes, they're online") is not sarcasm.
_SARCASM = compile_word_starts(
    r"\b(?:maybe|perhaps)(?: try| just)? (?:check|read|look|ask|google|carry|carrie|bring|use|"
    r"open|turn|pick|bag|plan|buy)\w*\b[^.!?]{0,40}?\b(?:next time|first|before you|yourself|"
    r"home|properly)\b|"
    r"\bbefore you (?:start |go )?(?:shouting|moaning|kicking off|mouthing off|ranting|"
    r"complaining|whinging|having a go)\b|"
    r"\b(?:read|check) (?:it|them|the \w+) properly\b|"
    r"\b(?:but )?go on,? tell (?:me|us)\b|"
    r",\s*obviously\s*(?:[.!]|$|[\U0001f300-\U0001faff\u2600-\u27bf])|"
    r"\bnot (?:my|our) (?:job|problem)\b|\bwe'?re not the \w+ police\b"
)
_SARCASM_KEYS = (
    "maybe", "perhaps", "before you", "properly", "go on", "obviously", "not my", "not our",
    "police",
)  # fmt: skip
_MOCK_OR_WINK = re.compile(
    "[\U0001f644\U0001f937\U0001f37f\U0001f923\U0001f602\U0001f921\U0001f595\U0001f643\U0001f60f]"
)


def sarcastic_reply(c: Checking) -> tuple[int, int, str] | None:
    """Good practice G.2: a sarcastic answer to a complaint ("maybe check before you set off next
    time 🙃", "read them properly before you start shouting", "..., obviously 🙄"), with a mocking
    emoji or said to "you", under a post that is not friendly."""
    reply = c.reply
    if reply is None:
        return None
    light = _light(c)
    if not any(k in light for k in _SARCASM_KEYS):
        return None
    hit = _search(c, _SARCASM)
    if hit is None or _FRIENDLY.search(light):
        return None
    if not (_MOCK_OR_WINK.search(c.post.text) or _SECOND.search(light)):
        return None
    return hit if _heated(c, reply) else None


def angry_post(reply) -> bool:
    """Is the post answered angry: anger words, a verdict or shouting (not merely unfriendly)?"""
    return bool(
        _ANGRY.search(reply.light.text)
        or VERDICT_AGAINST.search(reply.light.text)
        or shouting_words(reply.original)
    )


# ---- 6.9: jibes at a person by structure ------------------------------------------------------

# A mock title before a capitalised word ("Captain Moan", "Lady Fairfield"): a nickname that
# belittles, when the post mocks ("... again", "on the warpath") and the words are neither a
# person in the registers nor a real office ("Lord Mayor"). Mr/Mrs/Miss are real honorifics.
MOCK_TITLE = re.compile(
    r"\b(?:Captain|Lady|Lord|Queen|King|Princess|Prince|Little Miss|Sir)"
    r" (?!Mayor|Mayoress|Lieutenant|Chancellor|Provost)([A-Z][a-z]+)(?:'s)?\b"
)
# A name given, not a nickname thrown: "named him Sir Prickles", "christened her Lady Fluff".
_NAMING = re.compile(r"\b(?:named|christened|naming) (?:him|her|it|them)? ?$")
# Every match of MOCK_TITLE starts with one of these ("Princess" with "Prince").
_TITLE_WORDS = ("Captain", "Lady", "Lord", "Queen", "King", "Prince", "Little Miss", "Sir")
_MOCK_CONTEXT = re.compile(
    r"\bagain\b|\bon the warpath\b|\bmoaning\b|\bwhinging\b|"
    r"\bget (?:the|a|her|him) (?:\w+ )?hobby\b"
)
# The person answered belittled by what they supposedly cannot do, or told what to do with
# their own family ("maybe your mum should ..."), or mocked for how they live.
BELITTLE = compile_word_starts(
    r"\byou(?:'re| are)? (?:clearly |obviously |just |really |honestly |simply )?"
    r"(?:can'?t|cannot|couldn'?t|don'?t know how to) (?:even )?(?:read|count|spell|write|think|"
    r"understand|add up|string|follow)\b|"
    r"\bdo you (?:ever|even) (?:leave|get off|stop|do|go|read|listen)\b|"
    r"\b(?:well )?maybe your (?:mum|mam|mother|dad|father|wife|husband|kids?|son|daughter|missus|"
    r"fella|nan|gran)\b[^.!?]{0,40}\bshould\b|"
    r"\bsay (?:it|that|this) to my face\b"
)


def jibe(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.9: a personal attack carried by structure rather than by an insult word: a
    mocking nickname (a mock title before a name, in a mocking context), belittling the person
    answered, a dog-whistle about unnamed residents with a negative verdict, or a retort aimed at
    the person rather than the point (see ``retort``), a put-down (``put_down``) or contempt for a
    party's voters (``voters_damned``)."""
    text, light = c.post.text, _light(c)
    # without a title word MOCK_TITLE cannot match: skip the scan
    titles = MOCK_TITLE.finditer(text) if any(k in text for k in _TITLE_WORDS) else ()
    for m in titles:
        if c.people.match_name(m.group(0).removesuffix("'s")):
            continue
        if _NAMING.search(text[max(0, m.start() - 30) : m.start()]):
            continue  # round 41: a pet's grand name ("named him Sir Prickles")
        if _MOCK_CONTEXT.search(light) or MOCK.search(text):
            return m.start(), m.end(), m.group(0)
    hit = _search(c, BELITTLE)
    if hit:
        return hit
    whistle = _search(c, DOG_WHISTLE)
    if whistle and (_NEGATIVE.search(light) or _OFFENCE.search(light)):
        return whistle
    return (
        retort(c)
        or put_down(c)
        or voters_damned(c)
        or sneer(c)
        or dig(c)
        or blamed_complainant(c)
        or dozing(c)
        or views_scorned(c)
        or idle_complainer(c)
    )


# ---- 6.9 (round 4, lane a): retorts -------------------------------------------------------------
# Each pattern below is a family stated in general terms (who speaks about whom, what is done,
# how the text is shaped), with its near-misses in tests/policy/test_clause_families_4a.py.

# Told to get out if they do not like it ("don't like it here? Then go", "those who don't like it
# can emigrate").
_LEAVE_IT = (
    r"(?:\bif (?:you|they|people|folk|some people|you lot|them|anyone|anybody) "
    r"(?:don'?t|doesn'?t|do not|does not) like it|\b(?:anyone|anybody|those|people|folk|whoever)"
    r"(?: who| that)? (?:don'?t|doesn'?t|do not|does not) like it|"
    r"\bdon'?t like it(?: here| round here)?\?)"
    r"(?: here| round here| in (?:this|the|our) (?:village|country|parish|town))?"
    r"[,.!]?\s*(?:then\s+)?(?:(?:you|they|he|she|them|people) )?"
    r"(?:can |could |should |are free to |is free to |know where |can always |always can )?"
    r"(?:move(?: to [a-z]+| away| out| house)?|"
    r"leave|go|get out|clear off|sod off|"
    r"do one|jog on|emigrate|pack (?:up|your bags|their bags)|there'?s the door|the door is)"
    r"(?=\s*(?:[.!?,;)\n]|$|then\b|away\b|elsewhere\b|somewhere else\b|abroad\b|out\b|house\b|"
    r"simple\b|and\b|[\U0001f300-\U0001faff\u2600-\u27bf])|"
    r"(?<=door is)|(?<=the door))|"
    r"\bdon'?t let the door hit you\b|\b(?:is|'s|are|'re) welcome to (?:you|them|him|her)\b|"
    r"\bnobody'?s stopping you\b|\bno one'?s stopping you\b|\bthe door'?s (?:that way|over there|"
    r"there)\b|\b(?:nobody|no one|no-one)'?s? (?:is )?forcing you to (?:live|stay)\b|"
    r"\b(?:go and|go|you can|you could|you should|why not|then) live somewhere else\b|"
    r"\bif you hate it (?:so much|that much|here)\b"
    r"[^.!?]{0,20}\b(?:move|leave|go)\b|\bplenty of (?:houses|places|homes)\b[^.!?]{0,30}"
    r"\bif you don'?t like it\b"
)
LEAVE_IT = re.compile(_LEAVE_IT)

# 6.9: a retort that turns on the person rather than the point.
RETORT = compile_word_starts(
    # "says the man who ...", "funny, coming from you", "this from the one that ..."
    r"(?:^|[.!?]\s+)(?:says|this from|that from) (?:the|a|an|someone|somebody|him|her|you)\b"
    # round 10, lane A: not a document ("says the report that ...")
    r"(?! (?:report|minutes?|agenda|notice|sign|survey|website|letter|email|leaflet|law|study|"
    r"data|article|paper|policy|plan|forecast|council|met office|bbc|news)\b)"
    r"[^.!?]{0,25}\b(?:who|that|whose)\b|"
    # round 10, lane A: "... Glass houses, Col." (people in glass houses shouldn't throw stones)
    r"(?:^|[.!?]\s+)(?:people (?:who live )?in )?glass houses\b|"
    # told to leave over a thing they dislike: "if you don't like Remembrance, there's the door",
    # "if that offends you, there's the door"
    r"\bif (?:(?:you|u|they|people|folk) (?:don'?t|do not) like (?:\w+[,.!]?\s+){1,4}?|"
    r"(?:that|this|it) (?:offends|upsets|bothers) (?:you|u|them|anyone)[,.!]?\s+)"
    r"(?:then\s+)?(?:there'?s the door|the door'?s (?:there|that way|over there)|"
    r"emigrate|get out|clear off|sod off|jog on|do one)\b|"
    r"\b(?:rich|funny|interesting|ironic),? (?:that )?coming from (?:you|him|her|someone who|"
    r"somebody who|the (?:\w+ )?(?:who|that))\b|\bpot,? (?:meet )?kettle\b|"
    r"(?:" + _LEAVE_IT + r")|"
    # the other side's facts in scare quotes: "your 'sources'", "your so-called data"
    r"\byour (?:so[- ]called |alleged |supposed |alternative )?[\"'](?:facts?|research|evidence|"
    r"sources?|figures|stats|statistics|data|expertise|knowledge|experience|concerns?|points?|"
    r"truth|understanding|journalism|investigation)[\"']|"
    r"\byour so[- ]called (?:facts?|research|evidence|sources?|figures|expertise|experience|"
    r"knowledge|investigation)\b|"
    # mocking how someone looks: "as fake as your tan"
    r"\bas [\w ]{2,15} as your (?:eyebrows|tan|fake tan|hair|hairline|wig|teeth|botox|lips|nails|"
    r"extensions|comb-?over)\b|"
    # sneering at the people answered: "some folk will whinge if ...", "if you had an ounce of
    # sense"
    r"\bsome of you(?: lot)?(?: round here)? (?:would|will|'?d) (?:moan|complain|"
    r"whinge|whine|grumble|winge|find something to (?:moan|complain|whinge))\b|"
    r"\bsome (?:people|folk)(?: round here)? (?:would|will|'?d) (?:moan|complain|whinge|whine|"
    r"grumble|winge)(?: about it)? if\b|"
    r"\b(?:moan|complain|whinge|whine|grumble) if (?:you|they|he|she) (?:were|was|won)\b|"
    r"\bif (?:people|you|some people|folk|you lot|they|some folk) had (?:any|an ounce of|half a|"
    r"a grain of|a bit of|any common|the) (?:sense|brains?|common sense|intelligence|gumption)\b"
    r"(?! of)|"
    # the person answered told they have done nothing: "you lot have done naff all"
    r"\byou(?:'ve| have| lot have| lot've)? (?:\w+ ){0,8}?(?:done|achieved|did) (?:sod|bugger|"
    r"jack|naff|diddly|sweet fa|nowt|zilch|f[*]* ?all)(?: all| squat)?\b(?! wrong| to be| but)|"
    # refusing to be corrected, with contempt: "don't preach at me", "spare me the lecture"
    r"\bdon'?t (?:you )?(?:dare )?(?:lecture|preach (?:to|at)|patroni[sz]e|talk down to|"
    r"mansplain to) me\b|\bspare me the (?:lecture|sermon|sanctimony|lecturing|preaching|"
    r"holier)\b|\bwho are you to (?:lecture|preach|tell me)\b|"
    # blaming the complainant: "maybe if some folk learned to use a bin ..."
    r"\bmaybe if (?:certain|some) (?:people|folk|residents|parents|families|drivers|owners|kids)\b|"
    r"\bmaybe if (?:you|people|you lot|folk) (?:\w+ )?(?:stopped|bothered|learned|learnt|"
    r"looked|read|listened)\b|"
    # "they should lose their citizenship", "wants his passport revoking"
    r"\bwants? (?:their|his|her|your) (?:passports?|citizenship) "
    r"(?:checking|revoking|taking off)\b|"
    r"\b(?:should|ought to) (?:have|lose) (?:their|his|her|your) (?:passports?|citizenship)"
    r"(?: taken| revoked)?\b|"
    # mocking the person's upset: "cry me a river", "who rattled your cage", "you've a cheek"
    r"\bcry me a river\b|\bboo[- ]?hoo\b|\bdiddums\b|\bwho rattled your cage\b|"
    # round 10, lane A: "cry more 😂", "takes one to know one 🤡"
    r"(?<!\bme )(?<!\bi )(?<!\bto )\bcry (?:some )?more\b"
    r"(?! than| about| at| over| when| if| for| of| tears)|\btakes? one to know one\b|"
    r"\btriggered much\b|\byou'?ve got a (?:right |bloody )?"
    r"cheek\b|\bbare-?faced cheek\b|\bpot calling the kettle\b|"
    # "two-faced as they come"
    r"\b(?:fake|two-faced|bent|crooked|thick|useless|nasty|dodgy|lazy|shifty|slippery|sly) as "
    r"(?:they|you|he|she|it) comes?\b|"
    # "that's drivel and you know it"
    r"\b(?:rubbish|nonsense|lies|lying|a lie|tosh|drivel|twaddle|codswallop|garbage|rot|bull|"
    r"untrue|not true|wrong|made up)\b[^.!?]{0,12}\band you (?:know|knew) it\b|"
    # an unnamed culprit hinted at: "the whole village knows who's stirring"
    r"\b(?:everyone|everybody|we all|the whole village|all of us) knows? who'?s? (?:is |was )?"
    r"(?:(?:really|actually) (?:the one )?behind|stirring|pulling the strings|at the bottom of)\b"
)


_RETORT_KEYS = (
    "says", "this from", "that from", "coming from", "kettle", "like it", "some of you",
    "some people", "some folk", "sense", "brain", "gumption", "intelligence", "lecture", "preach",
    "patroni", "talk down", "mansplain", "sermon", "know it", "knew it", "knows", "maybe if",
    "passport", "citizenship", "as they come", "as you come", "as he comes", "as she comes",
    "cry me", "boo hoo", "boo-hoo", "boohoo", "diddums", "rattled", "triggered", "cheek",
    "somewhere else", "the door", "door's", "whose", "glass houses", "cry", "one to know",
    "offends", "upsets", "bothers", "t like", "not like",
    "stopping you", "forcing you", "hate it", "your '", 'your "', "so-called", "so called",
    "as your", "sod", "bugger", "jack", "naff", "diddly", "sweet fa", "nowt", "zilch", "f all",
    "f*", "welcome to", "who are you", "know who", "moan if", "complain if", "whinge if",
    "whine if", "grumble if",
)  # fmt: skip


def retort(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.9: a retort aimed at the person instead of the point: "says the one who ...",
    told to leave if they do not like it, scare quotes round the other side's facts, mocking
    looks, sneering at the people answered, "you've done naff all", "don't preach at me",
    "nonsense and you know it", a hint at who is "really behind" something, mocking their
    upset ("boo hoo", "who rattled your cage"). Not in banter among friends (praise or thanks in
    the post)."""
    light = _light(c)
    if not any(k in light for k in _RETORT_KEYS):
        return None  # cheap gate: every retort above has one of these words
    if _FRIENDLY.search(light):
        return None  # banter among friends: "says the woman who baked 200 scones, legend"
    return _search(c, RETORT)


def love_it_or_leave_it(c: Checking) -> tuple[int, int, str] | None:
    """Clauses 6.9 and 6.3 (with a faith, G.3): someone told to leave if they do not like it."""
    return _search(c, LEAVE_IT)


# ---- G.2 (round 4, lane a): stoking -------------------------------------------------------------
# Each pattern below is a family stated in general terms (who speaks about whom, what is done,
# how the text is shaped), with its near-misses in tests/policy/test_clause_families_4a.py.

# G.2: a reply that joins and feeds the anger it answers.
_STOKE = re.compile(
    r"\b(?:(?:i'?m|i am|we'?re|we are)(?: \w+)? )?(?:as|just as|equally|every bit as) "
    r"(?:fuming|angry|"
    r"livid|furious|raging|mad|cross|fed up|sick|annoyed|wound up) as (?:you|anyone|everyone)\b|"
    r"\b(?:fuming|livid|raging|furious|seething) (?:too|as well|an all|n all)\b|"
    r"(?:^|[.!?]\s+)(?:yep|yup|yes|yeah|agreed|exactly|too right|spot on|totally|absolutely|"
    r"100 ?%(?: agree)?|couldn'?t agree more|hear,? hear|same here)"
    r"[,.!]*\s*(?:it'?s |it is |that'?s |this is |they'?re |they are )?(?:a |an )?"
    r"(?:total |absolute |"
    r"complete |utter )?(?:shocking|disgusting|disgraceful|disgrace|joke|shambles|outrageous|"
    r"criminal|scandalous|pathetic|diabolical|farce|useless|hopeless|clueless)\b|"
    r"\beveryone (?:should|needs to|must) (?:email|ring|phone|write to|message|complain to|"
    r"bombard|flood|tag) (?:them|him|her)\b|\bbombard (?:them|him|her)\b|"
    r"\bflood (?:their|his|her) (?:inbox|phones?|page)\b|"
    r"\bwait (?:till|until|til|'?til) you (?:see|hear|find out|read|look at)\b|"
    r"\bdon'?t (?:get me|even get me) started\b|\bnot the half of it\b|\btip of the iceberg\b|"
    r"\bit'?s not just the\b|\bgives? a (?:toss|damn|monkey'?s|stuff|hoot|flying)\b|"
    r"\b(?:couldn'?t|could not) care less\b|\bnever (?:has|have|did) and never will\b|"
    r"\bbeyond a joke\b|\bif only you knew\b|\U0001f440|[\U0001f621\U0001f92c\U0001f624]|"
    r"\b(?:that'?s|this is|it'?s) (?:nowt|nothing)(?:,| compared| to what| yet)|"
    r"\byou (?:want|wanna) (?:to )?see\b|\bmakes? my blood boil\b|\bblood boiling\b|"
    r"\b(?:somebody|someone|something) (?:needs|has|ought) to (?:do something|be done)"
    r"(?: drastic| about (?:it|them|this))?\b|"
    # widening the row: "screenshotting all of this"
    r"\bscreenshot(?:ting)? (?:this|the|it|your|all)\b|\b(?:stick|put|pin) (?:it|this|them) "
    r"(?:up )?on the (?:\w+ )?noticeboard\b|"
    r"\bthe same (?:couple of |few |old )?(?:people|parents|faces|names|lot|moaners|residents) "
    r"(?:kicking off|moaning|whinging|complaining|mouthing off)\b|"
    # calling a pile-on: "let's get the whole estate on here", "tagged the local paper"
    r"\b(?:let'?s|lets) (?:have|get|see) (?:the whole|all the|everyone|the rest of the) "
    r"(?:village|street|estate|town|parish|group)\b|"
    r"\btagged (?:in )?the (?:advertiser|paper|press|star|local paper|"
    r"bbc|news|papers)\b|\blet'?s see how long you last\b|\bi'?ll wait(?! for| until| till| to)\b|"
    r"\bname one\b|"
    r"\bheads? (?:should|will|must|need to|needs to|ought to|are going to|is going to) roll\b|"
    # inviting the row: "you want a fight?", "let's have it out", "see who's laughing now"
    r"\b(?:fancies|fancy|wants?|want) a (?:row|fight|scrap|ruck|barney|ding-?dong|showdown)\b|"
    r"\blet'?s (?:have (?:one|it out|this out|a row)|do this properly)\b|\bthread starts here\b|"
    r"\bsee who'?s laughing\b|"
    # threatening to dig up old posts: "I've kept screenshots", "don't make me share them"
    r"\bi'?ve (?:got|kept|saved) (?:the )?screenshots\b|"
    r"\bdon'?t make me (?:post|share|show|publish|"
    r"dig)\b|\bhave you seen what (?:your|you)\b"
)
# Brushing off the person answered: "say whatever you like", "if you refuse to read".
_DISMISS = re.compile(
    r"\b(?:believe|think|say) what(?:ever)? you (?:want|like|wish)\b|"
    r"\bif you (?:won'?t|will not|refuse to|can'?t be bothered to|don'?t want to) (?:listen|read|"
    r"accept|take it in)\b|\b(?:explained|told you|said) (?:this|it|that) (?:\w+ )?(?:times|"
    r"already|before|twice)\b|\bsuit yourself\b|\bwhatever you say\b|"
    r"\b(?:talking|like talking|talk) to a brick wall\b|\bnot arguing with you\b|"
    r"\bi'?m done (?:here|with you|arguing|talking)\b|(?:^|[.!?]\s*)whatever\s*[.!]|"
    r"\bno point (?:talking|arguing|explaining|discussing|trying)(?: (?:to|with) you)\b|"
    r"\bi give up (?:with|on) you\b|\bhave it your (?:own )?way\b|"
    r"\bif you (?:ever |had |actually |even )?bother(?:ed)? (?:to|reading|looking|checking)\b|"
    r"\b(?:but )?do (?:carry on|go on)\b|\bcarry on then\b"
)


_ANGRY = re.compile(
    r"!!|\b(?:lies|liars?|lying|useless|waste|disgust\w*|ashamed|joke|pathetic|rubbish|shambles|"
    r"disgrace\w*|name and shame|cronies|nothing|nobody|never|state|killed|hurt|fuming|sick of|"
    r"fed up|clique|ugly|abolish|wasting|no reason|again|why)\b"
)


_FRIENDLY = re.compile(
    r"\b(?:thanks?|thank you|well done|great|lovely|brilliant|amazing|fantastic|congrat\w*|proud|"
    r"looking forward|can'?t wait|excited|beautiful|gorgeous|cracking|smashing|legend|bless)\b|"
    r"[\u2764\U0001f60d\U0001f970\U0001f44f\U0001f64f\U0001f389\U0001f618]"
)


def _heated(c: Checking, reply) -> bool:
    """Is the post answered heated, or at least not friendly? A complaint, a verdict, an insult,
    shouting or anger words make it heated; thanks or praise without any of them do not."""
    if (
        _ANGRY.search(reply.light.text)
        or VERDICT_AGAINST.search(reply.light.text)
        or shouting_words(reply.original)
        or c.has("concern", reply)
        or c.has("insults", reply)
    ):
        return True
    return _FRIENDLY.search(reply.light.text) is None


# One pass over the reply for all three families.
_G2_SIGNS = compile_word_starts("|".join(p.pattern for p in (_STOKE, _DISMISS, OBSTRUCT)))


def stoking_signs(c: Checking) -> list[tuple[int, int, str]]:
    """Good practice G.2: signs that a reply joins the anger ("just as livid as you", "agreed,
    disgraceful"), feeds it ("wait until you hear about ...", "don't get me started", "they
    couldn't care less") or brushes the person off ("say whatever you like", "if you refuse to
    read"), or calls a pile-on ("everyone should ring him"). Each is one sign; the caller needs
    two. Only when the post answered is itself heated (a complaint,
    a verdict, an insult, shouting): "wait till you see the photos 😂" under a thank-you is not
    stoking."""
    reply = c.reply
    if reply is None:
        return []
    text = _light(c)
    out = []
    for m in _G2_SIGNS.finditer(text):
        out.append(c.light_hit(m))
        if len(out) == 4:
            break
    if out and not _heated(c, reply):
        return []
    return out


# ---- 6.9 (round 5, lane a): put-downs, contempt for a party's voters, sneers at colleagues ---
# Each pattern below is a family stated in general terms, with its near-misses in
# tests/policy/test_clause_families_5a.py.

PUT_DOWN = compile_word_starts(
    # condescension: "if you'd bothered to read the agenda you'd know", "try reading"
    r"\bif (?:you|u)(?:'d| had)? (?:ever |even |actually |only )?bothered (?:to )?"
    r"(?:read|reading|look|looked|looking|come|came|coming|check|checked|checking|listen|"
    r"listened|turn up|turning up|scroll\w*)\b[^.!?]{0,70}\b(?:you|u)(?:'d| would)(?: have|'ve)? "
    r"(?:know|known|see|seen|find|found)\b|"
    r"(?:^|[.!?]\s*)try reading\b|"
    # sent away like a child: "sit down and let the grown-ups talk", "run along", "keep digging"
    r"\blet the (?:grown-?ups|adults|big (?:boys|girls)) (?:talk|speak|deal with|handle|get on)\b|"
    # ... not a run along a river ("long run along the Rother this morning")
    r"\brun along\b(?! (?:the|a|by|beside|past|to)\b)|\bkeep typing\b|"
    r"\b(?:on|off|get off) (?:her|his|their|your|ur) (?:soap ?box|high horse)\b|"
    r"\bwipe (?:their|your|ur|his|her) (?:bums?|backsides?|arses?|noses?|bottoms?)\b|"
    # sneering at how much they complain: "if you spent half as long reading the minutes as you
    # do moaning", "too much time on their hands", "some people just like a moan"
    r"\bhalf (?:as long|as much time|the (?:effort|time|energy))\b[^.!?]{0,70}\b(?:moaning|"
    r"whinging|complaining|typing|posting|moan|whinge|complain|on here|on facebook)\b|"
    r"\b(?:people|folk|you|u|they|lot|he|she)\b(?: \w+){0,3}?(?:'ve| have| has|'s| got)(?: got)? "
    r"(?:far |way |a bit )?too much time on (?:their|your|ur|his|her) hands\b|"
    r"\bsome (?:people|folk|of you)(?: (?:just|really))? (?:like|love|enjoy) a (?:good )?(?:moan|"
    r"whinge|winge|grumble|rant|moan up)\b|"
    r"\b(?:whinging|moaning|typing|complaining|crying) (?:on here |on facebook |behind a keyboard "
    r")?(?:every (?:single )?(?:day|night)|all day|all night|at midnight)\b|"
    # ridiculing competence: "couldn't find their own backside with a map and a torch",
    # "couldn't add up a darts score", "couldn't run a bath never mind a ward"
    r"(?<!\bi )(?<!\bwe )\b(?:couldn'?t|could not|can'?t|cannot) find (?:their|his|her|your|ur|"
    r"\w+) (?:own )?(?:\w+ )?with (?:a map|both hands|a torch|a sat ?nav)\b|"
    r"(?<!\bi )(?<!\bwe )\b(?:couldn'?t|could not|can'?t|cannot) (?:add up|count|organise|run|"
    r"manage|spell|read|chair) (?:a |an |the )?(?:\w+ ){0,2}(?:never mind|let alone)\b|"
    r"\b(?:couldn'?t|could not|can'?t|cannot) add up (?:a )?(?:darts score|bus fare|shopping "
    r"list|raffle)\b|"
    # sneering at a colleague's absence: "didn't bother showing up. Again."
    r"(?<!\bi )(?<!\bwe )\b(?:couldn'?t|could not|can'?t|didn'?t|did not|never|won'?t) "
    r"(?:even )?(?:be )?bother(?:ed|s)? (?:to |with )?(?:turn(?:ing)? up|show(?:ing)? up|"
    r"turn(?:ing)? out|com(?:e|ing) (?:to|along))\b"
)
_PUT_DOWN_KEYS = (
    "if you", "if u", "try reading", "grown", "adults", "big boys", "big girls", "run along",
    "keep typing", "soap", "high horse", "wipe", "half as", "half the", "hands",
    "like a", "love a", "enjoy a", "some people", "some folk", "every", "all day", "all night",
    "midnight", "find", "never mind", "let alone", "add up", "bother",
)  # fmt: skip


def put_down(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.9: a put-down aimed at the person rather than the point: condescension ("if
    you'd bothered to read the agenda you'd know"), sending someone away like a child ("sit
    down and let the grown-ups talk", "run along", "on her soapbox"), sneering at how much they
    complain ("too much time on their hands", "some people just like a moan"),
    ridiculing their competence ("couldn't find their own backside with a map") or a
    colleague's absence ("didn't bother showing up"). Said of oneself ("I couldn't be bothered
    to turn up") it is not aimed at anyone."""
    light = _light(c)
    if not any(k in light for k in _PUT_DOWN_KEYS):
        return None
    return _search(c, PUT_DOWN)


# Contempt for a party's voters: wishing them harm or telling them they have lost the right to
# complain ("anyone who votes Reform deserves to be flooded out", "if you voted Tory you've no
# right to moan"). Criticism of the party itself is protected political speech.
VOTERS_DAMNED = re.compile(
    r"\b(?:anyone|anybody|everyone|everybody|those|people|folk|whoever|if (?:you|u|they)|you|u|"
    r"them)(?: (?:round here|in \w+|still|daft enough to|stupid enough to))?(?: who| that)? "
    r"(?:still )?(?:vote[sd]?|voting|votin)(?: for)? (?:[\w*!@]+ ){1,6}?(?:after [^.!?]{0,30})?"
    r"(?:(?:you|u|they) )?(?:deserves?|deserved) "
    # round 7, lane a3: the hardship wished on them ("you deserve the potholes")
    r"(?:the (?:potholes|cuts|mess|chaos|floods?|flooding|bills|consequences)\b|"
    r"to (?:be (?!heard|listened|thanked|told|given|consulted|informed|represented|"
    r"respected|proud)\w+|suffer|lose|rot|go without|freeze|starve|drown)|everything|every\w* "
    r"(?:they|you|u) get|what(?:ever)? (?:they|you|u) get|all (?:they|you|u) get|(?:their|your|"
    r"ur) \w+ (?:not|to be|cut|shut)|no (?:sympathy|help|bins|services))|"
    r"\bif (?:you|u) (?:voted|vote|still vote)(?: for)? [\w*!@]+\b[^.!?]{0,20}\b(?:you|u)(?:'ve|"
    r" have)? (?:got )?no right to (?:moan|complain|whinge|whine|winge|grumble)\b"
)


def voters_damned(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.9 (with G.3): contempt for the voters of a party, wishing them harm or denying
    their right to complain ("anyone who votes Reform deserves to be flooded out")."""
    light = _light(c)
    if "vot" not in light or ("deserv" not in light and "no right" not in light):
        return None
    return _search(c, VOTERS_DAMNED)


# ---- 6.9 (round 6, lane a2): sneers at competence, knowledge or means -------------------------
# Each pattern below is a family stated in general terms, with its near-misses in
# tests/policy/test_clause_families_6a.py.

_SNEER = compile_word_starts(
    # competence mocked in the third person: "can't even spell precept and wants to tell us how
    # to spend it", "she can't even add up", "you'd think the RFO could use a calculator"
    r"\b(?:he|she|they|who) (?:can'?t|cannot|couldn'?t) even (?:spell|add up|count)\b|"
    r"(?:^|[.!?]\s*)(?:can'?t|cannot|couldn'?t) even (?:read|write|spell|count|add up)\b"
    r"[^.!?]{0,40}\band (?:wants?|thinks?|expects?|reckons?|tells?|lectur\w+|goes)\b|"
    r"\byou'?d (?:think|have thought) (?:a |an |the |our |he |she |they |someone |somebody )?"
    r"(?!council\b|borough\b|government\b)(?:\w+ ){0,2}(?:could|would be able to|would know how to"
    r"|can) (?:at least )?(?:use a calculator|work a calculator|count|add up|read|spell|do "
    r"(?:basic )?(?:maths|sums|arithmetic)|tell the time|work a (?:spreadsheet|computer|"
    r"calculator)|use (?:excel|a spreadsheet|a computer)|answer an email)\b|"
    # not having done the homework, said of someone else: "who clearly hadn't read his papers"
    r"(?<!\bi )(?<!\bwe )\b(?:clearly|obviously|evidently) (?:hadn'?t|hasn'?t|didn'?t|had not|"
    r"did not|never|hasn'?t even|hadn'?t even|didn'?t even) (?:bothered to )?(?:read|opened|open|"
    r"looked at|look at) (?:his|her|their|the) (?:papers|agenda|reports?|minutes|briefing|pack)\b|"
    # mock expertise: "funny how he's suddenly an expert on masts", "armchair experts"
    r"\b(?:suddenly|overnight) (?:become |became |turned into )?(?:an? |the )?(?:\w+ )?"
    r"(?:expert|experts|authority|genius|geniuses)\b|\b(?:armchair|self-appointed|self-proclaimed) "
    r"(?:experts?|lawyers?|planners?|engineers?|traffic experts?)\b|"
    # round 8, lane A: expertise mocked by where it was found ("just another Facebook expert");
    # "I'm no Facebook expert" is modesty
    # "our volunteer Facebook experts will be at the drop-in" are helpers
    r"(?<!\bno )(?<!\bnot a )(?<!\bnot an )(?<!\bour )(?<!\bvolunteer )"
    r"\b(?:facebook|keyboard|internet|google|youtube|"
    r"twitter|tiktok|social media) (?:experts?|lawyers?|detectives?|genius|geniuses|planners?|"
    r"scientists?|engineers?|warriors?)\b|"
    # a verdict on a person that words fail: "greedy doesn't cover it"
    r"\b(?:greedy|rude|arrogant|useless|clueless|selfish|lazy|incompetent|shameless|spiteful|"
    r"two-faced|tight|grasping) (?:doesn'?t|does not|don'?t|do not) (?:even )?(?:begin to )?"
    r"(?:cover|describe) (?:it|them|him|her)\b"
)
_SNEER_KEYS = ("even ", "you'd", "you would", "clearly", "obviously", "evidently", "suddenly",
               "overnight", "armchair", "self-", "cover", "describe", "facebook", "keyboard",
               "internet", "google", "youtube", "twitter", "tiktok", "social media")  # fmt: skip

# Told the thing is not for them, with a shrug or a "pal" ("if you can't afford £52 a year maybe
# gardening isn't for you pal 🤷"); said kindly, without a mocking sign, it is advice.
_NOT_FOR_YOU = re.compile(
    r"\bmaybe (?:\w+ ){1,3}(?:isn'?t|is not|aren'?t|are not|wasn'?t) for (?:you|u|ya)\b"
)
_MOCK_SIGN = re.compile(
    r"[\U0001f644\U0001f937\U0001f923\U0001f602\U0001f921]|\b(?:pal|sunshine|chief|buddy|"
    r"sweetheart|petal|hun)\b"
)
# A patronising endearment said to an adult in a disagreement, with an eye-roll ("Sharon love,
# it's for 10 year olds on scooters 🙄").
_ENDEARMENT = re.compile(
    r"(?:^|[.!?]\s*)((?:[A-Z][a-z]+ )?(?:love|sweetheart|darling|petal|sweetie|hun|dear|pet)),|"
    r",\s*((?:love|sweetheart|darling|petal|sweetie|hun|dear))\s*(?:[.!?]|\U0001f644)",
    re.IGNORECASE,
)


def sneer(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.9: a sneer at a person's competence, knowledge or means: competence mocked in
    the third person ("can't even spell precept and wants to tell us how to spend it", "you'd
    think the RFO could use a calculator"), homework not done ("clearly hadn't read his papers
    again"), mock expertise ("suddenly an expert on masts", "armchair experts"), a verdict
    words fail ("greedy doesn't cover it"), told it is not for them with a shrug or a "pal"
    ("maybe gardening isn't for you pal"), a patronising endearment with an eye-roll ("Sharon
    love, it's for 10 year olds 🙄"). Said of oneself ("I clearly hadn't read the papers") it
    is not aimed at anyone."""
    light = _light(c)
    if any(k in light for k in _SNEER_KEYS):
        hit = _search(c, _SNEER)
        if hit:
            return hit
    if "for you" in light or "for u" in light or "for ya" in light:
        hit = _search(c, _NOT_FOR_YOU)
        if hit and _MOCK_SIGN.search(c.post.text.lower()):
            return hit
    if "\U0001f644" in c.post.text:
        m = _ENDEARMENT.search(c.post.text)
        if m:
            group = 1 if m.group(1) else 2
            return m.start(group), m.end(group), m.group(group)
    return None


# ---- 6.9 (round 8, lane A): digs at a person that insult without an insult word --------------
# Each pattern below is a family stated in general terms, with its near-misses in
# tests/policy/test_clause_families_8a.py.

# Someone's honesty or competence doubted by what one would not let them hold ("wouldn't trust
# him with a piggy bank", "wouldn't trust Martin as far as I could throw him"); said of a thing
# ("wouldn't trust that ladder with a child on it") it judges the thing.
_TRUST = re.compile(
    r"\b(?:wouldn'?t|would not|would never|wudnt|i'?d not|i'?d never|never) trust "
    r"(him|her|them|'?em|that (?:man|woman|bloke|fella|lot)|(?:our|the|that) (?:clerk|caretaker|"
    r"rfo|chair|chairman|treasurer|warden|councillor|cllr \w+)|[a-z]+) "
    r"(?:with (?:a|an|the|my|our|your|his|her) |as far as (?:i|you|we) could (?:throw|spit|kick))"
)
_TRUST_PRONOUNS = frozenset(("him", "her", "them", "em", "'em"))
# Work not done whether or not the person is there ("nothing'll get done, same as when she's
# here", "we won't notice the difference"): the person called useless by implication.
_SAME_AS_HERE = re.compile(
    r"\bsame as when (?:he|she|they|him|her)(?:'s| is| are|'re)? (?:here|in|at work|on duty|"
    r"around|about|there|on shift|in the office)\b|\bno different (?:to|from|than) when (?:he|she|"
    r"they)(?:'s| is| are|'re)? (?:here|in|at work|there|around)\b|\b(?:won'?t|wouldn'?t|will not|"
    r"would not) (?:even )?notice (?:the difference|(?:he|she|they)(?:'s| is| are|'re)? (?:gone|"
    r"away|off|not there))\b"
)
# Ignorance sneered at in a simile ("she wouldn't know a budget if it slapped her"); said of an
# institution ("this council wouldn't know a good idea if ...") it criticises the body.
_WOULDNT_KNOW = re.compile(
    r"\b(?:he|she|you|they|u)(?: (?:clearly|honestly|genuinely|literally))? "
    r"(?:wouldn'?t|would not|wudnt) know (?:a|an|the) (?:\w+ ){1,3}if (?:it|they|one) "
    r"(?:hit|slapped|bit|smacked|kicked|punched|smacked|jumped up and bit|walked up and)\b"
)
# A colleague's absence mocked ("Keith hasn't been to a meeting since August. Nice work if you
# can get it 🙄"): a factual note of attendance is not mocked; the mock sign makes it a dig.
_ABSENT = re.compile(
    r"\b(?:hasn'?t|has not|hadn'?t|had not|not) (?:been to|attended|turned up (?:to|at)|"
    r"shown (?:his|her|their) face at|set foot in|showed up (?:to|at)|been at) (?:a|one|any|the) "
    r"(?:single )?(?:meeting|council meeting|committee|surgery)s? (?:since|in|for)\b"
)
_MOCKED = compile_word_starts(
    r"[\U0001f644\U0001f923\U0001f602\U0001f634\U0001f4a4]|\bnice work if\b|\bmust be nice\b|"
    r"\bnice for some\b|\balright for some\b|\bfunny that\b|\bwhat a surprise\b|\bshock horror\b|"
    r"\bjob for life\b|\bcushy\b"
)
# A verdict on a councillor's whole time in office ("he's been a nightmare since he got
# elected"); "the traffic's been a nightmare since the roadworks" has no person.
_SINCE_ELECTED = re.compile(
    r"\b(?:he|she|they)(?:'s| has|'ve| have) been (?:nothing but )?(?:a |an |an absolute |a total |"
    r"a complete |an utter |a right )?(?:nightmare|disaster|liability|embarrassment|menace|"
    r"pain|useless|hopeless|a waste|shambolic|clueless|problem|joke)\b[^.!?]{0,20}\bsince "
    r"(?:he|she|they|the day (?:he|she|they)) (?:got |was |were |had been )?(?:elected|in|on|voted "
    r"in|co-?opted|appointed|took over|joined|became)\b"
)
# Staff drinking blamed for a failing ("Caretaker's been propping up the bar every night, no
# wonder the rec's a tip"); a retirement toast ("propping up the bar since 1972") blames nobody.
_PROPPING = re.compile(r"\bpropping up (?:the |that )?(?:\w+ )?bar\b")
_NO_WONDER = re.compile(r"\bno wonder\b")
# Told to grow up, as a sentence of its own ("Grow up.", "Oh grow up 🙄"); "when I grow up",
# "kids grow up fast" and "where I grew up" are not put-downs. Said to a party's voters, it is
# left to G.3 (the labelled sets' convention).
_GROW_UP = re.compile(
    r"(?:^|[.!?:;,]\s*|\n\s*)(?:oh |just |honestly,? |seriously,? |please )?grow up"
    r"(?= *(?:[.!?,]|$|\n|and\b|ffs\b|[\U0001f300-\U0001faff]))"
)
# A correction with a patronising endearment ("Get your facts right love", "do your homework,
# sweetheart"); the endearment without the correction is friendly.
_FACTS_LOVE = re.compile(
    r"\b(?:get|check) (?:your|ur|ya) facts (?:right|straight|sorted)|\bdo (?:your|ur|ya) "
    r"(?:homework|research)|\bread the (?:minutes|agenda|papers)\b"
)
_LOVE_AFTER = re.compile(
    r"[,\s]*(?:love|luv|sweetheart|darling|petal|sweetie|hun|dear|pet|sunshine|pal)\b"
)


def dig(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.9: a dig at a person without an insult word: honesty or competence doubted
    ("wouldn't trust Martin with a piggy bank", "she wouldn't know a budget if it slapped her"),
    called useless by implication ("nothing'll get done, same as when she's here"), an absence
    mocked ("hasn't been to a meeting since August 🙄"), a verdict on a whole term ("he's been a
    nightmare since he got elected"), drinking blamed for a failing ("propping up the bar ...
    no wonder the rec's a tip"), told to grow up, or a correction with a patronising endearment
    ("get your facts right love"). Said of a thing or a body ("wouldn't trust that forecast
    with ...", "this council wouldn't know ...") it is not aimed at a person."""
    light = _light(c)
    if "trust" in light:
        for m in _TRUST.finditer(light):
            if _trusted_person(c, m):
                return c.light_hit(m)
    if "same as when" in light or "no different" in light or "notice" in light:
        hit = _search(c, _SAME_AS_HERE)
        if hit:
            return hit
    if " know " in light:
        hit = _search(c, _WOULDNT_KNOW)
        if hit:
            return hit
    if "meeting" in light or "committee" in light or "surgery" in light:
        hit = _search(c, _ABSENT)
        if hit and _MOCKED.search(light):
            return hit
    if "since" in light:
        hit = _search(c, _SINCE_ELECTED)
        if hit:
            return hit
    if "propping" in light and _NO_WONDER.search(light):
        hit = _search(c, _PROPPING)
        if hit:
            return hit
    if "grow up" in light and not c.has("parties"):
        hit = _search(c, _GROW_UP)
        if hit:
            return hit
    if "facts" in light or "homework" in light or "research" in light or "read the" in light:
        for m in _FACTS_LOVE.finditer(light):
            if _LOVE_AFTER.match(light, m.end()):
                return c.light_hit(m)
    return None


def _trusted_person(c: Checking, m: re.Match[str]) -> bool:
    """Is the one not trusted a person: a pronoun, an office, or a name (a capitalised word that
    is a person in the registers or a first name)?"""
    word = m.group(1)
    if word in _TRUST_PRONOUNS or " " in word:
        return True
    start, end = c.text.light.span(m.start(1), m.end(1))
    original = c.post.text[start:end]
    if not original[:1].isupper():
        return False
    return bool(c.people.match_name(original)) or any(h[0] == start for h in c.find("first_names"))


# ---- 6.9 / G.2 (round 9, lane A): the complainant blamed, dozing mocked, views scorned ---------
# Each pattern below is a family stated in general terms, with its near-misses in
# tests/policy/test_clause_families_9a.py.

# The people complaining blamed for what they complain of ("maybe if some of you stopped chucking
# your garden waste in the dyke it wouldn't flood 🙄", "maybe if people actually shopped local
# instead of moaning on here..."). A suggestion made kindly ("maybe if you emailed the clerk she
# could add it") blames nobody: the consequence denied ("wouldn't"), the moaning named, "just a
# thought" or a mocking sign is needed.
_MAYBE_IF = re.compile(
    r"\bmaybe if (?:some of (?:you|u)(?: lot)?|you lot|you|u|people|folk|some (?:people|folk)|"
    r"certain \w+|(?:people|folk) round (?:here|your end))(?: round here)? "
    r"(?:actually |just |all |bothered to |had |even )?"
    r"(?:\w+ed|got|paid|read|put|kept|took|spent|went|came|did|bought|stuck|threw|shut|left)\b"
)
_BLAME_TOLD = compile_word_starts(
    r"\bwould(?:n'?t| not)\b|\bwe'?d not\b|\bjust (?:a thought|saying)\b|\bcry more\b|"
    r"\binstead of\b|\.\.\.\s*$"
)
# Told to do something "instead of moaning" or to read "before kicking off" ("maybe invest in
# some decent boots instead of moaning on Facebook 😂", "ring the police then instead of moaning
# 🙄"); "I'd rather act than moan" is about oneself, and said with thanks or a prayer emoji it is
# advice.
_INSTEAD_OF_MOANING = re.compile(
    r"\b(?:instead of|rather than|b4|before) (?:you (?:start |go )?)?(?:moaning|whinging|"
    r"whining|winging|complaining|ranting|kicking off|mouthing off|crying|slagging)\b"
)
_TOLD = re.compile(r"\b(?:maybe|perhaps|try|how about|why not|then|if (?:you|u))\b")
_FRIENDLY_REMINDER = re.compile(
    r"\U0001f60a|\U0001f642|\u263a|\bbe kind\b|\b(?:a |just a |gentle )reminder\b"
)
_SELF = re.compile(r"\b(?:i|i'?m|i'?d|i'?ve|i'?ll|we|we'?re|we'?d|we'?ve|let'?s|please)\b")
# "... you'd know": told to inform themselves, which the labelled sets count as escalation (G.2)
# but not as an attack.
_YOUD_KNOW = re.compile(r"\b(?:you|u)(?:'d| would)(?: have)? (?:know|known|see|seen|find|found)\b")


@once_per_post
def _blame(c: Checking) -> tuple[int, int, str] | None:
    light = _light(c)
    mocked = MOCK.search(c.post.text) is not None
    if "maybe if" in light:
        hit = _search(c, _MAYBE_IF)
        if hit and (mocked or _BLAME_TOLD.search(light)):
            return hit
    if "instead of" in light or "rather than" in light or "b4" in light or "before" in light:
        for m in _INSTEAD_OF_MOANING.finditer(light):
            hit = c.light_hit(m)
            # the words told: from the sentence's start, at most 80 characters back
            start = max(c.text.light.index_of(c.sentence_of(hit[0])[0]), m.start() - 80)
            sentence = light[start : m.start()]
            if _SELF.search(sentence):
                continue
            if not mocked and _FRIENDLY_REMINDER.search(light):
                continue  # a group's house rules, kindly put: "be kind ... message an admin"
            if mocked or _TOLD.search(sentence) or "maybe if" in light:
                return hit
    return None


def blamed_complainant(c: Checking) -> tuple[int, int, str] | None:
    """Clauses 6.9 and G.2: the people complaining blamed for what they complain of ("maybe if
    some of you stopped chucking garden waste in the dyke it wouldn't flood 🙄") or told to do
    something instead of moaning ("maybe invest in some decent boots instead of moaning on
    Facebook 😂"). A kind suggestion ("maybe if you emailed the clerk she could add it"), advice
    with thanks, or "... you'd know" (left to ``told_off``, G.2) is not an attack."""
    if _FRIENDLY.search(_light(c)):
        return None
    hit = _blame(c)
    if hit is None or _YOUD_KNOW.search(_light(c)):
        return None
    return hit


def told_off(c: Checking) -> tuple[int, int, str] | None:
    """Good practice G.2: the people answered told to inform themselves instead of moaning
    ("if you came to a meeting instead of whinging on Facebook you'd know")."""
    if _FRIENDLY.search(_light(c)):
        return None
    return _blame(c)


def _called_out(c: Checking) -> tuple[int, int, str] | None:
    """A call to harm, to deal with someone oneself or to go after someone (see ``offences``)."""
    from .offences import first_vigilante, harm_threat, pile_on_call, vigilante_call, visit_call

    return (
        harm_threat(c)
        or vigilante_call(c)
        or pile_on_call(c)
        or visit_call(c)
        or first_vigilante(c, "vigilante")
    )


# A named person mocked for dozing ("Stu Fairbrother was half asleep thru the whole precept
# debate 😴", "half asleep by 8"): the person, not the meeting, is the butt. Children asleep after
# the lantern walk, the poster's own nap, or "half of them asleep" (a group: the labelled sets
# leave it to 6.3 and 6.6), or fondness ("bless him") are not attacks.
_DOZING = re.compile(
    r"\b(?:half[- ]asleep|fell asleep|falling asleep|nodding off|nodded off|dozing|dozed off|"
    r"snoring|asleep)\b"
)
_DOZER = re.compile(
    r"\b[A-Z][a-z]+ [A-Z][a-z]+\b|\b(?:he|she)(?:'s| was| is| were)\b|\b(?:Cllr|Councillor|the "
    r"[Cc]hair|the [Cc]lerk) ?[A-Z]?"
)
# The duty slept through: a meeting, not Santa's knee or the fireworks.
_DUTY = re.compile(
    r"\b(?:meetings?|item|debate|agenda|chair\w*|council|committee|minutes|precept|presentation|"
    r"session|hearing|speech|budget|briefing|consultation|planning|agm|vote|training|surgery)\b"
)
_FOND = re.compile(r"\bbless (?:him|her|them)\b|\bpoor (?:thing|lad|lass|soul)\b|\bbless\b")


def dozing(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.9: a named person mocked for dozing through their duty ("Stu Fairbrother was half
    asleep thru the whole precept debate 😴"), with the meeting or duty named in the sentence
    (a grandson asleep on Santa's knee is not mocked)."""
    light = _light(c)
    if "asleep" not in light and "nodd" not in light and "doz" not in light and "snor" not in light:
        return None
    hit = _search(c, _DOZING)
    if hit is None or _FOND.search(light):
        return None
    s, e = c.sentence_of(hit[0])
    sentence = c.post.text[s:e]
    if re.search(r"\b(?:i|I|I'm|I was|we|We|kids|children|baby|dog)\b", sentence[: hit[0] - s]):
        return None
    if re.search(r"\bhalf (?:of )?(?:them|us|the)\b", sentence.lower()):
        return None
    names = [m for m in _DOZER.finditer(sentence) if m.start() < hit[0] - s]
    if not names or not _DUTY.search(sentence.lower()):
        return None
    first = names[0].group(0)
    if " " in first and first.split(" ")[0] in ("The", "This", "That", "Parish", "Full"):
        return None
    return hit


# Scorn for people by the view they hold or the vote they cast ("anyone who still says otherwise
# is a traitor", "vote them out and stop being sheep 🐑", "anyone still voting for either of them
# wants their head testing"). Criticism of the party or the view itself is protected speech.
_VIEWS_SCORNED = compile_word_starts(
    r"\b(?:anyone|anybody|everyone|those|people|folk|whoever)(?: (?:round here|in \w+))?(?: who| "
    r"that)? (?:still )?(?:says?|thinks?|believes?|vot\w*|supports?|backs?|wants?|disagrees?)"
    r"\b[^.!?]{0,60}?\b(?:is|are) (?:a |an |just |nothing but )?(?:traitors?|sheep|morons?|"
    r"idiots?|mugs?|fools?|brainwashed|gullible)\b|"
    r"\b(?:anyone|anybody|people|folk)(?: round here)?(?: who| that)? (?:still )?"
    r"(?:vot\w*|supports?|backs?)\b[^.!?]{0,60}?\b(?:wants?|needs?) (?:their|his|her) "
    r"heads? (?:testing|testin|examining|looking at)\b|"
    r"\bstop being (?:such )?(?:sheep|sheeple|mugs|lemmings)\b"
)


def views_scorned(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.9: scorn for people by the view they hold or the vote they cast ("anyone who
    still says otherwise is a traitor", "stop being sheep 🐑")."""
    light = _light(c)
    if (
        "sheep" not in light
        and "traitor" not in light
        and "head" not in light
        and not any(
            k in light
            for k in ("moron", "idiot", "mug", "fool", "brainwash", "gullible", "lemming")
        )
    ):
        return None
    return _search(c, _VIEWS_SCORNED)


# ---- 6.9 / G.2 (round 11, lane A): the complainer told they do nothing but complain -------------
# The person answered, or the people complaining, told that they do nothing but sit and type
# ("you've sat on your backside typing in capitals", "what have you ever done for this village
# apart from moan?", "you've never once stood or come to a meeting", "some of us actually do
# things in this village"): the person, not the point, is answered. Near-misses in
# tests/policy/test_clause_families_11a.py: "I've never once missed a meeting", "some of us are
# going to the meeting, anyone want a lift?", "what have you done with the keys?".
_IDLE = compile_word_starts(
    r"\b(?:you(?:'ve| have)?|you just|u|they(?:'ve| have)?|he(?:'s| has)?|she(?:'s| has)?)"
    r"(?: just| only)? (?:sat|sit|sits|sitting|been sat|been sitting) (?:on here|on facebook|"
    r"on (?:your|his|her|their) (?:backside|arse|bum|a\*se|hands)|behind (?:a|your|the) keyboard)|"
    r"(?<!\bi'm )(?<!\bi am )(?<!\bwe're )\btyping (?:in capitals|rubbish|on here)\b|"
    r"\bwhat (?:have|has) (?:you|he|she|they) (?:ever )?done\b[^.!?]{0,40}\b(?:apart from|except|"
    r"other than|besides)\b|"
    r"\bwhat do (?:you|they) (?:ever )?do (?:apart from|except|other than|besides)\b|"
    r"(?:^|[.!?]\s*)some of us (?:actually |do )?(?:give up|work|do things|read|turn up|bother|"
    r"have been out)\b|"
    r"\b(?:you(?:'ve| have)?|who(?:'s| has)|he(?:'s| has)|she(?:'s| has)|they(?:'ve| have)) never "
    r"once (?:stood|come|been|turned up|attended|bothered|came)\b|"
    r"\byou'?d have to leave the house\b"
)
_IDLE_KEYS = (" sat ", " sit", "typing", "apart from", "except", "other than", "besides",
              "some of us", "never once", "leave the house")  # fmt: skip


def idle_complainer(c: Checking) -> tuple[int, int, str] | None:
    """Clauses 6.9 and G.2: the person answered, or the people complaining, told they do
    nothing but complain ("you've sat on your backside typing in capitals", "what have you ever
    done apart from moan?", "you've never once come to a meeting", "some of us actually read
    the papers"). Said of oneself ("I've never once missed") it is not aimed at anyone."""
    light = _light(c)
    if not any(k in light for k in _IDLE_KEYS):
        return None
    if _FRIENDLY.search(light):
        return None
    hit = _search(c, _IDLE)
    # "some of us work shifts, could the surgery be on a Saturday?" asks; it is a jab only in a
    # reply or with a mocking sign
    if (
        hit is not None
        and "some of us" in hit[2].lower()
        and c.reply is None
        and not _MOCK_SIGN.search(c.post.text)
        and not MOCK.search(c.post.text)
    ):
        return None
    return hit


# ---- 6.9 (round 13, lane A): someone's message held up to be laughed at ------------------------
# A resident's post, comment, email or message pictured (a screenshot or a quoted post by someone
# else, with people in it) and laughed at: "Can't make this up 😂 'the counsil should of fixed
# it'", "screenshotted for posterity 😂 the spelling on this", "quote-tweeting this absolute
# genius 👇 ... 😂", "had a lovely email from a 'concerned resident' 😂 enjoy". Ridicule of a
# person by their own words is a personal attack (untouched24, 35, 37, 49, 50). An eye-roll alone
# ("the kind of nonsense I'm dealing with 🙄") is left to 6.3, as dev.jsonl labels it; a photo of
# people (not their words), a message shared with consent or with thanks ("this made my day 😂,
# thanks Jan") is not ridicule.
_SHARED_WORDS = re.compile(
    r"\b(?:screenshot|screen ?grab|quoted|quote|post|comment|message|messages|email|e-mail|"
    r"tweet|letter|review|reply|text)\b"
)
_LAUGHED_AT = re.compile("[\U0001f602\U0001f923\U0001f921]")
# Review fix (session 6): only short scare quotes around a label ("a 'concerned resident'")
# make thanks sarcastic; a quoted compliment ("'the best council in Yorkshire!'") does not.
# Praise ("lovely", "made me laugh", "priceless", a heart) counts as kindly; a bare "best" or
# "bless" does not, being as often sarcastic ("the best comedy in South Yorkshire 😂", "bless ya").
_SCARE_QUOTED = re.compile(r"(?:^|\s)['\u2018][\w-]+(?: [\w-]+){0,2}['\u2019](?!\w)")
_SHARED_KINDLY = re.compile(
    r"\b(?:thank\w*|thx|ta|cheers|lovely|made my day|made me (?:laugh|smile)|kind words|"
    r"bless (?:him|her|them)|with (?:his|her|their) permission|shared with permission|"
    r"brilliant|love this|proud|priceless)\b|[\u2764\U0001f970\U0001f60d\U0001f495\U0001f496]"
)
# the poster's own name, or a body's, is not someone held up to ridicule
_A_BODY = re.compile(
    r"\b(?:council|advertiser|echo|star|gazette|news|times|post|bbc|itv|police|nhs|school|"
    r"club|fc|ltd|limited|plc|group|society|association|trust|church|team)\b",
    re.IGNORECASE,
)


def _someone_else(c: Checking, name: str) -> bool:
    """A person pictured who is neither the poster nor a body ("the Advertiser")."""
    if _A_BODY.search(name):
        return False
    if name.strip().lower() == (c.post.account.display_name or "").strip().lower():
        return False
    return c.post.author is None or c.post.author not in c.people.match_name(name)


def shown_up(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.9: someone else's post, comment, email or message pictured (a screenshot or a
    quoted post with a person in it, not theirs to share) and laughed at with a laughing or
    clown emoji. A photo of people, a picture of the poster's own name or of a body's, a
    message shared with their consent or with thanks or praise ("lovely message ... 'the best
    council in Yorkshire!'", "priceless", "made me laugh"), or an eye-roll without laughter is
    not held up to ridicule; thanks beside a scare-quoted label ("a lovely email from a
    'concerned resident' 😂") still is."""
    if not c.post.attachments:
        return None
    mock = _LAUGHED_AT.search(c.post.text)
    if mock is None:
        return None
    if not any(
        any(_someone_else(c, name) for name in a.people)
        and a.source == "third_party"
        and not a.consents
        and _SHARED_WORDS.search(a.description.lower())
        for a in c.post.attachments
    ):
        return None
    light = _light(c)
    # "thanks" may be sarcastic beside scare quotes ("a lovely email from a 'concerned
    # resident'"); without them it is what it says
    if (
        _SHARED_KINDLY.search(light) or _SHARED_KINDLY.search(c.post.text)
    ) and not _SCARE_QUOTED.search(c.post.text):
        return None
    return mock.start(), mock.end(), mock.group(0)
