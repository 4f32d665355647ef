"""Normalisation with a map back to original offsets.

Rules match against a normalised view of the text so that "Сllr" (Cyrillic С), "C\u200bllr"
(zero-width space), "i d i o t" (spaced out) and "cl0wn" (leetspeak) are seen for what they are, and
every match maps back to the exact characters of the original text.

Two views are built:

* ``light``: NFKC, accents stripped, confusable letters folded to Latin, invisible characters
  removed, curly quotes straightened, lower-cased. Use it for names, numbers, links and addresses.
* ``full``: ``light`` plus spaced-out letters joined and leetspeak digits read as letters. Use it
  for lexicons (insults, threats, profanity).

Both keep ``offsets``: ``offsets[i]`` is the original index of normalised character ``i``.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Letters from other scripts that look like Latin letters (a subset of Unicode's confusables list:
# the Cyrillic and Greek letters that are drawn the same as Latin ones in common fonts).
CONFUSABLES = {
    "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "Ј": "J", "К": "K", "М": "M",
    "О": "O", "Р": "P", "Ѕ": "S", "Т": "T", "Х": "X", "Ү": "Y", "Ԁ": "D", "Ԛ": "Q", "Ԝ": "W",
    "а": "a", "с": "c", "е": "e", "һ": "h", "і": "i", "ј": "j", "ӏ": "l", "о": "o", "р": "p",
    "ѕ": "s", "ԁ": "d", "х": "x", "у": "y", "ԛ": "q", "ԝ": "w", "ɡ": "g",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ι": "i", "κ": "k", "ν": "v",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x",
    "‘": "'", "’": "'", "‛": "'", "′": "'", "`": "'", "“": '"', "”": '"', "„": '"',
    "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-", "\u00a0": " ",
}  # fmt: skip

LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
_LEET_TOKEN = re.compile(r"[A-Za-z0-9@$!]+")
_NON_LEET_DIGIT = re.compile(r"[2689]")
_NUMBER_WITH_UNIT = re.compile(r"\d+[A-Za-z]{1,4}")
# Three or more single letters separated by single spaces, dots or hyphens: "i d i o t", "g.i.t".
_SPACED = re.compile(r"(?<![^\W_])(?:[^\W_][ .\-]){2,}[^\W_](?![^\W_])")


def _invisible(ch: str) -> bool:
    category = unicodedata.category(ch)
    return category in ("Cf", "Mn", "Me") or ch in "\u180e\u3164\u115f\u1160\uffa0"


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    """One original character to zero or more normalised characters (case kept)."""
    if ch in CONFUSABLES:
        return CONFUSABLES[ch]
    if _invisible(ch):
        return ""
    if ch.isascii():
        return ch
    out = []
    for part in unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", ch)):
        if _invisible(part):
            continue
        out.append(CONFUSABLES.get(part, part))
    return "".join(out)


@dataclass(frozen=True)
class View:
    """A normalised string and, for each of its characters, the index of its original character."""

    text: str
    offsets: tuple[int, ...]
    original_length: int

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised span [start, end) to the original text."""
        if not self.offsets or start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else self.original_length
            return pos, pos
        start = max(0, min(start, len(self.offsets) - 1))
        end = max(start + 1, min(end, len(self.offsets)))
        return self.offsets[start], self.offsets[end - 1] + 1

    def index_of(self, original: int) -> int:
        """The first normalised index whose character comes at or after ``original`` in the
        original text: the other way from ``span``."""
        return bisect.bisect_left(self.offsets, original)


@dataclass(frozen=True)
class Normalised:
    original: str
    cased: View  # light view with case kept (for proper names)
    light: View
    full: View


# The ASCII characters that folding changes (the backtick): any other ASCII text stays as it is.
_ASCII_FOLDED = frozenset(ch for ch in map(chr, range(128)) if _fold_char(ch) != ch)


def _fold(text: str) -> tuple[str, list[int]]:
    if text.isascii() and _ASCII_FOLDED.isdisjoint(text):
        return text, list(range(len(text)))  # most posts: one character for one, unchanged
    chars: list[str] = []
    offsets: list[int] = []
    for index, ch in enumerate(text):
        for out in _fold_char(ch):
            chars.append(out)
            offsets.append(index)
    return "".join(chars), offsets


def _lower_same_length(text: str) -> str:
    if text.isascii():
        return text.lower()  # every ASCII letter lower-cases to one letter
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)


def _join_spaced(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    keep = [True] * len(text)
    for match in _SPACED.finditer(text):
        if sum(ch.isalpha() for ch in match.group(0)) < 2:
            continue  # "1 2 3" or "4 May" stays as it is; "i d i 0 t" is joined
        for i in range(match.start() + 1, match.end(), 2):
            keep[i] = False
    if all(keep):
        return text, offsets
    return (
        "".join(ch for ch, k in zip(text, keep, strict=True) if k),
        [o for o, k in zip(offsets, keep, strict=True) if k],
    )


def _unleet(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        if not any(ch in LEET for ch in token):
            return token  # most words: nothing to read as a letter (cheapest test first)
        letters = sum(ch.isalpha() for ch in token)
        if letters < 2 or _NON_LEET_DIGIT.search(token):
            return token
        if _NUMBER_WITH_UNIT.fullmatch(token):
            return token  # a number with a unit, e.g. "10am", "4th", "5qr" stays as it is
        out = []
        for i, ch in enumerate(token):
            inner = 0 < i < len(token) - 1 and token[i - 1].isalnum() and token[i + 1].isalnum()
            # "@handle", "idiot!", "$5" keep their symbols; only symbols inside a word are letters
            out.append(LEET[ch] if ch in LEET and (ch.isdigit() or inner) else ch)
        return "".join(out)

    return _LEET_TOKEN.sub(replace, text)


def normalise(text: str) -> Normalised:
    """Normalise ``text`` into its light and full views, each with a map to original offsets."""
    folded, offsets = _fold(text)
    n = len(text)
    cased = View(folded, tuple(offsets), n)
    light = View(_lower_same_length(folded), cased.offsets, n)
    joined, joined_offsets = _join_spaced(light.text, list(offsets))
    full = View(_unleet(joined), tuple(joined_offsets), n)
    return Normalised(text, cased, light, full)
