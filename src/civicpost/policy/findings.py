"""Severity, Finding, Report and the verdict.

The verdict of a report is the highest severity among its findings, or ``clear`` when none:
``clear`` < ``advice`` < ``caution`` < ``breach``.
"""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from typing import Any


class Severity(enum.IntEnum):
    """How serious a finding is. Ordered, so ``max()`` gives the verdict."""

    CLEAR = 0
    ADVICE = 1
    CAUTION = 2
    BREACH = 3

    @classmethod
    def parse(cls, value: str) -> Severity:
        try:
            return cls[value.strip().upper()]
        except (KeyError, AttributeError):
            raise ValueError(
                f"unknown severity {value!r} (use advice, caution or breach)"
            ) from None

    @property
    def label(self) -> str:
        return self.name.lower()


FINDING_SEVERITIES = (Severity.ADVICE, Severity.CAUTION, Severity.BREACH)


@dataclass(frozen=True)
class Finding:
    """One thing a rule found, tied to a clause of the policy pack.

    ``start``/``end`` are character offsets into the *original* string named by ``field``
    (``text``, ``display_name``, ``handle``, ``bio``, ``attachment[N]``, or ``post`` when the
    finding is about the post as a whole, in which case the span is empty).
    """

    rule: str
    clause: str
    severity: Severity
    message: str
    start: int = 0
    end: int = 0
    field: str = "text"
    suggestion: str = ""
    evidence: str = ""
    confidence: float = 1.0

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["severity"] = self.severity.label
        return data


@dataclass(frozen=True)
class Report:
    """The result of checking one post."""

    findings: tuple[Finding, ...] = field(default_factory=tuple)
    pack: str = ""
    post_id: str | None = None

    @property
    def verdict(self) -> Severity:
        return max((f.severity for f in self.findings), default=Severity.CLEAR)

    @property
    def clauses(self) -> set[str]:
        return {f.clause for f in self.findings}

    def at_least(self, severity: Severity) -> list[Finding]:
        return [f for f in self.findings if f.severity >= severity]

    @property
    def exit_status(self) -> int:
        """0 clear, 1 advice or caution, 2 breach (the CLI's contract)."""
        verdict = self.verdict
        if verdict is Severity.BREACH:
            return 2
        return 1 if verdict > Severity.CLEAR else 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.post_id,
            "verdict": self.verdict.label,
            "pack": self.pack,
            "findings": [f.to_dict() for f in self.findings],
        }
