"""Colleagues referred to without the name in the register: by the short first name of an
alias ("Jo" for "Jo Spurr"), or picked out by a described role ("a certain parish finance
officer"). Shared by clause 6.5 (confidential matters about a colleague) and clause 6.6
(comments on colleagues)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..context import Person
from ..detectors.names import Mention
from .base import Checking, once_per_context

# Words that open an alias without being a first name ("Mrs Hollis", "the Clerk", "our Gaz"):
# shared with clause 6.1's sign-off test (title.py), which takes an alias's first word as a
# nickname otherwise.
NOT_A_FIRST_NAME = frozenset(("cllr", "councillor", "mr", "mrs", "ms", "miss", "dr", "the", "our"))


@lru_cache(maxsize=32)
def _short_name_pattern(pairs: tuple[tuple[str, str], ...]) -> re.Pattern[str] | None:
    if not pairs:
        return None
    body = "|".join(re.escape(short) for _, short in sorted(pairs, key=lambda p: -len(p[1])))
    return re.compile(rf"(?<![\w@.])(?:{body})(?![\w]|\.\w|@)")


# Words that put a post in council life, so that a bare short name is a colleague's.
_COUNCIL_LIFE = re.compile(
    r"\b(?:council|councillors?|cllrs?|clerk|meetings?|minutes|agenda|salary|pay|wages?|"
    r"penny|money|review|rfo|chair|parish|committee|ward|vote|voted|office|grants?)\b"
)


def short_names_of(person: Person) -> tuple[str, ...]:
    """The short first names of a person's "short name + surname" aliases ("Tez" of "Tez
    Wragg", "Jo" of "Jo Spurr"); a title is none ("Cllr" of "Cllr Wragg")."""
    return tuple(
        words[0]
        for alias in person.aliases
        if len(words := alias.split()) == 2
        and words[0].lower() not in NOT_A_FIRST_NAME
        and words[1] == person.surname
        and words[0] not in person.aliases
        and len(words[0]) > 1
    )


@once_per_context
def _short_name_pairs(c: Checking) -> tuple[tuple[str, str], ...]:
    """(person id, short name) for every colleague, once per context."""
    return tuple(
        (p.id, short) for p in c.ctx.people if p.is_colleague for short in short_names_of(p)
    )


def _short_names(c: Checking) -> list[Mention]:
    """A colleague by the short first name of a "short name + surname" alias in the register
    ("Jo Spurr" gives "Jo", "Gaz Booth" gives "Gaz"), as colleagues call each other (clause
    6.6); only in a post about council life, as short names are common."""
    pairs = _short_name_pairs(c)
    if not pairs or not any(short in c.post.text for _, short in pairs):
        return []
    pattern = _short_name_pattern(pairs)
    if pattern is None or not _COUNCIL_LIFE.search(c.text.light.text):
        return []
    taken = [(m.start, m.end) for m in c.mentions]
    ids = {short: tuple(sorted(pid for pid, s in pairs if s == short)) for _, short in pairs}
    return [
        Mention(ids[m.group(0)], m.start(), m.end(), m.group(0))
        for m in pattern.finditer(c.post.text)
        if not any(s < m.end() and m.start() < e for s, e in taken)
    ]


# One colleague picked out by a described role ("a certain parish finance officer", "a certain
# long-serving councillor"): the register's roles make them identifiable.
_ROLE_SINGLED = re.compile(
    r"\b(?:a certain|one particular|that particular) (?:[a-z\-]+ ){1,2}(?:officer|clerk|"
    r"councillor|cllr|caretaker|chair|chairman|chairwoman|employee|member of staff)\b|"
    # round 14: the office itself ("a certain vice-chair", "a certain chairman")
    r"\b(?:a certain|one particular|that particular) (?:vice[- ])?chair(?:man|woman)?\b|"
    # round 14: "one of our lot" described so as to be picked out ("can't say who, but let's just
    # say he's got a short fuse and lives in Treeton South"); a bare "one of our lot" is not
    r"\bone of (?:our lot|us lot|our councillors|our members|our own)\b(?=[^\n]{0,120}?"
    r"\b(?:he|she)(?:'s| is| has| lives| was)\b)"
)


_SOMEONE = re.compile(r"\ba certain (?:someone|somebody|person|individual)\b")


def _singled_by_role(c: Checking) -> tuple[int, int, str] | None:
    light = c.text.light.text
    if "certain" not in light and "particular" not in light and "one of" not in light:
        return None
    m = _ROLE_SINGLED.search(light)
    if m is None and c.has("confidential_markers"):
        m = _SOMEONE.search(light)  # closed business is about the council's own people
    if m is None:
        return None
    return c.light_hit(m)


# Round 11: a colleague named in the post answered and spoken of in the reply by a pronoun ("Anyone
# know why Cllr X wasn't there?" answered "She's hardly ever there"; "Where's Dean?" answered
# "He's been signed off"): the reply comments on that colleague as surely as by name. Only a
# reply that opens on the pronoun, with one colleague named in the post answered; not when the
# reply gives contact details (naming the colleague as the contact).
_PRONOUN_OPENING = re.compile(
    r"^\W*(?:(?:well|aye|yes|yeah|yep|no|nope|ha|haha|lol|honestly|tbh|because|cos|probably|"
    r"maybe|oh|to be fair)\W+)*(he|she)\b(?!\w)",
    re.IGNORECASE,
)


def pronoun_for_replied_colleague(c: Checking) -> tuple[int, int, str, str] | None:
    """(start, end, pronoun, person id): a reply opening on "he"/"she" for the one colleague
    named in the post it answers (not the author)."""
    if c.reply is None:
        return None
    m = _PRONOUN_OPENING.match(c.post.text)
    if m is None:
        return None
    if any(s.kind in ("phone", "email") for s in c.personal_data):
        return None
    ids = {
        pid
        for mention in c.people.find(c.reply, [])
        for pid in mention.person_ids
        if pid != c.post.author and (p := c.ctx.person(pid)) is not None and p.is_colleague
    }
    if len(ids) != 1:
        return None
    return m.start(1), m.end(1), m.group(1), next(iter(ids))
