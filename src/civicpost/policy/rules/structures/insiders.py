"""Clause 6.3: councillors and officers misusing, neglecting or running down the council in public
(council money or equipment put to their own ends, neglected duties, derision, hints at
wrongdoing, idling on paid time, misdeeds in scare quotes, trading on the office).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ...detectors.lexicon import compile_word_starts
from ..base import Checking
from ._common import _light, _search

# ---- 6.3 (round 4, lane b): insiders misusing, neglecting or running down the council -------

# Council money or equipment ("the precept", "council funds", "the council's card"); council
# property comes from the pack's ``council_property`` lexicon.
_COUNCIL_MONEY = compile_word_starts(
    r"\b(?:the )?precept\b|\bcouncil tax\b|\bpetty cash\b|\bgrant money\b|"
    r"\b(?:the |our )?(?:parish )?council(?:'s)? (?:money|funds|budget|cash|(?:credit |debit |"
    r"bank |fuel )?card|account|reserves|tab|expenses)\b|\bpublic (?:money|purse|funds)\b|"
    r"\btaxpayers?'? (?:money|cash)\b|\bparish (?:funds|money)\b"
)
# Put to one's own ends: "my new patio", "me own garden waste", "perks of the job", doughnuts in
# the mower, "don't tell the clerk", "or am I".
_OWN_ENDS = re.compile(
    r"\b(?:(?:my|me) own\b|my (?:new|next|holiday|hols|patio|kitchen|extension|conservatory|"
    r"hot tub|decking|bar tab|pints?|beers?|takeaways?|wages|pocket|mates?)\b|perks? of the job\b|"
    r"(?:into|in|lines?|lining) (?:my|me) (?:own )?pocket\b|for (?:me|myself|the missus|the "
    r"wife|the hubby|my mates?)\b|personal use\b|for a spin\b|"
    r"(?:doughnuts|donuts|wheelies|handbrake turns?|joyrid\w*|drag rac\w*)\b|"
    r"don'?t tell (?:the |our )?(?:clerk|council|chair|boss|anyone|auditors?)\b|"
    r"(?:nobody|no one|no-one)(?:'ll| will) (?:know|notice|miss)\b|or am i\b|"
    r"what they don'?t know\b|(?:cheers|thanks|ta),? (?:taxpayers?|ratepayers|residents|council "
    r"tax payers)\b|(?:hide|hiding|shred|shredding|lose|losing|burn|burning|bury|burying|fiddle|"
    r"fiddling|cook|cooking) (?:the |those |all the |my )?(?:\w+ ){0,2}(?:receipts|invoices|books|"
    r"evidence|paperwork|figures|expenses)\b)"
)
# Using one's own instead ("used my own mower because the council's broke"): not a private use.
_OWN_INSTEAD = re.compile(r"\b(?:use|used|using|brought|bring|took|take)\s+$")
# A joke or a wink that owns up to it.
_WINK_MARKS = frozenset(
    "\U0001f602\U0001f923\U0001f60e\U0001f609\U0001f61c\U0001f92b\U0001f440\U0001f60f"
)
_WINK_WORDS = re.compile(r"\b(?:lol|lmao|haha\w*|joking|jk|perks?|don'?t tell|or am i|shh+)\b")


def _winks(light: str) -> bool:
    return not _WINK_MARKS.isdisjoint(light) or _WINK_WORDS.search(light) is not None


def _put_to_own_use(light: str, m: re.Match[str]) -> bool:
    """ "My own" counts when council money or property comes before it in the sentence (the van
    used for "me own rubbish"), not when one's own is used instead ("used my own mower", "my own
    allotment waits because the council mower comes first")."""
    if not m.group(0).endswith(" own"):
        return True
    before = light[max(0, m.start() - 120) : m.start()]
    before = before[max(before.rfind(ch) for ch in ".!?\n") + 1 :]
    if _OWN_INSTEAD.search(before[-9:]):
        return False
    return re.search(r"\bcouncil|\bprecept\b|\bpetty cash\b|\bdepot\b|\byard\b", before) is not None


def resource_misuse(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.3: a councillor or officer joking about putting council money or equipment to
    their own ends ("where the precept goes? my new patio 😂", "the council van's handy for a tip
    run with me own rubbish, perks of the job", "doughnuts in the council mower, don't tell the
    clerk"): council money or property, a private use, and a joke or a wink."""
    author = c.author
    if author is None or not author.is_colleague:
        return None
    light = _light(c)
    if not _winks(light):
        return None
    if not any(_put_to_own_use(light, m) for m in _OWN_ENDS.finditer(light)):
        return None
    resource = _search(c, _COUNCIL_MONEY) or c.first("council_property")
    return resource


# A councillor owning up to neglecting the duties of the office: not reading the papers, voting
# as the neighbour does, sleeping through meetings, turning up only for the biscuits.
_NEGLECT = compile_word_starts(
    r"\bi(?:'ve| have)? (?:stopped|given up|gave up|quit) (?:even )?(?:reading|opening|looking at|"
    r"bothering with|going to|turning up to|attending)\b[^.!?]{0,25}\b(?:agendas?|papers|minutes|"
    r"reports?|meetings?|council emails|planning applications?|surgeries|the pack)\b|"
    r"\bi (?:never|rarely|barely|hardly ever|don'?t even|never even|don'?t bother to|never "
    r"bother to|can'?t be bothered to|couldn'?t be bothered to) (?:read|open|look at|check|go to|"
    r"turn up to|attend)\b[^.!?]{0,25}\b(?:agendas?|papers|minutes|reports?|meetings?|"
    r"council emails|planning applications?|surgeries|the pack)\b|"
    r"\bi (?:just |always |usually |only )?vote (?:with|the same (?:way )?as|however|whichever way|"
    r"whatever|the way) (?:whoever|the chair|my mates?|everyone else|the rest|the majority|"
    r"the others|the person|the bloke|the woman|the one)\b|"
    r"\bi (?:slept|nodded off|dozed off|fell asleep|napped|had a kip)\b[^.!?]{0,30}\b(?:meeting|"
    r"council|committee|debate|agenda|vote)\b|"
    r"\b(?:i|we|(?:half|most|some|the rest) of us)\b[^.!?]{0,20}\bonly (?:go|went|turn up|come|"
    r"came|there|here|stood|stand|do it|in it)\b[^.!?]{0,15}\bfor (?:the|my|our) (?:biscuits|"
    r"sandwiches|buffet|free \w+|allowances?|expenses|title|parking|perks)\b|"
    r"\b(?:half|most|some|the rest) of (?:us|the council|the councillors|the committee)\b"
    r"[^.!?]{0,20}\b(?:asleep|dozing|snoozing|nodding off|on (?:their|our) phones)\b|"
    r"\b(?:haven'?t|have not|not) (?:opened|read|answered|replied to|looked at) (?:a|one|any|a "
    r"single) (?:council )?(?:emails?|agendas?|letters?|papers)\b[^.!?]{0,10}\b(?:since|in|for)\b|"
    r"\b(?:skipped|skipping|bunked off|bunking off|dodged|dodging|ducked out of|swerved|"
    r"swerving) (?:another|the|a|tonight'?s|last night'?s) (?:council |committee |parish |full "
    r"council )?meeting\b[^.!?]{0,15}\b(?:for|to)\b[^.!?]{0,25}\b(?:darts|football|footie|"
    r"match|pub|pints?|telly|golf|bingo|quiz|game|netflix|lie-in|curry|snooker)\b|"
    r"\b(?:didn'?t|did not|never) (?:read|open) (?:the|any of the|a single|a word of the) "
    r"(?:papers?|agendas?|reports?|pack)\b[^.!?]{0,40}\b(?:voted|vote|still)\b"
)


def duty_neglect(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.3: a councillor telling the public they neglect the office ("I've stopped reading
    the agendas", "I just vote with whoever's next to me", "only go for the biscuits")."""
    author = c.author
    if author is None or not author.is_councillor:
        return None
    return _search(c, _NEGLECT)


# Insiders deriding colleagues' competence in hyperbole ("couldn't read an agenda if you paid
# them", "wouldn't know a budget if it bit them", "haven't a clue between them").
_INCOMPETENT = compile_word_starts(
    r"\b(?:couldn'?t|could not|can'?t|cannot|wouldn'?t know how to) [a-z]+ (?:[a-z']+ ){0,3}"
    r"(?:if (?:you|we|i|they|someone) paid (?:them|him|her|us)|if (?:their|his|her) li(?:fe|ves) "
    r"depended on it|to save (?:their|his|her) li(?:fe|ves)|in a million years|with a map)\b|"
    r"\bwouldn'?t know (?:a|an|the) [a-z\-]+ (?:[a-z\-]+ )?if (?:it|one) (?:hit|bit|slapped|"
    r"smacked|kicked)\b|\b(?:haven'?t|hasn'?t|have not|has not)(?: got)? a clue between (?:them|"
    r"the lot|the \w+ of them)\b|\bnot a brain cell between\b|"
    r"\b(?:useless|clueless|hopeless|incompetent|bone idle|spineless) (?:lot|bunch|shower|crew)\b|"
    r"\b(?:couldn'?t|could not|can'?t|cannot) (?:organise|run|manage|plan|sort|arrange) (?:a|an) "
    r"[a-z\-]+(?: [a-z\-]+)? (?:in|at|on) (?:a|an) [a-z\-]+|\b(?:couldn'?t|could not|can'?t|"
    r"cannot) (?:find (?:their|his|her) way out of a|run a bath)\b|"
    # half the members unable to read or count: "quicker if half of em could read" (a "could"
    # or "can" only in the wish: "some of the councillors can read Braille" is no jibe)
    r"\b(?:half|most|some|none) of (?:em|'em|them|us|the councillors|the council|the committee) "
    r"(?:can'?t|couldn'?t|cannot) (?:even )?(?:read|count|spell|add up)\b|"
    r"\bif (?:half|most|some|none) of (?:em|'em|them|us|the councillors|the council|the "
    r"committee) (?:could|can) (?:even )?(?:read|count|spell|add up)\b"
)
# Those the insider works for, unable to read the council's own papers ("taking minutes for
# people who can't read an agenda"): the papers say who is meant.
_ILLITERATE_MEMBERS = re.compile(
    r"\b(?:people|folk|members|those|them|some) who (?:can'?t|cannot|couldn'?t) (?:even )?(?:read|"
    r"count|spell|add up|understand) (?:an? |the |their )?(?:agendas?|minutes|reports?|papers|"
    r"budgets?|balance sheets?|spreadsheets?|standing orders)\b"
)
_MOCKED = re.compile("[\U0001f643\U0001f602\U0001f923\U0001f644\U0001f926\U0001f937]")
_COLLEAGUES = re.compile(
    r"\b(?:councillors|cllrs|colleagues|committee|our council|the parish council|this council|"
    r"(?:the|our) chair|the clerk|fellow members|half the council|the rest of (?:them|the council)|"
    r"my fellow \w+|our lot|this lot|the members|(?:council|committee) meetings?)\b"
)
# A verdict of ridicule ("an embarrassing shambles", "absolute clown show").
_RIDICULED = re.compile(
    r"\b(?:clown show|clown car|circus|shambles|farce|laughing ?stock|pantomime|panto|madhouse|"
    r"omnishambles|car crash|talking shop|waste of (?:time|space|oxygen)|joke|embarrassment)\b"
)
_COPULA_SUBJECT = re.compile(
    r"([a-z]+)(?:'s|'re| is| was| are| were| has been| have been| becoming| became) "
    r"(?:\w+ ){0,3}$"
)
# Another body named in the sentence: criticism of it is not an insider running down their own.
_OTHER_BODY = re.compile(
    r"\b(?:borough|county|city|district|metropolitan|government|ministers?|highways|westminster|"
    r"nhs|police|national)\b"
)
_MEETING_WORDS = re.compile(
    r"\b(?:council|councils|meeting|meetings|committee|agenda|debate|councillors|full council|"
    r"hours|decide|decided|deciding|vote|voted|voting|chair)\b"
)
_SELF_SUBJECTS = frozenset(
    {
        "council", "meeting", "committee", "it", "this", "that", "they", "we", "tonight",
        "evening", "night", "debate", "discussion", "lot", "agenda", "session",
    }
)  # fmt: skip
_SUBJECT_NEEDED = frozenset({"joke", "embarrassment", "waste of time", "waste of space"})
# A verdict denied ("no circus tonight", "wasn't a shambles").
_DENIED = re.compile(r"(?:\bno|\bnot|n't|\bnever|\bhardly)(?: a| an| any)? (?:\w+ )?$")
# Likening work for the council to a torment ("working for this council is like herding cats").
_TORMENT = re.compile(
    r"\b(?:working (?:for|at|with)|being on|sitting on|serving on) (?:this|the|our) (?:parish )?"
    r"council (?:is|was) (?:like|a nightmare|hell|torture|soul-destroying|a joke|a circus)\b"
)
_NO_RESPECT = re.compile(
    r"\bno wonder (?:nobody|no one|no-one|people don'?t|residents don'?t|folk don'?t|nobody "
    r"bothers to) (?:(?:respects?|trusts?|votes? for|stands? for|turns? up to) (?:us|the council|"
    r"parish councils?|councillors|this council|our council|the parish council|them)|takes? "
    r"(?:us|the council|parish councils?|councillors|this council|our council|the parish "
    r"council|them) seriously)\b"
)


def insider_derision(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.3: a councillor or officer deriding the council or colleagues in public: their
    competence in hyperbole ("some of our councillors couldn't read an agenda if you paid them"),
    a meeting or the council called a shambles, a circus or a clown show (as the subject of the
    verdict, or in a verdict without a verb, after a mention of the council: "another night at
    the parish council ... absolute clown show 🤡"), "no wonder nobody respects parish councils".
    Criticism of another body ("the roadworks were a shambles") is not this."""
    author = c.author
    if author is None or not author.is_colleague:
        return None
    light = _light(c)
    hit = ("no wonder" in light and _search(c, _NO_RESPECT)) or (
        "council" in light and _search(c, _TORMENT)
    )
    if hit:
        return hit
    m = _INCOMPETENT.search(light)
    if m and _COLLEAGUES.search(light):
        return c.light_hit(m)
    m = _ILLITERATE_MEMBERS.search(light)
    if m and (_COLLEAGUES.search(light) or _MOCKED.search(c.post.text)):
        # the members meant by the colleagues named or the mockery ("taking minutes for people
        # who can't read an agenda 🙃"), not readers helped ("paper copies for people who
        # can't read the agenda online")
        return c.light_hit(m)
    if "council" not in light and "meeting" not in light:
        return None
    other = c.ctx.council.principal_authority.split(" ")[0].lower()
    breaks = None  # where the light view's sentences break, found once
    for m in _RIDICULED.finditer(light):
        if breaks is None:
            breaks = [i for i, ch in enumerate(light) if ch in ".!?\n"]
        b = bisect_left(breaks, m.start())
        s = breaks[b - 1] + 1 if b else 0
        sentence_before = light[s : m.start()]
        if _DENIED.search(sentence_before):
            continue
        b = bisect_left(breaks, m.end())
        sentence = light[s : breaks[b] if b < len(breaks) else len(light)]
        subject = _COPULA_SUBJECT.search(sentence_before)
        if subject is not None and subject.group(1) in ("it", "this", "that", "they"):
            # A pronoun refers back: the text just before says to what.
            sentence = light[max(0, s - 150) : s] + sentence
        if _OTHER_BODY.search(sentence) or (other and other in sentence):
            continue
        if subject is not None:
            if subject.group(1) not in _SELF_SUBJECTS:
                continue
        elif (
            m.group(0) in _SUBJECT_NEEDED
            or not _MEETING_WORDS.search(
                light[max(0, s - 150) : m.end()].replace("council tax", "")
            )
            or _OTHER_BODY.search(light[max(0, s - 150) : s])
        ):
            # A verdict without a verb takes its subject from the words just before it; "a
            # joke", "a waste of time" alone say too little of what they judge.
            continue
        return c.light_hit(m)
    return None


# An insider teasing the public with wrongdoing still to come out ("wait till you see the
# accounts 👀"): gossip that hints at misconduct without saying it.
_TEASE = re.compile(
    r"\b(?:wait (?:till|until|'til|til) you see|you should see|if only you (?:could see|knew)|"
    r"if (?:you|people|residents|folk|everyone|the village) (?:knew|saw|found out) (?:how|what|"
    r"where|who)|"
    r"don'?t get me started on|you don'?t want to know (?:about|what)|i could tell you (?:a thing "
    r"or two|some stories|things|a few things)(?: about)?|let'?s just say)\b[^.!?]{0,40}"
    r"\b(?:accounts|books|finances|expenses|budget|spending|minutes|figures|petty cash|grants?|"
    r"contracts?|tenders?|bank "
    r"statements?|receipts|invoices|audit|what (?:goes on|they spend|gets spent|they claim|was "
    r"spent|really happened))\b"
)
_HINT = compile_word_starts(
    "[\U0001f440\U0001f914\U0001f92b\U0001f62c]|\\.\\.\\.|\u2026|"
    r"\bsay no more\b|\bthat'?s all i'?m saying\b|\bi'?ll say no more\b|\bnot just the\b|"
    r"\bmake of that\b|\bdraw your own\b|\bshocking\b|\bdodgy\b|\bfishy\b|\bmurky\b|\bscandal"
)


# Insinuation openers ("funny how", "makes you wonder", "just saying", "not saying owt").
_INSINUATE = compile_word_starts(
    r"\b(?:funny|interesting|strange|odd|curious|amazing|convenient|remarkable) (?:how|that|"
    r"the way)\b|\bmakes you (?:wonder|think)\b|\bjust saying\b|\b(?:i'?m )?not saying "
    r"(?:owt|anything|nowt|a word|names)\b|\bdraw your own conclusions\b|\bmake of that what\b"
)
# The council's money and business, the matter of the insinuation.
_COUNCIL_AFFAIRS = re.compile(
    r"\b(?:contracts?|tenders?|bids?|grants?|precept|council tax|expenses|accounts|books|"
    r"finances|budget|petty cash|allowances?|invoices?|audit|planning (?:application|permission)s?"
    r"|council money|funds|awarded|finance officer|rfo)\b"
)
# Someone doing well out of it ("lands with whoever's been getting the rounds in", "a brand
# new Audi the same year the precept went up").
_BENEFIT = re.compile(
    r"\b(?:lands? with|landed with|goes to|went to|ends? up with|ended up with|awarded to|"
    r"always (?:gets?|wins?|goes)|same (?:year|month|week|time)|brand new|new (?:car|audi|bmw|"
    r"merc\w*|range rover|kitchen|extension|conservatory|hot tub|patio)|holidays?|whoever'?s|"
    r"(?:his|her|their) (?:mates?|pals?|friends?|brother|sister|cousin|wife|husband|son|"
    r"daughter|relatives?)|drinking (?:buddy|buddies|pals?)|rounds in|backhanders?|"
    r"brown envelopes?|kickbacks?)\b"
)


# A tease about good news ("wait till you see the budget, we've kept the precept down 👀") or a
# pointer to the published accounts.
_GOOD_NEWS = re.compile(
    r"\b(?:online|website|published|noticeboard|under budget|amazed|impressed|proud|great|"
    r"good news|kept (?:\w+ ){0,3}down|saved|well spent|brilliant|fantastic|pleased|happy|"
    r"delighted|how much work|how hard)\b"
)


def insider_tease(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.3: a councillor or officer hinting in public that something is wrong with the
    council's money or business: a tease ("wait till you see the accounts 👀", "I could tell
    you a thing or two about the expenses ...") with a hint, or an insinuation ("funny how the
    contract always lands with ...", "interesting how ... the same year the precept went up")
    about someone doing well out of it. A pointer to the published accounts is not a hint."""
    author = c.author
    if author is None or not author.is_colleague:
        return None
    light = _light(c)
    hit = _search(c, _TEASE)
    if hit is not None and not _HINT.search(light):
        hit = None
    if hit is None:
        hit = _search(c, _INSINUATE)
        if hit is not None and not (_COUNCIL_AFFAIRS.search(light) and _BENEFIT.search(light)):
            hit = None
    if hit is None or _GOOD_NEWS.search(light):
        return None
    return hit


# Idling on paid time, boasted of ("three hours 'inspecting' the rec with a brew ... and they pay
# me for this 😎"): being paid, with leisure or a scare-quoted duty.
_PAID_FOR_THIS = re.compile(
    r"\b(?:they|the council|you lot|taxpayers?|residents|the parish) (?:pay|paying|pays) me "
    r"(?:for this|to do this|to sit|to do nothing|for doing this)\b|\b(?:i|and i) (?:get|got) "
    r"paid (?:for this|to sit|to do nothing|to watch|for doing this)\b"
)
_AT_LEISURE = re.compile(
    r"\b(?:brew|cuppa|cricket|football|telly|radio|feet up|nap|kip|pub|pints?|sunbathing|doing "
    r"nothing|snooze|crossword|netflix)\b|'(?:inspecting|working|checking|monitoring|patrolling|"
    r"surveying|busy)'"
)


def idle_on_duty(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.3: a councillor or officer boasting of idling at the public's expense (being
    paid, with leisure or a duty in scare quotes). Enjoying the job ("out gritting at 5am and they
    pay me for this!") is not idling."""
    author = c.author
    if author is None or not author.is_colleague:
        return None
    light = _light(c)
    if "pay" not in light and "paid" not in light:
        return None  # every form of _PAID_FOR_THIS says "pay" or "paid": skip the scan
    hit = _search(c, _PAID_FOR_THIS)
    if hit is None or not _AT_LEISURE.search(light):
        return None
    return hit


# A misdeed owned up to or advised in scare quotes, with a joke ("I 'borrowed' the cones ... 😂",
# "tip from the inside: awkward emails have a habit of getting 'lost' 😂").
_SCARE_QUOTED = re.compile(
    r"'(?:lost|mislaid|misplaced|forgotten|deleted|shredded|borrowed|liberated|acquired|rescued|"
    r"relocated|requisitioned|found|missing|tidied away)'"
)
_OWNED_OR_ADVISED = re.compile(
    r"\b(?:i|i'?ve|we|we'?ve|me|us|myself)\b|\btip\b|\bif you\b|\bjust (?:wait|leave|ignore)\b|"
    r"\bfrom the inside\b"
)


def scare_quoted_misdeed(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.3: a councillor or officer joking about a misdeed in scare quotes, owned up to
    or passed on as a tip ("it was me who 'borrowed' the cones", "awkward emails have a habit of
    getting 'lost' 😂"). Reporting someone else's ("someone has 'borrowed' the planters again,
    please bring them back") is not owning up."""
    author = c.author
    if author is None or not author.is_colleague:
        return None
    light = _light(c)
    m = _SCARE_QUOTED.search(light)
    if m is None or not _winks(light):
        return None
    if not _OWNED_OR_ADVISED.search(light[max(0, m.start() - 80) : m.start()]):
        return None
    return c.light_hit(m)


# Using the office for a private advantage ("councillor perks", "told the warden I'm on the
# council and got out of the ticket").
_OFFICE_PERK = compile_word_starts(
    r"\b(?:councillor|council|clerk'?s?) perks?\b|\bperks? of (?:being|the) (?:a |the )?"
    r"(?:councillor|clerk|council)\b|\b(?:told|telling|tell|mentioned|mentioning|dropped|"
    r"dropping|played|playing)\b[^.!?]{0,30}\b(?:i'?m|i am|that i'?m|the) (?:on the (?:parish )?"
    r"council|a councillor|the clerk|councillor card)\b"
)
_ADVANTAGE = re.compile(
    r"\b(?:got (?:me )?out of|let (?:me|us) off|knock(?:ed)? (?:a|\w+ quid|\d+%?|something) off|"
    r"for free|free (?:pint|drink|meal|entry|parking)|discount|jump(?:ed)? the queue|"
    r"(?:parking|speeding) ticket|fine)\b"
)


def office_leverage(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.3: a councillor or officer trading on the office for a private advantage
    ("councillor perks 😉", "told the warden I'm on the council and got out of the ticket")."""
    author = c.author
    if author is None or not author.is_colleague:
        return None
    light = _light(c)
    if "perk" not in light and "council" not in light and "clerk" not in light:
        return None  # every form of _OFFICE_PERK says one of these: skip the scan
    hit = _search(c, _OFFICE_PERK)
    if hit is None or not _ADVANTAGE.search(light):
        return None
    return hit
