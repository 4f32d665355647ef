"""Clause 4.3: a candidate's campaign spending."""

from __future__ import annotations

import re

from ..base import Checking
from ._common import _search

# ---- 4.3: a candidate's campaign spending ------------------------------------------------------

SPENDING = re.compile(
    r"\b(?:spent|spend|spending|paid|pay|stuck|put|splashed|forked out|shelled out|cost me)\b"
    r"[^.!?]{0,60}\b(?:ads?|adverts?|advertising|boost(?:ed|ing|s)?|promoted posts?|sponsored|"
    r"banner|leaflets?|flyers?|posters?)\b|"
    r"\b(?:facebook|instagram|meta|tiktok|x|google) (?:ads?|adverts?|advertising)\b"
)


def campaign_spending(c: Checking) -> tuple[int, int, str] | None:
    """Clause 4.3: a candidate writing about money spent on advertising, boosting or campaign
    material (the judge of candidacy and dates is the caller)."""
    return _search(c, SPENDING)
