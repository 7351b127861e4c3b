"""The report as a reader meets it, in headless Chromium (Playwright): `dialogue main` writes it;
the answer (the five disengaged member states) is on the first 1366 × 768 screen; the charts are
inline SVG drawn without any script; printed to A4 (Chromium's print-to-PDF) it takes at most 12
pages with no table row cut; the whole network is linked to the explorer written beside it.
Screenshots and the PDF go to output/report-browser/ (not committed) for a person to look at."""

import os
import re
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DIALOGUE = Path(os.environ.get("DIALOGUE", REPO / ".build" / "debug" / "dialogue"))
ARTIFACTS = REPO / "output" / "report-browser"
FIVE = ["Austria", "Croatia", "Finland", "Ireland", "Malta"]


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    assert DIALOGUE.exists(), f"{DIALOGUE} is missing: run `swift build` (make test does) first"
    out = tmp_path_factory.mktemp("main") / "out"
    result = subprocess.run(
        [str(DIALOGUE), "main", "--output", str(out), "--quiet"], capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="module")
def page(written, browser):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(viewport={"width": 1366, "height": 768}, java_script_enabled=False)
    page = context.new_page()
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto((written / "report.html").as_uri())
    page.requests = requests
    yield page
    context.close()


def visible_in_first_viewport(page, text):
    """Whether an element whose own text contains `text` lies inside the first 1366 × 768 screen."""
    for handle in page.locator(f"main >> text={text}").element_handles():
        box = handle.bounding_box()
        if box and box["y"] >= 0 and box["y"] + box["height"] <= 768 and box["x"] + box["width"] <= 1366:
            return True
    return False


def test_the_five_are_on_the_first_screen(page):
    page.screenshot(path=str(ARTIFACTS / "first-screen-1366x768.png"))
    page.screenshot(path=str(ARTIFACTS / "full-page.png"), full_page=True)
    missing = [name for name in FIVE if not visible_in_first_viewport(page, name)]
    assert not missing, f"not on the first screen: {missing}"
    first = page.locator("main section").first
    assert first.get_attribute("id") == "answer"
    assert "5 of 28" in first.inner_text()


def test_sources_are_one_click_away(page):
    link = page.locator("#answer a[href='#sources-disengaged']").first
    assert link.count() == 1
    details = page.locator("details#sources-disengaged")
    assert details.count() == 1
    assert "edges.csv:" in details.text_content()


def test_charts_are_svg_without_script_and_not_recorded_is_shown(page):
    for chart in ["chart-engagement", "chart-matrix", "chart-timeline"]:
        svg = page.locator(f"svg#{chart}")
        assert svg.count() == 1, chart
        box = svg.bounding_box()
        assert box and box["width"] > 200 and box["height"] > 100, chart
    assert page.locator("script").count() == 0
    assert "not recorded" in page.locator("svg#chart-matrix").text_content()
    labels = page.locator("svg#chart-engagement text").all_text_contents()
    for name in FIVE:
        assert name in labels
    assert not [u for u in page.requests if not u.startswith("file:")], page.requests


def test_countries_are_sorted_by_name(page):
    rows = page.locator("#participation table.matrix tbody th").all_inner_texts()
    names = [r.split("\n")[0].strip() for r in rows]
    assert len(names) == 28 and names == sorted(names)


def test_whole_network_links_to_the_explorer_beside_it(page, written):
    link = page.locator("#diagram a[href='explorer.html']")
    assert link.count() == 1
    assert (written / "explorer.html").exists()


def test_printed_pdf_is_at_most_12_a4_pages_and_keeps_rows_whole(page):
    page.emulate_media(media="print")
    # No table row may be wider than the printable A4 width (210 mm − 2 × 12 mm at 96 px per inch).
    printable = (210 - 24) / 25.4 * 96
    page.set_viewport_size({"width": int(printable), "height": 1000})
    too_wide = page.evaluate(
        """w => Array.from(document.querySelectorAll('table')).filter(t => t.offsetParent !== null
             && t.getBoundingClientRect().width > w + 1).map(t => t.caption ? t.caption.textContent : '?')""",
        printable,
    )
    assert not too_wide, f"tables wider than the A4 page: {too_wide}"
    pdf = page.pdf(format="A4", print_background=True)
    (ARTIFACTS / "report.pdf").write_bytes(pdf)
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", pdf))
    assert 1 <= pages <= 12, f"{pages} A4 pages"
    page.set_viewport_size({"width": 1366, "height": 768})
    page.emulate_media(media="screen")
