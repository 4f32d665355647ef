"""Cut a post's text into pieces so the findings' words can be highlighted in the page."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from civicpost.policy import Finding


@dataclass(frozen=True)
class Piece:
    text: str
    marks: tuple[int, ...] = ()  # numbers (1-based) of the findings covering this piece

    @property
    def label(self) -> str:
        return ", ".join(str(n) for n in self.marks)


def pieces(text: str, findings: Sequence[Finding]) -> list[Piece]:
    """Split ``text`` at every finding boundary; overlapping findings share a piece."""
    spans = [
        (f.start, f.end, n)
        for n, f in enumerate(findings, start=1)
        if f.field == "text" and 0 <= f.start < f.end <= len(text)
    ]
    cuts = sorted({0, len(text), *(s for s, _, _ in spans), *(e for _, e, _ in spans)})
    out = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        marks = tuple(n for s, e, n in spans if s <= start and end <= e)
        out.append(Piece(text[start:end], marks))
    return out
