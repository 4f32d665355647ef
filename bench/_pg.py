"""For the benchmarks: a fresh database on the PostgreSQL server named by DATABASE_URL."""

from __future__ import annotations

import os
import uuid


def fresh_database_env(env: dict[str, str]) -> dict[str, str]:
    """``env`` with DATABASE_URL pointing at a new, empty database, when it names PostgreSQL."""
    url = env.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        return env
    import psycopg

    base, _, _ = url.rpartition("/")
    name = f"bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return dict(env, DATABASE_URL=f"{base}/{name}")


__all__ = ["fresh_database_env", "os"]
