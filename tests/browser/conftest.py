"""Browser tests: Playwright drives Debian's Chromium against the live test server.

Mark each browser test module with
``pytest.mark.django_db(transaction=True, serialized_rollback=True)``: the live server needs
committed data, and tests/conftest.py explains why every transactional test needs the rollback.

Every page a test visits is checked with axe-core (WCAG 2.x A and AA rules); a serious or
critical violation fails the test.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Browser, Page, sync_playwright

# Playwright's sync API runs an event loop in the test's thread; the ORM calls the tests make
# between page actions are still plain synchronous calls.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-quic",
    "--no-first-run",
    "--disable-component-update",
    "--disable-sync",
]
BLOCKING_IMPACTS = {"serious", "critical"}


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    executable = shutil.which("chromium")
    if executable is None:
        pytest.fail("Chromium is not installed: run scripts/install-system-packages.sh")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser: Browser, settings, live_server) -> Iterator[Page]:  # type: ignore[no-untyped-def]
    settings.SESSION_COOKIE_SECURE = settings.CSRF_COOKIE_SECURE = False  # plain HTTP here
    context = browser.new_context(base_url=live_server.url)
    page = context.new_page()
    errors: list[str] = []
    # Script errors, CSP refusals and broken static files fail the test; a 403 or 404 page
    # that a test opens on purpose does not (the browser logs those as console errors too).
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on(
        "console",
        lambda msg: (
            errors.append(msg.text)
            if msg.type == "error" and not msg.text.startswith("Failed to load resource")
            else None
        ),
    )
    page.on(
        "response",
        lambda r: (
            errors.append(f"{r.status} {r.url}")
            if r.status >= 400 and r.request.resource_type != "document"
            else None
        ),
    )
    yield page
    context.close()
    assert not errors, f"The browser reported errors: {errors}"


class AccessibilityChecker:
    def __init__(self) -> None:
        self.axe = Axe()
        self.pages: list[tuple[str, list[tuple[str, str]]]] = []

    def __call__(self, page: Page) -> None:
        results = self.axe.run(page)
        found = [(v["id"], v["impact"]) for v in results.response["violations"]]
        self.pages.append((page.url, found))
        blocking = [v for v in found if v[1] in BLOCKING_IMPACTS]
        assert not blocking, f"axe-core found {blocking} on {page.url}"


@pytest.fixture
def assert_accessible() -> Iterator[AccessibilityChecker]:
    checker = AccessibilityChecker()
    yield checker
    for url, found in checker.pages:
        print(f"axe-core {url}: {len(found)} violation(s) {found}")
