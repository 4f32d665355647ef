"""Matching register entries to posts: keywords (agenda items, decisions, confidential matters) and
the scope of a consent or an approval ("Christmas lights switch-on 2026")."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

STOPWORDS = frozenset(
    [
        "about",
        "above",
        "after",
        "again",
        "against",
        "also",
        "among",
        "another",
        "any",
        "area",
        "away",
        "back",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "came",
        "can",
        "come",
        "could",
        "council",
        "councils",
        "did",
        "does",
        "doing",
        "done",
        "down",
        "during",
        "each",
        "every",
        "first",
        "for",
        "from",
        "further",
        "given",
        "had",
        "has",
        "have",
        "having",
        "here",
        "how",
        "into",
        "its",
        "itself",
        "just",
        "like",
        "made",
        "make",
        "many",
        "more",
        "most",
        "much",
        "must",
        "named",
        "name",
        "names",
        "need",
        "official",
        "only",
        "other",
        "ours",
        "over",
        "own",
        "parish",
        "people",
        "personal",
        "photo",
        "photos",
        "post",
        "posts",
        "public",
        "same",
        "shall",
        "should",
        "since",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "thanks",
        "thank",
        "under",
        "until",
        "upon",
        "very",
        "was",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "within",
        "would",
        "year",
        "years",
        "your",
        "channels",
        "channel",
        "credited",
        "credit",
    ]
)
BUSINESS_WORDS = frozenset(
    [
        "ltd",
        "limited",
        "plc",
        "llp",
        "landscapes",
        "landscaping",
        "maintenance",
        "civils",
        "services",
        "grounds",
        "group",
        "co",
        "company",
        "contractors",
        "construction",
        "builders",
    ]
)


# Words that name the same thing in a register's scope line and in a post: an approval "named as
# the contact for council enquiries" covers "questions can go to the Clerk at clerk@...".
CONCEPTS = {
    "contact": "contact",
    "enquiry": "contact",
    "enquire": "contact",
    "question": "contact",
    "query": "contact",
    "querie": "contact",
    "email": "contact",
    "e-mail": "contact",
    "phone": "contact",
    "ring": "contact",
    "call": "contact",
    "message": "contact",
    "congratulation": "congratulation",
    "congrat": "congratulation",
    "well-done": "congratulation",
    "organise": "organise",
    "organising": "organise",
    "organised": "organise",
    "organiser": "organise",
    "organisation": "organise",
    "running": "organise",
    "leading": "organise",
    "arranging": "organise",
    "photograph": "photo",
    "picture": "photo",
    "pics": "photo",
    "pictures": "photo",
    "bloom": "bloom",
    "blooms": "bloom",
    "flower": "bloom",
    "flowers": "bloom",
    "floral": "bloom",
    "basket": "bloom",
    "baskets": "bloom",
    "planter": "bloom",
    "planters": "bloom",
    "blossom": "bloom",
    # "the rec" is what everyone calls the recreation ground (an approval for "upkeep of the
    # recreation ground" covers "getting the rec pitches back in shape")
    "rec": "recreation",
    "recreation": "recreation",
    "pavilion": "recreation",  # round 22c: the pavilion and its changing rooms are at the rec
    # crime and its prevention: a police consent for "public appeals and crime prevention posts"
    # covers a warning about cars "nicked off driveways" or "break-ins" and "bogus callers", an
    # update on "an assault", "tips on securing sheds" and fireworks "illegal" after 11pm
    "crime": "crime",
    "crimes": "crime",
    "criminal": "crime",
    "criminals": "crime",
    "theft": "crime",
    "thefts": "crime",
    "thief": "crime",
    "thieves": "crime",
    "stolen": "crime",
    "nicked": "crime",
    "burglary": "crime",
    "burglaries": "crime",
    "burglar": "crime",
    "burglars": "crime",
    "break-in": "crime",
    "break-ins": "crime",
    "bogus": "crime",
    "scam": "crime",
    "scams": "crime",
    "scammers": "crime",
    "fraudsters": "crime",
    "fraud": "crime",  # round 22b: "courier fraud is targeting older people"
    "frauds": "crime",
    "fraudulent": "crime",
    "fake": "crime",  # round 22c: "fake charity collectors going door to door"
    "burgled": "crime",
    "assault": "crime",
    "assaults": "crime",
    "assaulted": "crime",
    "stabbing": "crime",
    "stabbed": "crime",
    "robbery": "crime",
    "robbed": "crime",
    "mugged": "crime",
    "vandalism": "crime",
    "vandals": "crime",
    "vandalised": "crime",
    "shoplifting": "crime",
    "shoplifters": "crime",
    "security": "crime",
    "secure": "crime",
    "securing": "crime",
    "marking": "crime",  # bike or property marking: crime prevention
    "illegal": "crime",
    "illegally": "crime",
    "unlawful": "crime",
    "offence": "crime",
    "offences": "crime",
    # keeping roads and paths clear of ice: an approval for "thanks for gritting" covers "keeps
    # the salt bins topped up"
    "grit": "grit",
    "gritt": "grit",
    "gritter": "grit",
    "gritters": "grit",
    "salt": "grit",
    "salting": "grit",
    "salted": "grit",
    # round 22: "shovelling the steps" is snow clearing (an approval for "thanks for ... snow
    # clearing" covers it)
    "shovel": "snow",
    "shovels": "snow",
    "shovelled": "snow",
    "shovelling": "snow",
    "snowplough": "snow",
    # round 22b: a consent for the under-10s' "summer tournament" covers the cup they brought home
    "tournament": "tournament",
    "tournaments": "tournament",
    "tourney": "tournament",
    "cup": "tournament",
    # a consent for the "carol service" covers the choir that sang at it
    "carol": "carol",
    "carols": "carol",
    "choir": "carol",
    "choirs": "carol",
    # round 23c: a club's presentation evening is where the trophies and awards are given
    "presentation": "presentation",
    "trophy": "presentation",
    "trophies": "presentation",
    "award": "presentation",
    "awards": "presentation",
}


def stem(word: str) -> str:
    """A light suffix-stripping stem. A final silent "e" goes too, so that "share", "shared",
    "shares" and "sharing" meet at "shar" (a consent "shared unchanged" covers "please share")."""
    word = word.lower().strip("'")
    for suffix in ("ings", "ing", "ies", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    if word.endswith("e") and len(word) >= 5:
        return word[:-1]
    return word


_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]+")


def content_words(text: str) -> set[str]:
    """Stemmed content words, with synonyms folded to one concept (see CONCEPTS)."""
    out = set()
    for w in _WORD.findall(text):
        concept = _concept(w)
        if concept is not None:
            out.add(concept)
    return out


@lru_cache(maxsize=8192)
def _concept(w: str) -> str | None:
    """One word's concept for ``content_words`` (None for a stopword or a short word); the same
    words recur in every post, so each is stemmed once."""
    lowered = w.lower()
    if lowered in CONCEPTS:  # before the length test: "rec" is the recreation ground
        return CONCEPTS[lowered]
    if len(w) < 4 or lowered in STOPWORDS:
        return None
    s = stem(w)
    return CONCEPTS.get(s, s)


def scope_matches(scope: Iterable[str], text: str, minimum: int = 1) -> bool:
    """True when the post shares at least ``minimum`` content words with any scope line."""
    words = content_words(text)
    return any(len(content_words(line) & words) >= minimum for line in scope)


@lru_cache(maxsize=2048)
def keyword_pattern(keyword: str) -> re.Pattern[str] | None:
    """A keyword as a pattern on the light view. Company names also match without their trade word
    ("Dearne Valley Landscapes" matches "Dearne Valley"); single proper nouns need their capital."""
    words = keyword.split()
    variants = [keyword]
    if (
        len(words) >= 2
        and words[-1].lower().strip(".") in BUSINESS_WORDS
        and words[0][:1].isupper()
    ):
        variants.append(" ".join(words[:-1]))
    inverted = None
    if (
        len(words) >= 3
        and all(w[:1].isupper() for w in words[:-1])
        and words[-1][:1].islower()
        and words[-1].isalpha()
    ):
        # "Mill Lane paddock" also matches "the paddock behind Mill Lane", "toilets on Church Lane"
        head = re.escape(" ".join(words[:-1]).lower()).replace(r"\ ", r"[\s\-]+")
        inverted = rf"(?<!\w){re.escape(words[-1].lower())}s?\s+(?:[a-z']+\s+){{1,2}}{head}(?!\w)"
    parts = [inverted] if inverted else []
    for v in variants:
        body = re.escape(v.lower()).replace(r"\ ", r"[\s\-]+").replace("'", "'?")
        if v[-1:].isalpha() and len(v) > 3:  # "toilets" also matches "toilet", and the reverse
            body = body[:-1] + "(?:s)?" if v.lower().endswith("s") else body + "s?"
        head = r"(?<!\w)" if v[:1].isalnum() else ""
        tail = r"(?!\w)" if v[-1:].isalnum() else ""
        parts.append(head + body + tail)
    return re.compile("|".join(parts)) if parts else None


@lru_cache(maxsize=2048)
def keyword_literal(keyword: str) -> str:
    """A piece of text every match of ``keyword_pattern(keyword)`` contains: its longest word
    (without a dropped trade word), up to any apostrophe and minus a final s, as the pattern makes
    those optional. Empty when there is none."""
    words = keyword.lower().split()
    if (
        len(words) >= 2
        and words[-1].strip(".") in BUSINESS_WORDS
        and keyword.split()[0][:1].isupper()
    ):
        words = words[:-1]  # "Dearne Valley Landscapes" also matches "Dearne Valley"
    best = max(reversed(words), key=len, default="")
    best = re.split(r"['\u2019]", best)[0]
    return best[:-1] if best.endswith("s") else best


def keyword_hits(keywords: Iterable[str], light_text: str) -> list[tuple[int, int, str]]:
    """Spans of the light view where any keyword occurs."""
    hits = []
    for keyword in keywords:
        pattern = keyword_pattern(keyword)
        if pattern is None:
            continue
        literal = keyword_literal(keyword)
        if literal and literal not in light_text:
            continue  # a substring test is much cheaper than a scan that cannot match
        for m in pattern.finditer(light_text):
            hits.append((m.start(), m.end(), keyword))
    return hits
