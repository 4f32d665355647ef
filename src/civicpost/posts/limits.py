"""How long a post may be on each network, counted the way that network counts.

A post that is too long for one of its accounts would only fail when it is sent; saying so
while drafting lets the author shorten it first.

- X: 280 characters; every link counts as 23 (its t.co form). Source: X Developer Platform,
  "Counting characters".
- Mastodon: 500 characters (the default; servers may allow more); every link counts as 23.
  Source: Mastodon documentation, "Posting a new status".
- Bluesky: 300 graphemes, links counted in full. Source: AT Protocol lexicon
  ``app.bsky.feed.post`` (``text`` maxGraphemes 300).
- Facebook Pages: 63,206 characters.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

URL = re.compile(r"https?://\S+")
ZWJ = "\u200d"


@dataclass(frozen=True)
class Limit:
    characters: int
    link_length: int | None = None  # a link's counted length, when the network shortens it
    graphemes: bool = False


LIMITS = {
    "x": Limit(280, link_length=23),
    "twitter": Limit(280, link_length=23),
    "mastodon": Limit(500, link_length=23),
    "bluesky": Limit(300, graphemes=True),
    "facebook": Limit(63_206),
}


def grapheme_count(text: str) -> int:
    """Approximately what a reader sees as characters: combining marks, variation selectors,
    skin tones and the parts of an emoji joined by zero-width joiners count once.

    Python has no grapheme segmentation built in; this errs towards counting fewer, so a post
    the network would accept is never refused here.
    """
    count = 0
    joined = False
    for char in text:
        if char == ZWJ:
            joined = True
            continue
        code = ord(char)
        modifier = (
            unicodedata.combining(char)
            or 0xFE00 <= code <= 0xFE0F  # variation selectors
            or 0x1F3FB <= code <= 0x1F3FF  # skin tones
            or 0xE0020 <= code <= 0xE007F  # tag characters (flags of nations)
        )
        if not modifier and not joined:
            count += 1
        joined = False
    return count


def counted_length(text: str, limit: Limit) -> int:
    if limit.link_length is not None:
        text = URL.sub("x" * limit.link_length, text)
    return grapheme_count(text) if limit.graphemes else len(text)


def length_problems(text: str, platform_names: list[str]) -> list[str]:
    """Plain-English reasons the text is too long for any of the named platforms."""
    problems = []
    for name in dict.fromkeys(platform_names):
        limit = LIMITS.get(name.strip().lower())
        if limit is None:
            continue
        length = counted_length(text, limit)
        if length > limit.characters:
            problems.append(
                f"{name} allows {limit.characters:,} characters and this post has {length:,}: "
                f"shorten it by {length - limit.characters:,}"
                + (
                    f" (each link counts as {limit.link_length})."
                    if limit.link_length and URL.search(text)
                    else "."
                )
            )
    return problems
