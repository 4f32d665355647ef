"""Lexicons: lists of words and phrases from the policy pack, compiled to one regular expression.

Entry syntax (in the pack's ``lexicons:``):

* ``plain words`` match on the *full* normalised view, which is lower-cased (so case does not
  matter), on word boundaries; any run of spaces or hyphens matches a space; each vowel may be
  masked with ``*`` ("b*llocks").
* ``re:PATTERN`` is a raw regular expression (for the rare entry that needs one), written in lower
  case: patterns are compiled without IGNORECASE, as the views they run on are lower-cased.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

_VOWELS = set("aeiou")
WORD_START = r"(?<![\w])"


def _plain(entry: str) -> str:
    out = []
    for ch in entry.lower().strip():
        if ch in " -":
            if out and out[-1] == r"[\s\-]+":
                continue
            out.append(r"[\s\-]+")
        elif ch in _VOWELS:
            out.append(f"[{ch}*]")
        elif ch == "'":
            out.append("'?")
        else:
            out.append(re.escape(ch))
    body = "".join(out)
    head = WORD_START if entry[:1].isalnum() else ""
    tail = r"(?![\w])" if entry[-1:].isalnum() else ""
    return head + body + tail


def entry_pattern(entry: str) -> str:
    return entry[3:] if entry.startswith("re:") else _plain(entry)


@lru_cache(maxsize=512)
def compile_lexicon(entries: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern matching any entry; longer entries are tried first."""
    if not entries:
        return re.compile(r"(?!x)x")
    ordered = [_boundary_first(e) for e in sorted(set(entries), key=len, reverse=True)]
    # Plain entries that start with a letter or digit share one "not inside a word" check in
    # front of their alternation, so the engine gives up at once in the middle of a word
    # instead of trying every entry there (a third of the checker's time before this).
    words = [e for e in ordered if not e.startswith("re:") and e[:1].isalnum()]
    # Regular expressions that begin at a word boundary before a letter share that check too.
    bounded = [e for e in ordered if _word_start_regex(e) or _looks_back_at_word_start(e)]
    grouped = set(words) | set(bounded)
    others = [e for e in ordered if e not in grouped]
    parts = []
    inner = _by_first_letter([_plain(e).removeprefix(WORD_START) for e in words])
    if bounded:
        bodies = [e[len("re:") + 2 :] for e in bounded]
        inner.append("(?=\\w)(?:" + "|".join(_by_first_char(bodies)) + ")")
    if inner:
        parts.append(f"{WORD_START}(?:{'|'.join(inner)})")
    parts += [f"(?:{entry_pattern(e)})" for e in others]
    # No IGNORECASE: lexicons run on the normalised views, which are lower-cased already, and
    # Unicode case folding at every position made the scan about twice as slow.
    return re.compile("|".join(parts))


def compile_word_starts(pattern: str) -> re.Pattern[str]:
    r"""``re.compile(pattern)`` for a long alternation of phrases, with each run of its top-level
    alternatives that start at a word (``\bcouncil or no ...``, ``(?<!\bi )\bcan't find ...``)
    grouped by first character behind one word-start check, as a lexicon's ``re:\b`` entries
    are (``compile_lexicon``): the engine no longer tries every alternative at every character.

    Same matches: ``\b`` before a word character is ``(?<!\w)``, alternatives with different
    first characters never match at one place, the order within a character is kept, and each
    run keeps its place among the other alternatives. A pattern with capturing groups is compiled
    as it is (the split makes groups non-capturing)."""
    plain = re.compile(pattern)
    alternatives = _alternatives(pattern)
    if plain.groups or alternatives is None:
        return plain
    parts: list[str] = []
    run: list[tuple[str, str]] = []  # (alternative, what follows its word start)
    for alternative in [*alternatives, None]:
        body = _word_start_body(alternative) if alternative is not None else None
        if body is not None:
            run.append((alternative, body))
            continue
        if len(run) > 1:
            bodies = [b for _, b in run]
            parts.append(f"{WORD_START}(?:{'|'.join(_by_first_char(bodies))})")
        elif run:
            parts.append(run[0][0])
        run = []
        if alternative is not None:
            parts.append(alternative)
    return re.compile("|".join(parts))


_BEHINDS_THEN_BOUNDARY = re.compile(r"((?:\(\?<[!=](?:\\b)?[^()\\]*\))*)\\b(.*)", re.S)


def _word_start_body(alternative: str) -> str | None:
    r"""What follows the ``\b`` of an alternative that starts at a word (look-behinds before it
    kept, after it), or None: ``\bsay it`` gives ``say it``, ``(?<!\bi )\bcan't`` gives
    ``(?<!\bi )can't``; every first character must be a letter or digit."""
    m = _BEHINDS_THEN_BOUNDARY.fullmatch(alternative)
    if m is None:
        return None
    body = m[1] + m[2]
    heads = _first_chars(body)
    if heads is None or not all(first.isalnum() for first, _ in heads):
        return None
    return body


_MASKABLE = re.compile(r"\[([aeiou])\*\]")


def _by_first_letter(bodies: list[str]) -> list[str]:
    """The plain entries' patterns grouped by their first letter ("c(?:lown|ircus)"), so the
    engine tries only the entries that can start where it stands, not all of them in turn.

    Same matches: entries with different first letters never match at one place, and within a
    letter the order is kept. A masked vowel ("[i*]") can also start with "*", so every
    vowel entry, in order, is in the "*" group as well."""
    groups: dict[str, list[str]] = {}
    for body in bodies:
        vowel = _MASKABLE.match(body)
        if vowel:
            groups.setdefault(vowel.group(1), []).append(body[vowel.end() :])
            groups.setdefault(re.escape("*"), []).append(body[vowel.end() :])
        elif body[:1].isalnum():
            groups.setdefault(body[0], []).append(body[1:])
        else:  # not a plain first letter (cannot happen for a plain entry): keep the list as is
            return [f"(?:{b})" for b in bodies]
    return [f"{first}(?:{'|'.join(f'(?:{r})' for r in rests)})" for first, rests in groups.items()]


def _by_first_char(bodies: list[str]) -> list[str]:
    """The ``\\b`` regular expressions grouped by their first character, as the plain entries
    (``_by_first_letter``): the engine skips a group whose first character is not the one where
    it stands without entering it, instead of entering every expression at every word start
    (most of a lexicon's scan when it has many). Same matches: within a character the order is
    kept, and expressions starting with different characters never match at one place.
    When one body cannot be split, the list is kept as it was."""
    groups: dict[str, list[str]] = {}
    for body in bodies:
        heads = _first_chars(body)
        if heads is None:
            return [f"(?:{b})" for b in bodies]
        for first, rest in heads:
            groups.setdefault(first, []).append(rest)
    return [f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items()]


_LITERAL_HEAD = re.compile(r"[a-z0-9' ]")


def _first_chars(body: str) -> list[tuple[str, str]] | None:
    """``body`` as (first character, the pattern after it) pairs, in order, or None when it
    cannot be split so. Groups become non-capturing, so a body with back-references is not
    split."""
    if "\\" in body and re.search(r"\\[1-9]|\(\?P", body):
        return None
    whole = _alternatives(body)
    if whole is None or len(whole) != 1:
        return None  # an alternation at the top level: the body is not one sequence
    return _heads(body, [64])


# a look-behind for plain text, which may start at a word boundary ("(?<!\\bi will )")
_LOOKBEHIND = re.compile(r"\(\?<([!=])((?:\\b)?[a-z0-9' ]+)\)")
_REPEAT = ("?", "*", "+", "{")


def _heads(seq: str, budget: list[int]) -> list[tuple[str, str]] | None:
    """The pairs of ``seq`` (no "|" at its top level), trying in the engine's order:

    * a plain first character: itself and the rest ("bring" gives ("b", "(?:ring)"));
    * a group, optional or not: its alternatives by first character, each character's followed
      by the rest ("(don't|do not|never) x" gives ("d", "(?:on't|o not) x"), ("n", "(?:ever) x")),
      then (if optional, as "?" is greedy) the rest alone ("(the )?council" gives ("t", ...),
      ("c", ...));
    * a look-behind for plain text: the pairs of what follows, the look-behind moved after the
      first character with that character added ("(?<!the )stuff" gives ("s", "(?<!the s)...")).
    """
    budget[0] -= 1
    if budget[0] < 0 or not seq:
        return None
    if _literal_head(seq):
        return [(seq[0], f"(?:{seq[1:]})")]
    behind = _LOOKBEHIND.match(seq)
    if behind:
        pairs = _heads(seq[behind.end() :], budget)
        sign, text = behind.groups()
        return pairs and [(c, f"(?<{sign}{text}{re.escape(c)}){rest}") for c, rest in pairs]
    if not seq.startswith("(") or (seq.startswith("(?") and not seq.startswith("(?:")):
        return None
    end = _group_end(seq)
    if end is None:
        return None
    inner = seq[3:end] if seq.startswith("(?:") else seq[1:end]
    alts, rest = _alternatives(inner), seq[end + 1 :]
    optional = rest[:1] == "?" and rest[1:2] not in _REPEAT
    if optional:
        rest = rest[1:]
    elif rest[:1] in _REPEAT:
        return None
    # the alternatives starting with one character share the rest: "d(?:on't|o not) ..."
    tails: dict[str, list[str]] = {}
    for alt in alts or ():
        pairs = _heads(alt, budget)
        if pairs is None:
            return None
        for first, tail in pairs:
            tails.setdefault(first, []).append(tail)
    out = [(first, f"(?:{'|'.join(ts)}){rest}") for first, ts in tails.items()]
    if optional:
        pairs = _heads(rest, budget)
        if pairs is None:
            return None
        out += pairs
    return out or None


def _literal_head(pattern: str) -> bool:
    """The pattern starts with a plain character that is not made optional or repeated."""
    return bool(_LITERAL_HEAD.match(pattern)) and pattern[1:2] not in ("?", "*", "+", "{")


def _scan(pattern: str) -> list[tuple[int, str, int]]:
    """(index, character, depth before it) of the pattern's unescaped characters outside
    character classes."""
    out, depth, i, in_class = [], 0, 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]" or pattern[i + 1 : i + 3] == "^]":
                return []  # a "]" first in a class: not worth handling
        else:
            out.append((i, ch, depth))
            depth += (ch == "(") - (ch == ")")
        i += 1
    return out


def _alternatives(pattern: str) -> list[str] | None:
    """The pattern split at its top-level "|" (None if its parentheses do not balance)."""
    cuts, start = [], 0
    marks = _scan(pattern)
    for i, ch, depth in marks:
        if ch == "|" and depth == 0:
            cuts.append(pattern[start:i])
            start = i + 1
    depth = sum((ch == "(") - (ch == ")") for _, ch, _ in marks)
    return None if depth or any(d < 0 for _, _, d in marks) else [*cuts, pattern[start:]]


def _group_end(pattern: str) -> int | None:
    """The index of the ")" closing the group that opens at index 0."""
    for i, ch, depth in _scan(pattern):
        if ch == ")" and depth == 1:
            return i
    return None


_BEHIND_THEN_BOUNDARY = re.compile(r"re:((?:\(\?<[!=](?:\\b)?[^()\\]*\))+)\\b(.*)", re.S)


def _boundary_first(entry: str) -> str:
    r"""``re:(?<!the )\bstuff`` as ``re:\b(?<!the )stuff``: the same assertions at the same place,
    but the cheap one first, so the look-behinds are not tried at every character. A look-behind
    may itself start at a word boundary (``(?<!\bi will )``)."""
    m = _BEHIND_THEN_BOUNDARY.fullmatch(entry)
    return f"re:\\b{m[1]}{m[2]}" if m else entry


def _looks_back_at_word_start(entry: str) -> bool:
    r"""``re:\b(?<!the )stuff``: look-behinds at a word boundary, then a word character (every
    first character the split finds is one), so ``\b`` is a word's start there as well."""
    if not entry.startswith("re:\\b(?<"):
        return False
    heads = _first_chars(entry[len("re:") + 2 :])
    return heads is not None and all(c.isalnum() for c, _ in heads)


def _word_start_regex(entry: str) -> bool:
    r"""A ``re:`` entry starting with ``\b``: at a word's start it is the same as ``(?<!\w)(?=\w)``
    (a pattern's first character is a word character whenever ``\b`` holds before it and the
    text before is not a word character)."""
    return entry.startswith("re:\\b") and not entry.startswith("re:\\b(?")


def validate_entries(entries: Iterable[str]) -> list[str]:
    """Return error messages for entries that do not compile."""
    errors = []
    for entry in entries:
        if not entry.startswith("re:"):
            # A plain entry's pattern is built of escaped characters, "[a*]", "'?" and
            # "[\s\-]+" only (``_plain``): it always compiles, so it is not compiled here, which
            # took most of the time of loading a pack (tests/policy/test_loading.py).
            continue
        try:
            re.compile(entry_pattern(entry))
        except re.error as exc:
            errors.append(f"{entry!r}: {exc}")
            continue
        if entry.startswith("re:") and _UPPER_LITERAL.search(entry[3:]):
            errors.append(f"{entry!r}: write patterns in lower case (the text is lower-cased)")
    return errors


# An upper-case letter that is not an escape such as \b, \w or \S (those stay as they are).
_UPPER_LITERAL = re.compile(r"(?<!\\)[A-Z]")
