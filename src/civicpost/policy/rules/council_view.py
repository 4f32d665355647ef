"""Section 6, clause 6.2: personal opinions presented as those of the council."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..detectors.matching import keyword_hits
from .agenda_refs import _decided_topic, _undecided_items
from .base import Checking, Hit, once_per_post, rule
from .good_practice import _partisan
from .predetermination import predetermination
from .signals import party_named
from .structures import council_stance, council_voice, declared_stance, divisive_issue
from .structures import official_politics as national_politics
from .structures.council_voice import council_name_used
from .structures.politics import faith_culture, voter_shame
from .structures.positions import declared_preference

# A notice given in the council's name ("On behalf of the parish council: the market is
# cancelled", "I'm pleased to announce the switch-on will be ..."): unauthorised (4.1), but it
# states no view. Only the "on behalf of" form is excused, and only with no side taken in it.
_ON_BEHALF = re.compile(r"\bon behalf of\b")
_NOTICE = re.compile(
    r"\b(?:pleased|delighted|happy|able) to (?:announce|confirm|let (?:you|everyone) know)\b|"
    r"\b(?:is|are|has been|have been|'s) (?:now )?(?:cancelled|postponed|called off|rescheduled|"
    r"moved to|closed until)\b|\bwill (?:take place|be held)\b"
)
_VIEWED = re.compile(
    r"\b(?:congrat\w*|thanks?|thank you|well done|proud|disgust\w*|disgrace\w*|sick of|fed up|"
    r"back|backs|behind|against|oppose\w*|support\w*|think|believe|feel|want|love|best|worst|"
    r"great|shame|appalled|delighted with|not happy|won'?t|will not|never)\b|\b[A-Z]{3,}\b"
)
# A vote asked for a named person ("vote Booth on 4 May", "get out and vote for him").
_VOTE_FOR = re.compile(r"\b(?:vote|re-?elect)(?: for)?\s+(?:cllr\.?\s+|councillor\s+)?$", re.I)


def _notice_only(c: Checking, voice: tuple[int, int, str]) -> bool:
    """The council's name put on a plain notice (an event's date, a cancellation), with no
    view, feeling, praise or emphasis in it."""
    if not _ON_BEHALF.search(voice[2].lower()):
        return False
    light = c.text.light.text
    if not _NOTICE.search(light) or council_stance(c):
        return False
    rest = c.post.text[: voice[0]] + " " + c.post.text[voice[1] :]
    return not (_VIEWED.search(rest.lower()) or _VIEWED.search(rest.replace("TBC", "")))


def _concluded_matter(c: Checking) -> bool:
    """A matter the council kept confidential until a date now past ("the council has agreed to
    buy the Mill Lane paddock", after the negotiation's end date): the council's own business,
    reported once it may be told, not a decision the poster made up."""
    text = c.text.light.text
    return any(
        m.until is not None and m.until < c.day and keyword_hits(list(m.keywords), text)
        for m in c.ctx.confidential
    )


def _vote_for_named(c: Checking) -> tuple[int, int, str] | None:
    """A vote asked for a person named in the registers ("vote Booth on 4 May")."""
    if "vote" not in c.text.light.text and "elect" not in c.text.light.text:
        return None
    for m in c.mentions:
        before = c.post.text[max(0, m.start - 30) : m.start]
        if _VOTE_FOR.search(before):
            return m.start, m.end, c.post.text[m.start : m.end]
    return None


def _politics(c: Checking) -> tuple[int, int, str] | None:
    """Party or national politics on the council's page (the G.3 forms that take a side, not
    faith): a party's voters shamed, a side on a divisive issue, a stance on the government.
    A festival greeting turned culture war is faith, judged under G.3 alone."""
    if c.has("devotional") or faith_culture(c):
        return None
    return _partisan(c) or voter_shame(c) or divisive_issue(c) or national_politics(c)


def side_in_councils_name(
    c: Checking, voice: tuple[int, int, str] | None
) -> tuple[int, int, str] | None:
    """A side taken in the council's name on something it has not decided: ``voice`` (the
    council's voice found in the post) on an item still to be decided, or the council's stance on
    a topic no decision covers. Clause 6.2 on the official account; clause 4.2 reads the same in
    a pre-election period (round 23d)."""
    if voice and _undecided_items(c, include_reply=False):
        return voice
    stance = council_stance(c)
    return stance if stance and not _decided_topic(c) else None


@rule(
    "personal-opinion-as-council",
    lexicons=(
        "council_voice",
        "opinion_markers",
        "parties",
        "endorsements",
        "commercial_plug",
        "campaign_slogans",
    ),
)
def personal_opinion_as_council(c: Checking) -> Iterator[Hit]:
    """A personal view presented as the council's, or posted in the council's name.

    What it looks for:
        On a personal account: claims to speak for the council ("we at the parish council have
        decided", "the council's official line is", "we at Ashby PC think", "the council doesn't
        want", "on behalf of the parish council, ...") about something the council has not
        decided; the council as the subject taking a side, holding a view or a feeling, or
        promising money ("Ashby PC is 100% behind ...", "the parish council fully backs ...",
        "the parish council is very disappointed with ...", "the council will be finding the
        money for ...", "won't be putting a penny towards ...", "won't be renewing the pitch
        hire", "can't afford a skate park", "the parish council's giving them their skate
        park", "will be funding the club's grant bid in full"); a new thing it is said to have
        agreed ("the council's agreed to put two more dog bins on Mill Lane"); a position stated
        in its name
        ("Ashby PC position on the Local Plan: ...", "from the parish council's point of view",
        "speaking for Ashby PC: ..."); the council satisfied with or considering something
        ("the council is fully satisfied with its choice"); a stance sent out under the
        council's name or on its paper ("a letter on parish council paper saying we DO object"),
        whatever it decided.
        A committee speaks for the council too ("the Amenities Committee WILL be backing ..."),
        and so does a statement in its name ("the council wishes to make it clear ..."); a
        plain notice given "on behalf of the parish council" (a cancellation, a date) is not a
        view.
        On an official account: first-person opinion ("I think"), party politics, endorsements,
        a vote asked for a named person ("vote Booth on 4 May"), national politics taking a side
        (a government credited or to be voted out, a divisive issue; not faith),
        a recommendation of a private business ("our Gaz recommends ... Roofing"), campaign
        slogans during a pre-election period ("let's keep Treeton moving forward"), the
        council taking a side on an item it has not yet decided, or taking a side or a view on
        any matter with no decision recorded ("the parish council believes ...", "we at the
        parish council think ...", "our view at the parish council: ..."), a vote declared or a
        side to be argued for on an item still to be decided ("I'll be pushing for the freeze"),
        and any closed mind on such an item found under 6.11 ("we'll be saying NO to it, simple
        as").

    Why it matters:
        Clause 6.2: employees and councillors must not "present personal opinions as that of the
        Parish Council".

    Example:
        "The parish council backs the skate park 100%" before the committee has met.

    Instead:
        Say "I think" on your own account; on the council's account, report decisions and facts.

    Known limits:
        Recognises common phrasings; a claim matching a recorded decision is taken as a report,
        unless it names another thing under the decision's keyword ("speed cameras" when CCTV
        cameras were decided) or only the decision's place ("a quarry at Bole Hill" when a
        solar farm there was decided), or a confidential matter whose date has passed (a purchase
        told once it may be). The council's own page may announce spending and say it is
        appalled by vandalism.
    """
    voice = c.first("council_voice") or council_voice(c) or council_stance(c)
    if not c.official:
        if (used := council_name_used(c)) is not None:
            yield Hit(
                used[0],
                used[1],
                f"'{used[2]}' puts a personal stance out under the council's name.",
                "Say it is your own view; only the council can say what the council thinks.",
            )
            return
        if (
            voice
            and not (_decided_topic(c) and not _undecided_items(c, include_reply=False))
            and not _notice_only(c, voice)
            and not _concluded_matter(c)
            and not _OWN_VIEW_ONLY.search(c.text.light.text)
        ):
            yield Hit(
                voice[0],
                voice[1],
                f"'{voice[2]}' presents a view as the council's, but the registers record no "
                "such decision.",
                "Say it is your own view, or quote the council's decision and minute.",
            )
        return
    opinion = (
        c.first("opinion_markers")
        or party_named(c)
        or c.first("endorsements")
        or c.first("commercial_plug")
        or _vote_for_named(c)
        or _politics(c)
    )
    if opinion is None and c.ctx.elections_in_period(c.at):
        opinion = c.first("campaign_slogans")
    if opinion is None:
        opinion = side_in_councils_name(c, voice)
    if (
        opinion is None
        and (found := declared_stance(c) or declared_preference(c))
        and _undecided_items(c, False)
    ):
        # a vote declared or a side to be argued for, on an item still to be decided ("I'll be
        # pushing for the freeze", "we'll be going for the full £85k")
        opinion = found
    if opinion is None and (closed := _closed_mind(c)) is not None:
        # a closed mind on an item still to be decided, posted on the council's own page, is
        # also the poster's side given out as the council's ("we'll be saying NO to ...")
        opinion = closed
    if opinion:
        yield Hit(
            opinion[0],
            opinion[1],
            f"'{opinion[2]}' is a personal or political view on the council's account.",
            "Keep the council's account to decisions and facts; post opinions on your own account.",
        )


# Round 37: the poster says the view is theirs alone, or that the council has no view yet ("A few
# people have asked what the parish council thinks. The council hasn't discussed it, so I can
# only speak for myself: ..."): the council's name in a question reported, not a claim.
_OWN_VIEW_ONLY = re.compile(
    r"\b(?:(?:i )?can only speak for myself|speaking (?:only )?for myself|"
    r"(?:the )?(?:parish )?council (?:hasn't|has not|hasnt) (?:yet )?(?:discussed|debated|"
    r"considered|taken a (?:view|position|stance)))\b"
)


@once_per_post
def _closed_mind(c: Checking) -> tuple[int, int, str] | None:
    """The first closed-mind finding of the predetermination rule (6.11), as a span."""
    hit = next(iter(predetermination(c)), None)
    if hit is None or hit.field != "text":
        return None
    return hit.start, hit.end, c.post.text[hit.start : hit.end]
