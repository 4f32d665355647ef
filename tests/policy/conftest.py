from __future__ import annotations

import dataclasses
import datetime as dt
from functools import cache
from pathlib import Path

import pytest
import yaml

from civicpost.policy import Account, Attachment, Context, Pack, Post, check, load_pack

HERE = Path(__file__).parent
CONTEXT_PATH = HERE / "context.yaml"


# The Treeton registers: a copy of shared/eval/context.yaml kept with the tests.
TREETON_PATH = HERE / "treeton-context.yaml"


@pytest.fixture(scope="session")
def ctx() -> Context:
    return Context.from_yaml(CONTEXT_PATH)


@pytest.fixture(scope="session")
def treeton() -> Context:
    return Context.from_yaml(TREETON_PATH)


def registers_with(**added: list[dict]) -> Context:
    """The test registers with a test's own entries added to the named lists ("consents",
    "decisions", "comment_approvals", ...)."""
    raw = yaml.safe_load(CONTEXT_PATH.read_text(encoding="utf-8"))
    for key, entries in added.items():
        raw[key] = [*raw.get(key, []), *entries]
    return Context.from_dict(raw)


@pytest.fixture(scope="session")
def pack():
    return load_pack()


def police_share(description: str, kind: str = "shared_post") -> tuple[Attachment, ...]:
    """A South Yorkshire Police post shared under the police's content consent (c-011 in the
    Treeton registers)."""
    return (
        Attachment(kind=kind, description=description, source="third_party", consents=("c-011",)),
    )


def make_post(
    text: str,
    *,
    kind: str = "personal",
    author: str | None = "p-cllr-cole",
    at: str = "2027-02-01T12:00:00+00:00",
    reply: str | None = None,
    attachments: tuple[Attachment, ...] = (),
    paid: bool = False,
    display_name: str = "Owen Cole",
    handle: str = "owen.cole.9",
    bio: str = "",
    platform: str = "facebook",
) -> Post:
    if kind == "official":
        display_name, handle = "Ashby Green Parish Council", "AshbyGreenPC"
    return Post(
        text=text,
        account=Account(kind, platform, handle, display_name, bio),
        author=author,
        at=dt.datetime.fromisoformat(at),
        in_reply_to=reply,
        attachments=attachments,
        paid=paid,
    )


def with_thresholds(pack: Pack, **thresholds: float) -> Pack:
    """``pack`` with some of its thresholds set otherwise (the rest as they are)."""
    return dataclasses.replace(pack, thresholds={**pack.thresholds, **thresholds})


@cache
def rules_alone() -> Pack:
    """The pack without the vetoes of rounds 34 and 35, which drop a rule's finding where the
    heads (trained on Treeton's labelled posts) read the post as far from its clause: the rule
    tests judge each rule on its own, most of them on another council's registers
    (test_clause_families_34.py and _35.py test the vetoes)."""
    return with_thresholds(load_pack(), rule_veto_head=0.0, heated_reply_attack_head=0.0)


def rules_raised(post: Post, ctx: Context, pack: Pack | None = None) -> set[str]:
    """The rules that raise a finding on ``post``: under ``pack`` if given, else the rules alone."""
    return {f.rule for f in check(post, ctx, pack or rules_alone()).findings}


# The table tests every rule-family file shares. A file lists its cases, (label, make_post
# arguments, rule slug), and binds the tests at module level, where pytest collects them:
#     test_family_fires = family_fires(POSITIVES)
#     test_near_miss_stays_quiet = near_miss_stays_quiet(NEGATIVES)
# ``context`` names the fixture with the registers the cases are written for.
Case = tuple[str, dict, str]


def family_fires(cases: list[Case], context: str = "ctx"):
    """Each positive case raises its rule."""

    @pytest.mark.parametrize(("label", "kwargs", "slug"), cases, ids=[c[0] for c in cases])
    def test(request, label, kwargs, slug):
        registers = request.getfixturevalue(context)
        assert slug in rules_raised(make_post(**kwargs), registers), label

    return test


def near_miss_stays_quiet(cases: list[Case], context: str = "ctx"):
    """Each hard negative leaves its rule quiet."""

    @pytest.mark.parametrize(("label", "kwargs", "slug"), cases, ids=[c[0] for c in cases])
    def test(request, label, kwargs, slug):
        registers = request.getfixturevalue(context)
        assert slug not in rules_raised(make_post(**kwargs), registers), label

    return test
