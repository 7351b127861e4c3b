#!/usr/bin/env python3
"""How big is the explorer for a dataset, and how long does headless Chromium take to open it?

Writes the explorer with the real binary (`dialogue explore`, timed too), then opens the file
offline in Debian's Chromium through Playwright several times, each in a fresh browser context, and
prints, per run and as medians:
  - ready: navigation start to the end of the page's script (the `explorer-ready` performance mark:
    HTML parsed, data read, date and filters applied, view fitted — the page is usable);
  - load: navigation start to the end of the `load` event;
  - the file's size in bytes and MB.

    python3 Benchmarks/explorer_open.py [--binary .build/release/dialogue] [--dataset gamm-2012-2013] [--runs 5]

Figures are reported in Benchmarks/README.md ("The explorer"); nothing here asserts a time.
"""

import argparse
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

REPO = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--binary", default=str(REPO / ".build" / "debug" / "dialogue"))
    parser.add_argument("--dataset", default="gamm-2012-2013")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        html = Path(folder) / "explorer.html"
        started = time.perf_counter()
        subprocess.run(
            [args.binary, "explore", "--dataset", args.dataset, "--output", str(html), "--quiet"], check=True
        )
        written = time.perf_counter() - started
        size = html.stat().st_size
        loads, readies = [], []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"])
            for run in range(args.runs):
                context = browser.new_context(viewport={"width": 1400, "height": 900})
                page = context.new_page()
                page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
                page.goto(html.as_uri())
                page.wait_for_load_state("load")
                timing = page.evaluate(
                    """() => {
                      const nav = performance.getEntriesByType('navigation')[0];
                      return { load: nav.loadEventEnd, ready: performance.getEntriesByName('explorer-ready')[0].startTime };
                    }"""
                )
                loads.append(timing["load"])
                readies.append(timing["ready"])
                print(f"run {run + 1}: load {timing['load']:.0f} ms, ready {timing['ready']:.0f} ms")
                context.close()
            browser.close()
    print(f"dataset {args.dataset}: explorer written in {written:.1f} s by {args.binary}")
    print(f"size: {size} bytes ({size / 1e6:.2f} MB)")
    print(f"open (median of {args.runs}): load {statistics.median(loads):.0f} ms, ready {statistics.median(readies):.0f} ms")


if __name__ == "__main__":
    main()
