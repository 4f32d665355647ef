"""Small-number suppression for counts about complaints.

In a parish council a count of one or two complaints can point to a person: "one complaint
about an employee, decided in June" may be enough to say who, and then the count is personal
data (UK GDPR Art 4(1): identifiable "directly or indirectly"). Suppressing small cells is the
usual answer (the Government Statistical Service's "Disclosure control guidance for tables
produced from administrative sources"; the ICO's guidance on anonymisation). The rule here:

- a count of 1 or 2 is shown as "fewer than 3" (primary suppression); 0 and 3 or more are shown;
- in a breakdown whose total is shown, if exactly one cell is suppressed its number could be
  worked out by subtraction, so the next smallest non-zero cell is hidden too ("not shown",
  secondary suppression).

Only complaints are suppressed: posts, checks and findings are about the council's own
publishing, and self-checks are only ever counted.
"""

from __future__ import annotations

from collections.abc import Sequence

THRESHOLD = 3
SMALL = "fewer than 3"
HIDDEN = "not shown"

Shown = int | str  # a count, or SMALL / HIDDEN


def shown(count: int) -> Shown:
    """The count as it may be published: 1 and 2 become "fewer than 3"."""
    return SMALL if 0 < count < THRESHOLD else count


def shown_breakdown(
    cells: Sequence[tuple[str, int]], total_shown: bool = True
) -> tuple[tuple[str, Shown], ...]:
    """A breakdown (label, count) made safe to publish beside its total.

    When the total is published and exactly one cell is suppressed, the smallest other
    non-zero cell is hidden as well, so no suppressed count can be found by subtraction.
    """
    out: list[tuple[str, Shown]] = [(label, shown(count)) for label, count in cells]
    suppressed = [i for i, (_, value) in enumerate(out) if value == SMALL]
    if total_shown and len(suppressed) == 1:
        others = [(count, i) for i, (_, count) in enumerate(cells) if count >= THRESHOLD]
        if others:
            _, i = min(others)
            out[i] = (out[i][0], HIDDEN)
    return tuple(out)
