"""Structural signals: shapes of a sentence that carry a clause whatever the words.

The third generalisation round replaced phrase families by structures that generalise by
construction: who is speaking about whom (first, second or third person), what is being done
(calling readers to act, declaring a vote, stating a verdict, spending money), and how the text
is shaped (a reply, shouting in capitals, mocking emoji, rhetorical questions). Each function
answers one question about the post and returns the span of its evidence (original offsets) or
None. The rules that use them cite the clause they serve.
"""

from __future__ import annotations

import re

from ..detectors.matching import keyword_hits
from .base import Checking

# ---- helpers ---------------------------------------------------------------------------------


def _light(c: Checking) -> str:
    return c.text.light.text


def _search(c: Checking, pattern: re.Pattern[str]) -> tuple[int, int, str] | None:
    """First match of ``pattern`` on the light (lower-cased) view, in original offsets."""
    m = pattern.search(_light(c))
    if m is None:
        return None
    start, end = c.text.light.span(m.start(), m.end())
    return start, end, c.post.text[start:end]


# ---- 6.4: acting against a decision -----------------------------------------------------------

# Readers called to act: an imperative at the start of a clause, "let's", an urging, a rallying.
MOBILISE = re.compile(
    r"(?:^|[.!?,:;]\s*|\band\s+|\bso\s+|\bjust\s+)(?:bring|get|tag|share|sign|write|ring|message|"
    r"dm|pm|email|join|spread|turn up|come (?:down|along|and)|keep)\b(?! in touch\b)|"
    r"\blet'?s (?:get|make|have|go|do|keep|all|show|fill|flood)\b|"
    r"\b(?:i'?d|i would|i) (?:urge|encourage|ask) (?:you|everyone|all|people)\b|"
    r"\bdo the same\b|\bwho'?s in\b|\bthe more (?:noise|people|of us)\b|"
    r"\bget (?:this|it) trending\b|"
    r"\b(?:ring|message|call|text|dm|pm) me\b[^.!?]{0,30}\bi'?ll\b"
)
# Setting oneself against the council: "whatever the council voted", "they might have binned it
# but we haven't", "don't tell the clerk", "has NOT given up", "if you know the right person".
DEFIANCE = re.compile(
    r"\bwhatever (?:the |our |this )?(?:parish |town )?(?:council|committee|they|clerk)\b"
    r"(?: (?:says?|said|voted|decided|decides|thinks?|agreed|wants?))?|"
    r"\b(?:council|committee|they)\b[^.!?]{0,25}\b(?:might|may|can|could)(?:'ve| have)?\b"
    r"[^.!?]{0,40}\bbut (?:we|i|us)\b|"
    r"\bdon'?t tell (?:the |our )?(?:clerk|council|chair|committee|anyone from)\b|"
    r"\b(?:has|have|is|are)(?: not|n't) given up\b|\bif you know the right (?:person|people)\b|"
    r"\b(?:in support|in favour) of\b[^.!?]{0,60}\bwhatever\b|\bnobody checks\b|"
    r"\bno one checks\b|\bstill got a key\b|\bignore (?:the|that|their)\b"
)
# A negative verdict on something (used with a decision's topic words).
VERDICT_AGAINST = re.compile(
    r"\b(?:shambles|disgrace(?:ful)?|joke|worst (?:decision|thing)|spineless|pathetic|"
    r"ridiculous|madness|farce|scandal(?:ous)?|stitch-?up|thanks for nothing|rubbish)\b"
)
_FIGURE = re.compile(r"£\s?\d[\d,]*(?:\.\d+)?(?![\d,]*k\b)|\b\d+(?:\.\d+)?\s?(?:%|per ?cent\b)")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_CHANGE = re.compile(
    r"\b(?:went up|gone up|going up|rose|risen|increased|put up|cut|raised|doubled|trebled|"
    r"spent|cost|costing)\b"
)
_SENTENCE_END = re.compile(r"[.!?\n]")


def _decisions_in(c: Checking, texts: list[str]):
    return [
        d
        for d in c.ctx.decisions
        if d.date <= c.day and any(keyword_hits(d.keywords, t) for t in texts)
    ]


def acting_against_decision(c: Checking):
    """Clause 6.4: a post about a decision taken that sets itself against it and calls readers
    to act ("whatever the council voted ... I'd urge you all to do the same"), or that piles on
    a reply condemning the decision with a call to spread it. Returns (hit, decision) or None."""
    text = _light(c)
    defy = _search(c, DEFIANCE)
    mobilise = _search(c, MOBILISE)
    if defy is None and mobilise is None:
        return None
    own = _decisions_in(c, [text])
    if own and defy and (mobilise or re.search(r"\bi'?ll\b|\bwe'?ll\b|\bwe haven'?t\b", text)):
        return defy, own[0]
    if own and defy and defy[2].lower().startswith("whatever"):
        return defy, own[0]
    if mobilise is None:
        return None
    reply = c.reply.light.text if c.reply is not None else ""
    theirs = _decisions_in(c, [reply]) if reply else []
    against = VERDICT_AGAINST.search(text) or (theirs and VERDICT_AGAINST.search(reply))
    decisions = own or theirs
    if decisions and against:
        return mobilise, decisions[0]
    return None


def misstated_figure(c: Checking):
    """Clause 6.4: a post that gives a decision's outcome with a figure the resolution does not
    have ("the parish tax went up 10%" when the decision was 3.5%). The figure must sit in a
    sentence with the decision's topic words and a verb of change or decision, and appear neither
    in the resolution nor in the title of any agenda item (an option still to be decided).
    Returns (hit, decision) or None."""
    text = _light(c)
    if _FIGURE.search(text) is None:
        return None
    known = " ".join(
        [*(d.resolution for d in c.ctx.decisions), *(i.title for i in c.ctx.agenda_items)]
    )
    numbers = set(_NUMBER.findall(known.replace(",", "")))
    for m in _FIGURE.finditer(text):
        value = _NUMBER.search(m.group(0).replace(",", ""))
        if value is None or value.group(0) in numbers:
            continue
        ends = [x.start() for x in _SENTENCE_END.finditer(text)]
        s = max([x + 1 for x in ends if x < m.start()], default=0)
        e = min([x for x in ends if x >= m.end()], default=len(text))
        sentence = text[s:e]
        if not _CHANGE.search(sentence):
            continue
        decisions = _decisions_in(c, [sentence])
        if decisions:
            start, end = c.text.light.span(m.start(), m.end())
            return (start, end, c.post.text[start:end]), decisions[0]
    return None


# ---- 6.11: a stated intention or verdict before the meeting -----------------------------------

# A first-person statement of how one will vote ("I'm not voting for any rise", "I'll not be
# voting for that", "won't be voting for £52", "I'm voting against it").
VOTE_INTENTION = re.compile(
    r"\b(?:i'?m|i am|i'?ll|i will|i'?d|i would|i shall|won'?t|will not|not|never)"
    r"(?: not| never| definitely| certainly| be| going to| gonna)*\s+vot(?:e|ing)"
    r"(?: (?:for|against|to|yes|no|it|that|this|any|them)\b)"
)
# A verdict that closes the matter ("and that's that", "simple as", "end of", "an easy one").
VERDICT = re.compile(
    r"\b(?:and )?that'?s that\b|\bsimple as\b|\bend of\.|\bend of$|\bdone deal\b|"
    r"\bforegone conclusion\b|\b(?:an )?easy (?:one|decision|call)\b|"
    r"\bwill just have to (?:lump it|accept it|live with it)\b|\bit'?s happening\b"
)


def stated_position(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.11: a declared vote or a closing verdict, judged by the caller against the
    agenda items still to be decided."""
    return _search(c, VOTE_INTENTION) or _search(c, VERDICT)


# ---- 6.2: speaking in the council's voice -----------------------------------------------------

COUNCIL_VOICE = re.compile(
    r"\bwe (?:at|on) (?:the )?(?:\w+ ){0,2}(?:pc|council|parish council|town council)\b|"
    r"\bthe (?:parish |town )?council (?:doesn'?t|does not|don'?t) want\b|"
    r"(?:^|[.!?]\s+)on behalf of (?:the )?(?:\w+ ){0,3}(?:parish |town )?council\b|"
    r"\bthe (?:parish |town )?council (?:is|are) (?:firmly |totally |fully |all )?"
    r"(?:against|opposed|behind|backing|in favour)\b"
)


def council_voice(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.2: the poster speaking as the council ("we at Ashby PC think")."""
    return _search(c, COUNCIL_VOICE)


# ---- G.2: a reply that raises the temperature -------------------------------------------------

_CAPS = re.compile(r"(?<![\w@#])([A-Z][A-Z']{1,9})(?![\w])")
_ACRONYM_SHAPE = re.compile(r"^[^AEIOUY]+$|^(?:CCTV|PSPO|BMX|MBC|NHS|AGM|UK|GB|OK|PC|TV|FAQ|LED)$")
GOADING = re.compile(
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
_SECOND = re.compile(r"\b(?:you|your|you're|yourself|ya)\b")


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


def heated_reply(c: Checking) -> tuple[int, int, str] | None:
    """Good practice G.2: a reply shaped to escalate. Two independent signs are needed among:
    capitals for emphasis, mocking emoji, goading or sarcastic openers ("oh look", "round 2",
    "what about the ..."), a rhetorical question at the person answered, and a second-person
    remark; or one strong sign (goading) aimed at the person answered."""
    if not c.post.in_reply_to:
        return None
    text = _light(c)
    signs: list[tuple[int, int, str]] = []
    caps = shouting_words(c.post.text)
    if caps:
        signs.append((caps[0].start(), caps[0].end(), caps[0].group(0)))
    for m in list(GOADING.finditer(text))[:2]:
        start, end = c.text.light.span(m.start(), m.end())
        signs.append((start, end, c.post.text[start:end]))
    hit = _search(c, _RHETORICAL)
    if hit:
        signs.append(hit)
    strong = len(signs) - bool(caps)
    mock = MOCK.search(c.post.text)
    if mock:
        signs.append((mock.start(), mock.end(), mock.group(0)))
    second = _SECOND.search(text) is not None
    if len(signs) >= 2 or (strong and second):
        return signs[0]
    return None


# ---- 5.1: the poster's own whereabouts, routine, home and family ------------------------------

_FIRST = re.compile(r"\b(?:i|i'm|im|i'll|i've|me|my|our|we|we're|us)\b")
_FAMILY = re.compile(
    r"\b(?:my|our)(?: little| eldest| youngest| two| three)? (?:kids?|son|daughter|lad|lass|boy|"
    r"girl|child|children|little ones?|youngest|eldest|grandson|granddaughter)\b|\bkids'? school\b|"
    r"\bschool run\b|\bour [A-Z]?[a-z]+ (?:is|was|starts|started)\b"
)
# A named school: capitalised words ending in a school word, or "Year 3 at <Name>".
SCHOOL = re.compile(
    r"\b(?:[A-Z][\w']+ ){1,3}(?:Primary|Juniors?|Infants?|Academy|School|C of E|CofE|Nursery|"
    r"High|Comprehensive)\b|\b(?:Year|Yr) \d+ at [A-Z]"
)
# A street: a capitalised name and a street word ("Bluebell Close", "Wood View").
STREET = re.compile(
    r"\b[A-Z][a-z]+ (?:Close|Road|Rd|Lane|Avenue|Ave|Street|St|Drive|Crescent|Way|View|Grove|"
    r"Court|Gardens|Terrace|Walk|Place|Rise|Mews)\b"
)
_AT_HOME = re.compile(
    r"\b(?:i'?m|i am|i'?ll be|we'?re|we'?ll be) (?:home|in|at home|on my own|alone|in all day|"
    r"home all day|in on my own)\b|\bthe one with the\b|\bmy (?:house|front door|drive)\b"
)
_TIME = re.compile(r"\b\d{1,2}(?:[.:]\d{2})\s?(?:am|pm)?\b|\b\d{1,2}\s?(?:am|pm)\b")
_HABIT = re.compile(
    r"\b(?:every|each) (?:weekday|morning|evening|night|day|monday|tuesday|wednesday|thursday|"
    r"friday|saturday|sunday)\b|\bsame as (?:every|always)\b|\bdaily\b"
)
_ROUTE = re.compile(r"\b(?:path|route|loop|lane|track|park|canal|towpath|footpath|trail)\b")
_BIRTHDAY = re.compile(r"\bhappy \d+(?:st|nd|rd|th)? to me\b|\bmy birthday\b|\bborn (?:on|at|in)\b")
_FULL_DATE = re.compile(
    r"\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|"
    r"aug|sep|oct|nov|dec)[a-z]* (?:19|20)\d{2}\b"
)
PLATE = re.compile(r"\b[A-Z]{2}\d{2} ?[A-Z]{3}\b")


def own_exposure(c: Checking) -> tuple[int, int, str] | None:
    """Clause 5.1: the poster makes themselves findable. Structures: a family reference with a
    named school (where the poster's children are each day); being at home with a street name
    or a description of the house; a time of day with a habit and a route or street (a fixed
    routine); a birthday with a full date of birth."""
    text, light = c.post.text, _light(c)
    if _FAMILY.search(text) or _FAMILY.search(light):
        m = SCHOOL.search(text)
        if m:
            return m.start(), m.end(), m.group(0)
    street = STREET.search(text)
    home = _AT_HOME.search(light)
    if street and home and _FIRST.search(light):
        return street.start(), street.end(), street.group(0)
    time, habit = _TIME.search(light), _HABIT.search(light)
    if time and habit and (street or _ROUTE.search(light)):
        start, end = c.text.light.span(time.start(), time.end())
        return start, end, c.post.text[start:end]
    birthday = _BIRTHDAY.search(light)
    if birthday and _FULL_DATE.search(light):
        m = _FULL_DATE.search(light)
        assert m is not None
        start, end = c.text.light.span(m.start(), m.end())
        return start, end, c.post.text[start:end]
    return None


# ---- 4.3: a candidate's campaign spending ------------------------------------------------------

SPENDING = re.compile(
    r"\b(?:spent|spend|spending|paid|pay|stuck|put|splashed|forked out|shelled out|cost me)\b"
    r"[^.!?]{0,60}\b(?:ads?|adverts?|advertising|boost(?:ed|ing|s)?|promoted posts?|sponsored|"
    r"banner|leaflets?|flyers?|posters?)\b|"
    r"\b(?:facebook|instagram|meta|tiktok|x|google) (?:ads?|adverts?|advertising)\b"
)


def campaign_spending(c: Checking) -> tuple[int, int, str] | None:
    """Clause 4.3: a candidate writing about money spent on advertising, boosting or campaign
    material (the judge of candidacy and dates is the caller)."""
    return _search(c, SPENDING)


# ---- 6.9: jibes at a person by structure ------------------------------------------------------

# A mock title before a capitalised word ("Captain Moan", "Lady Fairfield"): a nickname that
# belittles, when the post mocks ("... again", "on the warpath") and the words are neither a
# person in the registers nor a real office ("Lord Mayor"). Mr/Mrs/Miss are real honorifics.
MOCK_TITLE = re.compile(
    r"\b(?:Captain|Lady|Lord|Queen|King|Princess|Prince|Little Miss|Sir)"
    r" (?!Mayor|Mayoress|Lieutenant|Chancellor|Provost)([A-Z][a-z]+)(?:'s)?\b"
)
_MOCK_CONTEXT = re.compile(
    r"\bagain\b|\bon the warpath\b|\bmoaning\b|\bwhinging\b|"
    r"\bget (?:the|a|her|him) (?:\w+ )?hobby\b"
)
# The person answered belittled by what they supposedly cannot do, or told what to do with
# their own family ("maybe your mum should ..."), or mocked for how they live.
BELITTLE = re.compile(
    r"\byou(?:'re| are)? (?:clearly |obviously |just |really |honestly |simply )?"
    r"(?:can'?t|cannot|couldn'?t|don'?t know how to) (?:even )?(?:read|count|spell|write|think|"
    r"understand|add up|string|follow)\b|"
    r"\bdo you (?:ever|even) (?:leave|get off|stop|do|go|read|listen)\b|"
    r"\b(?:well )?maybe your (?:mum|mam|mother|dad|father|wife|husband|kids?|son|daughter|missus|"
    r"fella|nan|gran)\b[^.!?]{0,40}\bshould\b|"
    r"\bsay (?:it|that|this) to my face\b"
)
# Insinuation about unnamed residents ("certain families", "you know who you are") with a
# negative verdict in the same post: a dog-whistle, hostile to a group without naming it.
DOG_WHISTLE = re.compile(
    r"\byou know who you are\b|\bwe all know who (?:i mean|we mean|they are|i'?m on about)\b|"
    r"\b'?certain (?:families|people|types?|sorts?|elements|households)\b'?|"
    r"\bsome (?:people )?round here\b|\ba certain (?:type|sort|kind) of (?:people|family|person)\b"
)
_NEGATIVE = re.compile(
    r"\b(?:shame|shameful|downhill|ruined|ruin|trouble|problem|blame|sick of|fed up|funny how|"
    r"gone to the dogs|not welcome|aren'?t|isn'?t|don'?t belong)\b"
)


def jibe(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.9: a personal attack carried by structure rather than by an insult word: a
    mocking nickname (a mock title before a name, in a mocking context), belittling the person
    answered, or a dog-whistle about unnamed residents with a negative verdict."""
    text, light = c.post.text, _light(c)
    for m in MOCK_TITLE.finditer(text):
        if c.people.match_name(m.group(0).removesuffix("'s")):
            continue
        if _MOCK_CONTEXT.search(light) or MOCK.search(text):
            return m.start(), m.end(), m.group(0)
    hit = _search(c, BELITTLE)
    if hit:
        return hit
    whistle = _search(c, DOG_WHISTLE)
    if whistle and _NEGATIVE.search(light):
        return whistle
    return None


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


# ---- 6.10 / 6.3: advice to break the law, a culprit pointed out -------------------------------

# Advice to do something unseen ("just leave it round the back after dark, nobody checks").
_COVERT = re.compile(
    r"\b(?:after dark|nobody checks|no one checks|no-one checks|on the quiet|on the sly|"
    r"(?:nobody|no one|no-one)(?:'ll| will) (?:know|notice|check|see|find out)|"
    r"while (?:nobody|no one|no-one)'?s looking|(?:you )?won'?t get caught|don'?t get caught)\b"
)
_ADVICE = re.compile(
    r"\b(?:just|pro tip|top tip|tip:|you can|you could|best to|easiest to|easiest way)\b"
)
# A person pointed out as the culprit of an offence ("this is the man who dumped ...").
CULPRIT = re.compile(
    r"\b(?:this|that|he|she|here) (?:is|'s|was) the (?:bloke|man|woman|lad|lass|guy|fella|person|"
    r"one|lot|family|kid|kids|idiot|scumbag) (?:who|that)\b[^.!?]{0,30}\b(?:dumped|fly-?tipped|"
    r"stole|nicked|smashed|vandalised|broke into|keyed|burgled|robbed|attacked|assaulted|"
    r"set fire|torched|graffitied|tagged|damaged|wrecked)\b"
)


def covert_offence(c: Checking) -> tuple[int, int, str] | None:
    """Clauses 6.10 and 6.3: advice on getting away with something ("just ... after dark,
    nobody checks"): encouraging an offence."""
    hit = _search(c, _COVERT)
    if hit and _ADVICE.search(_light(c)):
        return hit
    return None


def culprit(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.10: someone shown or described as the culprit of an offence, without proof: a
    libel risk whether or not the person is named."""
    return _search(c, CULPRIT)


# ---- G.3: a party's colour with a call to vote, preaching at the reader -----------------------

# Party colours as words ("green" is left out: it names village greens and places). A colour
# heart alone is too common to count.
_COLOUR = re.compile(r"\b(?:red|blue|yellow|orange|purple|turquoise)\b")
_VOTE_CUE = re.compile(
    r"\byou know what to do\b|\bpolling day\b|\bpolling station\b|\bat the polls?\b|\bvote\b"
)
_MONTHS = "january february march april may june july august september october november december"
_FAITH = re.compile(r"\b(?:jesus|christ|god|allah|the lord|saviour|gospel|scripture|bible)\b")
_PREACH = re.compile(
    r"\brepent\b|\bbe saved\b|\byour saviour\b|\baccept (?:him|jesus|christ|god|allah)\b|"
    r"\bturn to (?:god|jesus|christ|allah|the lord)\b|\byou'?re missing\b|\bnot too late\b|"
    r"\bpray with you\b|\bknow (?:jesus|god|christ|allah|the lord)\b"
)


def _poll_dates(c: Checking) -> re.Pattern[str] | None:
    """The polling days in the registers, as a post would write them ("4 May", "May 4th")."""
    parts = []
    for election in c.ctx.elections:
        month = _MONTHS.split()[election.poll.month - 1]
        day = election.poll.day
        parts.append(
            rf"\b{day}(?:st|nd|rd|th)? {month[:3]}\w*|\b{month[:3]}\w* {day}(?:st|nd|rd|th)?\b"
        )
    return re.compile("|".join(parts)) if parts else None


def colour_call(c: Checking) -> tuple[int, int, str] | None:
    """Good practice G.3: a party's colour named with a call to vote or a polling day from the
    registers ("Feeling blue? You know what to do on 4 May"): campaigning for a party."""
    light = _light(c)
    colour = _COLOUR.search(light)
    if colour is None:
        return None
    polls = _poll_dates(c)
    if _VOTE_CUE.search(light) or (polls is not None and polls.search(light)):
        start, end = c.text.light.span(colour.start(), colour.end())
        return start, end, c.post.text[start:end]
    return None


def preaching(c: Checking) -> tuple[int, int, str] | None:
    """Good practice G.3: urging the reader to a faith (a faith word with a persuasion aimed
    at "you": "it's not too late to repent"). Mentioning a service or a festival is not."""
    light = _light(c)
    if not (_FAITH.search(light) and _SECOND.search(light)):
        return None
    return _search(c, _PREACH)


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
    community out ("time to run the travellers off"), or a dog-whistle about unnamed residents
    with a negative verdict ("gone downhill since certain families moved in")."""
    light = _light(c)
    group = COMMUNITY.search(light)
    if group and _DRIVE_OUT.search(light):
        start, end = c.text.light.span(group.start(), group.end())
        return start, end, c.post.text[start:end]
    whistle = _search(c, DOG_WHISTLE)
    if whistle and _NEGATIVE.search(light):
        return whistle
    return None
