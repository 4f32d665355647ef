"""Normalisation with a map back to original offsets.

Rules match against a normalised view of the text so that "Сllr" (Cyrillic С), "C\u200bllr"
(zero-width space), "i d i o t" (spaced out) and "cl0wn" (leetspeak) are seen for what they are, and
every match maps back to the exact characters of the original text.

Three views are built:

* ``cased``: NFKC, accents stripped, confusable letters folded to Latin, invisible characters
  removed, curly quotes straightened; case and spelling kept. Use it for proper names.
* ``light``: ``cased`` lower-cased, with text-speak and dialect spellings read as words: a whole
  token "u" as "you", "ur" as "your" (or "you're" before "a", "so", "not" ...), "dont" as "don't",
  "moanin'" as "moaning" (see ``_speak_edits``). Use it for numbers, links, addresses and phrase
  structures.
* ``full``: ``light`` plus spaced-out letters joined and leetspeak digits read as letters, and
  "nowt" read as "nothing" (see ``_FULL_ONLY``). Use it for lexicons (insults, threats, profanity).

All three keep ``offsets``: ``offsets[i]`` is the original index of normalised character ``i``
(an expanded token's characters all map inside the original token). ``cased`` and ``light`` share
their offsets only when no token was expanded: never index one with the other's positions.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Letters from other scripts that look like Latin letters (a subset of Unicode's confusables list:
# the Cyrillic and Greek letters that are drawn the same as Latin ones in common fonts, with the
# Greek lunate sigma "Ϲ" and, below, small capitals, round 19).
CONFUSABLES = {
    "А": "A", "В": "B", "С": "C", "Е": "E", "Н": "H", "І": "I", "Ј": "J", "К": "K", "М": "M",
    "О": "O", "Р": "P", "Ѕ": "S", "Т": "T", "Х": "X", "Ү": "Y", "Ԁ": "D", "Ԛ": "Q", "Ԝ": "W",
    "а": "a", "с": "c", "е": "e", "һ": "h", "і": "i", "ј": "j", "ӏ": "l", "о": "o", "р": "p",
    "ѕ": "s", "ԁ": "d", "х": "x", "у": "y", "ԛ": "q", "ԝ": "w", "ɡ": "g",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X", "ο": "o", "ι": "i", "κ": "k", "ν": "v",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "Ϲ": "C", "ϲ": "c",
    # small capitals from "fancy text" generators (NFKC leaves them alone), Latin alpha and
    # dotless i, and Armenian letters drawn like Latin ones
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h", "ɪ": "i",
    "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ʀ": "r", "ꜱ": "s",
    "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z", "ɑ": "a", "ı": "i", "ȷ": "j",
    "օ": "o", "ս": "u", "հ": "h", "ո": "n",
    "‘": "'", "’": "'", "‛": "'", "′": "'", "`": "'", "“": '"', "”": '"', "„": '"',
    "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-", "\u00a0": " ",
}  # fmt: skip

LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
# A whole token of [A-Za-z0-9@$!] holding at least one LEET character: the only tokens _unleet
# may change, found by the regex alone (most tokens hold none: no call back to Python for them).
_LEET_TOKEN = re.compile(r"(?<![A-Za-z0-9@$!])[A-Za-z0-9@$!]*[013457@$!][A-Za-z0-9@$!]*")
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
    changed = {ch: out for ch in set(text) if (out := _fold_char(ch)) != ch}
    if all(len(out) == 1 for out in changed.values()):
        # every character folds to one character (a curly quote, an accent): one for one still,
        # so str.translate does it without a loop over the characters
        return text.translate(str.maketrans(changed)), list(range(len(text)))
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
    lowered = text.lower()
    # No character lower-cases to nothing, so the same length means one for one; only a final
    # capital sigma depends on its neighbours in str.lower, not in ch.lower.
    if len(lowered) == len(text) and "\u03a3" not in text:
        return lowered
    return "".join(low if len(low := ch.lower()) == 1 else ch for ch in text)


def _join_spaced(text: str, offsets: list[int]) -> tuple[str, list[int]]:
    keep: list[bool] | None = None  # made at the first run to join (most posts have none)
    for match in _SPACED.finditer(text):
        if sum(ch.isalpha() for ch in match.group(0)) < 2:
            continue  # "1 2 3" or "4 May" stays as it is; "i d i 0 t" is joined
        if keep is None:
            keep = [True] * len(text)
        for i in range(match.start() + 1, match.end(), 2):
            keep[i] = False
    if keep is None:
        return text, offsets
    return (
        "".join(ch for ch, k in zip(text, keep, strict=True) if k),
        [o for o, k in zip(offsets, keep, strict=True) if k],
    )


def _unleet(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        letters = sum(ch.isalpha() for ch in token)
        if letters < 2 or _NON_LEET_DIGIT.search(token):
            return token
        if _NUMBER_WITH_UNIT.fullmatch(token.rstrip("!")):
            return token  # a number with a unit, e.g. "10am", "4th", "5qr", "3rd!!" stays
        out = []
        for i, ch in enumerate(token):
            inner = 0 < i < len(token) - 1 and token[i - 1].isalnum() and token[i + 1].isalnum()
            # "@handle", "idiot!", "$5" keep their symbols; only symbols inside a word are letters
            out.append(LEET[ch] if ch in LEET and (ch.isdigit() or inner) else ch)
        return "".join(out)

    return _LEET_TOKEN.sub(replace, text)


# ---- text-speak and dialect spellings ---------------------------------------------------------
#
# Whole tokens only, read on the lower-cased view. Words and common names are never in the table
# ("its", "were", "ill", "id", "lets", "cant", "wont", "shell", "well", "hell"): only spellings
# that are not English words. Contractions get their apostrophe back, which the rules and the
# lexicons already read ("don'?t", "you're"). No reading is shorter than its token, so every
# character written keeps at least one normalised character.
SPEAK = {
    "u": "you", "ya": "you", "ur": "your", "yer": "your",
    "r": "are", "n": "and", "wi": "with", "wiv": "with", "nowt": "nothing", "owt": "anything",
    "summat": "something", "cos": "because", "coz": "because", "cuz": "because",
    "ppl": "people", "pls": "please", "plz": "please", "tho": "though", "thru": "through",
    "wot": "what", "shud": "should", "wud": "would", "o'": "of",
    # g-dropped words that are not words or names even without the apostrophe ("Colin", "Robin",
    # "Martin", "Makin" are names, so no general rule: see _G_DROPPED for "moanin'")
    "nothin": "nothing", "somethin": "something", "anythin": "anything",
    "everythin": "everything", "goin": "going", "doin": "doing", "sayin": "saying",
    "gettin": "getting", "puttin": "putting", "standin": "standing", "moanin": "moaning",
    "talkin": "talking", "lookin": "looking", "comin": "coming", "tellin": "telling",
    "takin": "taking", "havin": "having", "tryin": "trying", "kiddin": "kidding",
    "jokin": "joking", "lyin": "lying", "whingin": "whinging", "mornin": "morning",
    "evenin": "evening", "bloomin": "blooming", "nuffin": "nothing", "nuffink": "nothing",
    "dont": "don't", "doesnt": "doesn't", "didnt": "didn't", "isnt": "isn't", "arent": "aren't",
    "wasnt": "wasn't", "werent": "weren't", "wouldnt": "wouldn't", "couldnt": "couldn't",
    "shouldnt": "shouldn't", "havent": "haven't", "hasnt": "hasn't", "hadnt": "hadn't",
    "mustnt": "mustn't", "aint": "ain't", "youre": "you're", "theyre": "they're",
    "thats": "that's", "whats": "what's", "ive": "i've", "im": "i'm", "hes": "he's",
    "shes": "she's", "youve": "you've", "theyve": "they've", "youll": "you'll",
    "theyll": "they'll", "youd": "you'd", "theyd": "they'd", "wouldve": "would've",
    "couldve": "could've", "shouldve": "should've",
}  # fmt: skip


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


# "ur"/"yer" is "you're" before a word that cannot follow "your" ("ur a waste of space") or an
# intensifier that hardly ever does ("ur absolute joke").
_YOU_ARE_NEXT = _wordset(
    "a an the so such not being just very too gonna going always never clearly obviously really "
    "still nothing no wrong joking kidding having getting like in on out off all only more as "
    "actually literally probably definitely total utter complete absolute proper right massive "
    "bloody pure"
)
# Read in ``full`` only: the phrase structures on ``light`` read "nowt" as written, in its sense
# in context ("not saying nowt" is "not saying anything"; "you've done nowt" is a retort).
_FULL_ONLY = frozenset({"nowt"})
# "ya" is "your" before something owned ("shut ya mouth"), "you" otherwise ("bless ya").
_YOUR_NEXT = _wordset(
    "mouth face gob trap head neck back step house home mum mam mom dad nan kids family wife "
    "husband missus mates pals own life arse nose teeth legs hook box rock place car job money "
    "bags hands eyes ears name vote business opinion opinions views self way phone dog"
)
# Single letters used as labels ("plan b", "the u turn", "grade u"): not text-speak after these.
_LABEL_BEFORE = _wordset(
    "the a an plan grade type vitamin route block unit class level section part row team gate "
    "exit junction zone bay channel side number letter"
)
# Acronyms that are also text-speak in lower case: "the WI" is the Women's Institute.
_ACRONYMS = frozenset({"wi"})
# Letters a spaced run may hold and still be text-speak ("u r a joke", not "p r a t").
_SPEAK_RUN_LETTERS = frozenset("urnai")
_SPEAK_TOKEN = re.compile(
    r"(?<![\w@#/&+=.\-|])(?<!\w')(?:(?:"
    + "|".join(re.escape(k) for k in sorted(SPEAK, key=len, reverse=True))
    + r")(?![\w@#/&+=]|['.\-]\w)|u(?='(?:d|ll|ve|re)\b))"  # and "u'd have to": "you'd"
)
_SPEAK_WORDS = frozenset(SPEAK)
_LETTERS = re.compile(r"[a-z]+")
# A g-dropped word with its apostrophe: "moanin'", "nothin'" (without it: "Colin", "Robin").
_G_DROPPED = re.compile(r"(?<![\w'@#/])([a-z]{2,}in)'(?![\w'])")
_NOT_G_DROPPED = _wordset(
    "begin within admin cabin robin colin martin kevin gavin justin dustin austin cousin margin "
    "origin basin muffin pumpkin coffin violin latin satin penguin raisin toxin darwin"
)
_URLISH = re.compile(r"\S*(?:://|www\.)\S*")
_WORD = re.compile(r"[a-z0-9']+")
_OPENING_QUOTE = re.compile(r"(?:^|(?<=[\s(\[]))'(?=\w)")


def _word_before(lowered: str, start: int) -> str:
    """The word ending just before ``start`` (across spaces only), or ""."""
    i = start
    while i > 0 and lowered[i - 1] == " ":
        i -= 1
    j = i
    while j > 0 and (lowered[j - 1].isalnum() or lowered[j - 1] == "'"):
        j -= 1
    return lowered[j:i] if i < start else ""


def _word_after(lowered: str, end: int) -> tuple[str, int]:
    """The word starting after spaces from ``end`` and its start, or ("", -1)."""
    i = end
    while i < len(lowered) and lowered[i] == " ":
        i += 1
    if i == end:
        return "", -1
    m = _WORD.match(lowered, i)
    return (m.group(0), i) if m else ("", -1)


def _mid_sentence(folded: str, start: int) -> bool:
    """Is there a word before ``start`` in the same sentence?"""
    i = start - 1
    while i >= 0 and folded[i] in " \t\"'(":
        i -= 1
    return i >= 0 and folded[i] not in ".!?\n:;"


def _speak_runs(lowered: str) -> list[tuple[int, int, bool]]:
    """Spaced-out single letters (what ``_join_spaced`` joins), each with whether it is
    text-speak ("u r a") rather than a word spelt out ("p r a t", "s t u p i d")."""
    runs = []
    for m in _SPACED.finditer(lowered):
        chunk = m.group(0)
        letters = chunk[::2]
        speak = (
            set(chunk[1::2]) == {" "}
            and set(letters) <= _SPEAK_RUN_LETTERS
            and bool(set(letters) & {"u", "r"})
        )
        runs.append((m.start(), m.end(), speak))
    return runs


def _single_letter_ok(lowered: str, folded: str, start: int, runs) -> bool:
    """A one-letter token ("u", "r", "n") read as text-speak? Not inside a word spelt out, not
    a label ("plan B", "grade U"), an initial ("J R Hartley") or next to a number ("Route 66 r")."""
    for s, e, speak in runs:
        if s <= start < e:
            return speak
    before = _word_before(lowered, start)
    after, after_start = _word_after(lowered, start + 1)
    if before in _LABEL_BEFORE:
        return False
    if lowered[start] in "rn" and (before[-1:].isdigit() or after[:1].isdigit()):
        return False
    if folded[start].isupper():
        if lowered[start + 1 : start + 2] == ".":
            return False  # an initial: "J. R. Hartley", "N. Yorkshire"
        # an initial or a label before a name: "R Kelly", "N Yorkshire"; "U R" and "U need" pass
        if after_start >= 0 and folded[after_start].isupper() and len(after) > 1:
            nxt = folded[after_start : after_start + len(after)]
            if not nxt.isupper():
                return False
        if len(before) == 1 and before.isalpha() and folded[start - 2 : start - 1].isupper():
            return before in SPEAK  # "J R": initials; "U R": text-speak
    return True


def _replacement(spelt: str, lowered: str, folded: str, start: int, runs) -> str | None:
    """What the token ``spelt`` at ``start`` reads as, or None to leave it as written."""
    end = start + len(spelt)
    written = folded[start:end]
    if len(spelt) == 1:
        if not _single_letter_ok(lowered, folded, start, runs):
            return None
    elif written.isupper():
        if spelt in _ACRONYMS:
            return None  # "the WI"
    elif written[0].isupper() and _mid_sentence(folded, start):
        return None  # a capitalised word inside a sentence is a name ("Jony Ive")
    if spelt in ("ur", "yer"):
        return "you're" if _word_after(lowered, end)[0] in _YOU_ARE_NEXT else "your"
    if spelt == "ya":
        return "your" if _word_after(lowered, end)[0] in _YOUR_NEXT else "you"
    if spelt == "o'" and _word_after(lowered, end)[1] < 0:
        return None  # "of" only before a word ("waste o' money"), not a closing quote
    return SPEAK[spelt]


def _quote_marks(lowered: str) -> tuple[list[int], list[int]]:
    """Where sentences break (".", "!", "?", a new line) and where single quotes open, each
    found once for the whole text and sorted, for ``_in_quotes`` to bisect."""
    breaks = [i for i, ch in enumerate(lowered) if ch in ".!?\n"]
    return breaks, [m.start() for m in _OPENING_QUOTE.finditer(lowered)]


def _in_quotes(marks: tuple[list[int], list[int]], start: int) -> bool:
    """Is ``start`` inside single quotes opened earlier in its sentence ('let us begin')?
    ``marks`` is ``_quote_marks`` of the text."""
    breaks, quotes = marks
    b = bisect.bisect_left(breaks, start)
    s = breaks[b - 1] + 1 if b else 0
    # a quote opens a word, so the word begins before ``start``: the quote is before start - 1
    q = bisect.bisect_left(quotes, s)
    return q < len(quotes) and quotes[q] < start - 1


def _speak_edits(lowered: str, folded: str) -> list[tuple[int, int, str]]:
    """Text-speak tokens as (start, end, reading), in order and not overlapping; [] when there
    are none (most posts). ``lowered`` and ``folded`` are the same text, lower-cased and as
    written."""
    # cheap test first: a set lookup over the words costs half a scan with _SPEAK_TOKEN
    g_dropped = "in'" in lowered
    if not g_dropped and "o'" not in lowered and _SPEAK_WORDS.isdisjoint(_LETTERS.findall(lowered)):
        return []
    edits: list[tuple[int, int, str]] = []
    runs = None
    urls = None
    next_url = 0  # the first link not wholly before the token: both come in order
    for m in _SPEAK_TOKEN.finditer(lowered):
        if urls is None:
            urls = (
                [(u.start(), u.end()) for u in _URLISH.finditer(lowered)]
                if ("://" in lowered or "www." in lowered)
                else []
            )
        while next_url < len(urls) and urls[next_url][1] <= m.start():
            next_url += 1
        if next_url < len(urls) and urls[next_url][0] <= m.start():
            continue  # inside a link
        if runs is None and m.end() - m.start() == 1:
            runs = _speak_runs(lowered)
        rep = _replacement(m.group(0), lowered, folded, m.start(), runs or ())
        if rep is not None:
            edits.append((m.start(), m.end(), rep))
    if g_dropped:
        marks = None
        for m in _G_DROPPED.finditer(lowered):
            word = m.group(1)
            if word in _NOT_G_DROPPED or len(word) < 4:
                continue
            if marks is None:
                marks = _quote_marks(lowered)
            if _in_quotes(marks, m.start()):
                continue
            edits.append((m.start(), m.end(), word + "g"))
    edits.sort(key=lambda edit: (edit[0], -edit[1]))  # "nothin'" before "nothin"
    kept: list[tuple[int, int, str]] = []
    for edit in edits:
        if not kept or edit[0] >= kept[-1][1]:
            kept.append(edit)  # one inside the edit before it is dropped
    return kept


def _apply(
    lowered: str, offsets: list[int], edits: list[tuple[int, int, str]]
) -> tuple[str, list[int]]:
    """``lowered`` with ``edits`` made, and its offsets. A reading's characters map to the
    token's own characters (shared prefix and suffix one for one, the rest spread over the
    middle), so every span stays inside the token."""
    chars: list[str] = []
    new_offsets: list[int] = []
    pos = 0
    for start, end, rep in edits:
        chars.append(lowered[pos:start])
        new_offsets.extend(offsets[pos:start])
        chars.append(rep)
        new_offsets.extend(_align(lowered[start:end], rep, offsets[start:end]))
        pos = end
    chars.append(lowered[pos:])
    new_offsets.extend(offsets[pos:])
    return "".join(chars), new_offsets


def _align(token: str, rep: str, offsets: list[int]) -> list[int]:
    """Offsets for ``rep`` written in place of ``token`` (whose characters have ``offsets``):
    a shared prefix and suffix map one for one; the replacement's middle is spread evenly over
    the token's middle, or, where nothing is in the middle ("dont" to "don't"), given to the
    character before it. Never decreasing; the first and last characters map to the token's."""
    n, m = len(token), len(rep)
    p = 0
    while p < min(n, m) and token[p] == rep[p]:
        p += 1
    q = 0
    while q < min(n, m) - p and token[n - 1 - q] == rep[m - 1 - q]:
        q += 1
    mid_n, mid_m = n - p - q, m - p - q
    out = list(offsets[:p])
    if mid_m:
        if mid_n == 0:
            out.extend([offsets[p - 1] if p else offsets[p]] * mid_m)
        elif mid_m == 1:
            out.append(offsets[p] if q else offsets[n - 1])
        else:
            out.extend(offsets[p + j * (mid_n - 1) // (mid_m - 1)] for j in range(mid_m))
    out.extend(offsets[n - q :] if q else [])
    if out:  # a shorter reading still spans the whole token
        out[0], out[-1] = offsets[0], offsets[-1]
    return out


def normalise(text: str) -> Normalised:
    """Normalise ``text`` into its light and full views, each with a map to original offsets."""
    folded, offsets = _fold(text)
    n = len(text)
    cased = View(folded, tuple(offsets), n)
    lowered = _lower_same_length(folded)
    # Text-speak is read in ``light`` as well as ``full``: the phrase structures (rules/structures,
    # signals.SECOND_PERSON) run on ``light`` and should see "go back where u came from" as
    # "... where you came from". This is safe because every reader of ``light`` maps its positions
    # through ``light.span``/``light.index_of`` (or slices ``light.text`` with light positions);
    # none indexes ``cased`` or the original text with light positions. ``cased`` is left as
    # written, for names. A few tokens (_FULL_ONLY) are read in ``full`` only.
    edits = _speak_edits(lowered, folded)
    if not edits:  # most posts
        light = View(lowered, cased.offsets, n)
        read, read_offsets = lowered, offsets
    else:
        read, read_offsets = _apply(lowered, offsets, edits)
        light_edits = [e for e in edits if lowered[e[0] : e[1]] not in _FULL_ONLY]
        if len(light_edits) == len(edits):
            light = View(read, tuple(read_offsets), n)
        else:
            light_text, light_offsets = _apply(lowered, offsets, light_edits)
            light = View(light_text, tuple(light_offsets), n)
    joined, joined_offsets = _join_spaced(read, list(read_offsets))
    full = View(_unleet(joined), tuple(joined_offsets), n)
    return Normalised(text, cased, light, full)
