"""Hints from the text heads: a post that reads like posts labelled with an open-vocabulary clause.

The rules find what they can name; on posts written by people who never saw them they miss about
a third of the breaches of clauses whose wording is open (hostility, disrepute, the council's
voice, party politics). A logistic regression per clause over word and character n-grams
(``detectors/text_heads.py``), trained on every labelled post we have, catches some of those.
These rules raise **advice only**, and ``check()`` drops a hint for a clause that a rule has
already raised: the hint adds a prompt to read the post again, never a verdict or a false alarm.
Its span is the sentence that reads most like the clause. The other way round (round 34,
``unlike_clauses``), ``check()`` drops a rule's finding in the text on a clause judged from the
words alone where the clause's head reads the post as far from it.

Measured on six blind sets (bench/README.md, "Text heads"): micro-F1 up by 0.02 to 0.07 on each,
with more advice notes on clean posts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from ..detectors.matching import keyword_hits
from ..detectors.text_heads import load_heads
from .base import Checking, Hit, once_per_post, rule
from .colleagues import covered_by_approval
from .signals import faith_hostility, party_named

# Clauses that may stand beside 6.9 in a post whose only matter is hostility: the title in the
# profile, the poster's own details, a link, and (round 18) the resident who is its target named
# without permission (6.7: dev-style writers add 6.3 to 7 of 7 such posts, the others to 17 of 25).
# Any other clause (a colleague, an allegation, politics, a view or decision, the council's
# information) is a matter of its own.
_BESIDE_HOSTILITY = frozenset({"6.9", "6.1", "5.1", "6.8", "6.7"})


def disrepute_beside_hostility(c: Checking, clauses: set[str]) -> Hit | None:
    """Clause 6.3 beside clause 6.9 (advice). The policy's clause 6.9 says that hostile
    communications "will bring the Parish Council into disrepute": a councillor's or employee's own
    post (not a reply, which is judged under G.2) whose only matter is hostility, such as an
    unprompted put-down of residents, a village group or a named resident ("Idle village", "bunch
    of tweed-jacket snobs", "Graham pal, you did a fortnight on the screens") or resentment of a
    faith community ("the gurdwara crowd only started helping once there was grant money"), reads
    as 6.3 too; party politics (G.3 with a party) does not. Only where the post also reads
    somewhat like the posts labelled 6.3 (the 6.3 head at the pack's ``hostility_disrepute_head``,
    0.5 since session 23): the writers add 6.3 to put-downs like those, not to every hostile post
    ("a virtue-signalling muppet"). Called by ``check()`` with the clauses the other rules
    raised; the span is the whole text."""
    author = c.author
    if c.official or c.post.in_reply_to or author is None or not author.is_colleague:
        return None
    if "6.9" not in clauses or "6.3" in clauses:
        return None
    beside = _BESIDE_HOSTILITY
    if "G.3" in clauses and faith_hostility(c) and not party_named(c):
        # hostility to a faith community, as dev reads it (dev-0069, dev-0076), not party politics
        beside = beside | {"G.3"}
    if not clauses <= beside:
        return None
    if _proba(c).get("6.3", 0.0) < c.pack.threshold("hostility_disrepute_head", 0.4):
        return None
    text = c.post.text
    end = len(text.rstrip())
    start = len(text) - len(text.lstrip()) if end else 0  # blank text: an empty span at 0
    return Hit(
        start,
        end,
        "A hostile post by a councillor or officer also brings the council into disrepute "
        "(clause 6.9 says so).",
        "Would you be happy to see it quoted in the local paper?",
    )


# The clauses judged from the words alone, where a head may overrule a rule (round 34). Not the
# clauses that rest on the registers (6.4 decisions, 6.11 agenda items, 6.5 confidential matters
# and personal data, 6.6 colleagues, 5.1 the poster's own details): the heads cannot read the
# registers, and another council's would be new to them. Not 6.9 either: an insult the
# lexicons name stands whatever the head reads ("Councillor Wilde is an idiot" on the council's
# page reads to it as 6.6, not 6.9).
_JUDGED_FROM_WORDS = frozenset({"6.2", "6.3", "6.10", "G.2", "G.3", "G.4"})


def unlike_clauses(c: Checking, raised: set[str], escalated: bool = False) -> set[str]:
    """The clauses among ``raised`` (by rules in the text, not hints) that are judged from the
    words alone and that the post reads nothing like: the clause's head gives it a probability
    under the pack's ``rule_veto_head`` (0.2). ``check()`` drops those rules' findings: a
    pattern that matched words in a post unlike any the labelled posts mark that way (a police
    warning about fraudsters shared on the council's page, a reply that gives its route).

    Round 35: in a reply that escalates a thread (``escalated``: G.2 raised), 6.9 as well where
    its head reads the post at under the pack's ``heated_reply_attack_head`` (0.5 since session
    23): a retort ("Pot, kettle, black", "Try reading before typing") is the escalation, not a
    personal attack, unless it reads like one."""
    if not raised:
        return set()
    proba = _proba(c)
    floor = c.pack.threshold("rule_veto_head", 0.0)
    unlike = {clause for clause in raised & _JUDGED_FROM_WORDS if proba.get(clause, 1.0) < floor}
    heated = c.pack.threshold("heated_reply_attack_head", 0.0)
    if escalated and "6.9" in raised and c.post.in_reply_to and proba.get("6.9", 1.0) < heated:
        unlike.add("6.9")
    return unlike


@once_per_post
def _proba(c: Checking) -> dict[str, float]:
    """Every clause's probability for the whole post, computed once per check."""
    post = c.post
    attached = " ".join(a.description for a in post.attachments)
    councillor = c.author is not None and c.author.is_councillor
    return load_heads().proba(post.account.kind, post.text, post.in_reply_to, attached, councillor)


@once_per_post
def _sentence_scores(c: Checking) -> dict[tuple[int, int], dict[str, float]]:
    """Every sentence's word-block scores, to pick the one to highlight; computed once per
    check, and only when a hint fires."""
    heads, text = load_heads(), c.post.text
    return {(s, e): heads.word_scores(text[s:e]) for s, e in c.sentences}


def _resemblance(
    c: Checking, clause: str, threshold: float | None = None
) -> tuple[int, int, float] | None:
    """Where the post reads most like the posts labelled ``clause`` (the sentence that scores
    highest, trimmed) and how much, if the head's probability reaches ``threshold`` (the head's
    own by default)."""
    if threshold is None:
        threshold = load_heads().thresholds.get(clause, 1.0)
    p = _proba(c).get(clause, 0.0)
    if p < threshold or not c.post.text.strip():
        return None
    start, end = 0, len(c.post.text)
    if len(c.sentences) > 1:  # the sentence that reads most like the clause
        scored = _sentence_scores(c)
        start, end = max(c.sentences, key=lambda span: scored[span][clause])
    text = c.post.text
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end, p


def _resembling(
    c: Checking,
    clause: str,
    message: Callable[[float], str],
    suggestion: str,
    threshold: float | None = None,
) -> Iterator[Hit]:
    """A hint where the post reads like the posts labelled ``clause``: the sentence that reads
    most like them, the message made from the head's probability."""
    found = _resemblance(c, clause, threshold)
    if found is None:
        return
    start, end, p = found
    yield Hit(start, end, message(p), suggestion, confidence=round(p, 3))


def _hint(c: Checking, clause: str, what: str, suggestion: str) -> Iterator[Hit]:
    yield from _resembling(
        c,
        clause,
        lambda p: (
            f"This reads like posts that went against clause {clause} ({what}). It is a "
            f"statistical resemblance ({p:.0%}), not a rule: read it again before posting."
        ),
        suggestion,
    )


@rule("reads-as-council-view", hint=True)
def reads_as_council_view(c: Checking) -> Iterator[Hit]:
    """Clause 6.2 (hint): the post reads like a personal opinion presented as the council's.

    What it looks for:
        Posts that resemble those labelled 6.2 in the training posts: a councillor or employee
        speaking for "the council" on a personal page, or a view the council has not resolved on its
        own page. Advice only, and only when no rule has raised 6.2; the span is the sentence that
        reads most like it.

    Why it matters:
        Clause 6.2: "present personal opinions as that of the Parish Council."

    Example:
        "Speaking for all of us at the parish council, we think the timetable is a disgrace."

    Instead:
        Say "I think"; keep the council's name for what it has decided.

    Known limits:
        A statistical resemblance learnt from tens of thousands of labelled posts: it misses
        what reads unlike them and notes some posts that are fine (advice only). It cannot say
        which words carry the clause, so the span is the whole sentence.
    """
    yield from _hint(c, "6.2", "a personal view given as the council's", "Say whose view it is.")


@rule("reads-as-period-stance", hint=True)
def reads_as_period_stance(c: Checking) -> Iterator[Hit]:
    """Clause 4.2 (hint): the council's page reads as taking a view in a pre-election period.

    What it looks for:
        A post on an official account, in the period of an election in the registers, that the
        6.2 head reads as a view given in the council's name ("the number one issue for Treeton
        South, and the parish council will be pushing Rotherham hard on it whoever wins"). The
        Publicity Code asks councils to avoid controversial matters in the period; the dev-style
        writers add 4.2 to every such post of the Clerk's (39 of 39 the rules missed in the
        labelled sets). Advice only, and only when no rule has raised 4.2 (a councillor posting
        in the period is the pre-election-period rule's); the span is the sentence that reads most
        like 6.2.

    Why it matters:
        Clause 4.2 withdraws councillors' authority "during a defined period before local council
        elections in order to comply with legislation (Purdah)"; the Code of Recommended Practice
        on Local Authority Publicity (paragraph 34) asks for care with controversial matters in
        that period, whoever posts.

    Example:
        "Speeding on Station Road is the biggest issue on the doorsteps this election and your
        parish council is demanding action." (the Clerk, three weeks before polling day)

    Instead:
        Stick to neutral facts (what was decided, dates, how to take part) until the polls close.

    Known limits:
        A statistical resemblance, like the other hints: it misses views the 6.2 head does not
        recognise and may note a neutral notice that reads like one.
    """
    if not c.official or not c.ctx.elections_in_period(c.at):
        return
    # its own threshold on the 6.2 head (pack: period_stance_head), apart from the 6.2 hint's
    yield from _resembling(
        c,
        "6.2",
        lambda p: (
            f"This reads like a view given in the council's name ({p:.0%} like posts that "
            "went against clause 6.2), posted during a pre-election period: council publicity "
            "should avoid controversial matters until the polls close. A statistical resemblance, "
            "not a rule: read it again before posting."
        ),
        "Stick to neutral facts (what was decided, dates, how to take part) until the polls close.",
        c.pack.threshold("period_stance_head", 0.55),
    )


@rule("reads-as-disrepute", hint=True)
def reads_as_disrepute(c: Checking) -> Iterator[Hit]:
    """Clause 6.3 (hint): the post reads like something that would embarrass the council.

    What it looks for:
        Posts that resemble those labelled 6.3 in the training posts: jokes about council money or
        time, insiders running the council down, misdeeds owned up to. Advice only, and only when no
        rule has raised 6.3; the span is the sentence that reads most like it. Also a councillor's
        or employee's own post (not a reply) whose only matter is hostility (6.9), such as an
        unprompted put-down of residents or a village group, where it reads at least a little like
        them: clause 6.9 says such communications "will bring the Parish Council into disrepute".

    Why it matters:
        Clause 6.3: "bring the Parish Council into disrepute or cause embarrassment, including
        through content posted in a personal capacity."

    Example:
        "Slept through half the council meeting again lol, nobody noticed."

    Instead:
        Ask whether you would be happy to see it quoted in the local paper.

    Known limits:
        A statistical resemblance learnt from tens of thousands of labelled posts: it misses
        what reads unlike them and notes some posts that are fine (advice only). It cannot say
        which words carry the clause, so the span is the whole sentence.
    """
    yield from _hint(
        c, "6.3", "bringing the council into disrepute", "Would you be happy to see it in print?"
    )


@rule("reads-as-against-decision", hint=True)
def reads_as_against_decision(c: Checking) -> Iterator[Hit]:
    """Clause 6.4 (hint): the post reads like content contrary to a decision of the council.

    What it looks for:
        Posts that resemble those labelled 6.4 in the training posts: urging people to ignore, undo
        or get round a decision, or misstating it. Advice only, and only when no rule has raised
        6.4; the span is the sentence that reads most like it.

    Why it matters:
        Clause 6.4: "post content that is contrary to the democratic decisions of the Parish
        Council."

    Example:
        "The council scrapped the fireworks but we'll be letting a few off anyway, who's coming?"

    Instead:
        Disagree if you wish, but say what was decided and how to raise it at a meeting.

    Known limits:
        A statistical resemblance learnt from tens of thousands of labelled posts: it misses
        what reads unlike them and notes some posts that are fine (advice only). It cannot say
        which words carry the clause, so the span is the whole sentence.
    """
    yield from _hint(
        c,
        "6.4",
        "going against a decision of the council",
        "Say what was decided and how to raise it at a meeting.",
    )


@rule("reads-as-hostile", hint=True)
def reads_as_hostile(c: Checking) -> Iterator[Hit]:
    """Clause 6.9 (hint): the post reads like an inflammatory remark or a personal attack.

    What it looks for:
        Posts that resemble those labelled 6.9 in the training posts: jibes, put-downs, hostility to
        a person or a community. Advice only, and only when no rule has raised 6.9; the span is the
        sentence that reads most like it.

    Why it matters:
        Clause 6.9: "post, forward or link to controversial or potentially inflammatory remarks,
        engage in personal attacks, online fights and hostile communications."

    Example:
        "Go back to your own village if you don't like it here."

    Instead:
        Answer the point, not the person.

    Known limits:
        A statistical resemblance learnt from tens of thousands of labelled posts: it misses
        what reads unlike them and notes some posts that are fine (advice only). It cannot say
        which words carry the clause, so the span is the whole sentence.
    """
    yield from _hint(
        c, "6.9", "inflammatory remarks or personal attacks", "Answer the point, not the person."
    )


@rule("reads-as-unlawful", hint=True)
def reads_as_unlawful(c: Checking) -> Iterator[Hit]:
    """Clause 6.10 (hint): the post reads like an allegation of wrongdoing or an offence.

    What it looks for:
        Posts that resemble those labelled 6.10 in the training posts: accusing someone identifiable
        of wrongdoing by hint or outright, encouraging or admitting an offence. Advice only, and
        only when no rule has raised 6.10; the span is the sentence that reads most like it.

    Why it matters:
        Clause 6.10: "conduct any online activity that is against regulation or law e.g., may be
        deemed libellous or that constitutes a criminal offence."

    Example:
        "Everyone knows where the raffle money really went. Ask him about his new car."

    Instead:
        State only what you can prove; report a crime to the police, not online.

    Known limits:
        A statistical resemblance learnt from tens of thousands of labelled posts: it misses
        what reads unlike them and notes some posts that are fine (advice only). It cannot say
        which words carry the clause, so the span is the whole sentence.
    """
    yield from _hint(
        c,
        "6.10",
        "an allegation or an offence",
        "State only what you can prove; report crime to the police.",
    )


@rule("reads-as-predetermined", hint=True)
def reads_as_predetermined(c: Checking) -> Iterator[Hit]:
    """Clause 6.11 (hint): the post reads like a mind made up on a matter still to be decided.

    What it looks for:
        Posts that resemble those labelled 6.11 in the training posts: a vote declared or a verdict
        given before the meeting. Advice only, and only when no rule has raised 6.11; the span is
        the sentence that reads most like it.

    Why it matters:
        Clause 6.11: "Councillors must avoid posting views in advance of a decision to be debated by
        the Council or a Committee meeting, that may constitute predetermination or bias."

    Example:
        "Not a chance I'm supporting that rise on Tuesday. It's a no from me."

    Instead:
        Say you will listen to the evidence and decide at the meeting.

    Known limits:
        A statistical resemblance learnt from tens of thousands of labelled posts: it misses
        what reads unlike them and notes some posts that are fine (advice only). It cannot say
        which words carry the clause, so the span is the whole sentence. Not raised on a post by
        an officer (the Clerk), who is not a decision-maker.
    """
    if c.author is not None and not c.author.is_councillor:
        return  # round 18: officers (the Clerk) are not decision-makers, as the rule says
    yield from _hint(
        c, "6.11", "a view on a matter still to be decided", "Keep an open mind until the meeting."
    )


@rule("reads-as-escalating", hint=True)
def reads_as_escalating(c: Checking) -> Iterator[Hit]:
    """Clause G.2 (hint): the post reads like a reply that raises the temperature.

    What it looks for:
        Posts that resemble those labelled G.2 in the training posts: retorts, stoking, calling
        others in. Advice only, and only when no rule has raised G.2; the span is the sentence that
        reads most like it.

    Why it matters:
        Clause G.2: "Don't escalate heated discussions, try to be conciliatory, respectful and quote
        facts to lower the temperature and correct misrepresentations."

    Example:
        Replying to "the council is a shambles" with "Oh do give over, we've heard it all before."

    Instead:
        Reply once, calmly, with the facts, or offer to talk offline.

    Known limits:
        A statistical resemblance learnt from tens of thousands of labelled posts: it misses
        what reads unlike them and notes some posts that are fine (advice only). It cannot say
        which words carry the clause, so the span is the whole sentence.
    """
    yield from _hint(
        c, "G.2", "escalating a heated discussion", "Reply calmly once, or take it offline."
    )


@rule("reads-as-divisive", hint=True)
def reads_as_divisive(c: Checking) -> Iterator[Hit]:
    """Clause G.3 (hint): the post reads like party politics or another inflammatory topic.

    What it looks for:
        Posts that resemble those labelled G.3 in the training posts: taking sides in party
        politics, religion or international conflicts. Advice only, and only when no rule has raised
        G.3; the span is the sentence that reads most like it.

    Why it matters:
        Clause G.3: "avoid discussing topics that may be inflammatory e.g., politics and religion."

    Example:
        "Reform or nothing at the next election."

    Instead:
        Leave party politics and religion out of council-related posts.

    Known limits:
        A statistical resemblance learnt from tens of thousands of labelled posts: it misses
        what reads unlike them and notes some posts that are fine (advice only). It cannot say
        which words carry the clause, so the span is the whole sentence.
    """
    yield from _hint(
        c,
        "G.3",
        "inflammatory topics such as politics and religion",
        "Leave party politics and religion out.",
    )


@rule("reads-as-no-route", hint=True)
def reads_as_no_route(c: Checking) -> Iterator[Hit]:
    """Clause G.4 (hint): the post reads like a reply to a concern that offers no way to resolve it.

    What it looks for:
        Posts that resemble those labelled G.4 in the training posts: a concern dismissed or
        answered without saying who can deal with it. Advice only, and only when no rule has raised
        G.4; the span is the sentence that reads most like it.

    Why it matters:
        Clause G.4: "Offer routes to enable resolution of concerns and complaints e.g., how to
        report to Rotherham Borough Council and other statutory bodies."

    Example:
        Replying to "the pavement is a danger" with "That's just how it is these days."

    Instead:
        Say who deals with it and how to contact them.

    Known limits:
        A statistical resemblance learnt from tens of thousands of labelled posts: it misses
        what reads unlike them and notes some posts that are fine (advice only). It cannot say
        which words carry the clause, so the span is the whole sentence.
    """
    yield from _hint(
        c, "G.4", "a concern with no route to resolve it", "Say who deals with it and how."
    )


@rule("reads-as-own-exposure", hint=True)
def reads_as_own_exposure(c: Checking) -> Iterator[Hit]:
    """Clause 5.1 (hint): the post reads like one that tells strangers too much about its author.

    What it looks for:
        Posts that resemble those labelled 5.1 in the training posts: the author's own home street,
        when the house will be empty, the children's school or routine, a personal phone number.
        Advice only, and only when no rule has raised 5.1; the span is the sentence that reads
        most like it.

    Why it matters:
        Clause 5.1: "the information they post on their personal social media profile can make
        them identifiable to residents and service users, as well as people they know in a
        private capacity."

    Example:
        "Off to Tenerife tomorrow, house empty till the 24th, someone feed the cat at number 22!"

    Instead:
        Leave out where you live and when you are away; give the council's contact details.

    Known limits:
        A statistical resemblance learnt from tens of thousands of labelled posts: it misses
        what reads unlike them and notes some posts that are fine (advice only). It cannot say
        which words carry the clause, so the span is the whole sentence.
    """
    yield from _hint(
        c,
        "5.1",
        "what a post reveals about its author",
        "Leave out where you live, your routine and when you are away.",
    )


@rule("reads-as-confidential", hint=True)
def reads_as_confidential(c: Checking) -> Iterator[Hit]:
    """Clause 6.5 (hint): the post reads like one that discloses confidential or private matters.

    What it looks for:
        Posts that resemble those labelled 6.5 in the training posts: tender figures, a dispute or
        complaint still being handled, a person's health, pay or housing, what was said in a
        closed session. Advice only, and only when no rule has raised 6.5; the span is the
        sentence that reads most like it. The training posts' registers are Treeton's, so the
        hint knows their matters best. Not where the only confidential matters the post names
        are past the date the register keeps them confidential to (round 36: "Now the Kerbstone
        business is no longer under wraps ..." in January 2028): the head learnt their names
        while they were secret.

    Why it matters:
        Clause 6.5: "disclose commercially sensitive, personal private or confidential
        information. If you are unsure whether the information you wish to share falls within
        one of these categories, you should discuss this with the Clerk."

    Example:
        "Between us, the cheapest bid for the car park came in well under the others."

    Instead:
        Ask the Clerk before posting anything from a closed session, a tender or someone's private
        life.

    Known limits:
        A statistical resemblance learnt from tens of thousands of labelled posts: it misses
        what reads unlike them and notes some posts that are fine (advice only). It cannot say
        which words carry the clause, so the span is the whole sentence.
    """
    hints = list(
        _hint(
            c,
            "6.5",
            "confidential or private information",
            "Ask the Clerk whether it can be shared before posting.",
        )
    )
    # the register is searched only for a post the head reads as 6.5, not for every post
    if hints and not _names_only_lapsed_matters(c):
        yield from hints


def _names_only_lapsed_matters(c: Checking) -> bool:
    """The post names a confidential matter of the register that is past its ``until`` date by
    one of its own names or figures (a keyword with a capital or a digit: "Kerbstone", "£65,000",
    not "signed off", which a new sickness shares with an old one), and names no matter still in
    date by any keyword."""
    light = c.text.light.text
    lapsed = False
    for matter in c.ctx.confidential:
        if matter.in_force(c.day):
            if keyword_hits(matter.keywords, light):
                return False
        elif keyword_hits(tuple(k for k in matter.keywords if _distinctive(k)), light):
            lapsed = True
    return lapsed


def _distinctive(keyword: str) -> bool:
    return any(ch.isupper() or ch.isdigit() for ch in keyword)


@rule("reads-as-colleague-comment", hint=True)
def reads_as_colleague_comment(c: Checking) -> Iterator[Hit]:
    """Clause 6.6 (hint): the post reads like a comment on a colleague made without approval.

    What it looks for:
        Posts that resemble those labelled 6.6 in the training posts: praise, blame or gossip
        about a named or recognisable councillor or employee ("our clerk", "the caretaker").
        Advice only, and only when no rule has raised 6.6 (the comment-on-colleague rule checks
        the approvals register); the span is the sentence that reads most like it. Not raised
        when every colleague the post names has an approval in force whose scope covers it
        (round 19: "a big thank you to our caretaker Dean ... clearing the rec paths" under an
        approval for thanks for upkeep of the recreation ground).

    Why it matters:
        Clause 6.6: "post comments on employees or councillors without their prior approval."

    Example:
        "Shame a certain vice-chair couldn't be bothered to turn up again."

    Instead:
        Ask the colleague first, or talk about the council's work rather than the person.

    Known limits:
        A statistical resemblance learnt from tens of thousands of labelled posts: it misses
        what reads unlike them and notes some posts that are fine (advice only). It cannot say
        which words carry the clause, so the span is the whole sentence.
    """
    named = {pid for mention in c.mentions for pid in mention.person_ids} - {c.post.author}
    colleagues = [p for pid in named if (p := c.ctx.person(pid)) is not None and p.is_colleague]
    if colleagues and all(covered_by_approval(c, person) for person in colleagues):
        return
    yield from _hint(
        c,
        "6.6",
        "a comment on a colleague without their approval",
        "Ask them first, or write about the work, not the person.",
    )
