"""Posts that refer to the council's business: a decision already taken, named by keywords of its
own, or an agenda item still to be decided. Shared by clause 6.2 (a personal view presented as the
council's), clause 6.11 (predetermination) and section 4 (a contested matter during a
pre-election period)."""

from __future__ import annotations

import re

from ..detectors.matching import content_words, keyword_hits
from .base import Checking
from .signals import PLACE_WORDS


def _decided_topic(c: Checking) -> bool:
    """Does the post name a decision already taken, by a keyword of that decision that no agenda
    item shares? A shared place ("the rec": cameras decided, a skate park debated) does not say
    which matter the post is about; nor does a one-word keyword qualified by a word the decision
    does not use ("speed cameras" when CCTV cameras were decided)."""
    shared = {k.lower() for item in c.ctx.agenda_items for k in item.keywords}
    text = c.text.light.text
    for d in c.ctx.decisions:
        if d.date > c.day:
            continue
        hits = keyword_hits([k for k in d.keywords if k.lower() not in shared], text)
        if any(
            not _qualified_away(text, start, keyword, d) and not _place_elsewhere(text, keyword, d)
            for start, _, keyword in hits
        ):
            return True
    return False


def _place_elsewhere(text: str, keyword: str, decision) -> bool:
    """A place-name keyword ("Bole Hill") in a post that shares no other word with the
    decision's resolution: another matter at the same place (a quarry, not the solar farm)."""
    if not _place_only(keyword):
        return False
    place = content_words(keyword)
    resolution = content_words(" ".join([decision.resolution, *decision.keywords])) - place
    return not (resolution & (content_words(text) - place))


# Words that qualify a thing without making it another thing ("the extra cameras").
_GENERIC_QUALIFIERS = frozenset(
    {
        "extra", "further", "additional", "proposed", "planned", "existing", "agreed",
        "promised", "installed", "bloody", "council's", "village", "parish", "public",
        "current", "latest",
    }
)  # fmt: skip


def _qualified_away(text: str, start: int, keyword: str, decision) -> bool:
    """A one-word keyword right after a content word that neither the decision's resolution nor
    its keywords use: a compound naming another thing ("speed cameras", "traffic cameras")."""
    if " " in keyword.strip():
        return False
    before = re.search(r"([a-z][a-z'\-]+)\s+$", text[max(0, start - 30) : start])
    if before is None or before.group(1) in _GENERIC_QUALIFIERS:
        return False
    words = content_words(before.group(1))
    known = content_words(" ".join([decision.resolution, *decision.keywords]))
    return bool(words) and not words <= known


def _place_only(keyword: str) -> bool:
    """A keyword that is only a street or place name ("Wood Lane"): streets recur in posts about
    other things (grit bins on Wood Lane), so alone they do not identify an agenda item."""
    words = keyword.split()
    return all(w[:1].isupper() for w in words) and words[-1] in PLACE_WORDS


_FIGURE = re.compile(r"£\d[\d,]*(?:\.\d+)?|\d+(?:\.\d+)?%|\b[A-Z]*\d+/\d+\b")


def _figures(title: str) -> list[str]:
    """Distinctive figures in an agenda item's title: options ("+9.5%"), sums ("£52"),
    application numbers ("RB2026/1187"). A post quoting one refers to the item."""
    return [m.group(0).lower() for m in _FIGURE.finditer(title)]


def _mentions_item(item, keywords: list[str], texts: list[str]) -> bool:
    """Does one of ``texts`` refer to the agenda item? A topic keyword or a figure from its title
    is enough; a place-name keyword needs a topic word of the item too ("the Wood Lane mast",
    "Washfield Lane houses")."""
    topic = [k for k in keywords if not _place_only(k)]
    places = [k for k in keywords if _place_only(k)]
    if any(keyword_hits(topic, t) for t in texts):
        return True
    figures = _figures(item.title)
    if figures and any(
        re.search(rf"(?<![\w.]){re.escape(f)}(?![\w])", t) for f in figures for t in texts
    ):
        return True
    if not places or not any(keyword_hits(places, t) for t in texts):
        return False
    item_words = content_words(" ".join([item.title, *topic])) - content_words(" ".join(places))
    return any(item_words & _kindred(content_words(t)) for t in texts)


# Words for the same thing as an item's own ("the Washfield Lane homes" = its dwellings).
_KINDRED = {
    stem: frozenset(content_words(same))
    for word, same in (
        ("homes", "houses dwellings housing"),
        ("home", "houses dwellings housing"),
        ("apartments", "flats"),
    )
    for stem in content_words(word)
}


def _kindred(words: set[str]) -> set[str]:
    extra = [k for w in words & _KINDRED.keys() for k in _KINDRED[w]]
    return words | set(extra) if extra else words


def _only_via_decision(c: Checking, item) -> bool:
    """The post reaches an agenda item only through keywords it shares with a decision already
    taken, and names that decision by keywords of its own ("the CCTV cameras they agreed for the
    rec" is about the cameras decided, not the skate park at the rec still to be decided): a
    closed mind about a decision made is judged under 6.4, not 6.11."""
    text = c.text.light.text
    hits = {k for k in item.keywords if keyword_hits([k], text)}
    if not hits:
        return False
    for d in c.ctx.decisions:
        if d.date > c.day:
            continue
        shared = {k.lower() for k in d.keywords}
        own = [k for k in d.keywords if k.lower() not in {h.lower() for h in item.keywords}]
        if all(h.lower() in shared for h in hits) and keyword_hits(own, text):
            return True
    return False


def _undecided_items(c: Checking, include_reply: bool = True):
    texts = [c.text.light.text]
    if include_reply and c.reply is not None:
        texts.append(c.reply.light.text)
    out = []
    for item in c.ctx.agenda_items:
        if not c.ctx.undecided(item, c.at):
            continue
        keywords = list(item.keywords)
        if item.confidential and item.confidential in c.ctx.confidential_by_id:
            keywords += c.ctx.confidential_by_id[item.confidential].keywords
        if _mentions_item(item, keywords, texts):
            out.append(item)
    return out


# Words of an item's title and keywords too general to name it ("planning application"). The
# council's own place names ("the parish", the district, the village) are as general; they come
# from the pack's ``local_place_words`` lexicon so another council's pack names its own places.
_GENERIC_ITEM_WORDS = frozenset(
    {
        "planning", "application", "permission", "outline", "proposal", "propose", "response",
        "council", "parish", "full", "year", "new", "land", "part", "exempt", "request",
        "consultation", "change", "use", "former", "option", "options", "road", "lane",
        "station", "church", "2027", "2028", "2026",
    }
)  # fmt: skip


def local_place_words(pack) -> frozenset[str]:
    """The pack's ``local_place_words`` (plain words; patterns are ignored), or none."""
    entries = pack.lexicons.get("local_place_words", ()) if pack is not None else ()
    return frozenset(e.lower() for e in entries if not e.startswith("re:"))


def _item_words(item, places: frozenset[str] = frozenset()) -> frozenset[str]:
    # keyed by all it is made from: two contexts may give one id different titles or keywords,
    # two packs different place names
    key = (item.id, item.title, tuple(item.keywords), places)
    words = _ITEM_WORDS.get(key)
    if words is None:
        found = content_words(" ".join([item.title, *item.keywords]).replace("-", " "))
        found -= content_words(" ".join(_GENERIC_ITEM_WORDS | places))
        words = _ITEM_WORDS[key] = frozenset(found)
    return words


_ITEM_WORDS: dict[tuple[str, str, tuple[str, ...], frozenset[str]], frozenset[str]] = {}


def named_by_words(c: Checking, items) -> list:
    """Items still to be decided that the post names by two words of their own title or keywords
    ("the grass cutting bids" ~ "grass cutting contract" and "tender bids"): used by 6.11 to tie
    a declared stance to an item when no keyword matches whole."""
    words = content_words(c.text.light.text.replace("-", " "))
    places = local_place_words(c.pack)
    return [
        i for i in items if c.ctx.undecided(i, c.at) and len(_item_words(i, places) & words) >= 2
    ]
