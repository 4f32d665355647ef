"""The rule reference in docs/ is generated from the code and must not drift from it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_rule_reference_is_up_to_date() -> None:
    spec = importlib.util.spec_from_file_location(
        "make_rule_docs", ROOT / "scripts" / "make_rule_docs.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    committed = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == module.rule_reference(), (
        "docs/rules.md is out of date: run .venv/bin/python scripts/make_rule_docs.py"
    )
