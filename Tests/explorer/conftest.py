"""Fixtures for the explorer's browser tests: the built `dialogue` binary, headless Chromium through
Playwright, and an offline page opener that blocks and records every network request."""

import json
import os
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DIALOGUE = Path(os.environ.get("DIALOGUE", REPO / ".build" / "debug" / "dialogue"))
SCREENSHOTS = REPO / "output"


def dialogue(*args: str) -> str:
    """Runs the real binary; fails the test with its message when it exits non-zero."""
    assert DIALOGUE.exists(), f"{DIALOGUE} is missing: run `swift build` (make test does) first"
    result = subprocess.run([str(DIALOGUE), *args], capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, f"dialogue {' '.join(args)} failed: {result.stderr}"
    return result.stdout


def dialogue_json(*args: str):
    return json.loads(dialogue(*args, "--format", "json"))


class OfflinePage:
    """A page opened from a file with every request but the file itself aborted and recorded, and
    every console error, page error and dialog (alert…) recorded."""

    def __init__(self, browser, path: Path, fragment: str = "", viewport=(1400, 900), touch=False):
        self.url = path.resolve().as_uri()
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context(
            viewport={"width": viewport[0], "height": viewport[1]}, accept_downloads=True, has_touch=touch
        )
        self.page = self.context.new_page()
        self.page.route("**/*", self._route)
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.goto(self.url + fragment)
        # The page's script has run when it has written the status line.
        self.page.wait_for_selector("#x-status:not(:empty)", state="attached")

    def _route(self, route):
        if route.request.url.split("#")[0] == self.url:
            route.continue_()
        else:
            self.requests.append(route.request.url)
            route.abort()

    def _dialog(self, dialog):
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def assert_clean(self):
        assert self.requests == [], f"the page asked the network for {self.requests}"
        assert self.errors == [], f"console errors: {self.errors}"
        assert self.dialogs == [], f"a script opened dialogs: {self.dialogs}"

    def close(self):
        self.context.close()


@pytest.fixture
def open_page(browser):
    pages = []

    def opener(path: Path, fragment: str = "", viewport=(1400, 900), touch=False) -> OfflinePage:
        page = OfflinePage(browser, path, fragment, viewport, touch)
        pages.append(page)
        return page

    yield opener
    for page in pages:
        page.close()


def screenshot(page, name: str):
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / name))
