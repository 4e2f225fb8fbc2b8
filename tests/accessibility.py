"""The accessibility check of the tests: axe-core (the engine behind most RGAA / WCAG audit
tools) run in the system's own Chromium through Playwright (``axe-playwright-python``, which
bundles axe-core). Playwright is only the remote control here: it is given the installed
browser (``executable_path``), so nothing is ever downloaded (no ``playwright install``).

``Checker`` opens one browser for many documents; ``violations(path)`` loads a document as a
person would open it (a ``file://`` page) and returns axe's violations, on screen and in print.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
MEDIA = ("screen", "print")  # a document is read on screen and printed: both are checked


def require_checker() -> str:
    """The browser to drive, or a skip with its reason (a failure when
    ``INNOVKIT_REQUIRE_CHROMIUM=1``, as in CI)."""
    browser = next((found for name in BROWSERS if (found := shutil.which(name))), None)
    missing = [] if browser else ["Chromium"]
    for module in ("playwright", "axe_playwright_python"):
        try:
            __import__(module)
        except ImportError:
            missing.append(module)
    if missing:
        reason = f"{', '.join(missing)} not installed (the accessibility check needs them)"
        if os.environ.get("INNOVKIT_REQUIRE_CHROMIUM") == "1":
            pytest.fail(f"{reason}; required here (INNOVKIT_REQUIRE_CHROMIUM=1)")
        pytest.skip(reason)
    assert browser is not None
    return browser


class Checker:
    """One headless Chromium, offline, checking documents one after another."""

    def __init__(self, browser: str) -> None:
        from axe_playwright_python.sync_playwright import Axe
        from playwright.sync_api import sync_playwright

        self._playwright = sync_playwright().start()
        self._browser = self._playwright.chromium.launch(
            executable_path=browser,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        self._page = self._browser.new_page()
        # Nothing leaves the machine: a document that asked for the network would fail here.
        self._page.route("http*://**", lambda route: route.abort())
        self._axe = Axe()

    def violations(self, path: Path) -> list[dict[str, Any]]:
        """axe's violations of the document at ``path``, on screen then in print, each with the
        medium it was found in."""
        found = []
        for medium in MEDIA:
            self._page.emulate_media(media=medium)
            self._page.goto(path.resolve().as_uri())
            result = self._axe.run(self._page)
            found += [{**rule, "medium": medium} for rule in result.response["violations"]]
        return found

    def close(self) -> None:
        self._browser.close()
        self._playwright.stop()


def describe(violations: list[dict[str, Any]]) -> str:
    """The violations in a few readable lines, for a failing assertion."""
    return "\n".join(
        f"{rule['medium']}: {rule['id']} ({rule['impact']}) — {rule['help']} — "
        + "; ".join(str(node["target"]) for node in rule["nodes"][:3])
        for rule in violations
    )
