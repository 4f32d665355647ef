"""Signals shared by several rules: who a remark is aimed at, and group hostility.

Kept in one place so that, for example, the insult that makes a personal attack (6.9) is judged
the same way when escalation (G.2) asks about it.
"""

from __future__ import annotations

import re

from .base import Checking

SECOND_PERSON = re.compile(r"\b(?:you|your|you're|youre|you've|you'd|yours|yourself|ya|u)\b")
HANDLE = re.compile(r"(?<![\w.])@\w{2,}")


def _light_range(c: Checking, start: int, end: int) -> str:
    """The light view of original span [start, end)."""
    view = c.text.light
    out = [ch for ch, o in zip(view.text, view.offsets, strict=True) if start <= o < end]
    return "".join(out)


def person_target_in(c: Checking, start: int, end: int) -> bool:
    """Is a person (you, a named person, a handle, a group of people) addressed in [start, end)?"""
    chunk = _light_range(c, start, end)
    if SECOND_PERSON.search(chunk) or HANDLE.search(c.post.text[start:end]):
        return True
    if any(start <= m.start < end and c.post.author not in m.person_ids for m in c.mentions):
        return True
    return any(start <= s < end for s, _, _ in c.find("people_nouns"))


def aimed_at_people(c: Checking, offset: int) -> bool:
    """Is the remark at ``offset`` aimed at people rather than at a policy or an institution?

    Criticism of a government, a council or a party's record is protected political speech; an
    insult aimed at a person or at a group of people is not.
    """
    s, e = c.sentence_of(offset)
    if person_target_in(c, s, e):
        return True
    if any(s <= h[0] < e for h in c.find("institutions")):
        return False
    return person_target_in(c, 0, len(c.post.text)) or c.post.in_reply_to is not None


def insults(c: Checking) -> list[tuple[int, int, str]]:
    """Insults and dehumanising words aimed at people."""
    return [h for h in c.find("insults") if aimed_at_people(c, h[0])]


def accusations(c: Checking) -> list[tuple[int, int, str]]:
    """Accusations of crime or dishonesty aimed at someone identifiable."""
    out = []
    for hit in c.find("accusations"):
        s, e = c.sentence_of(hit[0])
        named = re.search(r"\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b", c.post.text[s:e])
        if aimed_at_people(c, hit[0]) or named or c.mentions:
            out.append(hit)
    return out


def group_hostility(c: Checking) -> list[tuple[int, int, str]]:
    """Othering remarks about a faith or community: a faith word and a hostile cue together."""
    faith = list(c.find("religion_terms"))
    if not faith:
        return []
    cues = list(c.find("othering"))
    return cues[:1] if cues else []
