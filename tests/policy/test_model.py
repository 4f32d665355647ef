"""Pack loading and validation, Context from YAML, Post from JSON, findings and verdicts."""

from __future__ import annotations

import copy
import datetime as dt
import sys

import pytest
import yaml

from civicpost.policy import (
    Context,
    ContextError,
    InputError,
    PackError,
    Post,
    Severity,
    check,
    load_pack,
)
from civicpost.policy.findings import Finding, Report
from civicpost.policy.pack import pack_from_dict
from civicpost.policy.post import Account, Attachment

from .conftest import CONTEXT_PATH


@pytest.fixture()
def pack_data():
    from importlib import resources

    text = (resources.files("civicpost.policy") / "packs" / "treeton.yaml").read_text("utf-8")
    return yaml.safe_load(text)


def test_builtin_pack_loads():
    pack = load_pack()
    assert pack.id == "treeton"
    assert set(pack.clauses) >= {"4.1", "4.2", "4.3", "5.1", "6.1", "6.11", "G.2", "G.3", "G.4"}
    assert pack.rules["councillor-title"].clause == "6.1"
    assert pack.rules["councillor-title"].severity_for("official") is None
    assert pack.rules["unchecked-link"].severity_for("personal", "forbidden") is Severity.BREACH


@pytest.mark.parametrize(
    "mutate,message",
    [
        (lambda d: d["rules"].update({"councilor-title": {"severity": "breach"}}), "unknown rule"),
        (
            lambda d: d["clauses"]["6.1"]["rules"].append("no-such-rule"),
            "unknown rule 'no-such-rule'",
        ),
        (lambda d: d["rules"]["disrepute"].update({"severity": "fatal"}), "bad severity 'fatal'"),
        (lambda d: d["rules"]["disrepute"].update({"clause": "9.9"}), "does not match clause"),
        (lambda d: d.update({"colour": "blue"}), "unknown key(s) colour"),
        (lambda d: d["lexicons"].pop("insults"), "needs lexicon 'insults'"),
        (lambda d: d["lexicons"].update({"insults": ["re:("]}), "lexicons.insults: bad entry"),
        (lambda d: d["rules"].pop("disrepute"), "rule 'disrepute' has no entry"),
        (lambda d: d["thresholds"].update({"candidate_window_days": "soon"}), "expected a number"),
    ],
)
def test_pack_validation_errors(pack_data, mutate, message):
    data = copy.deepcopy(pack_data)
    mutate(data)
    with pytest.raises(PackError, match=message.replace("(", r"\(").replace(")", r"\)")):
        pack_from_dict(data)


def test_unknown_pack_name():
    with pytest.raises(PackError, match="no built-in pack named"):
        load_pack("nowhere")


def test_context_loads(ctx):
    assert ctx.person("p-chair").is_councillor
    assert ctx.person("p-warden").is_employee
    item = ctx.agenda_items[0]
    assert ctx.undecided(item, dt.datetime(2027, 3, 9, 18, 0, tzinfo=dt.UTC))
    assert not ctx.undecided(item, dt.datetime(2027, 3, 9, 20, 0, tzinfo=dt.UTC))
    election = ctx.elections[0]
    assert election.in_period(dt.datetime(2028, 5, 4, 20, 59, tzinfo=dt.UTC))
    assert not election.in_period(dt.datetime(2028, 5, 4, 21, 1, tzinfo=dt.UTC))


@pytest.mark.parametrize(
    "patch,message",
    [
        (
            {"posting_authorities": [{"person": "p-ghost", "accounts": ["acc-fb"]}]},
            "unknown person 'p-ghost'",
        ),
        (
            {"comment_approvals": [{"id": "x", "person": "p-nobody", "scope": "s"}]},
            "unknown person 'p-nobody'",
        ),
        (
            {"posting_authorities": [{"person": "p-clerk", "accounts": ["acc-zz"]}]},
            "unknown account 'acc-zz'",
        ),
        ({"people": [{"id": "a", "name": "A"}, {"id": "a", "name": "B"}]}, "duplicate id"),
        ({"decisions": [{"id": "d", "date": "yesterday"}]}, "not a date"),
    ],
)
def test_context_errors_name_the_problem(patch, message):
    data = yaml.safe_load(CONTEXT_PATH.read_text(encoding="utf-8"))
    data.update(patch)
    with pytest.raises(ContextError, match=message):
        Context.from_dict(data)


def test_context_file_errors(tmp_path):
    with pytest.raises(ContextError, match="not found"):
        Context.from_yaml(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("people: [", encoding="utf-8")
    with pytest.raises(ContextError, match="not valid YAML"):
        Context.from_yaml(bad)


def test_post_from_dict_ignores_extra_keys():
    post = Post.from_dict(
        {
            "id": "x",
            "text": "hi",
            "expect": ["6.1"],
            "note": "n",
            "account": {"kind": "official"},
            "at": "2027-01-01T10:00:00Z",
        }
    )
    assert post.account.official and post.at.tzinfo is not None


@pytest.mark.parametrize(
    "data,message",
    [
        ({}, "field 'text' is missing"),
        ({"text": 5}, "field 'text' must be str"),
        ({"text": "x", "account": {"kind": "secret"}}, "account.kind"),
        ({"text": "x", "at": "next tuesday"}, "not an ISO 8601 time"),
        ({"text": "x", "attachments": [{"minors": "yes"}]}, r"attachments\[0\].minors"),
        ({"text": "x", "paid": "no"}, "field 'paid' must be bool"),
        ([1, 2], "must be a JSON object"),
    ],
)
def test_post_errors_name_the_field(data, message):
    with pytest.raises(InputError, match=message):
        Post.from_dict(data)


def test_verdict_is_the_highest_severity():
    f = lambda s: Finding("r", "6.1", s, "m")  # noqa: E731
    assert Report().verdict is Severity.CLEAR and Report().exit_status == 0
    assert Report((f(Severity.ADVICE), f(Severity.CAUTION))).verdict is Severity.CAUTION
    assert Report((f(Severity.ADVICE),)).exit_status == 1
    assert Report((f(Severity.CAUTION), f(Severity.BREACH))).exit_status == 2
    assert Report((f(Severity.BREACH),)).to_dict()["verdict"] == "breach"


def test_checker_never_imports_django():
    import subprocess

    code = (
        "import sys, civicpost.policy, civicpost.policy.cli;"
        "from civicpost.policy import check, Post; check(Post(text='hi'));"
        "assert not any(m.startswith('django') for m in sys.modules), 'django'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_attachment_built_with_no_description_is_checked_as_saying_nothing(ctx):
    """A photo with no alt text, built directly (as the web forms do), checks like an empty
    description instead of failing inside normalisation."""
    photo = Attachment(kind="image", description=None, minors=True)  # type: ignore[arg-type]
    assert photo.description == ""
    post = Post(
        text="Lovely morning at the litter pick.",
        account=Account("official", "facebook", "AshbyGreenPC", "Ashby Green Parish Council", ""),
        author="p-clerk",
        at=dt.datetime(2027, 2, 1, 12, tzinfo=dt.UTC),
        attachments=(photo,),
    )
    assert "minor-without-consent" in {f.rule for f in check(post, ctx, load_pack()).findings}
