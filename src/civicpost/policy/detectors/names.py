"""People: find the council's people (names, aliases, surnames, handles) in a text.

Names and aliases match with their capitals ("Dean" the caretaker, not "dean" the word), or in
capitals ("VOTE WRAGG"). Aliases that begin with "the" ("the Clerk") match in any case.
Handles match in any case, with or without "@". Matches inside email addresses and links
are ignored, so ``cllr.gill@...`` is not a mention of anyone.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from ..context import Context, Person
from ..text import Normalised


@dataclass(frozen=True)
class Mention:
    person_ids: tuple[str, ...]
    start: int
    end: int
    term: str


def _terms(person: Person) -> list[str]:
    terms = [person.name, *person.aliases]
    if person.surname and len(person.surname) > 2:
        terms.append(person.surname)
    if not person.roles and person.surname and len(person.surname) > 3:
        # a private family by its surname ("the Pashleys at number 14"): names them (clause 6.7)
        terms.append(person.surname + "s")
    return [t for t in terms if t and len(t) > 1]


def _handle_terms(person: Person) -> list[str]:
    out = []
    for handle in person.handles.values():
        bare = handle.lstrip("@").lower()
        if len(bare) >= 4:
            out.append(bare)
    return out


class PeopleIndex:
    """A compiled index of every person's names and handles in a context."""

    def __init__(self, context: Context) -> None:
        self.context = context
        cased: dict[str, set[str]] = defaultdict(set)
        folded: dict[str, set[str]] = defaultdict(set)
        handles: dict[str, set[str]] = defaultdict(set)
        for person in context.people:
            for term in _terms(person):
                if term.lower().startswith("the "):
                    folded[term.lower()].add(person.id)
                else:
                    cased[term].add(person.id)
                    cased[term.upper()].add(person.id)
            for handle in _handle_terms(person):
                handles[handle].add(person.id)
        self._cased = dict(cased)
        self._folded = dict(folded)
        self._handles = dict(handles)

    @staticmethod
    def _compile(terms: dict[str, set[str]], flags: int = 0) -> re.Pattern[str] | None:
        if not terms:
            return None
        ordered = sorted(terms, key=len, reverse=True)
        body = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in ordered)
        return re.compile(rf"(?<![\w@.])(?:{body})(?![\w]|\.\w|@)", flags)

    @cached_property
    def _patterns(self) -> tuple[re.Pattern[str] | None, ...]:
        handle_body = "|".join(re.escape(h) for h in sorted(self._handles, key=len, reverse=True))
        handle_re = (
            re.compile(rf"(?<![\w.])@?(?:{handle_body})(?![\w]|\.\w)", re.IGNORECASE)
            if handle_body
            else None
        )
        return (
            self._compile(self._cased),
            self._compile(self._folded, re.IGNORECASE),
            handle_re,
        )

    def find(self, norm: Normalised, exclude: list[tuple[int, int]] = ()) -> list[Mention]:  # type: ignore[assignment]
        view = norm.cased
        found: list[Mention] = []
        cased_re, folded_re, handle_re = self._patterns
        for pattern, table, is_handle in (
            (cased_re, self._cased, False),
            (folded_re, self._folded, False),
            (handle_re, self._handles, True),
        ):
            if pattern is None:
                continue
            for m in pattern.finditer(view.text):
                term = m.group(0)
                key = term.lstrip("@").lower() if is_handle else term
                if not is_handle and table is self._folded:
                    key = re.sub(r"\s+", " ", term.lower())
                elif not is_handle:
                    key = re.sub(r"\s+", " ", term)
                ids = table.get(key)
                if not ids:
                    continue
                start, end = view.span(m.start(), m.end())
                if any(start < e and s < end for s, e in exclude):
                    continue
                found.append(Mention(tuple(sorted(ids)), start, end, term))
        return _non_overlapping(found)

    def match_name(self, name: str) -> set[str]:
        """Person ids whose name or alias is exactly ``name`` (for attachment people lists)."""
        ids = set(self._cased.get(name, ()))
        ids |= self._folded.get(name.lower(), set())
        return ids


def _non_overlapping(mentions: list[Mention]) -> list[Mention]:
    mentions.sort(key=lambda m: (m.start, -(m.end - m.start)))
    out: list[Mention] = []
    for m in mentions:
        if out and m.start < out[-1].end:
            continue
        out.append(m)
    return out
