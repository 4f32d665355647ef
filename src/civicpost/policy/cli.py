"""Command line: ``civicpost check``, ``civicpost explain`` and ``civicpost rules``.

Exit status of ``check``: 0 clear, 1 advice or caution, 2 breach, 3 usage or input error.
``register(subparsers)`` plugs these into the main ``civicpost`` command; ``main()`` runs them alone
(``python -m civicpost.policy.cli``).
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from pathlib import Path
from typing import Any

from .context import Context
from .errors import InputError, PolicyError
from .findings import Report
from .pack import Pack, load_pack
from .post import Account, Post, parse_time
from .render import render_explain, render_json, render_sarif, render_text
from .rules import REGISTRY

EXIT_USAGE = 3


def _read(source: str) -> str:
    try:
        data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except FileNotFoundError:
        raise InputError(f"no such file: {source}") from None
    except OSError as exc:
        raise InputError(f"cannot read {source}: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{source} is not valid UTF-8 (bad byte at position {exc.start}); save it as UTF-8"
        ) from None


def _apply_options(post: Post, args: argparse.Namespace) -> Post:
    changes: dict[str, Any] = {}
    if args.account:
        account = post.account
        changes["account"] = Account(
            args.account, account.platform, account.handle, account.display_name, account.bio
        )
    if args.author:
        changes["author"] = args.author
    if args.at:
        changes["at"] = parse_time(args.at, "--at")
    if not changes:
        return post
    from dataclasses import replace

    return replace(post, **changes)


def _post_from_input(raw: str, args: argparse.Namespace) -> Post:
    stripped = raw.strip()
    if stripped.startswith("{"):
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as exc:
            raise InputError(
                f"the input looks like JSON but is not valid: {exc.msg} "
                f"(line {exc.lineno}, column {exc.colno})"
            ) from None
        post = Post.from_dict(data)
    else:
        post = Post(text=raw.rstrip("\n"))
    if not post.text.strip():
        raise InputError("the post is empty: there is nothing to check")
    return _apply_options(post, args)


def _load(args: argparse.Namespace) -> tuple[Context, Pack]:
    context = Context.from_yaml(args.context) if args.context else Context.empty()
    return context, load_pack(args.pack)


def run_check(args: argparse.Namespace) -> int:
    from . import check

    try:
        context, pack = _load(args)
        raw = _read(args.file)
    except PolicyError as exc:
        return _error(exc)
    name = "-" if args.file == "-" else args.file
    if args.jsonl:
        return _run_jsonl(raw, args, context, pack)
    try:
        post = _post_from_input(raw, args)
        report = check(post, context, pack)
    except PolicyError as exc:
        return _error(exc)
    if args.author and context.people and context.person(args.author) is None:
        # Checked anyway (as someone the registers do not know), but say so: a typing slip in
        # --author would otherwise quietly skip every check that depends on who posts.
        print(
            f"civicpost: warning: --author {args.author!r} is not among the people in the "
            "context; checked as an unknown author",
            file=sys.stderr,
        )
    if args.format == "json":
        print(render_json(report))
    elif args.format == "sarif":
        print(render_sarif([(name, report)], pack))
    else:
        text = render_text(post, report, name, pack)
        if text:
            print(text)
    return report.exit_status


def _run_jsonl(raw: str, args: argparse.Namespace, context: Context, pack: Pack) -> int:
    from . import check

    status = 0
    reports: list[tuple[str, Report]] = []
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            post = _apply_options(Post.from_dict(data), args)
            report = check(post, context, pack)
        except json.JSONDecodeError as exc:
            print(json.dumps({"line": number, "error": f"not valid JSON: {exc.msg}"}))
            status = EXIT_USAGE
            continue
        except PolicyError as exc:
            pid = data.get("id") if isinstance(data, dict) else None
            print(json.dumps({"line": number, "id": pid, "error": str(exc)}))
            status = EXIT_USAGE
            continue
        if args.format == "sarif":
            reports.append((post.id or f"line-{number}", report))
        else:
            print(render_json(report))
        if status != EXIT_USAGE:
            status = max(status, report.exit_status)
    if args.format == "sarif":
        print(render_sarif(reports, pack))
    return status


def run_explain(args: argparse.Namespace) -> int:
    try:
        pack = load_pack(args.pack)
    except PolicyError as exc:
        return _error(exc)
    if args.rule not in REGISTRY:
        close = difflib.get_close_matches(args.rule, list(REGISTRY), n=3)
        hint = f" Did you mean: {', '.join(close)}?" if close else " Run 'civicpost rules'."
        return _error(InputError(f"unknown rule {args.rule!r}.{hint}"))
    print(render_explain(args.rule, pack))
    return 0


def run_rules(args: argparse.Namespace) -> int:
    try:
        pack = load_pack(args.pack)
    except PolicyError as exc:
        return _error(exc)
    for clause in pack.clauses.values():
        print(f"{clause.id:<5} {clause.title}")
        for slug in clause.rules:
            config = pack.rules[slug]
            sev = "/".join(s.label if s else "-" for s in config.severity.values())
            print(f"      {slug:<28} {sev:<16} {REGISTRY[slug].summary}")
    return 0


def _error(exc: Exception) -> int:
    print(f"civicpost: error: {exc}", file=sys.stderr)
    return EXIT_USAGE


def _pack_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--pack",
        default="treeton",
        help="policy pack: a built-in name or a YAML file (default: treeton)",
    )


def register(subparsers: Any) -> None:
    """Add ``check``, ``explain`` and ``rules`` to an argparse subparsers object."""
    check_p = subparsers.add_parser(
        "check",
        help="check a post against the social media policy",
        description="Check a post (plain text, or a JSON post as in SCHEMA.md) against the policy. "
        "Exit status: 0 clear, 1 advice or caution, 2 breach, 3 usage or input error.",
    )
    check_p.add_argument("file", help="file to check, or - for standard input")
    check_p.add_argument(
        "--jsonl",
        action="store_true",
        help="the input has one JSON post per line; print one JSON report per line",
    )
    check_p.add_argument(
        "--account",
        choices=["official", "personal"],
        help="the kind of account the post goes out on (default: personal)",
    )
    check_p.add_argument("--author", help="the author's person id in the registers")
    check_p.add_argument("--at", help="when it would be posted (ISO 8601; default: now)")
    check_p.add_argument("--context", help="the council's registers (YAML)")
    check_p.add_argument("--format", choices=["text", "json", "sarif"], default="text")
    _pack_option(check_p)
    check_p.set_defaults(func=run_check)

    explain_p = subparsers.add_parser("explain", help="explain a rule: what it looks for and why")
    explain_p.add_argument("rule", help="rule slug, e.g. councillor-title")
    _pack_option(explain_p)
    explain_p.set_defaults(func=run_explain)

    rules_p = subparsers.add_parser("rules", help="list the policy's clauses and their rules")
    _pack_option(rules_p)
    rules_p.set_defaults(func=run_rules)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="civicpost", description="civicpost policy checker")
    subparsers = parser.add_subparsers(dest="command", required=True)
    register(subparsers)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors; our contract says 3
        return EXIT_USAGE if exc.code not in (0, None) else 0
    try:
        return int(args.func(args))
    except BrokenPipeError:  # e.g. piped into `head`; not an error of ours
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
