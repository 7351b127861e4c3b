"""Fixtures every browser test shares: one headless Chromium per test session, started through
Playwright. One instance, because Playwright's synchronous API cannot run twice at once in a
process: the explorer and report tests run together (`pytest Tests`) only if they share it."""

import os

import pytest
from playwright.sync_api import sync_playwright

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield chromium
        chromium.close()
