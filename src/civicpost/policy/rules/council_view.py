"""Section 6, clause 6.2: personal opinions presented as those of the council."""

from __future__ import annotations

from collections.abc import Iterator

from .agenda_refs import _decided_topic, _undecided_items
from .base import Checking, Hit, rule
from .structures import council_stance, council_voice, declared_stance
from .structures.council_voice import council_name_used
from .structures.positions import declared_preference


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
        money for ...", "won't be putting a penny towards ..."); a position stated in its name
        ("Ashby PC position on the Local Plan: ...", "from the parish council's point of view",
        "speaking for Ashby PC: ..."); the council satisfied with or considering something
        ("the council is fully satisfied with its choice"); a stance sent out under the
        council's name or on its paper ("a letter on parish council paper saying we DO object"),
        whatever it decided.
        On an official account: first-person opinion ("I think"), party politics, endorsements,
        a recommendation of a private business ("our Gaz recommends ... Roofing"), campaign
        slogans during a pre-election period ("let's keep Treeton moving forward"), the
        council taking a side on an item it has not yet decided, or taking a side or a view on
        any matter with no decision recorded ("the parish council believes ...", "we at the
        parish council think ...", "our view at the parish council: ..."), a vote declared or a
        side to be argued for on an item still to be decided ("I'll be pushing for the freeze").

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
        solar farm there was decided). The council's own page may announce spending and say it
        is appalled by vandalism.
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
        if voice and not (_decided_topic(c) and not _undecided_items(c, include_reply=False)):
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
        or c.first("parties")
        or c.first("endorsements")
        or c.first("commercial_plug")
    )
    if opinion is None and c.ctx.elections_in_period(c.at):
        opinion = c.first("campaign_slogans")
    if opinion is None and voice and _undecided_items(c, include_reply=False):
        opinion = voice
    if opinion is None and (found := council_stance(c)) and not _decided_topic(c):
        opinion = found
    if (
        opinion is None
        and (found := declared_stance(c) or declared_preference(c))
        and _undecided_items(c, False)
    ):
        # a vote declared or a side to be argued for, on an item still to be decided ("I'll be
        # pushing for the freeze", "we'll be going for the full £85k")
        opinion = found
    if opinion:
        yield Hit(
            opinion[0],
            opinion[1],
            f"'{opinion[2]}' is a personal or political view on the council's account.",
            "Keep the council's account to decisions and facts; post opinions on your own account.",
        )
