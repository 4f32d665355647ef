"""Policy packs: a council's policy as data.

A pack (YAML) names each clause with its id, title and quoted text, lists the rules that serve it,
gives each rule a severity on official and on personal accounts (``null`` means the rule does not
apply there), and carries thresholds and lexicons. Another council writes its own pack without
touching code. Packs are validated on load; errors name the problem
(``rules.councilor-title: unknown rule``).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from ._yaml import safe_load
from .detectors.lexicon import compile_lexicon, validate_entries
from .errors import PackError
from .findings import FINDING_SEVERITIES, Severity

ACCOUNT_KINDS = ("official", "personal")
TOP_LEVEL_KEYS = {
    "pack", "name", "version", "adopted", "council", "source", "clauses", "rules", "thresholds",
    "lexicons",
}  # fmt: skip


@dataclass(frozen=True)
class Clause:
    id: str
    title: str
    text: str
    rules: tuple[str, ...]


@dataclass(frozen=True)
class RuleConfig:
    slug: str
    clause: str
    severity: dict[str, Severity | None]
    variants: dict[str, dict[str, Severity | None]] = field(default_factory=dict)

    def severity_for(self, account_kind: str, variant: str | None = None) -> Severity | None:
        if variant and variant in self.variants:
            return self.variants[variant].get(account_kind)
        return self.severity.get(account_kind)


@dataclass(frozen=True)
class Pack:
    id: str
    name: str
    version: str
    adopted: dt.date | None
    clauses: dict[str, Clause]
    rules: dict[str, RuleConfig]
    thresholds: dict[str, float]
    lexicons: dict[str, tuple[str, ...]]
    council: str = ""

    def lexicon(self, name: str) -> re.Pattern[str]:
        compiled = self._compiled
        if name not in compiled:
            compiled[name] = compile_lexicon(self.lexicons.get(name, ()))
        return compiled[name]

    @cached_property
    def _compiled(self) -> dict[str, re.Pattern[str]]:
        return {}

    def threshold(self, name: str, default: float) -> float:
        return self.thresholds.get(name, default)

    @cached_property
    def rule_order(self) -> tuple[str, ...]:
        return tuple(slug for clause in self.clauses.values() for slug in clause.rules)

    def rules_on(self, account_kind: str) -> tuple[str, ...]:
        """The rules, in order, that can raise a finding on this kind of account (a severity on
        it for the rule or for one of its variants): worked out once per kind, not per check."""
        active = self._rules_on
        if account_kind not in active:
            active[account_kind] = tuple(
                slug
                for slug in self.rule_order
                if self.rules[slug].severity_for(account_kind) is not None
                or any(v.get(account_kind) for v in self.rules[slug].variants.values())
            )
        return active[account_kind]

    @cached_property
    def _rules_on(self) -> dict[str, tuple[str, ...]]:
        return {}


def _severity(value: Any, where: str) -> Severity | None:
    if value is None or value in ("off", "none", "n/a"):
        return None
    if not isinstance(value, str):
        raise PackError(f"{where}: bad severity {value!r} (use advice, caution, breach or null)")
    try:
        severity = Severity.parse(value)
    except ValueError:
        raise PackError(
            f"{where}: bad severity {value!r} (use advice, caution, breach or null)"
        ) from None
    if severity not in FINDING_SEVERITIES:
        raise PackError(f"{where}: bad severity {value!r} (use advice, caution, breach or null)")
    return severity


def _severity_pair(value: Any, where: str) -> dict[str, Severity | None]:
    if isinstance(value, str) or value is None:
        level = _severity(value, where)
        return dict.fromkeys(ACCOUNT_KINDS, level)
    if not isinstance(value, dict):
        raise PackError(f"{where}: expected a severity or {{official: ..., personal: ...}}")
    unknown = set(value) - set(ACCOUNT_KINDS)
    if unknown:
        raise PackError(f"{where}: unknown account kind(s) {', '.join(sorted(unknown))}")
    return {kind: _severity(value.get(kind), f"{where}.{kind}") for kind in ACCOUNT_KINDS}


def pack_from_dict(data: Any, *, source: str = "pack") -> Pack:
    """Validate and build a pack. Raises PackError naming the first problem found."""
    from .rules import REGISTRY  # the registry imports rule modules; import late to avoid a cycle

    if not isinstance(data, dict):
        raise PackError(f"{source}: a pack must be a YAML mapping")
    unknown = set(data) - TOP_LEVEL_KEYS
    if unknown:
        raise PackError(f"{source}: unknown key(s) {', '.join(sorted(unknown))}")
    for key in ("pack", "clauses", "rules"):
        if key not in data:
            raise PackError(f"{source}: missing '{key}'")
    clauses_data = data["clauses"]
    if not isinstance(clauses_data, dict) or not clauses_data:
        raise PackError(f"{source}: 'clauses' must map clause ids to clauses")
    clauses: dict[str, Clause] = {}
    rule_to_clause: dict[str, str] = {}
    for raw_id, clause in clauses_data.items():
        cid = str(raw_id)
        where = f"clauses.{cid}"
        if not isinstance(clause, dict) or "title" not in clause:
            raise PackError(f"{where}: needs a title")
        rules = tuple(str(r) for r in clause.get("rules") or ())
        for slug in rules:
            if slug not in REGISTRY:
                raise PackError(f"{where}: unknown rule {slug!r}")
            if slug in rule_to_clause:
                raise PackError(
                    f"{where}: rule {slug!r} already serves clause {rule_to_clause[slug]}"
                )
            rule_to_clause[slug] = cid
        clauses[cid] = Clause(cid, str(clause["title"]), str(clause.get("text", "")).strip(), rules)

    rules_data = data["rules"]
    if not isinstance(rules_data, dict):
        raise PackError(f"{source}: 'rules' must map rule slugs to settings")
    configs: dict[str, RuleConfig] = {}
    for slug, settings in rules_data.items():
        where = f"rules.{slug}"
        if slug not in REGISTRY:
            raise PackError(f"{where}: unknown rule")
        if slug not in rule_to_clause:
            raise PackError(f"{where}: not listed under any clause")
        if not isinstance(settings, dict):
            raise PackError(f"{where}: expected a mapping with 'severity'")
        extra = set(settings) - {"severity", "variants", "clause"}
        if extra:
            raise PackError(f"{where}: unknown key(s) {', '.join(sorted(extra))}")
        if "clause" in settings and str(settings["clause"]) != rule_to_clause[slug]:
            raise PackError(
                f"{where}: clause {settings['clause']!r} does not match clause "
                f"{rule_to_clause[slug]} that lists it"
            )
        variants = settings.get("variants") or {}
        if not isinstance(variants, dict):
            raise PackError(f"{where}.variants: expected a mapping")
        configs[slug] = RuleConfig(
            slug=slug,
            clause=rule_to_clause[slug],
            severity=_severity_pair(settings.get("severity"), f"{where}.severity"),
            variants={
                str(k): _severity_pair(v, f"{where}.variants.{k}") for k, v in variants.items()
            },
        )
    for slug, cid in rule_to_clause.items():
        if slug not in configs:
            raise PackError(f"clauses.{cid}: rule {slug!r} has no entry under 'rules'")

    lexicons_data = data.get("lexicons") or {}
    if not isinstance(lexicons_data, dict):
        raise PackError(f"{source}: 'lexicons' must map names to lists")
    lexicons: dict[str, tuple[str, ...]] = {}
    for name, entries in lexicons_data.items():
        if not isinstance(entries, list) or not all(isinstance(e, str) for e in entries):
            raise PackError(f"lexicons.{name}: expected a list of strings")
        problems = validate_entries(entries)
        if problems:
            raise PackError(f"lexicons.{name}: bad entry {problems[0]}")
        lexicons[str(name)] = tuple(entries)
    for slug in configs:
        for needed in REGISTRY[slug].lexicons:
            if needed not in lexicons:
                raise PackError(f"rules.{slug}: needs lexicon {needed!r}, which the pack lacks")

    thresholds_data = data.get("thresholds") or {}
    if not isinstance(thresholds_data, dict):
        raise PackError(f"{source}: 'thresholds' must map names to numbers")
    thresholds: dict[str, float] = {}
    for name, value in thresholds_data.items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise PackError(f"thresholds.{name}: expected a number, not {value!r}")
        thresholds[str(name)] = float(value)

    adopted = data.get("adopted")
    if isinstance(adopted, str):
        try:
            adopted = dt.date.fromisoformat(adopted)
        except ValueError:
            raise PackError(f"{source}: 'adopted' is not a date (YYYY-MM-DD)") from None
    return Pack(
        id=str(data["pack"]),
        name=str(data.get("name", data["pack"])),
        version=str(data.get("version", "")),
        adopted=adopted if isinstance(adopted, dt.date) else None,
        clauses=clauses,
        rules=configs,
        thresholds=thresholds,
        lexicons=lexicons,
        council=str(data.get("council", "")),
    )


@lru_cache(maxsize=16)
def _load_cached(key: str) -> Pack:
    path = Path(key)
    if path.suffix in (".yaml", ".yml") or path.exists():
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise PackError(f"pack file not found: {path}") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise PackError(f"cannot read pack {path}: {exc}") from None
        source = str(path)
    else:
        resource = resources.files("civicpost.policy") / "packs" / f"{key}.yaml"
        try:
            text = resource.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise PackError(f"no built-in pack named {key!r}") from None
        source = f"packs/{key}.yaml"
    try:
        data = safe_load(text)
    except yaml.YAMLError as exc:
        raise PackError(f"{source}: not valid YAML: {exc}") from None
    return pack_from_dict(data, source=source)


def load_pack(name_or_path: str | Path = "treeton") -> Pack:
    """Load a built-in pack by name (``treeton``) or a pack file by path. Cached (immutable)."""
    return _load_cached(str(name_or_path))
