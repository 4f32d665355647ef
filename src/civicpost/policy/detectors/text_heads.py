"""Text heads: how much a post reads like posts labelled with an open-vocabulary clause.

One logistic regression per clause over TF-IDF word 1-2-grams and character 3-5-grams within
words, trained by ``scripts/train_text_heads.py`` on this project's labelled posts and committed as
``policy/models/text-heads/heads.json`` (its sha256 is checked against ``MANIFEST.json`` when it is
first loaded). This module reads it with pure Python: the same tokens, TF-IDF and L2 norms as
scikit-learn's ``TfidfVectorizer`` (``sublinear_tf``), so the probabilities match the ones the
training script recorded (tested).

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
import threading
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
NAME = "text-heads"
_TOKEN = re.compile(r"(?u)\b\w\w+\b")
_WHITE = re.compile(r"\s\s+")


class TextHeadsError(RuntimeError):
    """The heads' file is missing, or differs from what MANIFEST.json records."""


def as_text(kind: str, text: str, reply: str | None) -> str:
    """What the heads read: the account kind, the post, and the text it answers (as trained)."""
    tag = "[OFFICIAL]" if kind == "official" else "[PERSONAL]"
    return f"{tag} {text}" + (f" [REPLY] {reply}" if reply else "")


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


@dataclass(frozen=True)
class Heads:
    clauses: tuple[str, ...]
    thresholds: dict[str, float]
    intercepts: tuple[float, ...]
    word: dict[str, list[float]]
    char: dict[str, list[float]]

    def _add(self, sums: list[float], vocab: dict[str, list[float]], terms: list[str]) -> None:
        """Add one block's L2-normalised TF-IDF vector, times each clause's weights, to sums."""
        counts = Counter(terms)
        known = [
            (entry, n)
            for entry, n in zip(map(vocab.get, counts), counts.values(), strict=True)
            if entry is not None
        ]
        entries = [entry for entry, _ in known]
        # sublinear tf times idf; most terms occur once, so 1 + log(1) = 1
        values = [e[0] if n == 1 else (1.0 + math.log(n)) * e[0] for e, n in known]
        norm = math.sqrt(sum(v * v for v in values))
        if not norm:
            return
        # one column per clause (column 0 is the idf): sum of value times weight, over the terms
        for i, column in enumerate(zip(*entries, strict=True)):
            if i:
                sums[i - 1] += sum(map(operator.mul, values, column)) / norm

    def word_scores(self, text: str) -> dict[str, float]:
        """Each clause's score from the word block alone: a cheap way to rank the sentences of
        one post against each other (not a probability)."""
        sums = [0.0] * len(self.clauses)
        self._add(sums, self.word, word_terms(text))
        return dict(zip(self.clauses, sums, strict=True))

    def proba(self, kind: str, text: str, reply: str | None) -> dict[str, float]:
        """Each clause's probability that a post like this one carries it."""
        full = as_text(kind, text, reply)
        sums = list(self.intercepts)
        self._add(sums, self.word, word_terms(full))
        self._add(sums, self.char, char_terms(full))
        return {c: 1.0 / (1.0 + math.exp(-z)) for c, z in zip(self.clauses, sums, strict=True)}


_LOCK = threading.Lock()
_LOADED: dict[Path, Heads] = {}


def load_heads(models_dir: Path = MODELS_DIR) -> Heads:
    """The committed heads, loaded once per process after checking their sha256."""
    heads = _LOADED.get(models_dir)  # nine hint rules ask on every check: no lock once loaded
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
        path = models_dir / entry["path"] / "heads.json"
        raw = path.read_bytes()
    except (OSError, ValueError, KeyError) as exc:
        raise TextHeadsError(
            f"the text heads cannot be read ({exc}); rebuild with scripts/train_text_heads.py"
        ) from exc
    if hashlib.sha256(raw).hexdigest() != entry["files"]["heads.json"]["sha256"]:
        raise TextHeadsError(
            "heads.json differs from MANIFEST.json; rebuild with scripts/train_text_heads.py"
        )
    data = json.loads(raw)
    return Heads(
        clauses=tuple(data["clauses"]),
        thresholds=dict(data["thresholds"]),
        intercepts=tuple(data["intercepts"]),
        word=data["word"],
        char=data["char"],
    )


def check_vectors(models_dir: Path = MODELS_DIR) -> list[dict]:
    """The texts and probabilities scikit-learn gave when the heads were built."""
    entry = json.loads((models_dir / "MANIFEST.json").read_text(encoding="utf-8"))["models"][NAME]
    return json.loads((models_dir / entry["path"] / "heads.json").read_bytes())["check"]
