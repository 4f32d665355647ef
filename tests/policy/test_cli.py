"""The command line: exit statuses, formats, JSON Lines, bad input."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from civicpost.policy.cli import main

from .conftest import CONTEXT_PATH

CTX = ["--context", str(CONTEXT_PATH)]


def run(capsys, argv, stdin: bytes | None = None):
    if stdin is not None:
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8")
    try:
        status = main(argv)
    finally:
        sys.stdin = sys.__stdin__
    out = capsys.readouterr()
    return status, out.out, out.err


def test_clear_text_exits_0(capsys, tmp_path):
    path = tmp_path / "post.txt"
    path.write_text("Bins go out on Tuesday this week.", encoding="utf-8")
    status, out, _ = run(capsys, ["check", str(path)])
    assert status == 0
    assert out == f"{path}: clear (nothing in this post goes against the policy)\n"


def test_caution_exits_1_and_marks_the_span(capsys, tmp_path):
    path = tmp_path / "post.txt"
    path.write_text("Cllr Dunn is an absolute cl0wn.", encoding="utf-8")
    status, out, _ = run(capsys, ["check", str(path), *CTX, "--author", "p-cllr-cole"])
    assert status == 1
    assert "6.9  caution  personal-attack" in out
    assert "^^^^^" in out and "help:" in out


def test_breach_exits_2_with_json(capsys, tmp_path):
    path = tmp_path / "post.json"
    path.write_text(
        json.dumps(
            {"text": "Hello", "account": {"kind": "personal", "display_name": "Cllr Owen Cole"}}
        ),
        encoding="utf-8",
    )
    status, out, _ = run(capsys, ["check", str(path), "--format", "json"])
    assert status == 2
    data = json.loads(out)
    assert data["verdict"] == "breach" and data["findings"][0]["field"] == "display_name"


def test_sarif(capsys, tmp_path):
    path = tmp_path / "post.txt"
    path.write_text("Read https://bit.ly/x", encoding="utf-8")
    status, out, _ = run(capsys, ["check", str(path), "--format", "sarif"])
    log = json.loads(out)
    assert log["version"] == "2.1.0" and status == 1
    assert log["runs"][0]["results"][0]["ruleId"] == "unchecked-link"


def test_jsonl_one_report_per_line_in_order(capsys):
    lines = [
        # a clean post of ordinary length: the text heads read two-word posts on little evidence
        # ("Lovely day" reads as 5.1 to heads 53 at 0.93, an advice note; session 23's note)
        {"id": "a", "text": "Lovely day at the gala, thanks to all who came.", "expect": []},
        {
            "id": "b",
            "text": "Hi",
            "account": {"kind": "personal", "bio": "Councillor for the North"},
        },
        {"id": "c", "text": "See https://change.org/p/x", "extra": 1},
    ]
    stdin = "\n".join(json.dumps(x) for x in lines).encode()
    status, out, _ = run(capsys, ["check", "--jsonl", "-"], stdin)
    reports = [json.loads(x) for x in out.splitlines()]
    assert [r["id"] for r in reports] == ["a", "b", "c"]
    assert [r["verdict"] for r in reports] == ["clear", "breach", "caution"]
    for finding in reports[1]["findings"]:
        assert {"rule", "clause", "severity", "start", "end", "message", "suggestion"} <= set(
            finding
        )
    assert status == 2


def test_jsonl_bad_line_is_reported_not_raised(capsys):
    stdin = b'{"id": "a", "text": "ok"}\nnot json\n{"id": "c"}\n'
    status, out, _ = run(capsys, ["check", "--jsonl", "-"], stdin)
    rows = [json.loads(x) for x in out.splitlines()]
    assert rows[0]["id"] == "a" and "not valid JSON" in rows[1]["error"]
    assert "text" in rows[2]["error"] and status == 3


@pytest.mark.parametrize(
    "content,message",
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"\xff\xfe\x00bad", "not valid UTF-8"),
        (b'{"text": 3}', "field 'text' must be str"),
        (b'{"text": "x",', "not valid"),
        (b"x" * 1_048_576, "limit is 100,000"),
    ],
)
def test_bad_input_is_a_clear_error(capsys, tmp_path, content, message):
    path = tmp_path / "post"
    path.write_bytes(content)
    status, out, err = run(capsys, ["check", str(path)])
    assert status == 3 and message in err and "Traceback" not in err


def test_missing_file_and_bad_context(capsys, tmp_path):
    status, _, err = run(capsys, ["check", str(tmp_path / "nope.txt")])
    assert status == 3 and "no such file" in err
    bad = tmp_path / "ctx.yaml"
    bad.write_text("posting_authorities: [{person: p-x, accounts: []}]", encoding="utf-8")
    (tmp_path / "p.txt").write_text("hello", encoding="utf-8")
    status, _, err = run(capsys, ["check", str(tmp_path / "p.txt"), "--context", str(bad)])
    assert status == 3 and "unknown person 'p-x'" in err


def test_usage_error_exits_3(capsys):
    status, _, _ = run(capsys, ["check"])
    assert status == 3


def test_options_override(capsys, tmp_path):
    path = tmp_path / "p.txt"
    path.write_text("Bins go out Tuesday.", encoding="utf-8")
    status, out, _ = run(
        capsys,
        [
            "check",
            str(path),
            *CTX,
            "--account",
            "official",
            "--author",
            "p-cllr-dunn",
            "--at",
            "2027-01-05T10:00:00Z",
        ],
    )
    assert status == 2 and "unauthorised-poster" in out


def test_explain_and_rules(capsys):
    status, out, _ = run(capsys, ["explain", "councillor-title"])
    assert status == 0 and "Clause 6.1" in out and "What it looks for" in out
    status, _, err = run(capsys, ["explain", "councillor-titel"])
    assert status == 3 and "Did you mean: councillor-title" in err
    status, out, _ = run(capsys, ["rules"])
    assert status == 0 and "predetermination" in out and "G.4" in out


def test_register_plugs_into_a_parent_parser():
    import argparse

    from civicpost.policy.cli import register

    parser = argparse.ArgumentParser()
    register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["check", "-", "--format", "json"])
    assert callable(args.func) and args.format == "json"


def test_an_author_the_context_does_not_know_is_warned_about(capsys, tmp_path):
    context = Path(__file__).parent / "context.yaml"
    path = tmp_path / "post.txt"
    path.write_text("Bins go out on Tuesday this week.", encoding="utf-8")
    status, _, err = run(
        capsys, ["check", str(path), "--context", str(context), "--author", "p-nobody"]
    )
    assert status == 0 and "'p-nobody' is not among the people" in err
