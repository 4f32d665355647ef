"""Structural signals: shapes of a sentence that carry a clause whatever the words.

The third generalisation round replaced phrase families by structures that generalise by
construction: who is speaking about whom (first, second or third person), what is being done
(calling readers to act, declaring a vote, stating a verdict, spending money), and how the text
is shaped (a reply, shouting in capitals, mocking emoji, rhetorical questions). Each function
answers one question about the post and returns the span of its evidence (original offsets) or
None. The rules that use them cite the clause they serve.

The signals are split by the clause family they serve, one module each:

- ``decisions``: 6.4, acting against a decision or misstating one.
- ``positions``: 6.11, stated positions and verdicts before the meeting.
- ``council_voice``: 6.2, speaking in the council's voice and taking its stance.
- ``insiders``: 6.3, councillors and officers misusing, neglecting or running down the council.
- ``replies``: G.2 heated replies and stoking, 6.9 jibes and retorts.
- ``exposure``: 5.1, the poster's own whereabouts, routine, home and children.
- ``spending``: 4.3, a candidate's campaign spending.
- ``offences``: 6.10 / 6.3 / 6.6, offences advised, owned up to, urged or alleged, culprits
  pointed out, someone singled out.
- ``politics``: G.3, party colours, preaching, divisive issues, partisan stances.
- ``communities``: 6.3 / 6.9, hostility to a community or to migrants.
- ``_common``: shared helpers (the light view, searching it, the decisions a text is about,
  negation) and the patterns more than one family uses.

This package re-exports the names the rules and tests import.
"""

from ._common import negated, preceded_by
from .communities import community_hostility, community_stereotype, migrant_hostility
from .council_voice import council_stance, council_voice
from .decisions import (
    acting_against_decision,
    acting_on_it,
    campaign_against_stance,
    decisions_about,
    disabled_outcome,
    doing_the_chosen,
    legal_challenge,
    misstated_figure,
    misstated_stance,
    restored_outcome,
    undo_call,
)
from .exposure import PLATE, own_children_pictured, own_exposure
from .insiders import (
    duty_neglect,
    idle_on_duty,
    insider_derision,
    insider_tease,
    office_leverage,
    resource_misuse,
    scare_quoted_misdeed,
)
from .offences import (
    SINGLED_OUT,
    appeal_culprit,
    covert_offence,
    culprit,
    disable_call,
    harm_threat,
    kept_found,
    named_culprit,
    named_in_full,
    obstruction_call,
    pile_on_call,
    piracy_link,
    reported_allegation,
    singled_out,
    urged_harm,
)
from .politics import colour_call, divisive_issue, official_politics, partisan_stance, preaching
from .positions import declared_stance, meetings_named, stated_position
from .replies import (
    heated_reply,
    jibe,
    love_it_or_leave_it,
    put_down,
    shouting_words,
    voters_damned,
)
from .spending import TRADE_ADVERT, campaign_spending

__all__ = [
    "PLATE",
    "SINGLED_OUT",
    "acting_against_decision",
    "acting_on_it",
    "appeal_culprit",
    "campaign_against_stance",
    "legal_challenge",
    "TRADE_ADVERT",
    "campaign_spending",
    "colour_call",
    "community_hostility",
    "community_stereotype",
    "council_stance",
    "council_voice",
    "covert_offence",
    "culprit",
    "decisions_about",
    "declared_stance",
    "disable_call",
    "disabled_outcome",
    "divisive_issue",
    "doing_the_chosen",
    "duty_neglect",
    "harm_threat",
    "piracy_link",
    "heated_reply",
    "idle_on_duty",
    "insider_derision",
    "insider_tease",
    "jibe",
    "kept_found",
    "love_it_or_leave_it",
    "meetings_named",
    "migrant_hostility",
    "misstated_figure",
    "misstated_stance",
    "named_culprit",
    "pile_on_call",
    "preceded_by",
    "named_in_full",
    "negated",
    "obstruction_call",
    "office_leverage",
    "official_politics",
    "own_children_pictured",
    "own_exposure",
    "partisan_stance",
    "preaching",
    "put_down",
    "reported_allegation",
    "resource_misuse",
    "restored_outcome",
    "scare_quoted_misdeed",
    "shouting_words",
    "singled_out",
    "stated_position",
    "undo_call",
    "urged_harm",
    "voters_damned",
]
