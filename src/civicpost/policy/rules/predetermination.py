"""Section 6, clause 6.11: a councillor's closed mind on a matter still to be decided."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..detectors.matching import content_words, keyword_hits
from .agenda_refs import _only_via_decision, _undecided_items, named_by_words
from .base import Checking, Hit, rule
from .structures import (
    council_stance,
    council_voice,
    declared_stance,
    meetings_named,
    negated,
    stated_position,
)
from .structures.positions import ridiculed_view

# A councillor saying who will (not) get an allocation still to be decided, from them: "only
# one group is getting a grant off me this year", "they're not getting a penny of the grant
# money from me". The noun ties it to an undecided item whose title or keywords have it.
_ALLOCATION_FROM_ME = re.compile(
    r"\b(?:getting|get|gets|having|seeing|winning|given) (?:a|the|any|my|one|a penny of the|"
    r"a penny of|owt of the|a bean of the) (?:\w+ )?(grant|contract|lease|tender|funding)s? "
    r"(?:money )?(?:off|from|out of) me\b"
)
_NOUN = re.compile(r"\b(grant|contract|lease|tender|funding)s?\b")


def _allocation_nouns(text: str) -> set[str]:
    return {m.group(1) for m in _NOUN.finditer(text)}


_PLACE_NOUNS = frozenset({"rec", "ground", "grounds", "field", "green", "verge", "lane", "road"})


def _a_place(keyword: str) -> bool:
    """A keyword naming where an item is, not what it is ("the rec", "Wood Lane")."""
    return keyword.lower().split()[-1] in _PLACE_NOUNS


# A closed mind put in quotation marks as what others say ("Heard I've 'already made my mind
# up' on the lease. I haven't.", "a screenshot saying it's 'already decided' didn't come from us")
_QUOTE_BEFORE = re.compile(r"['\u2018\"\u201c]\s*$")
_REPORTED = re.compile(
    r"\b(?:heard|hearing|saying|says|claims?|claiming|rumou?rs?|screenshot|apparently|accused|"
    r"not true|isn'?t true|didn'?t come from|i haven'?t|i have not)\b",
    re.IGNORECASE,
)


# Round 21d: readers' views invited ("whatever you think about it, come and say so")
_VIEWS_INVITED = re.compile(
    r"[^.!?]{0,25}\b(?:come (?:and|along)|say so|tell (?:me|us)|let (?:me|us) know|"
    r"have your say)\b",
    re.IGNORECASE,
)


# Round 23b: a decision already taken, told in the sentence of the closed words or the one
# before ("it was decided properly and it's the council's decision, so I'll back it", "the
# council decided to take them out ..., and that's that"): the words accept that decision, and
# say nothing of an item still to be decided.
_DECIDED = re.compile(
    r"\b(?:voted (?:it )?through|(?:was|were|been) (?:decided|voted on)|"
    r"\bcouncil (?:decided|chose|voted)|"  # not "the council's agreed ...", a claim (6.2)
    r"(?:the|it'?s the) council'?s decision|decided properly|the decision'?s (?:been )?made)\b",
    re.IGNORECASE,
)


def _accepts_a_decision(c: Checking, hit: tuple[int, int, str]) -> bool:
    start, end = c.sentence_of(hit[0])
    if start > 0:
        start = c.sentence_of(start - 1)[0]  # the sentence before, too
    return _DECIDED.search(c.post.text, start, end) is not None


def _denied(c: Checking, hit: tuple[int, int, str]) -> bool:
    """A closed mind negated ("the skate park is not a done deal"), quoted as a rumour, or a
    "whatever you think" that invites the reader's view."""
    if negated(c, hit) or _VIEWS_INVITED.match(c.post.text, hit[1]):
        return True
    quoted = _QUOTE_BEFORE.search(c.post.text[max(0, hit[0] - 3) : hit[0]])
    return bool(quoted) and _REPORTED.search(c.post.text) is not None


@rule("predetermination", lexicons=("closed_mind", "open_mind", "council_voice"))
def predetermination(c: Checking) -> Iterator[Hit]:
    """A councillor's closed mind on a matter the council has still to decide.

    What it looks for:
        A councillor writing about an agenda item before its meeting (matched by its keywords, in
        the post or in the post it answers) with closed-mind words: "my mind's made up",
        "whatever anyone says", "over my dead body", "I'll be voting it down", "I won't be
        approving a single one", "no consultation will change my mind"; or a councillor
        announcing the council's position on it before the meeting ("the council is firmly
        opposed to the mast"). Structures: a first-person vote declared ("I'm not voting for
        any rise", "won't be voting for it") or a verdict that closes the matter ("and that's
        that", "an easy one on the 12th", "a no brainer", "it's in the bag", "the skate park IS
        happening", "about time", "I've already made my mind up") in a post that names the item
        by a topic word (not an event's date, "the drop-in is happening on Saturday", nor
        news awaited, "about time we had a date for the consultation"); "not getting my vote",
        "it's a no", "count me as a no", "I won't be listening to any so-called experts", a flat
        answer to "are you voting for ...?"
        ("Absolutely not."); a declared vote tied to the coming meeting by its day ("not getting
        my vote on Tuesday");
        the meeting called a formality, one answer only ("only sensible spot"), "long overdue",
        "tell them where to stick ..."; a side to be argued for or hoped for ("I'll be pushing
        for the freeze", "that's who I'll be proposing", "hope we go for the cheapest"); the
        council's voice or stance on the item ("Ashby PC is 100% behind the homes"); a view on
        the item reported and laughed off ("Jim reckons £52 is fair. Pull the other one"), tied
        by a topic word of the post, not by its place. An item is also named by two words of
        its own title ("the grass cutting bids") or by a word for the same thing ("homes").
        Saying who will (not) get an allocation still to be decided "off me" ("only one group
        is getting a grant off me this year"), tied to an undecided item by the noun (grant,
        contract, lease) in its title or keywords.

    Why it matters:
        Clause 6.11: "Councillors must avoid posting views in advance of a decision to be debated
        by the Council or a Committee meeting, that may constitute predetermination or bias." The
        Localism Act 2011 s.25: councillors must not have "had or appeared to have had a closed
        mind (to any extent) when making the decision".

    Example:
        "Skate park? Over my dead body. I'll be voting it down on the 9th."

    Instead:
        Share concerns and say you will weigh the evidence and residents' views at the meeting.

    Known limits:
        Needs the agenda in the registers. Closed words that accept a decision already taken,
        told in the same sentence or the one before ("it was decided properly ..., so I'll back
        it"), are not flagged (round 23b). An open-minded remark ("before I decide", "to listen
        before I vote") is not flagged, unless negated ("I won't listen to ..."). Officers (the
        Clerk) are not decision-makers and are not flagged.
    """
    if c.author is None or not c.author.is_councillor:
        return
    if any(not negated(c, h) for h in c.find("open_mind")):
        return
    closed = next((h for h in c.find("closed_mind") if not _denied(c, h)), None)
    hit = closed or c.first("council_voice") or council_voice(c) or council_stance(c)
    structural = hit is None
    if structural:
        hit = stated_position(c)
        if hit is not None and _denied(c, hit):
            hit = None
    own_topic = False
    if hit is None:
        # a view on the item laughed off: tied by a topic word of the post itself
        hit = ridiculed_view(c)
        own_topic = hit is not None
    if hit is None:
        allocation = _ALLOCATION_FROM_ME.search(c.text.light.text)
        if allocation is not None:
            noun = allocation.group(1)
            items = [
                i
                for i in c.ctx.agenda_items
                if c.ctx.undecided(i, c.at)
                and noun in _allocation_nouns(" ".join([i.title, *i.keywords]).lower())
            ]
            if items:
                found = c.light_hit(allocation)
                yield Hit(
                    found[0],
                    found[1],
                    f"'{found[2]}' says who will get what the council has still to decide in "
                    f"'{items[0].title}'.",
                    "Say you will weigh every application at the meeting before deciding.",
                    evidence=items[0].id,
                )
        return
    items = [i for i in _undecided_items(c) if not _only_via_decision(c, i)]
    if own_topic:
        # by a topic of the item, not by its place ("the rec's a no-go zone" is not the skate park)
        items = [
            i
            for i in items
            if keyword_hits([k for k in i.keywords if not _a_place(k)], c.text.light.text)
        ]
    elif structural:
        # A declared vote or a verdict is tied to an item by one of its topic words, not by a
        # figure that may be a coincidence ("turnout was 12.5% up").
        texts = [c.text.light.text] + ([c.reply.light.text] if c.reply is not None else [])
        items = [i for i in items if any(keyword_hits(i.keywords, t) for t in texts)]
        if not items:
            # named by two words of its own ("read all the grass cutting bids")
            items = named_by_words(c, c.ctx.agenda_items)
    if not items and declared_stance(c) is not None:
        # A declared vote tied to the coming meeting by its day ("not getting my vote on
        # Tuesday") and to one of its items by a word of its title or keywords ("the grass
        # cutting" ~ "grass cutting contract"); a vote on a Bill in Parliament is not one.
        meetings = meetings_named(c)
        words = content_words(c.text.light.text)
        items = [
            i
            for i in c.ctx.agenda_items
            if i.meeting in meetings
            and c.ctx.undecided(i, c.at)
            and content_words(" ".join([i.title, *i.keywords])) & words
        ]
    if items and not _accepts_a_decision(c, hit):
        item = items[0]
        yield Hit(
            hit[0],
            hit[1],
            f"'{hit[2]}' shows a closed mind on '{item.title}', still to be decided.",
            "Say you will listen to the evidence and residents at the meeting before deciding.",
            evidence=item.id,
        )
