"""compile_word_starts finds exactly what re.compile finds: same spans, same order."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from civicpost.policy.detectors.lexicon import compile_word_starts

PATTERNS = [
    # runs of word starts around alternatives that are not (kept in their places)
    r"(?:^|[.!?]\s+)yes\b|\byes (?:and|but)\b|\bno way\b|\bnot now\b|!!|\bnever\b|"
    r"(?<!\bi )(?<!\bwe )\b(?:can'?t|could not) (?:be )?bothered\b|\b(?:the )?council can wait\b",
    # one first character shared by several alternatives, order kept ("no" before "no way")
    r"\bno\b|\bno way\b|\bnot\b|\bnothing (?:at all)?\b",
    # an optional group first, and a word boundary inside a look-behind
    r"\b(?:just )?a formality\b|\b(?:an )?easy (?:one|call)\b|"
    r"(?<!\bnot )\bmade (?:my|our) mind up\b",
]
WORDS = [
    "yes", "and", "but", "no", "way", "not", "now", "never", "i", "we", "can't", "cant",
    "could", "be", "bothered", "the", "council", "can", "wait", "nothing", "at", "all", "just",
    "a", "formality", "an", "easy", "one", "call", "made", "my", "our", "mind", "up", "!!", ".",
    "!", "x",
]  # fmt: skip


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_word_start_alternatives_are_grouped():
    grouped = compile_word_starts(PATTERNS[1])
    assert grouped.pattern != PATTERNS[1]
    assert _spans(grouped, "no way, not nothing at all. no") == _spans(
        re.compile(PATTERNS[1]), "no way, not nothing at all. no"
    )


def test_a_pattern_with_capturing_groups_is_compiled_as_it_is():
    assert compile_word_starts(r"\b(yes|no)\b|\bmaybe\b").pattern == r"\b(yes|no)\b|\bmaybe\b"


@settings(max_examples=300)
@given(st.lists(st.sampled_from(WORDS), max_size=14), st.sampled_from(PATTERNS))
def test_same_matches_as_re_compile(words, pattern):
    for sep in (" ", "", "-"):
        text = sep.join(words)
        assert _spans(compile_word_starts(pattern), text) == _spans(re.compile(pattern), text)
