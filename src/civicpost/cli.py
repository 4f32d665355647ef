"""The ``civicpost`` command.

civicpost serve [--host H] [--port P] [--no-worker]   run the web app and the background worker
civicpost demo                                      load the fictional demo council (idempotent)
civicpost audit verify                              check the audit trail's hash chain
civicpost check FILE                                check a post against the policy
civicpost explain RULE                              explain one of the checker's rules
civicpost manage ARGS...                            Django's management commands
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
from collections.abc import Sequence


def _django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "civicpost.web.settings")
    import django

    django.setup()


def _migrate(verbosity: int = 0) -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=verbosity)


def cmd_manage(args: argparse.Namespace) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "civicpost.web.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["civicpost manage", *args.rest])
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    _django()
    _migrate()
    from civicpost.demo import load_demo, lock_demo_logins, print_logins

    if args.lock_logins:
        count = lock_demo_logins()
        print(f"Locked {count} demo log-in(s). The demo people and their records are kept.")
        return 0
    created = load_demo()
    print("Demo council loaded." if created else "Demo council already loaded; nothing changed.")
    print_logins()
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    _django()
    from civicpost.audit.services import verify

    result = verify()
    if result.ok:
        print(f"Audit trail intact: {result.checked} events checked.")
        return 0
    print(
        f"Audit trail BROKEN at event #{result.broken_seq}: {result.reason}. "
        f"{result.checked} events before it are intact.",
        file=sys.stderr,
    )
    return 1


def cmd_serve(args: argparse.Namespace) -> int:
    """Migrate, then run gunicorn and the task worker side by side until interrupted."""
    _django()
    _migrate()
    address = f"{args.host}:{args.port}"
    children = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "civicpost.web.wsgi",
                "--bind",
                address,
                "--workers",
                str(args.workers),
                "--access-logfile",
                "-",
            ]
        ),
    ]
    if not args.no_worker:
        children.append(
            subprocess.Popen(
                [sys.executable, "-m", "civicpost.cli", "manage", "db_worker", "--queue-name", "*"]
            )
        )
    print(f"civicpost is running at http://{address}/  (press Ctrl+C to stop)", flush=True)

    def stop(signum: int, frame: object) -> None:
        for child in children:
            child.terminate()

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    status = 0
    for child in children:
        status = max(status, child.wait())
        stop(0, None)  # when one stops, stop the other too
    return 0 if status in (0, -signal.SIGTERM) else status


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="civicpost", description="Runs a council's social media policy."
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = sub.add_parser("serve", help="run the web app and the background worker")
    serve.add_argument("--host", default=os.environ.get("CIVICPOST_HOST", "127.0.0.1"))
    serve.add_argument("--port", type=int, default=int(os.environ.get("CIVICPOST_PORT", "8000")))
    serve.add_argument("--workers", type=int, default=2, help="web worker processes (default 2)")
    serve.add_argument(
        "--no-worker", action="store_true", help="do not start the background worker"
    )
    serve.set_defaults(func=cmd_serve)

    demo = sub.add_parser("demo", help="load the fictional demo council (safe to run twice)")
    demo.add_argument(
        "--lock-logins",
        action="store_true",
        help="close the demo log-ins (their password is public) before real use",
    )
    demo.set_defaults(func=cmd_demo)

    audit = sub.add_parser("audit", help="the audit trail")
    audit_sub = audit.add_subparsers(dest="audit_command", required=True, metavar="ACTION")
    verify = audit_sub.add_parser("verify", help="check the hash chain; exit 1 at a broken link")
    verify.set_defaults(func=cmd_audit_verify)

    manage = sub.add_parser("manage", help="run a Django management command")
    manage.add_argument("rest", nargs=argparse.REMAINDER)
    manage.set_defaults(func=cmd_manage)

    from civicpost.policy.cli import register

    register(sub)  # check, explain, rules
    from civicpost.elections.cli import add_timetable_command

    add_timetable_command(sub)  # timetable
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:
        # The reader went away (`civicpost check --jsonl ... | head`): stop quietly, as other
        # command-line tools do. Point stdout at nothing so the final flush cannot fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141  # 128 + SIGPIPE, what a shell reports for a tool stopped this way


if __name__ == "__main__":
    sys.exit(main())
