"""The rule framework: the registry, what a rule returns (Hit), and what it is given (Checking).

A rule is a small function ``rule(c: Checking) -> Iterable[Hit]`` registered with ``@rule(slug)``.
It never decides severity or clause: the pack does. It may name a *variant* (for example
``neutral-mention``) that the pack can give a different severity.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property
from typing import TypeVar

from ..context import Context, Person
from ..detectors.links import Link, find_links
from ..detectors.names import Mention, PeopleIndex
from ..detectors.personal_data import Span, find_personal_data
from ..post import Post
from ..text import Normalised, normalise

if False:  # pragma: no cover - typing only
    from ..pack import Pack


T = TypeVar("T")


@functools.lru_cache(maxsize=512)
def _normalise_account_field(text: str) -> Normalised:
    """An account's display name or bio, normalised once: several rules read them, and every
    post from one account carries the same ones (``Normalised`` is immutable)."""
    return normalise(text)


@dataclass(frozen=True)
class Hit:
    """What a rule found. Offsets are into the original string named by ``field``."""

    start: int
    end: int
    message: str
    suggestion: str = ""
    evidence: str = ""
    field: str = "text"
    variant: str | None = None
    confidence: float = 1.0


RuleFunc = Callable[["Checking"], Iterable[Hit]]


@dataclass(frozen=True)
class RuleSpec:
    slug: str
    func: RuleFunc
    section: str
    lexicons: tuple[str, ...] = ()
    # A hint (rules/hints.py) is dropped when another rule raised its clause (see check()).
    hint: bool = False

    @property
    def doc(self) -> str:
        import inspect

        return inspect.cleandoc(self.func.__doc__ or "")

    @property
    def summary(self) -> str:
        lines = [ln.strip() for ln in self.doc.splitlines()]
        return lines[0] if lines else ""


REGISTRY: dict[str, RuleSpec] = {}


def rule(
    slug: str, *, lexicons: tuple[str, ...] = (), hint: bool = False
) -> Callable[[RuleFunc], RuleFunc]:
    """Register a rule under a stable slug; ``hint`` marks a statistical hint (rules/hints.py)."""

    def register(func: RuleFunc) -> RuleFunc:
        if slug in REGISTRY:
            raise RuntimeError(f"rule {slug!r} registered twice")
        section = func.__module__.rsplit(".", 1)[-1]
        REGISTRY[slug] = RuleSpec(slug, func, section, lexicons, hint)
        return func

    return register


_INDEX_CACHE: dict[int, tuple[Context, PeopleIndex]] = {}
# A sentence ends at . ! ? or a line break, or at an emoji followed by a capital letter, as posts
# use it for a full stop ("Thank you all for coming 🌷 Cllr Gill attended for the council"). The
# emoji run must start after a non-emoji and is taken whole (++), so a long run costs linear time.
_EMOJI = "\U0001f300-\U0001faff\u2600-\u27bf\ufe0f\u200d"
_SENTENCE_END = re.compile(rf"[.!?]+|\n|(?<![{_EMOJI}])[{_EMOJI}]++(?=\s+[A-Z])")


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        spans.append((start, m.end()))
        start = m.end()
    spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


def people_index(context: Context) -> PeopleIndex:
    """One compiled index per context (contexts are immutable; keyed by identity)."""
    cached = _INDEX_CACHE.get(id(context))
    if cached is not None and cached[0] is context:
        return cached[1]
    index = PeopleIndex(context)
    if len(_INDEX_CACHE) > 32:
        _INDEX_CACHE.clear()
    _INDEX_CACHE[id(context)] = (context, index)
    return index


class Checking:
    """Everything a rule may look at for one post, computed lazily and at most once."""

    def __init__(self, post: Post, context: Context, pack: Pack) -> None:
        self.post = post
        self.ctx = context
        self.pack = pack
        self.at: dt.datetime = post.at or dt.datetime.now(dt.UTC)
        self.channel = post.account.kind
        self._found: dict[tuple[str, int], list[tuple[int, int, str]]] = {}
        self._keep: list[Normalised] = []

    # ---- basic facts ------------------------------------------------------------------------

    @property
    def official(self) -> bool:
        return self.post.account.official

    @cached_property
    def day(self) -> dt.date:
        return self.ctx.local_date(self.at)

    @cached_property
    def author(self) -> Person | None:
        return self.ctx.person(self.post.author)

    @cached_property
    def text(self) -> Normalised:
        return normalise(self.post.text)

    @cached_property
    def reply(self) -> Normalised | None:
        return normalise(self.post.in_reply_to) if self.post.in_reply_to else None

    def field_text(self, name: str) -> Normalised:
        account = self.post.account
        return _normalise_account_field(getattr(account, name) or "")

    @cached_property
    def attachment_text(self) -> str:
        parts = []
        for a in self.post.attachments:
            parts.extend([a.description, a.credit or "", " ".join(a.people)])
        return " ".join(p for p in parts if p)

    # ---- detectors ----------------------------------------------------------------------------

    @cached_property
    def links(self) -> list[Link]:
        return find_links(self.text)

    @cached_property
    def personal_data(self) -> list[Span]:
        return find_personal_data(self.text)

    @cached_property
    def masked(self) -> list[tuple[int, int]]:
        """Spans of links and email addresses (original offsets): names inside are not names."""
        spans = [(link.start, link.end) for link in self.links]
        spans += [(s.start, s.end) for s in self.personal_data if s.kind == "email"]
        return spans

    @cached_property
    def people(self) -> PeopleIndex:
        return people_index(self.ctx)

    @cached_property
    def mentions(self) -> list[Mention]:
        return self.people.find(self.text, self.masked)

    def mentioned_ids(self) -> set[str]:
        return {pid for m in self.mentions for pid in m.person_ids}

    def attachment_people(self) -> list[tuple[int, str, set[str]]]:
        """(attachment index, name as written, matching person ids) for people shown in media."""
        out = []
        for index, attachment in enumerate(self.post.attachments):
            for name in attachment.people:
                out.append((index, name, self.people.match_name(name)))
        return out

    # ---- lexicons -----------------------------------------------------------------------------

    def find(self, lexicon: str, norm: Normalised | None = None) -> Iterator[tuple[int, int, str]]:
        """Matches of a pack lexicon on the full view, as original offsets and the matched text.
        Memoised per lexicon and text: several rules ask the same question."""
        norm = norm or self.text
        key = (lexicon, id(norm))
        cached = self._found.get(key)
        if cached is None:
            cached = []
            pattern = self.pack.lexicon(lexicon)
            for m in pattern.finditer(norm.full.text):
                start, end = norm.full.span(m.start(), m.end())
                if norm is self.text and any(start < e and s < end for s, e in self.masked):
                    continue
                cached.append((start, end, m.group(0)))
            self._found[key] = cached
            self._keep.append(norm)  # keep ``norm`` alive so its id is not reused
        return iter(cached)

    def first(self, lexicon: str, norm: Normalised | None = None) -> tuple[int, int, str] | None:
        return next(self.find(lexicon, norm), None)

    def has(self, lexicon: str, norm: Normalised | None = None) -> bool:
        return self.first(lexicon, norm) is not None

    # ---- sentences ----------------------------------------------------------------------------

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        return _sentences(self.post.text)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [start for start, _ in self.sentences]

    def sentence_of(self, offset: int) -> tuple[int, int]:
        # the sentences are in order and do not overlap: the last one starting at or before
        # the offset is the only one that can hold it
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and offset < self.sentences[i][1]:
            return self.sentences[i]
        return 0, len(self.post.text)

    def light_hit(self, match: re.Match[str]) -> tuple[int, int, str]:
        """A match on the light view of the text, as original offsets and the original words."""
        start, end = self.text.light.span(match.start(), match.end())
        return start, end, self.post.text[start:end]

    def light_range(self, start: int, end: int) -> str:
        """The light view (lower-cased, folded) of original span [start, end)."""
        light = self.text.light
        # its offsets never decrease, so the characters from [start, end) are one slice of it
        return light.text[light.index_of(start) : light.index_of(end)]

    def light_sentence(self, offset: int) -> str:
        """The light view (lower-cased, folded) of the sentence around original ``offset``."""
        return self.light_range(*self.sentence_of(offset))

    def in_sentence(self, lexicon: str, offset: int) -> tuple[int, int, str] | None:
        start, end = self.sentence_of(offset)
        for hit in self.find(lexicon):
            if start <= hit[0] < end:
                return hit
        return None


def once_per_post(fn: Callable[[Checking], T]) -> Callable[[Checking], T]:
    """Remember ``fn``'s answer on the checking: several rules ask one post the same question."""
    key = f"_once_{fn.__module__}.{fn.__qualname__}"

    @functools.wraps(fn)
    def wrapper(c: Checking) -> T:
        cache = c.__dict__
        if key not in cache:
            cache[key] = fn(c)
        return cache[key]

    return wrapper


def once_per_context(fn: Callable[[Checking], T]) -> Callable[[Checking], T]:
    """Remember ``fn``'s answer for the checking's registers: what they hold does not change
    from post to post. Kept by the context's identity (checked, as an id may be reused once a
    context is gone), for a few contexts at most."""
    cache: dict[int, tuple[Context, T]] = {}

    @functools.wraps(fn)
    def wrapper(c: Checking) -> T:
        got = cache.get(id(c.ctx))
        if got is not None and got[0] is c.ctx:
            return got[1]
        answer = fn(c)
        if len(cache) > 16:
            cache.clear()
        cache[id(c.ctx)] = (c.ctx, answer)
        return answer

    return wrapper


def once_per_sentence(c: Checking, key: str, span: tuple[int, int], answer) -> bool:
    """``answer(c, s, e)`` for the sentence ``span``, remembered on ``c`` under ``key``: a
    question asked once per hit of a sentence's, asked once per sentence (a post of one long
    sentence may have thousands of hits)."""
    memo = c.__dict__.setdefault(key, {})
    got = memo.get(span)
    if got is None:
        got = memo[span] = answer(c, *span)
    return got


def whole_post(message: str, suggestion: str = "", evidence: str = "", **kw: object) -> Hit:
    """A finding about the post as a whole (who posts, when), with an empty span."""
    return Hit(0, 0, message, suggestion, evidence, field="post", **kw)  # type: ignore[arg-type]
