"""Section 6, clause 6.6: comments on councillors and employees without their prior
approval."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..context import Person
from ..detectors.lexicon import compile_word_starts
from ..detectors.matching import content_words
from .base import Checking, Hit, once_per_post, rule
from .colleague_refs import _short_names, _singled_by_role, pronoun_for_replied_colleague
from .signals import accusations, innuendo, insults
from .structures import singled_out


def _approved(c: Checking, person: Person, evaluative: bool, critical: bool = False) -> bool:
    """An approval in force covers the comment (clause 6.6). Approvals are given for thanks,
    credit, congratulations or being named as a contact; criticism is never covered by them."""
    if critical:
        return False
    for approval in c.ctx.comment_approvals:
        if (
            approval.person == person.id
            or (approval.person == "all-councillors" and person.is_councillor)
            or (approval.person == "all-employees" and person.is_employee)
        ):
            if not approval.in_force(c.day, c.channel):
                continue
            if approval.factual_only or _CONTACT_ONLY.search(approval.scope):
                # round 14: "named as the contact councillor for the skate park" covers naming,
                # not praise ("he's worked his socks off on this skate park")
                if not evaluative and (approval.factual_only or _scope_covers(c, approval.scope)):
                    return True
            elif _scope_covers(c, approval.scope):
                return True
    return False


def covered_by_approval(c: Checking, person: Person) -> bool:
    """Thanks or credit given to ``person`` under an approval in force whose scope covers what
    the post says (clause 6.6): for the 6.6 hint, which should not second-guess the approvals
    register. A post that does not thank or credit is not what an approval covers; praise of the
    work ("did a cracking job on the December litter pick", round 22b) is credit too."""
    credit = _CREDIT.search(c.post.text) or _WORK_PRAISED.search(c.post.text)
    return credit is not None and _approved(c, person, evaluative=True)


_WORK_PRAISED = re.compile(
    r"\b(?:cracking|great|brilliant|fantastic|amazing|superb|smashing|grand|top|fab|lovely) "
    r"(?:job|work|effort)\b",
    re.IGNORECASE,
)


_CONTACT_ONLY = re.compile(r"^\s*named as (?:the |a )?(?:\w+ )?contact\b", re.IGNORECASE)


@once_per_post
def _post_words(c: Checking) -> tuple[frozenset[str], frozenset[str]]:
    """The post's content words and the forms of their roots, worked out once per check
    (every mention and approval compares its scope with them)."""
    scope_text = " ".join([c.post.text, c.attachment_text])
    if c.post.in_reply_to and _CREDIT.search(c.post.text):
        # thanks or credit given in answer: the question sets its subject ("who organised it?"
        # "That were Denise, credit where it's due")
        scope_text = f"{scope_text} {c.post.in_reply_to}"
    words = content_words(scope_text)
    return frozenset(words), frozenset(f for w in words for f in _forms(w))


def _scope_covers(c: Checking, scope: str) -> bool:
    """The approval's scope shares a content word with the post, or a word by its root, one a
    form of the other ("gritting" and "grit", "gritters"): the stemmer leaves such pairs apart."""
    words, forms = _post_words(c)
    scope_words = content_words(scope)
    return bool(scope_words & words) or any(f in forms for w in scope_words for f in _forms(w))


_CREDIT = re.compile(
    r"\b(?:thanks?|thank you|ta|cheers|credit|well done|congrat\w*|proud|kudos|shout ?out|"
    r"hats off|bravo|star|legend|hero)\b",
    re.IGNORECASE,
)


def _root(word: str) -> str:
    """A stem with a doubled final consonant undone ("gritt" from "gritting" is "grit")."""
    if len(word) >= 5 and word[-1] == word[-2] and word[-1] not in "aeiou":
        return word[:-1]
    return word


# The endings by which one form of a word is another ("grit", "gritter", "gritters", "grittin");
# not any shared beginning ("clear" for a snow-clearing approval is not "clearly").
_FORM_ENDINGS = ("s", "es", "ed", "er", "ers", "ing", "in")


def _forms(word: str) -> set[str]:
    """A stemmed word's root, and its root without one of the form endings ("gritter": "grit";
    the stemmer leaves a possessive's apostrophe on: "gritter'")."""
    word = word.rstrip("'\u2019")
    out = {_root(word)}
    for ending in _FORM_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            out.add(_root(word[: -len(ending)]))
    return out


@rule(
    "comment-on-colleague",
    lexicons=("evaluative", "criticism", "staff_refs", "health_disclosure", "innuendo"),
)
def comment_on_colleague(c: Checking) -> Iterator[Hit]:
    """Comment on a councillor or employee without their prior approval.

    What it looks for:
        A councillor or employee named (name, alias or handle) or pictured, other than the
        author, with no approval in the register covering this channel, date and subject.
        Praise needs an approval whose scope matches (its words, their roots - "grit" for "gritting"
        - or their synonyms: "questions to the Clerk" is being named as the contact; for thanks
        given in a reply, the question's words too), and a "named as the contact" approval never
        covers praise (nor does a "factual mention" approval: praise in the next sentence that
        points back, "Community champions, the pair of them!", or a few words of praise on
        their own, "Brilliant work", is said of them); a factual
        mention is covered by a "factual mention" approval; criticism, insults and
        insinuations are never covered. A colleague
        referred to by role ("our clerk", "the caretaker") with praise, criticism or health news
        counts too, and so does a colleague singled out without a name ("a certain colleague", "the
        same councillor"), or by "he" or "she" opening a reply to a post that names them
        ("She's hardly ever there 🙄" answering "why wasn't Cllr X at the meeting?"), or by the
        bare role as a name with a dig ("Caretaker's been propping up the bar, no wonder the
        rec's a tip", "Clerk's off, same as usual").

    Why it matters:
        Clause 6.6: must not "post comments on employees or councillors without their prior
        approval".

    Example:
        "Shout out to Cllr Fairbrother, who's done more for the skate park than the rest of the
        council put together"

    Instead:
        Ask the colleague first and have the Clerk record the approval.

    Known limits:
        An unflattering reference without a name ("one of our staff") is found only with words
        about health or absence, under 6.5.

        Not a comment: a colleague named in passing, as the one the poster told or asked ("I've told
        the caretaker to ...", "let the Clerk know"), as the author of a piece of work ("whatever
        the RFO's figures say"), as the one who will deal with the matter ("the Clerk can log a
        complaint for you", "Sid will sort it", "the Clerk has the forms") unless a contact
        approval for them has lapsed, as away while someone stands in on the page ("while Ruth's
        off"), or as a holder of the authority to post for the council that the registers record
        ("only Nadia and Gareth can post for the council"), unless the sentence praises or
        criticises. A comment also: a group of colleagues run down ("some of our councillors
        couldn't read an agenda if you paid them",
        "half of them asleep" in a post about a meeting, "when the councillors ask for the papers
        AGAIN 🙄"), a colleague's pay held against them ("our clerk already earns more than
        most"), "one of our lot" described ("he's got a short fuse"),
        one picked out by a described role ("a certain parish finance officer"), and a colleague
        called by the short first name of a "short name + surname" alias ("Jo" for "Jo Spurr") in a
        post about council life ("Jo in the office"). Not a comment: the colleague as the speaker of
        what follows ("The Chair's view: ..."), or named as the contact with a phone number ("the
        clerk's on 0114 ...") under a contact approval, nor a member of staff named by role ("our
        caretaker keeps the salt bins topped up") under an approval of the one person holding it
        that covers what is said; nor a job named by its role ("14 applications for the
        caretaker job", "interviews for the caretaker post"), which is the vacancy, not its holder.
    """
    hinted: bool | None = None  # innuendo in the post, asked once (not once per mention)
    for mention in [*c.mentions, *_short_names(c)]:
        if c.post.author in mention.person_ids:
            continue
        people = [p for pid in mention.person_ids if (p := c.ctx.person(pid)) and p.is_colleague]
        if not people:
            continue
        people = [p for p in people if not _another_first_name(c, mention, p)]
        if not people:
            continue  # "Players' Player Ethan Wragg": another person of the same surname
        if _the_post_itself(c, mention.start, mention.end):
            continue  # round 28: "applications for the caretaker job": the vacancy, not Dean
        s, e = c.sentence_of(mention.start)
        lapsed = _lapsed_contact(c, mention, people)
        if not lapsed and (_addressee(c, mention) or _incidental(c, mention, people)):
            continue
        hostile = insults(c) + accusations(c)
        following = c.sentence_of(e)[1] if e < len(c.post.text) else e  # "She's a fraud."
        critical = (
            _jibed(c, mention.start)
            or any(s <= h[0] < e for h in c.find("criticism"))
            or any(s <= h[0] < following for h in hostile)
        )
        if not critical:
            if hinted is None:
                hinted = bool(innuendo(c))
            critical = hinted
        # praise in the next sentence that points back ("... cleared the culvert. Community
        # champions, the pair of them!") is said of the colleague too
        points_back = _POINTS_BACK.search(c.post.text[e:following].lower())
        reach = following if points_back or _short_praise(c, e, following) else e
        evaluative = critical or any(s <= h[0] < reach for h in c.find("evaluative"))
        # an approval for thanks never covers a dig in the sentence after ("Sid gritted half the
        # path then gave up. Useless.")
        faulted = critical or any(s <= h[0] < following for h in c.find("criticism"))
        if all(_approved(c, p, evaluative, faulted) for p in people):
            continue
        if not evaluative and not lapsed and _named_as_contact(c, mention, people):
            continue
        yield Hit(
            mention.start,
            mention.end,
            f"Comment on {people[0].name} without their recorded prior approval.",
            "Ask them first and have the Clerk record the approval, or leave them out.",
            variant=None if evaluative else "neutral-mention",
        )
        return
    named_colleague = any(
        (p := c.ctx.person(pid)) is not None and p.is_colleague
        for m in c.mentions
        for pid in m.person_ids
    )
    if not named_colleague and (found := pronoun_for_replied_colleague(c)) is not None:
        person = c.ctx.person(found[3])
        critical = bool(
            insults(c)
            or accusations(c)
            or c.has("criticism")
            or innuendo(c)
            or _PRONOUN_DIG.search(c.text.light.text)
            or _ROLL.search(c.post.text)
        )
        evaluative = critical or c.has("evaluative") or c.has("health_disclosure")
        if person is not None and not _approved(c, person, evaluative, critical):
            yield Hit(
                found[0],
                found[1],
                f"'{found[2]}' comments on {person.name}, named in the post answered, without "
                "their recorded prior approval.",
                "Ask them first and have the Clerk record the approval, or leave them out.",
                variant=None if evaluative else "neutral-mention",
            )
            return
    group = None if named_colleague else _colleagues_run_down(c)
    if group:
        yield Hit(
            group[0],
            group[1],
            f"'{group[2]}' runs down colleagues without their prior approval.",
            "Leave colleagues out unless they have agreed; raise concerns with the Clerk.",
        )
        return
    singled = None if named_colleague else (singled_out(c) or _singled_by_role(c))
    staff = None if named_colleague else (_staff_ref(c) or singled or _bare_role(c))
    if staff and _SPEAKER_AFTER.match(c.post.text, staff[1]):
        staff = None  # "The Chair's view: ...": the colleague speaks; the post is not about them
    if staff and not singled and _factual_chair(c, staff):
        staff = None  # "Presented by the Chair at Full Council": a factual mention (minute 26/112)
    if staff and not singled and _role_approved(c, staff):
        staff = None  # "our caretaker keeps the salt bins topped up" under a gritting approval
    if staff and (
        singled
        or _DIG.search(c.light_sentence(staff[0]))
        or c.has("evaluative")
        or c.has("criticism")
        or c.has("health_disclosure")
        or insults(c)
        or accusations(c)
        or _jibed(c, staff[0])
    ):
        yield Hit(
            staff[0],
            staff[1],
            f"'{staff[2]}' comments on an identifiable colleague without prior approval.",
            "Leave colleagues out unless they have agreed.",
        )
        return
    for index, name, ids in c.attachment_people():
        people = [
            p for pid in ids if pid != c.post.author and (p := c.ctx.person(pid)) and p.is_colleague
        ]
        if people and not all(_approved(c, p, False) for p in people):
            yield Hit(
                0,
                0,
                f"{name} is pictured without their recorded prior approval.",
                "Ask them first, or use a picture without them.",
                field=f"attachment[{index}]",
            )
            return


# Round 28: the post itself, not its holder ("applications for the caretaker job", "the caretaker
# post couldn't be full time", "Interviews for the caretaker post take place next week").
_THE_POST_ITSELF = re.compile(
    r"^(?:['\u2019]s)? (?:job|post|vacancy|role|position|applications?|pack|interviews?|advert|"
    r"appointment|application form)\b",
    re.IGNORECASE,
)


_ROLE_WORD = re.compile(r"\b(?:caretaker|clerk|rfo|groundsman|cleaner|finance officer)\b", re.I)


def _the_post_itself(c: Checking, start: int, end: int) -> bool:
    """The words at [start, end) name a role, and the job itself follows ("the caretaker job",
    "the clerk's post"), not its holder (clause 6.6 is about people)."""
    return bool(
        _ROLE_WORD.search(c.post.text[start:end])
        and _THE_POST_ITSELF.match(c.post.text[end : end + 30])
    )


def _staff_ref(c: Checking) -> tuple[int, int, str] | None:
    """The first colleague referred to by role ("our clerk", "the caretaker"), not a vacancy
    named by the role."""
    return next((h for h in c.find("staff_refs") if not _the_post_itself(c, h[0], h[1])), None)


_CHAIR = re.compile(r"\b(?:vice[- ])?chair(?:man|woman)?\b", re.IGNORECASE)


def _factual_chair(c: Checking, staff: tuple[int, int, str]) -> bool:
    """The Chair (a councillor) named in a plain sentence on the council's page, where an approval
    in force covers factual mention of every councillor (clause 6.6): the praise or blame
    elsewhere in the post is about someone else."""
    if not c.official or not _CHAIR.search(staff[2]):
        return False
    s, e = c.sentence_of(staff[0])
    if any(
        s <= h[0] < e and not _praise_to_other(c, h)
        for lexicon in ("evaluative", "criticism")
        for h in c.find(lexicon)
    ):
        return False
    if _DIG.search(c.light_sentence(staff[0])):
        return False
    return any(
        a.person == "all-councillors" and a.factual_only and a.in_force(c.day, c.channel)
        for a in c.ctx.comment_approvals
    )


# "Congratulations to Amelia Okafor, ... who collected her prize from the Chair": the praise is
# addressed by name to someone else
_TO_NAMED = re.compile(r"\s+to\s+(?:[A-Z][\w'-]+\s+){0,2}[A-Z][\w'-]+")


def _praise_to_other(c: Checking, hit: tuple[int, int, str]) -> bool:
    """The evaluative word is addressed to someone named who is not a colleague."""
    to = _TO_NAMED.match(c.post.text, hit[1])
    if not to or c.post.text[to.start() : to.end()].split()[-1] in ("Chair", "Council", "Cllr"):
        return False
    return not any(
        to.start() <= m.start < to.end()
        and any((p := c.ctx.person(i)) and p.is_colleague for i in m.person_ids)
        for m in c.mentions
    )


_TO_ROLE = re.compile(
    r"\b(?:to|ask|contact|tell|email|e-mail|ring|call|phone|with|from|via|through|by|see|"
    r"speak to|talk to|write to|check with|let|told|asked|instructed|informed|notified|emailed|"
    r"e-mailed|rang|phoned|messaged|texted|cc|copied in)\s+$",
    re.IGNORECASE,
)
# A name (not a role) as the one the poster told or asked ("I've asked Dean to ...", "let Jo
# know"): the weak prepositions of _TO_ROLE ("with", "by") say too little after a name.
_TOLD_NAME = re.compile(
    r"\b(?:let|told|asked|instructed|informed|notified|emailed|e-mailed|rang|phoned|messaged|"
    r"texted|ask|tell|contact|ring|email|message|had a (?:word|chat|natter) with|spoke to|"
    r"spoken to|been on to|checked with|chased|take it up with|raise it with)\s+$",
    re.IGNORECASE,
)
# The colleague named as the one to contact: after a request to write, ask or send ("send your
# views to Cllr X (email) or the Clerk"), or as the one who can help ("the Clerk can talk it
# through with you"), or with their address just after.
_CONTACT_BEFORE = re.compile(
    r"\b(?:send|email|e-mail|contact|ask|ring|phone|call|message|write to|speak to|talk to|"
    r"get in touch with|go to)\b(?:[^.!?]|\.(?=\S)){0,70}\bor\s+$|"
    r"\b(?:send|email|e-mail|write|pass|give|forward|direct|address)\b[^.!?]{0,40}\bto\s+$|"
    r"\b(?:contact|ask|ring|phone|email|e-mail|message|speak to|talk to|get in touch with)\s+$",
    re.IGNORECASE,
)
_CONTACT_AFTER = re.compile(
    r"^\s*(?:\([^)]*@[^)]*\)|,? ?(?:on|at)? ?[\w.+-]+@\w|"
    # round 18: where or who they are, said first ("Jo at the office is happy to explain",
    # "Jo Spurr, the Clerk, is the one to talk to")
    r"(?:(?:at|in) the (?:council |parish )?office |, (?:the|our) (?:clerk|rfo|caretaker), |, )?"
    r"(?:(?:'s|\u2019s| is)? ?(?:on|at) \+?\d[\d ]{5,}|(?:can|will|is happy to|would be happy "
    r"to) (?:help|talk|advise|answer|explain|go through|take|pass)|(?:is|'s) (?:the|your) "
    r"(?:contact|person to ask|(?:wo)?man|one to (?:talk to|ask|speak to|contact|see|ring|"
    r"email))))",
    re.IGNORECASE,
)
# Round 18: the colleague's own contact address later in the same sentence ("Jo at the council
# office is collecting them: clerk@...").
_ADDRESS_AFTER = re.compile(r"(?:[^.!?\n]|\.(?=\S)){0,80}?[\w.+-]+@[\w-]+\.\w")
# The colleague as the source of a piece of work, not its subject: "the RFO's figures",
# "whatever the Clerk's report says", "according to Jo".
_WORK_OF = re.compile(
    r"^['\u2019]s\s+(?:own\s+|latest\s+|draft\s+|new\s+)?(?:figures?|numbers|report|reports|"
    r"e-?mails?|letters?|advice|notes|minutes|budget|papers?|spreadsheet|accounts|summary|"
    r"update|briefing|notice|estimates?|quotes?|forecasts?|projections|draft|recommendations?|"
    r"calculations|sums|breakdown|costings|list|to-do list|inbox)\b",
    re.IGNORECASE,
)
_SOURCE = re.compile(r"\b(?:according to|as per|whatever|per)\s+$", re.IGNORECASE)
# Who may speak for the council: a sentence about posting authority names its holders as a
# fact of the registers (policy 4.1), not as a comment on them.
_AUTHORITY = re.compile(
    r"\b(?:can|may|could|allowed to|authori[sz]ed to|permitted to|able to|get to|entitled to)\s+"
    r"(?:post|publish|speak|sign|comment|reply|answer|put (?:things|stuff|notices) up)\b"
    r"[^.!?]{0,30}\b(?:for|on behalf of|as|in the name of|on)\s+(?:the\s+)?(?:parish\s+|"
    r"town\s+|village\s+)?(?:council|page|account)\b|\bposting (?:rights|authority|permission)\b"
)


# The colleague as the speaker of what follows ("The Chair's view: ...", "the Clerk's message
# to hirers: ..."): the post gives their words, it does not comment on them.
_SPEAKER_AFTER = re.compile(
    r"['\u2019]s (?:view|views|opinion|position|statement|message|verdict|take|words|"
    r"update|response)\s*[:\-\u2013]|"
    # round 22c: "when the Chair says 'any other questions?' ...": the Chair quoted
    r"\s+(?:says|said|asks|asked)\s*[,:]?\s*['\"\u2018\u201c]"
)
# A role named bare, like a name, at the head of a sentence ("Caretaker's been ...", "Clerk's
# on holiday again"): everyone knows who holds it.
_BARE_ROLE = re.compile(
    r"(?:^|[.!?]\s+)(?:clerk|caretaker|rfo|groundsman|handyman|warden|cleaner)(?:'s|\u2019s| is| "
    r"has| was)\b",
    re.IGNORECASE,
)
# A dig at the colleague without a critical word: blame ("no wonder the rec's a tip"), idling
# ("propping up the bar"), or "same as when she's here".
# "Same as always at half term" gives a routine, not a dig.
_DIG = re.compile(
    r"\bno wonder\b|\bsame as when\b|"
    r"\bsame as (?:usual|always|ever)\b(?!,? (?:at|in|on|over|for|every|each|during|this|"
    r"next)\b)|\bpropping up the bar\b|"
    r"\bnothing'?(?:ll| will) get done\b|\bas per usual\b|"
    # round 14: a colleague's pay held against them ("our clerk already earns more than most
    # folk", "not getting a penny extra out of me")
    r"\b(?:earns?|earning|paid|on) (?:a lot |far |way |much |loads )?more than\b|"
    r"\bnot (?:getting|get|having) a (?:penny|penny more|penny extra)\b"
)


# A dig in a reply that speaks of a colleague by pronoun ("he should be embarrassed", "she's
# hardly ever there", "too busy with her proper job").
_PRONOUN_DIG = re.compile(
    r"\bshould be (?:embarrassed|ashamed)\b|\bhardly ever\b|\bnever (?:there|about|around|"
    r"turns up|shows up|bothers)\b|\btoo busy\b|\bnightmare\b|\buseless\b|\bwaste of space\b"
)


def _bare_role(c: Checking) -> tuple[int, int, str] | None:
    m = _BARE_ROLE.search(c.post.text)
    if m is None:
        return None
    word = re.search(r"[A-Za-z]+", m.group(0))
    start = m.start() + word.start()
    return start, m.start() + word.end(), word.group(0)


# A jibe at a colleague without a critical word: a failing with an eye-roll ("Keith still
# hasn't put his expenses claim in 🙄"), or told to look at themselves ("maybe the Chair wants
# to ask herself why folk don't last").
_FAILING = re.compile(
    r"\bstill (?:hasn'?t|has not|haven'?t|not|no sign|waiting)\b|\byet again\b|\bas usual\b|"
    r"\bsurprise,? surprise\b|\bwhat a surprise\b|\bnever (?:does|did|has)\b"
)
_ROLL = re.compile("[\U0001f644\U0001f602\U0001f923\U0001f921\U0001f612]")
_LOOK_AT_SELF = re.compile(
    r"\b(?:wants?|needs?|ought|should|might want|may want|could) (?:to )?ask (?:her|him|them)"
    r"sel(?:f|ves) (?:why|how|what|where|whether)\b"
)


def _jibed(c: Checking, start: int) -> bool:
    """A jibe at the colleague in the sentence at ``start``: a failing with an eye-roll, or a
    hint that they should look at themselves."""
    sentence = c.light_sentence(start)
    if _LOOK_AT_SELF.search(sentence):
        return True
    s, e = c.sentence_of(start)
    return bool(
        _FAILING.search(sentence) and _ROLL.search(c.post.text, s, min(e + 4, len(c.post.text)))
    )


def _contact_shape(c: Checking, mention) -> bool:
    before = c.post.text[max(0, mention.start - 90) : mention.start]
    after = c.post.text[mention.end : mention.end + 40]
    return bool(
        _CONTACT_BEFORE.search(before)
        or _CONTACT_AFTER.match(after)
        or _WILL_HANDLE.match(after)
        or _ADDRESS_AFTER.match(c.post.text, mention.end, mention.end + 120)
    )


def _contact_approvals(c: Checking, person: Person) -> list:
    return [
        a
        for a in c.ctx.comment_approvals
        if "contact" in a.scope.lower()
        and (
            a.person == person.id
            or (a.person == "all-councillors" and person.is_councillor)
            or (a.person == "all-employees" and person.is_employee)
        )
    ]


def _named_as_contact(c: Checking, mention, people: list[Person]) -> bool:
    """Clause 6.6: a colleague named as the contact, in the words of a "named as the contact"
    approval in force ("the Clerk can talk it through with you", "send your views to ... or the
    Clerk"): the approval covers it whatever the subject of the post."""
    if not _contact_shape(c, mention):
        return False
    return all(any(a.in_force(c.day, c.channel) for a in _contact_approvals(c, p)) for p in people)


def _lapsed_contact(c: Checking, mention, people: list[Person]) -> bool:
    """A colleague named as the contact ("message Gaz Booth, he's your man") whose approval to be
    named as the contact has lapsed or does not cover this channel: a comment without approval,
    not a passing mention."""
    if not _contact_shape(c, mention):
        return False
    for p in people:
        found = _contact_approvals(c, p)
        if found and not any(a.in_force(c.day, c.channel) for a in found):
            return True
    return False


# Another person of the same surname: a different capitalised first name just before it
# ("Players' Player Ethan Wragg" is not Cllr Terry Wragg).
_FIRST_BEFORE = re.compile(r"\b([A-Z][a-z]+)\s+$")
_NOT_FIRST_NAMES = frozenset(
    [
        "cllr",
        "councillor",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "clerk",
        "caretaker",
        "chair",
        "chairman",
        "vice",
        "mayor",
        "thanks",
        "thank",
        "congratulations",
        "congrats",
        "cheers",
        "ask",
        "contact",
        "dear",
        "hi",
        "hello",
        "hiya",
        "well",
        "sorry",
        "to",
        "from",
        "with",
        "and",
        "or",
        "but",
        "by",
        "for",
        "of",
        "the",
        "our",
        "email",
        "ring",
        "message",
        "tell",
        "said",
        "says",
        "via",
        "see",
    ]
)


def _another_first_name(c: Checking, mention, person: Person) -> bool:
    if " " in mention.term.strip() or mention.term.lower() != person.surname.lower():
        return False
    m = _FIRST_BEFORE.search(c.post.text[max(0, mention.start - 20) : mention.start])
    if m is None:
        return False
    first = m.group(1).lower()
    own = {person.name.split()[0].lower()} | {a.split()[0].lower() for a in person.aliases if a}
    return first not in own and first not in _NOT_FIRST_NAMES


def _addressee(c: Checking, mention) -> bool:
    """A colleague named only by role ("the Clerk") as someone to contact or to tell ("apologies
    sent to the Clerk", "ask the Clerk") is a route, not a comment on them (clause 6.6), unless the
    sentence praises or criticises."""
    if not mention.term.lower().startswith("the "):
        return False
    if insults(c) or accusations(c) or innuendo(c):
        return False
    s, e = c.sentence_of(mention.start)
    if any(s <= h[0] < e for h in c.find("criticism")) or any(
        s <= h[0] < e for h in c.find("evaluative")
    ):
        return False
    return bool(_TO_ROLE.search(c.post.text[max(s, mention.start - 30) : mention.start]))


def _judged(c: Checking, start: int) -> bool:
    """Praise, criticism, an insult, an accusation or an insinuation in the post around the
    sentence at ``start``: then a mention is a comment, whatever its position."""
    if insults(c) or accusations(c) or innuendo(c):
        return True
    s, e = c.sentence_of(start)
    return any(s <= h[0] < e for h in c.find("criticism")) or any(
        s <= h[0] < e for h in c.find("evaluative")
    )


# 6.6 (round 13): the colleague as the one who will deal with the matter, the route ("the Clerk
# can log a formal complaint for you", "tell us and Dean will sort it", "the Clerk handles
# it"): nothing is said about them. A dig in the sentence still makes it a comment ("Martin'll
# sort your invoice out, he's dead slow mind").
# The words of someone who will deal with a matter ("can log", "'ll sort", "will be able to
# help"), shared with good_practice's G.4 answer to "who do I speak to?" (``_WILL_DEAL``).
HANDLE_AUX = r"(?:['\u2019]ll|\bwill|\bcan|\bcould|\bwould|\bis happy to|\bwill be happy to)"
HANDLE_VERBS = (
    r"(?:be able to\s+)?(?:sort|deal|help|log|tell|take|pass|handle|look|pick|arrange|fix|"
    r"answer|process|send|book|explain|advise|give|put|talk|go through|point|raise|add|chase|"
    # round 22: "the Clerk can post you a paper copy"
    r"post you|print|forward|email you|e-mail you|ring you|call you)\b"
)
_WILL_HANDLE = re.compile(
    rf"^(?:['\u2019]ll|\s+{HANDLE_AUX})\s+{HANDLE_VERBS}|"
    r"^\s+(?:handles|deals with|looks after) (?:it|them|that|this|those|complaints|enquiries|"
    r"bookings)\b|"
    # round 22: the one who keeps what is needed ("the Clerk has the forms")
    r"^\s+(?:has|holds|keeps) (?:the|a|an|all the|copies of the) (?:forms?|details|paperwork|"
    r"application packs?|packs?|copies|leaflets|information|info|keys?|list|lists)\b",
    re.IGNORECASE,
)
# 6.6 (round 13): someone standing in on the page while the colleague is away ("Denise here on
# the council page while Jo's off", "as Jo's away this week"): the absence is why the poster
# is posting, not a comment on the colleague. "Off sick" is health news, judged under 6.5.
_STANDING_IN = re.compile(r"\b(?:while|whilst|as|since|with)\s+$", re.IGNORECASE)
_AWAY = re.compile(
    r"^(?:['\u2019]s|\s+is)\s+(?:off|away|on (?:leave|holiday|annual leave|hols))\b"
    r"(?!\s+(?:sick|poorly|ill|with|again|as usual))",
    re.IGNORECASE,
)


def _incidental(c: Checking, mention, people: list[Person]) -> bool:
    """A colleague named in passing, where nothing is said about them (clause 6.6 is about
    comments on colleagues): as the one the poster told or asked ("I've told the caretaker to
    ...", "let Jo know"), as the author of a piece of work ("whatever the RFO's figures say"),
    or as a holder of the authority to post for the council that the registers record ("only
    Nadia and Gareth can post for the council"). Never when the sentence judges them."""
    text = c.post.text
    before = text[max(0, mention.start - 30) : mention.start]
    after = text[mention.end : mention.end + 40]
    shape = (
        _TOLD_NAME.search(before)
        or _WORK_OF.search(after)
        or _WILL_HANDLE.match(after)
        or (_STANDING_IN.search(before) and _AWAY.match(after))
        or (_SOURCE.search(before) and not after.lstrip().startswith(("is", "was", "has")))
    )
    if not shape:
        sentence = c.light_sentence(mention.start)
        holders = {a.person for a in c.ctx.posting_authorities if a.active(c.day)}
        shape = bool(_AUTHORITY.search(sentence)) and all(p.id in holders for p in people)
    return bool(shape) and not _judged(c, mention.start)


# A group of colleagues run down without a name ("some of our councillors couldn't ...",
# "half the councillors", "certain members"): identifiable to those who know them.
_COLLEAGUE_GROUP = compile_word_starts(
    r"\b(?:some|most|half|a few|a couple|one or two|certain|several|many|none|two|three|a lot|"
    r"loads|plenty) of (?:our|the|my|these|those|us) (?:fellow )?(?:councillors|colleagues|"
    r"cllrs|members|staff|officers)\b|\b(?:certain|some|a few|half the|most of the) (?:fellow )?"
    r"(?:councillors|cllrs)\b|\bmy (?:fellow )?(?:councillors|colleagues|fellow cllrs)\b|"
    r"\b(?:some|certain|a few|half|most|one or two) (?:people )?(?:on|of) (?:this|the|our) "
    r"(?:parish |town )?council\b"
)


# Round 14: the councillors at a meeting run down as "them" ("Half of them asleep, the other
# half talking absolute sh*te"), in a post about a meeting by a councillor or officer.
_GROUP_THEM = re.compile(
    r"\b(?:half|most|some|none|the rest|all|a few) of (?:them|'em)\b[^.!?]{0,20}?\b(?:asleep|"
    r"nodding off|snoring|on their phones|talking (?:absolute |utter |complete |a load of )?"
    r"(?:rubbish|sh\W?[i1*]te|crap|nonsense|drivel|bollocks|b\W?llocks|tripe|out of their)|"
    r"(?:had|has|have) no (?:idea|clue)|clueless|couldn'?t (?:read|count|add up|organise))"
)
_MEETING = re.compile(
    r"\b(?:meeting|full council|committee|agenda|the welfare|welfare hall|reading room|council "
    r"chamber|three hours|two hours|four hours)\b"
)
# ... or the councillors as a body, sighed at ("when the councillors email asking for the papers
# AGAIN 🙄"): the group, then an eye-roll or a shouted "AGAIN" in the post or its picture.
_GROUP_SIGHED = re.compile(
    r"\b(?:when|whenever|if|every time) (?:the|our|my|your) (?:fellow )?(?:councillors|cllrs|"
    r"members)\b"
)
_SHOUTED_AGAIN = re.compile(r"\bAGAIN\b")


def _group_sighed(c: Checking) -> tuple[int, int, str] | None:
    """Round 14: the councillors (or staff) as a body with a sigh or a sneer about them."""
    author = c.author
    if author is None or not author.is_colleague:
        return None
    light = c.text.light.text
    if "of them" in light or "of 'em" in light:
        m = _GROUP_THEM.search(light)
        if m and _MEETING.search(light):
            return c.light_hit(m)
    if "councillors" in light or "cllrs" in light or "members" in light:
        m = _GROUP_SIGHED.search(light)
        if m and (
            _ROLL.search(c.post.text)
            or _SHOUTED_AGAIN.search(c.post.text)
            or _SHOUTED_AGAIN.search(c.attachment_text)
        ):
            return c.light_hit(m)
    return None


def _colleagues_run_down(c: Checking) -> tuple[int, int, str] | None:
    """Clause 6.6: a group of colleagues singled out by the poster ("some of our councillors")
    and criticised or insulted in the same sentence."""
    sighed = _group_sighed(c)
    if sighed is not None:
        return sighed
    light = c.text.light.text
    if not any(w in light for w in ("council", "colleague", "cllr", "staff", "member", "officer")):
        return None
    m = _COLLEAGUE_GROUP.search(light)
    if m is None:
        return None
    start, end = c.text.light.span(m.start(), m.end())
    s, e = c.sentence_of(start)
    critical = any(s <= h[0] < e for h in c.find("criticism")) or any(
        s <= h[0] < e for h in insults(c)
    )
    return (start, end, c.post.text[start:end]) if critical else None


# Short forms of a role as people say them, and the role as the people register spells it.
_ROLE_SHORT = {
    "rfo": "responsible financial officer",
    "finance officer": "responsible financial officer",
}
_GENERIC_ROLES = frozenset(("employee", "councillor"))


def _role_approved(c: Checking, staff: tuple[int, int, str]) -> bool:
    """A member of staff named by their role ("our caretaker"), the one person in the registers
    who holds it, and an approval of theirs in force that covers what the post says (clause
    6.6). Criticism is never covered."""
    said = staff[2].lower()
    for short, role in _ROLE_SHORT.items():
        said = said.replace(short, role)
    holders = [
        p
        for p in c.ctx.people
        if p.is_employee and any(r not in _GENERIC_ROLES and r in said for r in p.roles)
    ]
    if len(holders) != 1:
        return False
    critical = bool(
        _DIG.search(c.light_sentence(staff[0]))
        or c.has("criticism")
        or insults(c)
        or accusations(c)
        or _jibed(c, staff[0])
    )
    return _approved(c, holders[0], True, critical)


def _short_praise(c: Checking, start: int, end: int) -> bool:
    """Round 29: the sentence after the mention, [start, end), is a few words of praise on their
    own ("Cllr Carr pulled together the bake sale and it raised £212! Brilliant work", "Brains
    AND looks"), said of the one just named; not thanks or congratulations, which name their
    own addressee ("Thank you all!", "Congratulations Eileen!")."""
    words = c.post.text[start:end].split()
    return (
        0 < len(words) <= 4
        and not _CREDIT.search(c.post.text[start:end])
        and any(start <= h[0] < end for h in c.find("evaluative"))
    )


# A sentence that points back to the people named before it.
_POINTS_BACK = re.compile(
    r"\b(?:the pair of (?:them|'em)|both of (?:them|'em)|the two of (?:them|'em)|the lot of "
    r"(?:them|'em)|she|he|they|her|him|them)\b"
)
