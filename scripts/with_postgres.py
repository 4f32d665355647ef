#!/usr/bin/env python3
"""Run a command against a throwaway PostgreSQL cluster.

    python scripts/with_postgres.py -- pytest

If DATABASE_URL already points at PostgreSQL, the command runs against that server. Otherwise
this starts a new cluster in a temporary folder, owned by a non-root user (the ``postgres``
user made by Debian's package when run as root), listening only on 127.0.0.1 with a free port;
runs the command with DATABASE_URL set; then stops the cluster and removes the folder.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path


def find_bin(name: str) -> str:
    candidates = sorted(
        glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), key=lambda p: int(Path(p).parts[-3])
    )
    found = candidates[-1] if candidates else shutil.which(name)
    if not found:
        sys.exit(
            f"{name} not found: install PostgreSQL's server (Debian: apt-get install postgresql)."
        )
    return found


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def as_owner(cmd: list[str], owner: str | None) -> list[str]:
    return ["runuser", "-u", owner, "--", *cmd] if owner else cmd


def main(argv: list[str]) -> int:
    if "--" in argv:
        argv = argv[argv.index("--") + 1 :]
    if not argv:
        sys.exit(__doc__)
    if os.environ.get("DATABASE_URL", "").startswith(("postgres://", "postgresql://")):
        return subprocess.call(argv)

    owner = None
    if os.geteuid() == 0:  # PostgreSQL refuses to run as root
        owner = "postgres"
        try:
            user = pwd.getpwnam(owner)
        except KeyError:
            sys.exit("No 'postgres' user: install Debian's postgresql package.")
    folder = Path(tempfile.mkdtemp(prefix="civicpost-pg-"))
    if owner:
        os.chown(folder, user.pw_uid, user.pw_gid)
    data, port = folder / "data", free_port()
    pg_ctl = find_bin("pg_ctl")
    try:
        subprocess.run(
            as_owner(
                [
                    find_bin("initdb"),
                    "-D",
                    str(data),
                    "-U",
                    "postgres",
                    "--auth=trust",
                    "-E",
                    "UTF8",
                    "--no-locale",
                ],
                owner,
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        options = (
            f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off"
        )
        subprocess.run(
            as_owner(
                [
                    pg_ctl,
                    "-D",
                    str(data),
                    "-o",
                    options,
                    "-l",
                    str(folder / "server.log"),
                    "-w",
                    "start",
                ],
                owner,
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        url = f"postgresql://postgres@127.0.0.1:{port}/civicpost"
        print(f"Throwaway PostgreSQL cluster ({Path(pg_ctl).parts[-3]}) on {url}", flush=True)
        return subprocess.call(argv, env=os.environ | {"DATABASE_URL": url})
    finally:
        subprocess.run(
            as_owner([pg_ctl, "-D", str(data), "-m", "fast", "stop"], owner),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
