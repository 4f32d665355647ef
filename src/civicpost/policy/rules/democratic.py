"""Section 6, clause 6.4: content contrary to the democratic decisions of the council."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..detectors.lexicon import compile_word_starts
from .base import Checking, Hit, rule
from .structures import (
    acting_against_decision,
    acting_on_it,
    campaign_against_stance,
    decisions_about,
    disabled_outcome,
    doing_the_chosen,
    legal_challenge,
    misstated_figure,
    misstated_stance,
    negated,
    preceded_by,
    restored_outcome,
    undo_call,
)
from .structures.decisions import decision_expired, obstructed_decision

# Phrases of the 6.4 lexicon that only judge a decision ("got it wrong", "a waste of money").
_VERDICT = re.compile(
    r"^(?:.*\b(?:wrong|daft|daftest|stupid|stupidest|dumbest|maddest|craziest|worst|bad|terrible|"
    r"ridiculous|shocking|mad|huge|big|massive|joke)\b.*|waste of money|daylight robbery|"
    r"should never have|damp squib|not in my name|(?:we|they|the council|the parish council) "
    r"should(?: have|'ve) .*)$",
    re.IGNORECASE,
)


# Losing gracefully in other words ("voted through fair and square", "lost the vote, fair enough,
# that's how it works", "it was a fair vote and the council's position is the objection"): a
# verdict beside it ("I still think it was the wrong call") is disagreement, whatever else the
# post does; open defiance still counts.
_GRACEFUL = compile_word_starts(
    r"\bfair and square\b|\b(?:a|the) fair vote\b|\bthat'?s (?:how it works|democracy|how "
    r"democracy works|the way it works|local democracy)\b|\b(?:i|we) lost the vote\b|"
    r"\blost the vote,? (?:fair enough|and that'?s)|\b(?:got|was|were|been) outvoted\b|"
    r"\b(?:it|that|the decision|the vote) (?:went|was voted|got voted) through\b|"
    r"\bthe council'?s position is\b|(?<!as )\b(?:it|the decision|that decision) stands\b|"
    # round 20: "But the council decided, and the job now is ...", "it was decided properly and
    # that's that"
    r"\bbut (?:the council|we|it|they) (?:has |have )?decided\b|"
    r"\bdecided (?:properly|fairly|democratically)\b|"
    # round 22b: "... the wrong call, and I said so at the meeting. But fair play, the lantern
    # parade was cracking"
    r"\bbut fair play\b|\bi said so (?:at|in) the meeting\b|\bsaying so at (?:the )?meetings?\b|"
    r"\bit was a council vote\b|"
    # round 23b: "... the wrong call and I said so at the time. Council voted, fair enough"
    r"\bi said so at the time\b|\bvoted,? fair enough\b|"
    # round 40: "But the council voted and that's that", "it's what they voted for"
    r"\b(?:the council|council|they|we) voted,? (?:and )?that'?s (?:that|it)\b|"
    r"\b(?:it'?s|that'?s|it is|that is) what (?:they|we|the council|council) voted for\b"
)
# Every form of _GRACEFUL contains one of these.
_GRACEFUL_KEYS = (
    "fair",
    "democracy",
    "works",
    "lost the vote",
    "outvoted",
    "through",
    "position",
    "stands",
    "decided",
    "said so",
    "saying so",
    "council vote",
    "voted",
)


def _graceful(c: Checking) -> bool:
    text = c.text.light.text
    return any(k in text for k in _GRACEFUL_KEYS) and _GRACEFUL.search(text) is not None


# Round 37: an act of defiance warned against, not urged ("please don't let the kids climb over,
# the contractors' fencing is there for a reason").
_TOLD_NOT_TO = re.compile(
    r"\b(?:don'?t|do not|never|please don'?t)\s+let\s+(?:\w+\s+){0,2}$|"
    r"\b(?:don'?t|do not|never|please don'?t|no)\s+(?:one\s+)?(?:should\s+)?$"
)


# Round 42: another body's facility offered by its owner ("the Miners' Welfare is happy for people
# to use theirs", "thanks to the Welfare for letting folk pop in to use theirs"): an alternative
# the council may point to, not a way round its decision.
_OFFERED = re.compile(r"\b(?:happy|glad|welcome|letting|lets|let|allowing|allows)\b[^.!?]{0,30}$")


@rule("contrary-to-decision", lexicons=("contrary", "acceptance"))
def contrary_to_decision(c: Checking) -> Iterator[Hit]:
    """Campaigning against, or undermining, a democratic decision of the council.

    What it looks for:
        A post about a decision already taken (matched by the decision's keywords) that calls it
        wrong and urges people to act against it: boycotts, petitions and campaigns to reverse
        it, "ignore it", refusing to pay, leaving locked things unlocked, holding the event the
        council decided against anyway ("let's have one anyway, who's in?"), or damaging what it
        put in place ("someone should spray the lenses"). Structures: the decision's topic words
        with the poster setting themselves against the council ("whatever the council voted",
        "they may have X but we haven't", "don't tell the clerk") and a call on readers to act
        ("bring", "get your ... in", "I'd urge you all", "ring me and I'll ...") or acting in
        person ("council or no council", "until the council sees sense", "I've told the
        developer the objection won't stand", "they voted for X but we're doing Y anyway"); a
        call to spread a reply that condemns the decision; a call to undo it ("please sign! stop
        the CCTV", "sign and share", "sign here and let's get them open again"); defiance
        that needs only the decision's topic ("rules or no rules", "don't let a daft vote stop
        you", "who cares what the PC decided", the decision in scare
        quotes, a "'broken'" padlock, a way round a closure: "side door's open if you give it a
        shove", obstruction: "lie down in front of the diggers", "clog their phones"); doing
        it anyway "seeing as we weren't allowed"; a figure for the decision's outcome ("went up
        10%") that neither the resolution nor any agenda item's title contains; the opposite of
        the outcome announced as fact while the decision runs ("the swings will be back for
        Easter" when they are not to be replaced until funding is found), or the removal of
        what it put in place let out as a quiet plan ("between us ... they'll quietly go when
        the contract's up"); "sod the rota" or "blow the rules" of it; the council's stance
        on an application misstated ("has no objection" when it objected); switching off or
        covering what it put in place (pulling its plug, nudging a camera to face the hedge,
        swinging it round to face somewhere else);
        doing it "regardless" ("I'll be answering folk on the council page regardless");
        telling whoever carries it out not to turn up ("I've told
        the installer not to bother"), showing people a camera's blind spot, telling readers
        they need not pay the charge it set, asking them to fund a legal challenge to it
        ("there's a crowdfunder for a legal challenge, please chip in"), or, against an
        objection, "if you want those homes, tell Rotherham". Rules on who may post for the
        council are recognised in other words ("post on the council page", "purdah").

    Why it matters:
        Clause 6.4: must not "post content that is contrary to the democratic decisions of the
        Parish Council".

    Example:
        "The bonfire decision was a joke ... Boycott the lantern parade!"

    Instead:
        Say how you voted and why, and that you accept the decision; raise it again through a
        motion to council.

    Known limits:
        Needs the decision in the registers. Saying you voted against and accept the outcome is
        fine and is not flagged ("I don't accept that" is not acceptance; "voted through fair
        and square", "lost the vote, fair enough" are, beside a verdict); so is a call to what
        the council chose instead ("bring a lantern to the lantern walk"), switching something
        off for maintenance, and a decision that has run its course (a closure "to 26
        February" is over after that date). "Rubbish" said of a claim about the decision
        ("spreading rubbish about the lantern parade") is not a verdict on the decision. A
        decision's place word used as a street's name ("Bole Hill Road" when a solar farm at
        Bole Hill was decided) is the street, not the decision.
    """
    if any(not negated(c, h) for h in c.find("acceptance")):
        return
    hits = [
        h
        for h in c.find("contrary")
        if not preceded_by(c, h, _TOLD_NOT_TO)
        and not (h[2].lower() == "use theirs" and preceded_by(c, h, _OFFERED))
    ]
    hit = hits[0] if hits else None
    decisions = []
    verdicts_only = all(_VERDICT.search(h[2]) for h in hits)
    if hit is not None and (not verdicts_only or (acting_on_it(c) and not _graceful(c))):
        # a verdict alone ("a waste of money", "the wrong call") is disagreement, not defiance:
        # it counts with something done or called for
        texts = [c.text.light.text] + ([c.reply.light.text] if c.reply is not None else [])
        # round 41: a decision that has run its course ("the loos open every day again now the
        # winter arrangement's finished", after the closure's last day) cannot be gone against
        decisions = [
            d
            for d in decisions_about(c, texts)
            if not doing_the_chosen(d, c.text.light.text) and not decision_expired(d, c.day)
        ]
    if not decisions:
        found = (
            acting_against_decision(c)
            or undo_call(c)
            or misstated_figure(c)
            or restored_outcome(c)
            or misstated_stance(c)
            or campaign_against_stance(c)
            or legal_challenge(c)
            or disabled_outcome(c)
            or obstructed_decision(c)
        )
        if found is None:
            return
        hit, decisions = found[0], [found[1]]
    decision = decisions[0]
    yield Hit(
        hit[0],
        hit[1],
        f"'{hit[2]}' goes against the council's decision "
        f"(minute {decision.minute or decision.id}).",
        "Say how you voted and that you accept the decision, or propose a motion to review it.",
        evidence=decision.resolution[:160],
    )
