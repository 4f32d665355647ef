"""civicpost.policy: the social media policy checker.

``check(post, context, pack) -> Report``. Pure Python (never imports Django), deterministic, offline
and thread-safe: nothing is shared between calls except immutable, cached compiled patterns.

    from civicpost.policy import Context, Post, check, load_pack
    report = check(Post(text="..."), Context.from_yaml("context.yaml"), load_pack())
"""

from __future__ import annotations

from .context import Context
from .errors import ContextError, InputError, PackError, PolicyError
from .findings import Finding, Report, Severity
from .pack import Pack, load_pack
from .post import Account, Attachment, Post
from .rules import REGISTRY, Checking
from .rules.base import Hit
from .rules.hints import disrepute_beside_hostility, unlike_clauses

__all__ = [
    "Account", "Attachment", "Context", "ContextError", "Finding", "InputError", "Pack",
    "PackError", "PolicyError", "Post", "Report", "Severity", "check", "load_pack",
]  # fmt: skip


MAX_CHARS = 100_000  # far above any platform's limit (Facebook: 63,206); beyond it, an input error


def check(post: Post, context: Context | None = None, pack: Pack | None = None) -> Report:
    """Check one post against the pack's rules, using the council's registers in ``context``."""
    if len(post.text) > MAX_CHARS:
        raise InputError(
            f"the post is {len(post.text):,} characters long; the limit is {MAX_CHARS:,}"
        )
    context = context if context is not None else Context.empty()
    pack = pack if pack is not None else load_pack()
    checking = Checking(post, context, pack)
    kind = post.account.kind
    findings: list[Finding] = []
    for slug in pack.rules_on(kind):
        for hit in REGISTRY[slug].func(checking):
            if (finding := _finding(pack, kind, slug, hit)) is not None:
                findings.append(finding)
    # A rule's finding in the text is dropped where the heads read the post as far from its
    # clause (rounds 34 and 35, ``unlike_clauses``; the heads read the text, not the profile)
    in_text = {f.clause for f in findings if _rule_in_text(f)}
    escalated = any(f.clause == "G.2" for f in findings)
    unlike = unlike_clauses(checking, in_text, escalated)
    findings = [f for f in findings if not (f.clause in unlike and _rule_in_text(f))]
    # A hint only adds a clause the rules missed: drop it where a rule raised the clause.
    named = {f.clause for f in findings if not REGISTRY[f.rule].hint}
    findings = [f for f in findings if not (REGISTRY[f.rule].hint and f.clause in named)]
    # 6.3 beside 6.9, judged from the clauses the rules and hints above raised
    companion = "reads-as-disrepute"
    if (
        companion in pack.rules_on(kind)
        and (hit := disrepute_beside_hostility(checking, {f.clause for f in findings}))
        and (finding := _finding(pack, kind, companion, hit)) is not None
    ):
        findings.append(finding)
    findings.sort(key=lambda f: (-f.severity, f.field != "text", f.start, f.rule))
    return Report(findings=tuple(findings), pack=f"{pack.id}@{pack.version}", post_id=post.id)


def _rule_in_text(finding: Finding) -> bool:
    """A rule's finding (not a hint's) in the post's text, the words the heads read."""
    return finding.field == "text" and not REGISTRY[finding.rule].hint


def _finding(pack: Pack, kind: str, slug: str, hit: Hit) -> Finding | None:
    """The finding a rule's hit makes on this kind of account, at the pack's severity for it
    (None where the pack gives the hit no severity there)."""
    config = pack.rules[slug]
    severity = config.severity_for(kind, hit.variant)
    if severity is None:
        return None
    return Finding(
        rule=slug,
        clause=config.clause,
        severity=severity,
        message=hit.message,
        start=hit.start,
        end=hit.end,
        field=hit.field,
        suggestion=hit.suggestion,
        evidence=hit.evidence,
        confidence=hit.confidence,
    )
