"""Project-wide promises: migrations match the models, settings come from the environment."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.urls import reverse


@pytest.mark.django_db
def test_migrations_match_the_models() -> None:
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def _settings_in_subprocess(tmp_path: Path, **env: str) -> str:
    code = (
        "import django.conf as c, civicpost.web.settings as s; "
        "print(s.DEBUG, s.SESSION_COOKIE_SECURE, s.DATABASES['default']['ENGINE'], "
        "len(s.SECRET_KEY))"
    )
    clean_env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"DEBUG", "SECRET_KEY", "DATABASE_URL", "CIVICPOST_HTTPS"}
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=clean_env | {"CIVICPOST_DATA_DIR": str(tmp_path)} | env,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_safe_defaults_and_a_secret_key_made_once(tmp_path: Path) -> None:
    assert _settings_in_subprocess(tmp_path) == "False True django.db.backends.sqlite3 67"
    key_file = tmp_path / "secret_key"
    first = key_file.read_text()
    assert oct(key_file.stat().st_mode)[-3:] == "600"
    _settings_in_subprocess(tmp_path)
    assert key_file.read_text() == first


def test_postgres_is_chosen_through_database_url(tmp_path: Path) -> None:
    out = _settings_in_subprocess(
        tmp_path, DATABASE_URL="postgresql://u@127.0.0.1:5/x", DEBUG="1", CIVICPOST_HTTPS="false"
    )
    assert out.startswith("True False django.db.backends.postgresql")


def test_pages_carry_a_content_security_policy(client, db) -> None:
    response = client.get(reverse("login"))
    policy = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert response.headers["X-Frame-Options"] == "DENY"


def test_passwords_are_hashed_with_argon2(councillor) -> None:
    assert councillor.user.password.startswith("argon2")


def test_forms_without_a_csrf_token_are_refused(clerk, db) -> None:
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    strict.force_login(clerk.user)
    assert strict.post(reverse("person-add"), {"full_name": "X"}).status_code == 403


def test_health_check(client, db) -> None:
    assert client.get(reverse("healthz")).json() == {"status": "ok"}


def test_the_header_shows_the_councils_name(client, db) -> None:
    from civicpost.registers.models import CouncilProfile

    assert 'council-name">civicpost<' in client.get(reverse("login")).content.decode()
    CouncilProfile.objects.create(name="Upper Mumble Parish Council")
    assert "Upper Mumble Parish Council" in client.get(reverse("login")).content.decode()
