"""Text heads: how much a post reads like posts labelled with an open-vocabulary clause.

One logistic regression per clause over TF-IDF word 1-2-grams and character 3-5-grams within
words of the post (and, from format 2, of what its attachments are said to show), plus, in format
2, word 1-2-grams of the text it answers in a block of their own, in format 3, the post's
word 1-2-grams again in a block read only on the official account and in one read only when a
councillor wrote it, and, in format 4, word 1-2-grams of the text an official post answers in a
block read only on the official account, trained by ``scripts/train_text_heads.py`` on this
project's labelled posts and committed as ``policy/models/text-heads/heads.json`` and
``heads.bin`` (the file format, 5 from heads 32, is described at ``FORMAT``; their sha256 are
checked against ``MANIFEST.json`` when they are first loaded). Format 1 read the text answered
with the post, in the same blocks (``as_text``). This module reads it with pure Python: the same
tokens, TF-IDF and L2 norms as scikit-learn's ``TfidfVectorizer`` (``sublinear_tf``), so the
probabilities match the ones the training script recorded (tested).

    from civicpost.policy.detectors.text_heads import load_heads
    heads = load_heads()
    heads.proba("personal", "Says the one who never turns up.", None)   # {"6.9": 0.83, ...}

The rules that use it raise advice only, and only when no rule has raised the clause
(``rules/hints.py``): a statistical resemblance is a prompt to read again, never a verdict.
"""

from __future__ import annotations

import hashlib
import json
import math
import operator
import re
import sys
import threading
from array import array
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress, repeat
from pathlib import Path

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
NAME = "text-heads"
_TOKEN = re.compile(r"(?u)\b\w\w+\b")
_WHITE = re.compile(r"\s\s+")


class TextHeadsError(RuntimeError):
    """The heads' file is missing, or differs from what MANIFEST.json records."""


def as_text(kind: str, text: str, reply: str | None) -> str:
    """What heads without a reply block read (format 1): the account kind, the post, and the
    text it answers, in one text."""
    return post_text(kind, text) + (f" [REPLY] {reply}" if reply else "")


def post_text(kind: str, text: str, attached: str = "") -> str:
    """What the word and char blocks of heads with a reply block read: the account kind, the
    post, and what its attachments are said to show."""
    tag = "[OFFICIAL]" if kind == "official" else "[PERSONAL]"
    return f"{tag} {text}" + (f" [ATTACHED] {attached}" if attached.strip() else "")


# What the reply block reads for a post that answers nothing: one token of its own, so that
# being a reply or not weighs as the training found.
NO_REPLY = "noreply"


def word_terms(text: str) -> list[str]:
    """Word 1- and 2-grams, as ``TfidfVectorizer(ngram_range=(1, 2))`` makes them."""
    tokens = _TOKEN.findall(text.lower())
    return tokens + [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]


def char_terms(text: str) -> list[str]:
    """Character 3- to 5-grams inside each space-padded word (``analyzer="char_wb"``)."""
    grams: list[str] = []
    for word in _WHITE.sub(" ", text.lower()).split():
        grams += _word_grams(word)
    return grams


@lru_cache(maxsize=65536)
def _word_grams(word: str) -> tuple[str, ...]:
    """One word's grams: most words recur from post to post, so they are worked out once."""
    w = f" {word} "
    size = len(w)
    grams: list[str] = []
    for n in range(3, 6):
        grams += [w[i : i + n] for i in range(max(size - n + 1, 1))]
        if size <= n:  # a short word counts once, as scikit-learn does
            break
    return tuple(grams)


class _TermFrequency(dict):
    """Sublinear tf, ``1 + log(n)``, looked up in C: 1.0 for a term seen once (times the idf
    that is the idf itself, exactly), worked out once for any other count."""

    def __missing__(self, n: int) -> float:
        tf = self[n] = 1.0 + math.log(n)
        return tf


_TF = _TermFrequency({1: 1.0})


# The sums are added in fixed point: each term's value squared and its value times each clause's
# weight, in units of 2**-52, packed side by side into one Python int, one lane of 96 bits each.
# Adding the ints of a post's terms adds every lane at once, in C, and exactly; a lane cannot
# overflow, since a post has fewer than 2**20 known terms (``Block``) and no number reaches 2**20.
_FRACTION_BITS = 52
_LANE_BITS = 96
_LANE_MASK = (1 << _LANE_BITS) - 1
_LANE_SIGN = 1 << (_LANE_BITS - 1)
_LARGEST = 2.0**20
_MOST_ROWS = 1 << 20
_SCALE = 2.0**_FRACTION_BITS
# Entries kept in each table of packed lanes before it starts again: at most about 20 MB a table
# (12 clauses), so about 60 MB a process at worst for the three (word and char ``Block.packed``,
# the char block's ``_RepeatedTerms``).
_MAX_PACKED = 1 << 16


class _PackedTerms(dict):
    """One block's terms packed into lanes, by (row, count), worked out the first time a post
    has the term that many times: the lanes are the value squared, then the value times each
    clause's weight."""

    def __init__(self, idf: array, weights: tuple[array, ...]) -> None:
        super().__init__()
        self.idf = idf
        self.weights = weights

    def __missing__(self, key: tuple[int, int]) -> int:
        row, count = key
        value = _TF[count] * self.idf[row]
        packed = 0
        lanes = [value * value] + [value * weights[row] for weights in self.weights]
        for lane, number in enumerate(lanes):
            if not abs(number) < _LARGEST:
                raise TextHeadsError(f"a term's number ({number}) is too large for the sums")
            packed += round(number * _SCALE) << (lane * _LANE_BITS)
        if len(self) >= _MAX_PACKED:
            self.clear()
        self[key] = packed
        return packed


class _RepeatedTerms(dict):
    """For a term a text has ``count`` > 1 times, by (row, count): its packed lanes for that
    count less ``count`` times its packed lanes for one, what turns a sum over the occurrences
    of the term (each taken as seen once) into the term's own packed lanes."""

    def __init__(self, packed: _PackedTerms) -> None:
        super().__init__()
        self.packed = packed

    def __missing__(self, key: tuple[int, int]) -> int:
        row, count = key
        difference = self.packed[key] - count * self.packed[row, 1]
        if len(self) >= _MAX_PACKED:
            self.clear()
        self[key] = difference
        return difference


def _unpack(total: int, size: int) -> list[float]:
    """The ``size`` signed lanes of a sum of packed terms, as floats."""
    numbers = []
    for _ in range(size):
        lane = total & _LANE_MASK
        if lane & _LANE_SIGN:
            lane -= 1 << _LANE_BITS
        numbers.append(lane / _SCALE)
        total = (total - lane) >> _LANE_BITS
    return numbers


@dataclass(frozen=True)
class Block:
    """One block of features (word or char) laid out compactly: each term's row number, and flat
    ``array('d')`` columns indexed by row: the idf and each clause's weight."""

    rows: dict[str, int]
    idf: array
    weights: tuple[array, ...]
    packed: _PackedTerms = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if len(self.idf) >= _MOST_ROWS:
            raise TextHeadsError(f"a block of {len(self.idf)} terms is too large for the sums")
        object.__setattr__(self, "packed", _PackedTerms(self.idf, self.weights))

    def add(self, sums: list[float], counts: Counter) -> None:
        """Add the L2-normalised TF-IDF vector of the known terms counted in ``counts`` (row
        numbers), times each clause's weights, to sums: each term's value is its sublinear tf
        times its idf; the norm is the root of the sum of the values' squares; each clause adds
        the sum over the terms of value times weight, divided by the norm. The sums over the
        terms are added in fixed point (``_PackedTerms``), so they do not depend on the order of
        the terms and may differ from a float loop's in the last bits."""
        self.add_packed(sums, sum(map(self.packed.__getitem__, counts.items())))

    def add_packed(self, sums: list[float], total: int) -> None:
        """``add`` given the packed lanes summed over the known terms (0 for none)."""
        if not total:
            return
        square, *products = _unpack(total, len(sums) + 1)
        if not square:
            return
        norm = math.sqrt(square)
        for i, product in enumerate(products):
            sums[i] += product / norm


@dataclass(frozen=True)
class Heads:
    clauses: tuple[str, ...]
    thresholds: dict[str, float]
    intercepts: tuple[float, ...]
    word: Block
    char: Block
    # format 2: word 1-2-grams of the text answered, apart from the post's own words (None in
    # format 1, which reads the text answered with the post's, ``as_text``)
    reply: Block | None = None
    # format 3: word 1-2-grams of the post again, read only on the official account, and only
    # when a councillor wrote it: what the same words weigh there (None before format 3)
    official: Block | None = None
    councillor: Block | None = None
    # format 4: word 1-2-grams of the text answered, read only on the official account: what a
    # resident's words weigh when the council's page answers them
    official_reply: Block | None = None
    # each word's known char-gram rows and their packed lanes summed, each gram taken as seen
    # once (``_char_total``): words recur from post to post, so they are worked out once
    _word_grams: dict[str, tuple[tuple[int, ...], int]] = field(
        default_factory=dict, repr=False, compare=False
    )
    # the char block's corrections for grams seen more than once (``_char_total``); the word
    # block needs none, as ``Block.add`` looks each term up with its own count
    _char_repeats: _RepeatedTerms = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_char_repeats", _RepeatedTerms(self.char.packed))

    def _word_counts(self, terms: list[str], block: Block | None = None) -> Counter:
        """A word block's known terms (row numbers) among ``terms`` (``word_terms`` of a text),
        with their counts."""
        counts = Counter(map((block or self.word).rows.get, terms))
        counts.pop(None, None)
        return counts

    def _char_total(self, text: str) -> int:
        """The char block's packed lanes (``Block.packed``) summed over the known grams of
        ``text``, each with its count, as ``char_terms`` counts them. Each word's grams are
        summed once per word, each taken as seen once; a gram the text has n > 1 times then adds
        the difference to its lanes for n (``_RepeatedTerms``). In integers, so the total is
        exactly the sum over the distinct grams, found with a lookup per gram seen more than
        once instead of one per gram."""
        cache = self._word_grams
        if len(cache) > 65536:
            cache.clear()
        known: list[int] = []
        total = 0
        for word in _WHITE.sub(" ", text.lower()).split():
            entry = cache.get(word)
            if entry is None:
                entry = cache[word] = self._known_grams(word)
            known += entry[0]
            total += entry[1]
        counts = Counter(known)
        if len(counts) < len(known):  # a gram seen more than once
            repeated = compress(counts.items(), map(operator.lt, repeat(1), counts.values()))
            total += sum(map(self._char_repeats.__getitem__, repeated))
        return total

    def _known_grams(self, word: str) -> tuple[tuple[int, ...], int]:
        """A word's known char-gram rows, and their packed lanes summed (each as seen once)."""
        rows, packed = self.char.rows, self.char.packed
        ids = tuple(i for i in map(rows.get, _word_grams(word)) if i is not None)
        return ids, sum(packed[i, 1] for i in ids)

    def word_scores(self, text: str) -> dict[str, float]:
        """Each clause's score from the word block alone: a cheap way to rank the sentences of
        one post against each other (not a probability)."""
        sums = [0.0] * len(self.clauses)
        self.word.add(sums, self._word_counts(word_terms(text)))
        return dict(zip(self.clauses, sums, strict=True))

    def proba(
        self,
        kind: str,
        text: str,
        reply: str | None,
        attached: str = "",
        councillor: bool = False,
    ) -> dict[str, float]:
        """Each clause's probability that a post like this one carries it. ``attached``: the
        descriptions of its attachments, one after another (read from format 2);
        ``councillor``: whether a councillor wrote it (read from format 3); ``reply`` is read
        again on the official account from format 4."""
        sums = list(self.intercepts)
        if self.reply is None:
            full = as_text(kind, text, reply)
        else:
            full = post_text(kind, text, attached)
            answered = word_terms(reply or NO_REPLY)
            self.reply.add(sums, self._word_counts(answered, self.reply))
            if self.official_reply is not None and kind == "official" and reply:
                block = self.official_reply
                block.add(sums, self._word_counts(answered, block))
        terms = word_terms(full)  # the post's words: the word block's, format 3's two blocks'
        self.word.add(sums, self._word_counts(terms))
        for block, reads in ((self.official, kind == "official"), (self.councillor, councillor)):
            if block is not None and reads:
                block.add(sums, self._word_counts(terms, block))
        self.char.add_packed(sums, self._char_total(full))
        return {c: 1.0 / (1.0 + math.exp(-z)) for c, z in zip(self.clauses, sums, strict=True)}


_LOCK = threading.Lock()
_LOADED: dict[Path, Heads] = {}


def load_heads(models_dir: Path = MODELS_DIR) -> Heads:
    """The committed heads, loaded once per process after checking their sha256."""
    heads = _LOADED.get(models_dir)  # every hint rule asks on every check: no lock once loaded
    if heads is not None:
        return heads
    with _LOCK:
        heads = _LOADED.get(models_dir)
        if heads is None:
            heads = _LOADED[models_dir] = _read(models_dir)
        return heads


def _read(models_dir: Path) -> Heads:
    try:
        manifest = json.loads((models_dir / "MANIFEST.json").read_text(encoding="utf-8"))
        entry = manifest["models"][NAME]
        folder = models_dir / entry["path"]
        raw = {name: (folder / name).read_bytes() for name in FILES}
        recorded = {name: entry["files"][name]["sha256"] for name in FILES}
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise TextHeadsError(
            f"the text heads cannot be read ({exc}); rebuild with scripts/train_text_heads.py"
        ) from exc
    for name, data in raw.items():
        if hashlib.sha256(data).hexdigest() != recorded[name]:
            raise TextHeadsError(
                f"{name} differs from MANIFEST.json; rebuild with scripts/train_text_heads.py"
            )
    try:
        return _parse(json.loads(raw["heads.json"]), raw["heads.bin"])
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise TextHeadsError(
            f"the text heads cannot be read ({exc}); rebuild with scripts/train_text_heads.py"
        ) from exc


# The heads' two files: heads.json holds everything but the blocks' terms and numbers (clauses,
# thresholds, intercepts, each block's size, the check vectors); heads.bin holds those, block
# after block in heads.json's order: the terms in row order, UTF-8, one newline between each
# (no term has white space but the spaces inside it), then the numbers, column after column (the
# idf, then each clause's weight), each a little-endian 32-bit int: the number times ``scale``.
# The weights are rounded to six decimals when trained, so the ints hold them exactly, and
# dividing by the scale gives the same floats as reading the decimals would (IEEE division is
# correctly rounded). Read with ``array.frombytes``: no parsing of text numbers at start-up.
FORMAT = 5
FILES = ("heads.json", "heads.bin")
_BLOCKS = ("word", "char", "reply", "official", "councillor", "official_reply")
_INT = "i"


def _parse(meta: dict, weights: bytes) -> Heads:
    """The heads from heads.json's ``meta`` and heads.bin's bytes (the layout above)."""
    if meta.get("format") != FORMAT:
        raise ValueError(f"heads.json is format {meta.get('format')}; this reader reads {FORMAT}")
    if array(_INT).itemsize != 4:
        raise ValueError("this platform has no 32-bit array('i')")
    width = len(meta["clauses"]) + 1
    scale = float(meta["scale"])
    blocks: dict[str, Block] = {}
    pos = 0
    for name, shape in meta["blocks"].items():
        if name not in _BLOCKS:
            raise ValueError(f"heads.json names an unknown block {name!r}")
        rows, size = int(shape["rows"]), int(shape["term_bytes"])
        if rows < 0 or size < 0 or pos + size + 4 * rows * width > len(weights):
            raise ValueError(f"heads.bin ends inside block {name!r}")
        terms = weights[pos : pos + size].decode("utf-8").split("\n") if rows else []
        pos += size
        if len(terms) != rows:
            raise ValueError(f"block {name!r} has {len(terms)} terms, heads.json says {rows}")
        ints = array(_INT)
        ints.frombytes(weights[pos : pos + 4 * rows * width])
        pos += 4 * rows * width
        if sys.byteorder == "big":
            ints.byteswap()
        numbers = array("d", map(operator.truediv, ints, repeat(scale)))
        columns = [numbers[i * rows : (i + 1) * rows] for i in range(width)]
        row_of = dict(zip(terms, range(rows), strict=True))
        if len(row_of) != rows:
            raise ValueError(f"block {name!r} lists a term twice")
        blocks[name] = Block(row_of, columns[0], tuple(columns[1:]))
    if pos != len(weights):
        raise ValueError(f"heads.bin has {len(weights) - pos} bytes after its last block")
    return Heads(
        clauses=tuple(meta["clauses"]),
        thresholds=dict(meta["thresholds"]),
        intercepts=tuple(meta["intercepts"]),
        word=blocks["word"],
        char=blocks["char"],
        reply=blocks.get("reply"),
        official=blocks.get("official"),
        councillor=blocks.get("councillor"),
        official_reply=blocks.get("official_reply"),
    )


def check_vectors(models_dir: Path = MODELS_DIR) -> list[dict]:
    """The texts and probabilities scikit-learn gave when the heads were built."""
    entry = json.loads((models_dir / "MANIFEST.json").read_text(encoding="utf-8"))["models"][NAME]
    return json.loads((models_dir / entry["path"] / "heads.json").read_bytes())["check"]
