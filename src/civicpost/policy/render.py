"""Rendering reports: text (like a linter), JSON, and SARIF 2.1.0."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from .findings import Finding, Report
from .pack import Pack
from .post import Post
from .rules import REGISTRY


def _line_col(text: str, offset: int) -> tuple[int, int, str]:
    offset = max(0, min(offset, len(text)))
    line_start = text.rfind("\n", 0, offset) + 1
    line_end = text.find("\n", offset)
    line_end = len(text) if line_end < 0 else line_end
    return text.count("\n", 0, offset) + 1, offset - line_start + 1, text[line_start:line_end]


def _field_text(post: Post, finding: Finding) -> str:
    if finding.field == "text":
        return post.text
    if finding.field in ("display_name", "handle", "bio"):
        return getattr(post.account, finding.field) or ""
    return ""


def render_text(post: Post, report: Report, name: str = "-", pack: Pack | None = None) -> str:
    """``name:line:col  clause  severity  rule  message``, then the line with the span marked;
    last, the verdict (a clear post says so)."""
    out = []
    for f in report.findings:
        source = _field_text(post, f)
        if source and f.end > f.start:
            line, col, content = _line_col(source, f.start)
            where = f"{name}:{line}:{col}" if f.field == "text" else f"{name}[{f.field}]:{col}"
        else:
            content, col, where = "", 0, f"{name}[{f.field}]"
        out.append(f"{where}  {f.clause}  {f.severity.label}  {f.rule}  {f.message}")
        if content and len(content) <= 400:
            width = max(1, min(f.end - f.start, len(content) - col + 1))
            out.append(f"    | {content}")
            out.append(f"    | {' ' * (col - 1)}{'^' * width}")
        if f.suggestion:
            out.append(f"    = help: {f.suggestion}")
    if report.findings:
        out.append(f"{name}: {report.verdict.label} ({len(report.findings)} finding(s))")
    else:
        # say so, as ruff does: a clerk should not have to know that silence means "fine"
        out.append(f"{name}: clear (nothing in this post goes against the policy)")
    return "\n".join(out)


def render_json(report: Report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False)


def render_sarif(items: Sequence[tuple[str, Report]], pack: Pack) -> str:
    """A SARIF 2.1.0 log: one run, rules from the pack, results with character regions."""
    level = {"advice": "note", "caution": "warning", "breach": "error"}
    rules: list[dict[str, Any]] = []
    for slug, config in pack.rules.items():
        clause = pack.clauses[config.clause]
        rules.append({
            "id": slug,
            "name": slug,
            "shortDescription": {"text": REGISTRY[slug].summary},
            "fullDescription": {"text": f"{clause.id} {clause.title}: {clause.text}"},
            "help": {"text": REGISTRY[slug].doc},
            "properties": {"clause": config.clause},
        })  # fmt: skip
    results = []
    for uri, report in items:
        for f in report.findings:
            region: dict[str, Any] = {"charOffset": f.start, "charLength": max(0, f.end - f.start)}
            results.append({
                "ruleId": f.rule,
                "level": level[f.severity.label],
                "message": {"text": f"{f.message} {f.suggestion}".strip()},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri},
                                                    "region": region}}],
                "properties": {"clause": f.clause, "severity": f.severity.label,
                               "field": f.field},
            })  # fmt: skip
    log = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "civicpost", "informationUri": "https://example.invalid/civicpost",
                                "semanticVersion": pack.version, "rules": rules}},
            "results": results,
        }],
    }  # fmt: skip
    return json.dumps(log, ensure_ascii=False, indent=2)


def render_explain(slug: str, pack: Pack) -> str:
    """The rule's documentation with its clause's text and severities, for ``civicpost explain``."""
    spec = REGISTRY[slug]
    lines = [f"{slug}", "=" * len(slug), ""]
    config = pack.rules.get(slug)
    if config is not None:
        clause = pack.clauses[config.clause]
        lines += [f"Clause {clause.id}: {clause.title}", f'  "{clause.text}"', ""]
        sev = ", ".join(
            f"{kind}: {s.label if s else 'not applied'}" for kind, s in config.severity.items()
        )
        lines += [f"Severity ({pack.id}): {sev}", ""]
    lines.append(spec.doc)
    return "\n".join(lines)
