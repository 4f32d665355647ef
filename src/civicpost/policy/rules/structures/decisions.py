"""Clause 6.4: acting against a decision of the council (defiance, a call on readers to act or to
undo it, switching off what it put in place, rallying for the side it did not take) and
misstating one (a figure, an outcome or a stance the resolution does not have).
"""

from __future__ import annotations

import datetime
import re

from ...detectors.lexicon import compile_word_starts
from ...detectors.matching import keyword_hits
from ..base import Checking
from ._common import (
    _MONTH_NAMES,
    _WEEKDAY_NAMES,
    VERDICT_AGAINST,
    _decisions_in,
    _light,
    _search,
)

# ---- 6.4: acting against a decision -----------------------------------------------------------

# Readers called to act: an imperative at the start of a clause, "let's", an urging, a rallying.
MOBILISE = compile_word_starts(
    r"(?:^|[.!?,:;]\s*|\band\s+|\bso\s+|\bjust\s+|\bplease\s+)(?:bring|get|tag|share|sign|write|"
    r"ring|message|dm|pm|email|join|spread|turn up|come (?:down|along|and)|keep)\b(?! in touch\b)|"
    r"\blet'?s (?:get|make|have|go|do|keep|all|show|fill|flood)\b|"
    r"\b(?:i'?d|i would|i) (?:urge|encourage|ask) (?:you|everyone|all|people)\b|"
    r"\bi'?m (?:asking|urging|begging|calling on) (?:you|everyone|all|people)\b|"
    r"\bdo the same\b|\bwho'?s in\b|\bthe more (?:noise|people|of us)\b|"
    r"\bget (?:this|it) trending\b|"
    r"\b(?:ring|message|call|text|dm|pm) me\b[^.!?]{0,30}\bi'?ll\b"
)
# Setting oneself against the council: "whatever the council voted", "they might have binned it
# but we haven't", "don't tell the clerk", "has NOT given up", "if you know the right person".
DEFIANCE = compile_word_starts(
    r"\bwhatever (?:the |our |this )?(?:parish |town )?(?:council|committee|they|clerk)\b"
    # "I'll share whatever they tell me" is passing news on (round 20)
    r"(?! (?:tell|tells|told|find|finds|found|report|reports|send|sends|say back)\b)"
    r"(?: (?:says?|said|voted|decided|decides|thinks?|agreed|wants?))?|"
    r"\b(?:council|committee|they)\b[^.!?]{0,25}\b(?:might|may|can|could)(?:'ve| have)?\b"
    r"[^.!?]{0,40}\bbut (?:we|i|us)\b|"
    r"\bdon'?t tell (?:the |our )?(?:clerk|council|chair|committee|anyone from)\b|"
    r"\b(?:has|have|is|are)(?: not|n't) given up\b|\bif you know the right (?:person|people)\b|"
    r"\b(?:in support|in favour) of\b[^.!?]{0,60}\bwhatever\b|\bnobody checks\b|"
    r"\bno one checks\b|\bstill got a key\b|\bignore (?:the|that|their)\b"
)
_FIGURE = re.compile(r"£\s?\d[\d,]*(?:\.\d+)?(?![\d,]*k\b)|\b\d+(?:\.\d+)?\s?(?:%|per ?cent\b)")
_FIGURE_START = re.compile(r"[£\d]")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_CHANGE = re.compile(
    r"\b(?:went up|gone up|going up|rose|risen|increased|put up|cut|raised|doubled|trebled|"
    r"spent|cost|costing)\b"
)
_SENTENCE_END = re.compile(r"[.!?\n]")
# round 40: money raised for a cause is not a decision's figure ("the band's concert raised £780
# towards new benches for the rec", beside the rec's CCTV decision)
_RAISED_FOR = re.compile(
    r"\b(?:raised|raising|collected|donated|made|brought in)\s+(?:a |an |over |nearly |almost |"
    r"just over |just under |about |around |a whopping |an amazing |a brilliant )?$"
)


def acting_against_decision(c: Checking):
    """Clause 6.4: a post about a decision taken that sets itself against it and calls readers
    to act ("whatever the council voted ... I'd urge you all to do the same") or acts in person
    ("council or no council", "I've told the caretaker to leave them unplugged until the council
    sees sense", "they voted for X but we're doing Y anyway"), or that piles on a reply
    condemning the decision with a call to spread it. Returns (hit, decision) or None."""
    text = _light(c)
    reply = c.reply.light.text if c.reply is not None else ""
    own = _decisions_in(c, [text])
    theirs = _decisions_in(c, [reply]) if reply else []
    if not own and not theirs:  # every branch needs a decision's topic: cheap test first
        return None
    # "whatever the council decided, I'll be at the lantern parade": doing what it chose
    own = [d for d in own if not doing_the_chosen(d, text)]
    defy = _search(c, DEFIANCE) or _search(c, DEFIANCE_MORE)
    open_defy = _search(c, DEFIANCE_OPEN)
    mobilise = _search(c, MOBILISE)
    if defy is None and mobilise is None and open_defy is None and not own:
        return None
    if open_defy:
        live = [d for d in own or theirs if not decision_expired(d, c.day)]
        if live:
            return open_defy, live[0]
    if own and defy and (mobilise or ACTING_SELF.search(text)):
        return defy, own[0]
    if own and mobilise and ACTING_SELF.search(text) and (hit := _search(c, DECIDED_BUT)):
        return hit, own[0]
    if own and defy and defy[2].lower().startswith("whatever"):
        return defy, own[0]
    not_allowed = _search(c, NOT_ALLOWED) if own else None
    if (
        not_allowed
        and not _affirmed_topic(own[0], text)
        and (mobilise or ACTING_SELF.search(text) or _INVITE.search(text))
    ):
        return not_allowed, own[0]
    if mobilise is None:
        return None
    against = _verdict_on_decision(text) or (theirs and _verdict_on_decision(reply))
    decisions = own or theirs
    if decisions and against and not _COUNCIL_ROUTE.search(text):
        return mobilise, decisions[0]
    return None


# A verdict on what someone said, not on the decision: "spreading rubbish about the lantern
# parade", "talking a load of rubbish".
_SAID_BEFORE = re.compile(
    r"\b(?:spreading|talking|posting|spouting|writing|peddling|saying|sharing|believing) "
    r"(?:\w+ ){0,3}$"
)


def _verdict_on_decision(text: str) -> bool:
    return any(
        not _SAID_BEFORE.search(text[max(0, m.start() - 40) : m.start()])
        for m in VERDICT_AGAINST.finditer(text)
    )


def misstated_figure(c: Checking):
    """Clause 6.4: a post that gives a decision's outcome with a figure the resolution does not
    have ("the parish tax went up 10%" when the decision was 3.5%). The figure must sit in a
    sentence with the decision's topic words and a verb of change or decision, and appear neither
    in the resolution nor in the title of any agenda item (an option still to be decided).
    Returns (hit, decision) or None."""
    text = _light(c)
    if _FIGURE_START.search(text) is None or _FIGURE.search(text) is None:
        return None  # a figure starts with "£" or a digit: the first test is a quick scan
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
        if not _CHANGE.search(sentence) or _RAISED_FOR.search(text[s : m.start()]):
            continue
        # only a decision that sets a figure can be misstated by one ("the tombola raised £212
        # for the lantern parade fund" does not misstate the decision to hold a lantern parade)
        decisions = [d for d in _decisions_in(c, [sentence]) if _FIGURE.search(d.resolution)]
        if decisions:
            start, end = c.text.light.span(m.start(), m.end())
            return (start, end, c.post.text[start:end]), decisions[0]
    return None


# ---- 6.4 (round 4, lane d): defiance and outcomes -----------------------------------------------
# (structures owned by the 6.4 rules; see acting_against_decision)

# 6.4: more ways of setting oneself against the council: "council or no council", "with or
# without their permission", "until the council sees sense", "the objection won't stand",
# "the council voted for X but we're doing Y anyway", "whatever the PC decided".
DEFIANCE_MORE = compile_word_starts(
    r"\bwhatever (?:the |our )?pc\b|"
    r"\b(?:i|we) (?:don'?t|do not|won'?t|will not|refuse to) accept\b|"
    r"\b(?:i|we) know (?:the )?(?:parish )?(?:council|pc|committee|they)\b[^.!?]{0,20}"
    r"\b(?:said|voted|decided|agreed|objected)\b[^!?]{0,60}\b(?:but|well|though|yet|still)\b|"
    r"\bgive (?:the|our|its|their|that|this) (?:objection|decision|vote|resolution) "
    r"(?:much|any|no) (?:weight|notice|attention)\b|"
    r"\bwith or without (?:the |their )?(?:council'?s? |pc'?s? |committee'?s? )?"
    r"(?:permission|blessing|say-?so|approval)\b|"
    r"\buntil (?:the |our )?(?:parish )?(?:council|pc|committee|they) (?:sees? sense|backs? down|"
    r"changes? (?:its|their) (?:mind|tune)|u-?turns?|comes? to (?:its|their) senses|gives? in)\b|"
    r"\b(?:objection|decision|vote|resolution|ban|closure|ruling)\b[^.!?]{0,40}"
    r"\b(?:won'?t|will not|isn'?t going to|is not going to) (?:stand|stick|last|hold|survive)\b|"
    r"\b(?:council|pc|committee|they)\b[^.!?]{0,40}\b(?:voted|decided|agreed|chose|ruled)\b"
    r"[^.!?]{0,80}\bbut\b[^.!?]{0,80}\b(?:anyway|regardless|all the same)\b"
)
# Defiance strong enough to need only the decision's topic: "council or no council", "rules or
# no rules", "don't let a daft vote stop you", "I don't care what the vote was", "'accidentally'",
# "who needs to wait for funding", and obstruction ("lie down in front of the diggers").
DEFIANCE_OPEN = compile_word_starts(
    r"\b(?:council|pc|committee|rules?|vote|decision|ban|permission) or no "
    r"(?:council|pc|committee|rules?|vote|decision|ban|permission)\b|"
    r"\bdon'?t let (?:a|the|their|some|that|any) (?:\w+ )?(?:vote|decision|rule|ban|council|"
    r"committee|resolution) stop (?:you|us|anyone)\b|"
    r"\b(?:don'?t care|who cares) what (?:the |their |our |that )?(?:council|pc|committee|vote|"
    r"decision|clerk|meeting)\b|\b(?:council|pc|committee|they) can'?t stop (?:us|you|me|people)\b|"
    # a way round what was closed: "side door's open if you give it a shove", "climb the fence"
    r"\b(?:side|back|rear) (?:door|gate)(?:'s| is)? (?:open|unlocked|on the latch)\b|"
    r"\bgive it a (?:good )?(?:shove|push|kick|jiggle|yank)\b|"
    r"\b(?:just )?(?:climb|hop|jump) (?:over )?the (?:fence|gate|railings|wall)\b|"
    r"['\u2018]accidentally['\u2019]|\baccidentally on purpose\b|"
    r"\b(?:no need|who needs|why) (?:to )?wait(?:ing)? (?:around |about )?for (?:the |any |their )?"
    r"['\u2018]?(?:council|pc|committee|permission|approval|funding|grant|money|external|vote)\b|"
    r"\b(?:lie|lay|sit|stand) down in front of\b|"
    r"\bchain(?:ed)? (?:yourselves|ourselves|myself|themselves|yourself) to\b|"
    r"\bmake it hell for\b|"
    r"\bclog (?:up )?(?:their|the|his|her) (?:phones?|lines?|inbox|switchboard)\b|"
    r"\bmake it cost them\b|\b(?:till|until) they give up\b|"
    r"\b(?:the )?(?:council|pc|committee) can wait\b|"
    r"['\u2018](?:broken|lost|faulty|forgot(?:ten)?|misplaced|out of order|jammed|stuck|missing|"
    r"unlocked)['\u2019]|"
    # the decision itself in scare quotes ("the parish 'objection'", "'closed weekdays' my eye")
    r"['\u2018](?:objection|decision|vote|resolution|ban|closure|consultation)['\u2019]|"
    r"['\u2019] my eye\b"
)
# A call to act anyway on what "we weren't allowed" ("seeing as we weren't allowed a proper
# display, bring whatever you've got"), unless the call is to the thing the council chose.
NOT_ALLOWED = re.compile(
    r"\b(?:seeing as|since|because|as|cos|coz) (?:we|you|they|us|the kids) (?:weren'?t|were not|"
    r"aren'?t|are not|won'?t be|wasn'?t|was not) (?:allowed|permitted|let)\b|"
    r"\b(?:seeing as|since|because|as|cos|coz) (?:the )?(?:parish )?(?:council|pc|committee|they) "
    r"(?:bottled it|banned it|said no|cancelled it|scrapped it|won'?t (?:do|have|hold|put on) it)\b"
)
_INVITE = compile_word_starts(
    r"\b(?:all|everyone|everybody) (?:welcome|invited)\b|\b(?:at|round) (?:mine|ours)\b"
)
# A legitimate route back to the council ("share your views at the next meeting").
_COUNCIL_ROUTE = compile_word_starts(
    r"\b(?:next|the) (?:council |full council |parish council )?meeting\b|\bpublic participation\b|"
    r"\b(?:to|email|tell) the clerk\b|\ba motion\b|\bmy surgery\b|\bclerk@|"
    r"\b(?:comment|views?) on the decision\b|"
    # round 21c: a crime seen, sent to the police ("ring 101 and tell the police")
    r"\b(?:ring|call|phone) 101\b|\b(?:tell|report it to|contact) the police\b|"
    # round 22b: a fault sent to the borough ("reported it on Rotherham's Report It page, please
    # do the same")
    r"\breport[- ]it\b|\breported it (?:to|on|through)\b|rotherham\.gov\.uk/report"
)


def _resolution_parts(decision) -> list[str]:
    return re.split(r"\band that\b|;|,", decision.resolution.lower())


def _affirmed_keywords(decision) -> list[str]:
    """The keywords the resolution puts in place: named in a part of it ("... and that a lantern
    parade be held instead") with no word of a negative outcome (no, not, close, removed)."""
    parts = _resolution_parts(decision)
    return [
        k
        for k in decision.keywords
        if any(keyword_hits([k], part) and not _NEGATIVE_OUTCOME.search(part) for part in parts)
    ]


def _ruled_out_keywords(decision) -> list[str]:
    """The keywords named in a negative part of the resolution ("no bonfire or fireworks")."""
    parts = _resolution_parts(decision)
    return [
        k
        for k in decision.keywords
        if any(keyword_hits([k], part) and _NEGATIVE_OUTCOME.search(part) for part in parts)
    ]


_REFUSAL = re.compile(r"\b(?:not|never|won'?t|skip|boycott|avoid|stay away|don'?t go)\b")


def doing_the_chosen(decision, text: str) -> bool:
    """Clause 6.4: where a resolution rules one thing out and puts another in its place (no
    bonfire; a lantern parade instead), does the text name only the thing chosen, refusing
    nothing ("whatever the council decided, I'll be at the lantern parade")?"""
    named = {h[2].lower() for h in keyword_hits(decision.keywords, text)}
    affirmed = {k.lower() for k in _affirmed_keywords(decision)}
    contrast = bool(affirmed) and bool(_ruled_out_keywords(decision))
    return contrast and bool(named) and named <= affirmed and _REFUSAL.search(text) is None


def _affirmed_topic(decision, text: str) -> bool:
    """Does the text name a keyword of the decision that the resolution puts in place (the
    lantern parade chosen instead of the bonfire)?"""
    return bool(keyword_hits(_affirmed_keywords(decision), text))


# "The council objected to X but I've emailed ...": with a call on readers to do the same.
DECIDED_BUT = re.compile(
    r"\b(?:council|pc|committee|they)\b[^.!?]{0,25}\b(?:voted|decided|agreed|objected|resolved|"
    r"chose)\b[^.!?]{0,40}\bbut (?:we|i|us|me)\b"
)
# The poster acting (or about to act) in person: "I'll", "I've told the caretaker to",
# "me and a few dads are", "we're".
ACTING_SELF = compile_word_starts(
    r"\bi'?ll\b|\bwe'?ll\b|\bi will\b|\bwe will\b|\bwe haven'?t\b|"
    r"\bi'?ve (?:told|asked|instructed|arranged|got|sorted|put|stuck|emailed|e-mailed|written|"
    r"wrote|rung|phoned|contacted)\b|"
    r"\bme (?:and|&|n) (?:a |the |some |my )?\w+|\bwe'?re\b|\bwe are\b|"
    r"\b(?:a few|some|several|two|three|four|the rest) of us\b|"
    r"\bi'?m (?:going to|gonna|putting|doing|having|leaving|opening|keeping|holding|running|"
    r"dropping|sending|handing out|delivering|writing|organising|starting)\b|"
    # readers encouraged to go ahead themselves
    r"\bcrack on\b|\bgo ahead\b|\bhelp yourselves?\b|\bfeel free\b|\bknock (?:at|on) mine\b"
)
# A call to undo what was decided: "stop the CCTV", "scrap the lantern parade".
UNDO_CALL = re.compile(
    r"(?:^|[.!?,:;]\s*|\bplease\s+|\blet'?s\s+|\bhelp (?:us |me )?|\bsign to\s+|\band\s+)"
    r"(?:stop|scrap|ditch|axe|block|reverse|overturn|get rid of)\s+"
    r"(?:the|this|these|those|that|their|our)\s+"
)


def decisions_about(c: Checking, texts: list[str]):
    """Decisions taken by the post's date whose topic the texts mention (keywords or folds)."""
    return _decisions_in(c, texts)


# The council's own position is against the thing ("objects to"): calling to stop it agrees.
_COUNCIL_AGAINST = re.compile(r"(?<!not )\b(?:objects?|opposes?|refuses?|rejects?)\b")
# A decision whose outcome is negative: nothing held, closed, removed, not replaced.
_NEGATIVE_OUTCOME = re.compile(
    r"\b(?:no|not|close|closed|closure|removed|withdrawn|scrapped|cancelled|stopped)\b"
)
# A post announcing the opposite outcome as fact: "the swings will be back for Easter".
RESTORED = re.compile(
    r"\b(?:will be|are|is|'re|'s|be|coming|come|comes) back\b(?! to (?:normal|usual))|"
    r"\bwill be (?:replaced|reinstated|reopened|put back|going ahead|held)\b|"
    r"\b(?:will be |is |are |'s |'re )?open(?:ing)? (?:\w+ ){0,2}again\b|"
    r"\b(?:going|being|getting|get|gets) (?:put )?back (?:in|up|on)\b|"
    r"\bput(?:ting)? (?:\w+ ){0,3}back (?:up|in)\b|"
    r"\b(?:is|are|'s|'re) (?:going ahead|back on|reopening|returning)\b|\breturns? (?:for|in|on)\b"
)
# Every form of RESTORED contains one of these.
_RESTORED_WORDS = ("back", "will be", "again", "going ahead", "reopening", "return")
_HEDGE = re.compile(
    r"\b(?:if|once|when|until|till|unless|hope|hoping|hopefully|fingers crossed|as agreed|minute|"
    r"proposal|propose|motion|consult\w*|petition|would|could|might|should|next year|again in)\b|\?"
)
_NOT_BEFORE = re.compile(r"\b(?:not|never|no|won'?t|isn'?t|aren'?t|nor)\b[^.!?]{0,12}$")
_RESOLUTION_DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(_MONTH_NAMES) + r") (\d{4})\b")


_IN_YEAR = re.compile(r"\bin (20\d\d)\b")


def _last_date(decision) -> tuple[int, int, int] | None:
    """The last date a resolution names ("close on weekdays ... to 26 February 2027", "in 2026"),
    as (year, month, day), or None."""
    resolution = decision.resolution.lower()
    dates = [
        (int(y), _MONTH_NAMES.index(m) + 1, int(d))
        for d, m, y in _RESOLUTION_DATE.findall(resolution)
    ]
    # round 21: a year the resolution is confined to ("no bonfire ... be held in 2026") ends
    # with that year
    dates += [(int(y), 12, 31) for y in _IN_YEAR.findall(resolution)]
    return max(dates, default=None)


def decision_expired(decision, day) -> bool:
    """A decision that runs to a date ("close on weekdays ... to 26 February 2027") no longer
    binds after the last date it names."""
    end = _last_date(decision)
    return end is not None and (day.year, day.month, day.day) > end


_SENTENCE_DATE = re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)? (" + "|".join(_MONTH_NAMES) + r")\b")


def _dated_after(decision, sentence: str, day) -> bool:
    """Round 20: the sentence dates what it says after the last date the decision runs to
    ("open every day again from Saturday 27 February" of a closure to 26 February 2027): the
    decision's own end, not a reversal."""
    end = _last_date(decision)
    if end is None:
        return False
    for d, m in _SENTENCE_DATE.findall(sentence):
        month = _MONTH_NAMES.index(m) + 1
        year = day.year + ((month, int(d)) < (day.month, day.day))
        if (year, month, int(d)) > end:
            return True
    # round 41: a weekday to come ("the loos open weekdays again from Monday", posted on the
    # closure's last day), dated by the post's own day
    for name in _SENTENCE_WEEKDAY.findall(sentence):
        ahead = (_WEEKDAY_NAMES.index(name) - day.weekday() - 1) % 7 + 1
        then = day + datetime.timedelta(days=ahead)
        if (then.year, then.month, then.day) > end:
            return True
    return False


_SENTENCE_WEEKDAY = re.compile(
    r"\b(?:from|on|next|this coming) (" + "|".join(_WEEKDAY_NAMES) + r")\b"
)


# Saying the council's real line is other than its decision ("the council's official line is").
_COUNCIL_LINE = compile_word_starts(
    r"\b(?:the )?(?:parish )?council'?s (?:official |real |actual )?(?:line|position|view) is\b|"
    r"\bwho'?s with me\b|"
    # an indirect call: "someone should paint over the sign"
    r"\b(?:someone|somebody|anyone|we|you) (?:should|ought to|could|needs? to) (?:just |go and )?"
    r"(?:paint|spray|cover|smash|cut|unplug|switch|turn|rip|pull|take|remove|block|open|unlock|"
    r"ignore|boycott|skip|stay away)\b"
)


def acting_on_it(c: Checking) -> bool:
    """Clause 6.4: does the post do or call for something (or speak for the council), beyond
    judging a decision? A call on readers, the poster acting, defiance, or a council line."""
    text = _light(c)
    return any(
        p.search(text)
        for p in (MOBILISE, ACTING_SELF, DEFIANCE, DEFIANCE_MORE, DEFIANCE_OPEN, _COUNCIL_LINE)
    )


def undo_call(c: Checking):
    """Clause 6.4: a call to undo what was decided ("Please sign! Stop the CCTV on the rec"):
    an imperative to stop, scrap or reverse, with a decision's topic word just after it. Not
    when the council itself is against the thing (an objection). Returns (hit, decision)."""
    text = _light(c)
    if not any(
        w in text
        for w in ("stop", "scrap", "ditch", "axe", "block", "revers", "overturn", "get rid")
    ):
        return None
    for m in UNDO_CALL.finditer(text):
        # the topic must follow at once ("stop the CCTV", "scrap the new bus stop"), not
        # somewhere later ("stop the car at the bus stop")
        head = re.compile(r"(?:new |planned |proposed |\w+'s )?").match(text, m.end())
        offset = head.end() if head else m.end()
        window = text[offset : offset + 40]
        for d in _decisions_in(c, [window]):
            ends = [h[1] for h in keyword_hits(d.keywords, window) if h[0] == 0]
            if not ends or _COUNCIL_AGAINST.search(d.resolution.lower()):
                continue
            if decision_expired(d, c.day):
                continue
            start, end = c.text.light.span(m.start(), offset + max(ends))
            return (start, end, c.post.text[start:end].strip(" .,!?:;")), d
    return None


def restored_outcome(c: Checking):
    """Clause 6.4: misstating a decision by announcing the opposite outcome as fact: a sentence
    with a decision's topic word saying the thing it removed, closed or did not allow is back
    or going ahead ("the swings will be back for Easter"), unhedged (no "if", "once funding",
    "hope", question or negation) and while the decision still runs. Returns (hit, decision)."""
    text = _light(c)
    if not any(w in text for w in _RESTORED_WORDS):
        return None  # no form of RESTORED can match: skip the scan
    for m in RESTORED.finditer(text):
        ends = [x.start() for x in _SENTENCE_END.finditer(text)]
        s = max([x + 1 for x in ends if x < m.start()], default=0)
        e = min([x for x in ends if x >= m.end()], default=len(text))
        sentence = text[s : e + 1]
        if _HEDGE.search(sentence) or _NOT_BEFORE.search(text[s : m.start()]):
            continue
        for d in _decisions_in(c, [sentence]):
            resolution = d.resolution.lower()
            if (
                not _NEGATIVE_OUTCOME.search(resolution)
                or "object" in resolution
                or decision_expired(d, c.day)
                or _dated_after(d, sentence, c.day)
            ):
                continue
            # the lantern parade chosen instead of the bonfire may well be "back"
            affirmed = {k.lower() for k in _affirmed_keywords(d)}
            named = {h[2].lower() for h in keyword_hits(d.keywords, sentence)}
            if named and named <= affirmed:
                continue
            start, end = c.text.light.span(m.start(), m.end())
            return (start, end, c.post.text[start:end]), d
    return None


# The council's stance on an application, as a post states it: against (objects, opposes) or
# not against (no objection, does not object, supports the application).
_STANCE_NOT_AGAINST = re.compile(
    r"\bno objections?\b|\b(?:does|did|do)(?:n'?t| not) (?:object|oppose)\b|"
    r"\bnot (?:to )?(?:objecting|opposing|object|oppose)\b|"
    r"\b(?:supports?|backs?|welcomes?) (?:the|this|these) (?:\w+ )?"
    r"(?:application|plans?|homes|houses|scheme|development)\b|"
    r"\blooks? forward to working with the developer\b"
)
_STANCE_AGAINST = compile_word_starts(
    r"(?<!no )(?<!not )(?<!not to )\b(?:objects?|objected|opposes|opposed|objecting|opposing)\b|"
    r"(?<!no )\bobjection to\b"
)
_APPLICATION = re.compile(
    r"\s*(?:to )?(?:the |this |these |that )?(?:\w+ ){0,3}(?:application|plans?|homes|houses|"
    r"scheme|development)\b"
)
_COUNCIL_SUBJECT = compile_word_starts(
    r"\b(?:the |your |our )?(?:parish |town )?council\b|\bthe pc\b|\bwe\b"
)
# Turning off, taking down or locking what the council decided to put in place.
_DISABLE = compile_word_starts(
    r"\b(?:switch(?:ed|ing)?|turn(?:ed|ing)?|keep(?:ing)? (?:\w+ ){0,4}switched|keep(?:ing)? "
    r"(?:\w+ ){0,4}turned) off\b|\b(?:unplug(?:ged|ging)?|disconnect(?:ed|ing)?)\b|"
    r"\b(?:taken|taking|take) (?:them |it )?down\b|\bbin bags? over\b|"
    r"\bcover(?:ed|ing)? (?:them|it|those|these) (?:up |over )?with\b|"
    r"\bcover(?:ed|ing)? (?:up )?(?:the |their |them |those )?(?:\w+ )?(?:lenses|cameras|signs?)\b|"
    # round 15: the plug pulled, or a camera knocked to face away ("given it a little nudge
    # towards the hedge", "pointed it at the sky")
    r"\bpull(?:ed|ing|s)? (?:the|its|their) plugs?\b|"
    r"\b(?:nudge|nudged|nudging|knock|knocked|knocking|turn|turned|turning|point|pointed|"
    r"pointing|swing|swung|twist|twisted)(?: (?:it|them|the \w+))?(?: a (?:little |bit |wee )?"
    r"(?:nudge|knock|twist|tweak))? (?:round )?(?:towards|to face|at|away from|into) the "
    r"(?:hedge|sky|wall|ground|trees?|bushes|fence|floor)\b|"
    # round 27: a camera swung round to face somewhere else ("Swung one of the rec cameras round
    # to face the Foxglove Park entrance", "Twisted the camera by the bench round to face the car
    # park")
    r"\b(?:turn|turned|turning|swing|swung|twist|twisted|spun|point|pointed|angled|moved)\b "
    r"(?:[\w'-]+ ){0,5}?cameras? (?:[\w'-]+ ){0,5}?round (?:to face|towards)\b"
)
# Every form of _DISABLE contains one of these (a cheap test before it).
_DISABLE_KEYS = (
    "off", "unplug", "disconnect", "down", "bin bag", "cover", "plug", "hedge", "sky", "wall",
    "ground", "tree", "bushes", "fence", "floor", "round",
)  # fmt: skip
_DISABLE_HEDGE = re.compile(
    r"\b(?:maintenance|repairs?|fault\w*|temporarily|briefly|for an hour|while|upgrade|"
    r"engineer|safety check|storm|power cut)\b"
)
# What the council put in place to go quietly, let out by an insider ("between us ... they'll
# quietly go when the contract's up", "on the quiet, the cameras are coming down").
_QUIET_KEYS = ("quiet", "between", "view is")
_QUIET = re.compile(
    r"\bon the quiet\b|\bbetween (?:us|you and me|ourselves)\b|"
    r"\bthe council'?s (?:real |actual )?view is\b"
)
# The end of a sentence (an ellipsis does not end it: "between us ... they'll go").
_SENTENCE_STOP = re.compile(r"[!?\n]|(?<!\.)\.(?!\.)")
_QUIET_REMOVAL = re.compile(
    r"\b(?:they'?ll|it'?ll|they will|it will|will|are going to|is going to|are|is) (?:quietly )?"
    r"(?:go|disappear|vanish|come down|be coming down|coming down|be taken down|be removed|be "
    r"scrapped|be switched off|be quietly \w+)\b"
)
_PUT_IN_PLACE = re.compile(r"\b(?:installed|install|be held|open|opened|put in|provided)\b")
_WE_ACT = re.compile(r"\b(?:we'?re|we are|we'?ll|we will|we'?ve|i'?m|i'?ll|i'?ve)\b")


def misstated_stance(c: Checking):
    """Clause 6.4: the council's stance on an application given as the opposite of what it
    resolved ("the parish council has no objection to the ... homes" when it objected), in a
    sentence with the council as subject and the decision's topic. Returns (hit, decision)."""
    text = _light(c)
    if not any(w in text for w in ("object", "oppos", "support", "back", "welcom", "forward")):
        return None
    if not (_STANCE_NOT_AGAINST.search(text) or _STANCE_AGAINST.search(text)):
        return None
    for sentence in re.split(r"(?<=[.!?\n])\s+", text):
        if not _COUNCIL_SUBJECT.search(sentence) and not c.official:
            continue
        decisions = _decisions_in(c, [sentence])
        for d in decisions:
            resolution = d.resolution.lower()
            said_for = _STANCE_NOT_AGAINST.search(sentence)
            said_against = _STANCE_AGAINST.search(sentence)
            if _STANCE_NOT_AGAINST.search(resolution):
                wrong = said_against if said_against and not said_for else None
            elif _STANCE_AGAINST.search(resolution):
                wrong = said_for
            else:
                wrong = None
            # the stance must be about the topic: its keyword, or the application, just after
            after = sentence[wrong.end() : wrong.end() + 50] if wrong else ""
            near = [h for h in keyword_hits(d.keywords, after) if h[0] <= 22]
            if wrong and (near or _APPLICATION.match(after)):
                offset = text.find(sentence)
                start, end = c.text.light.span(offset + wrong.start(), offset + wrong.end())
                return (start, end, c.post.text[start:end]), d
    return None


# A campaign on an application for the side the council did not take: support gathered for one
# it objected to ("a template letter to Rotherham in support ... let's get it over the line"), or
# objections gathered against one it did not object to ("send your objections in, let's stop it").
_FOR_APPLICATION = re.compile(
    # round 41: not a vote recorded ("I voted to support the Washfield Lane houses and lost")
    r"\bin support\b|\b(?<!voted to )(?<!vote to )(?:support(?:ing)?|back(?:ing)?) "
    r"(?:the|this|it)\b|"
    r"\bif (?:you|u|anyone) (?:want|wants|like|likes|fancy|fancies) (?:those|these|the|them|"
    r"the new) (?:homes|houses|flats|new homes|new houses)\b|"
    r"\bget (?:it|them) (?:over the line|"
    r"through|approved|passed|built)\b|\bwave (?:it|them) through\b"
)
_AGAINST_APPLICATION = re.compile(
    r"\b(?:send|lodge|get|put|write) (?:in )?(?:your |an |some |our own )?objections?\b|"
    r"\bobject(?:ion)?s? to (?:rotherham|the borough|the planners|planning)\b|"
    r"\blet'?s (?:stop|block|kill) (?:it|this|them)\b"
)
_CAMPAIGN = re.compile(
    r"\btemplate\b|\bcopy,? paste\b|\bletters?\b|\bemails?\b|\bwrite\b|\bplanning portal\b|"
    r"\bif you agree\b|\btell (?:rotherham|the borough|the planners|the planning (?:team|"
    r"officers?|committee))\b"
)


def campaign_against_stance(c: Checking):
    """Clause 6.4: readers rallied for the side of a planning application the council did not
    take (support for one it objected to, objections to one it did not). Returns (hit,
    decision)."""
    text = _light(c)
    against = _search(c, _AGAINST_APPLICATION)
    support = _search(c, _FOR_APPLICATION)
    if against is None and support is None:
        return None
    rallying = _search(c, MOBILISE) is not None or _CAMPAIGN.search(text) is not None
    for d in _decisions_in(c, [text]):
        resolution = d.resolution.lower()
        if _STANCE_NOT_AGAINST.search(resolution):
            hit = against
        elif _STANCE_AGAINST.search(resolution):
            hit = support if rallying else None
        else:
            hit = None
        if hit:
            return hit, d
    return None


def _quiet_removal(text: str) -> re.Match[str] | None:
    """A removal let out as a quiet plan: in the sentence of "between us" or "on the quiet", or
    "quietly" just before the removal ("they'll quietly go"); "quietly pleased ... the graffiti
    is going to disappear" is not one."""
    if (q := _QUIET.search(text)) is not None:
        before = [s.end() for s in _SENTENCE_STOP.finditer(text, 0, q.start())]
        stop = _SENTENCE_STOP.search(text, q.end())
        end = stop.start() if stop else len(text)
        if (m := _QUIET_REMOVAL.search(text, before[-1] if before else 0, end)) is not None:
            return m
    if "quietly" in text:
        return next((m for m in _QUIET_REMOVAL.finditer(text) if "quietly" in m.group(0)), None)
    return None


def disabled_outcome(c: Checking):
    """Clause 6.4: the poster (or "we") switching off, unplugging or taking down what the
    council decided to put in place ("we're keeping the cameras at the rec switched off over
    the summer"), not for maintenance or a fault; or its removal let out as a quiet plan ("between
    us ... they'll quietly go when the contract's up"). Returns (hit, decision)."""
    text = _light(c)
    m = _DISABLE.search(text) if any(k in text for k in _DISABLE_KEYS) else None
    # the poster acting ("we're keeping them switched off"); a camera swung round needs no
    # "I": the post opens with the deed ("Swung one of the rec cameras round to face ...")
    if m is not None and not _WE_ACT.search(text) and "camera" not in m.group(0):
        m = None
    if m is None and any(k in text for k in _QUIET_KEYS):
        m = _quiet_removal(text)
    if m is None or _DISABLE_HEDGE.search(text):
        return None
    for d in _decisions_in(c, [text]):
        if _PUT_IN_PLACE.search(d.resolution.lower()) and not decision_expired(d, c.day):
            start, end = c.text.light.span(m.start(), m.end())
            return (start, end, c.post.text[start:end]), d
    return None


# ---- 6.4 (round 5, lane C): obstruction in person, evasion shown, a charge withheld -------------

# The poster telling whoever carries a decision out to stop, wait or not turn up ("I've told the
# installer not to bother turning up till we've had another look at it").
_OBSTRUCT = re.compile(
    r"\b(?:i'?ve|i have|i|we'?ve|we have|we) (?:told|asked|instructed|rung|phoned|emailed|messaged|"
    r"warned) (?:the |our |their |that )?(?:\w+ ){0,2}(?:not to (?:bother|install|start|proceed|"
    r"go ahead|turn up|come|do (?:it|anything|owt))|to (?:hold off|hang fire|down tools|stay away|"
    r"put (?:it|them|the \w+|everything) on hold|stop (?:work|the work|installing|work\w*)))\b"
)
# _OBSTRUCT's verbs, a cheap test before it
_OBSTRUCT_VERBS = ("told", "asked", "instructed", "rung", "phoned", "emailed", "messaged", "warned")
# Showing people how to get round what was put in place ("told the lads which corner's the blind
# spot", "showed the kids where the cameras can't see").
_EVASION = re.compile(
    r"\bblind ?spots?\b|\bwhere (?:the |them )?cameras? (?:can'?t|don'?t|doesn'?t|won'?t|cannot) "
    r"(?:see|reach|cover|point|pick)\b|\bhow to (?:get round|get around|dodge|avoid|beat|fool) "
    r"(?:the|them|it)\b"
)
_TOLD_PEOPLE = re.compile(
    r"\b(?:told|tell|showed|shown|show|let|tipped off|pointed out to) (?:all )?"
    r"(?:the |me |my |our )?(?:lads|kids|boys|girls|lot|everyone|everybody|you|them|people|folk|"
    r"youngsters|teens|mates)\b"
)
# Readers told a charge the council set need not be paid ("you don't actually have to pay the
# parish bit of your council tax").
_WITHHOLD = compile_word_starts(
    r"\b(?:don'?t|do not|dont|doesn'?t) (?:actually |even |really |legally )?"
    r"(?:have|need) to pay\b|"
    r"\b(?:stop|quit) paying\b|\bwithhold(?:ing)? (?:the |your )?(?:parish|precept|council tax)\b"
)


def obstructed_decision(c: Checking):
    """Clause 6.4: acting in person against what was decided: telling whoever carries it out to
    stop or not turn up, showing people how to get round what it put in place (a camera's blind
    spot), or telling readers they need not pay the charge it set. Needs a decision's topic in
    the post and a decision still running. Returns (hit, decision) or None."""
    text = _light(c)
    hit = None
    if any(verb in text for verb in _OBSTRUCT_VERBS):
        hit = _search(c, _OBSTRUCT)
    if hit is None and ("blind" in text or "camera" in text or "how to" in text):
        ev = _search(c, _EVASION)
        if ev is not None and _TOLD_PEOPLE.search(text):
            hit = ev
    if hit is None and ("pay" in text or "withhold" in text):
        hit = _search(c, _WITHHOLD)
    if hit is None:
        return None
    for d in _decisions_in(c, [text]):
        if not decision_expired(d, c.day):
            return hit, d
    return None


# Money raised to fight a decision in court ("there's a crowdfunder for a legal challenge,
# please chip in").
_LEGAL_CHALLENGE = re.compile(
    r"\b(?:legal challenge|judicial review|take (?:it|them|the council|rotherham) to court|"
    r"fight (?:it|this) in (?:the )?courts?|fighting fund)\b"
)
_FUNDING_ASKED = re.compile(
    r"\b(?:crowd ?funder|crowdfunding|gofundme|go fund me|just ?giving|fundraiser|chip in|"
    r"donate|donations?|a few quid|a fiver|every penny)\b"
)


def legal_challenge(c: Checking):
    """Clause 6.4: readers asked to fund a legal challenge to a decision the council took
    ("the panels are going up ... there's a crowdfunder for a legal challenge, please chip in").
    Not when the council itself is against the thing (an objection). Returns (hit, decision)."""
    text = _light(c)
    m = _LEGAL_CHALLENGE.search(text)
    if m is None or _FUNDING_ASKED.search(text) is None:
        return None
    for d in _decisions_in(c, [text]):
        if _COUNCIL_AGAINST.search(d.resolution.lower()) or decision_expired(d, c.day):
            continue
        return c.light_hit(m), d
    return None
