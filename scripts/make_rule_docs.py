#!/usr/bin/env python3
"""Write docs/rules.md, the rule reference, from the rules' own docstrings and the pack.

    .venv/bin/python scripts/make_rule_docs.py

A test checks the committed file matches, so the reference never drifts from the code.
"""

from __future__ import annotations

import sys
from pathlib import Path

from civicpost.policy import load_pack
from civicpost.policy.render import render_explain

TARGET = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def rule_reference() -> str:
    pack = load_pack()
    parts = [
        "# Rule reference",
        "",
        f"Generated from the rules' docstrings and the policy pack `{pack.id}` version "
        f"{pack.version} by `scripts/make_rule_docs.py`. `civicpost explain RULE` prints the "
        "same text; the web app shows it on each rule's page.",
        "",
    ]
    for clause in pack.clauses.values():
        parts += [f"## Clause {clause.id}: {clause.title}", "", f"> {clause.text}", ""]
        for slug in clause.rules:
            parts += ["```text", render_explain(slug, pack).rstrip(), "```", ""]
    return "\n".join(parts)


def main() -> int:
    TARGET.parent.mkdir(exist_ok=True)
    TARGET.write_text(rule_reference(), encoding="utf-8")
    print(f"wrote {TARGET.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
