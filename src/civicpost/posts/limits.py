"""How long a post may be on each network, counted the way that network counts, and how many
images it may carry.

A post that is too long (or has too many images) for one of its accounts would only fail when
it is sent; saying so while drafting lets the author change it first.

- X: 280 characters; every link counts as 23 (its t.co form). Source: X Developer Platform,
  "Counting characters".
- Mastodon: 500 characters (the default; servers may allow more); every link counts as 23.
  Source: Mastodon documentation, "Posting a new status".
- Bluesky: 300 graphemes, links counted in full. Source: AT Protocol lexicon
  ``app.bsky.feed.post`` (``text`` maxGraphemes 300).
- Facebook Pages: 63,206 characters.
- Images: at most 4 on X (POST /2/tweets ``media.media_ids``), Bluesky
  (``app.bsky.embed.images``) and Mastodon (the default ``max_media_attachments``).
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
    images: int | None = None  # most images in one post, where the network limits it


LIMITS = {
    "x": Limit(280, link_length=23, images=4),
    "twitter": Limit(280, link_length=23, images=4),
    "mastodon": Limit(500, link_length=23, images=4),
    "bluesky": Limit(300, graphemes=True, images=4),
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


def image_problems(count: int, platform_names: list[str]) -> list[str]:
    """Plain-English reasons the post has too many images for any of the named platforms."""
    problems = []
    for name in dict.fromkeys(platform_names):
        limit = LIMITS.get(name.strip().lower())
        if limit is not None and limit.images is not None and count > limit.images:
            problems.append(
                f"{name} takes at most {limit.images} images in a post and this one has {count}: "
                f"remove {count - limit.images}."
            )
    return problems
