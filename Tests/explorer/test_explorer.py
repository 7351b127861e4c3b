"""`dialogue explore` tested the way an analyst meets it: the file the real binary writes, opened
offline in headless Chromium (every request blocked and recorded), driven with the mouse, the
keyboard and the controls, and checked against the command line's own answers."""

import csv
import json
import random
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import REPO, dialogue, dialogue_json, screenshot

GAMM = "gamm-2012-2013"
DATES = ["2012-12-31", "2013-12-31"]

# The ids of the SVG elements the page shows, mapped to dataset ids through the page's own data.
# A line stands for every parallel link (same source, target, kind): it is named by its first row.
SHOWN = """() => {
  const data = JSON.parse(document.getElementById('x-data').textContent);
  const shown = (selector, rows) => [...document.querySelectorAll(selector)]
    .filter((g) => /^[ne]\\d+$/.test(g.id) && getComputedStyle(g).display !== 'none')
    .map((g) => rows[Number(g.id.slice(1))].id);
  return { nodes: shown('g.node', data.nodes), edges: shown('g.edge', data.edges) };
}"""


def lines_of(page, edge_ids) -> list:
    """The lines that draw these links: each link's first parallel row (same source, target, kind),
    computed here from the rows themselves."""
    rows = page.evaluate("() => JSON.parse(document.getElementById('x-data').textContent).edges.map((e) => [e.id, e.source, e.target, e.kind])")
    first = {}
    drawn = {}
    for id, source, target, kind in rows:
        drawn[id] = first.setdefault((source, target, kind), id)
    return sorted({drawn[id] for id in edge_ids})


@pytest.fixture(scope="module")
def gamm_explorer(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("explorer") / "gamm.html"
    dialogue("explore", "--dataset", GAMM, "--as-of", "2013-12-31", "--output", str(path), "--quiet")
    return path


def move_slider_to(page, date: str):
    """Moves the slider with the keyboard to the last date step on or before `date`."""
    slider = page.locator("#x-slider")
    slider.focus()
    slider.press("Home")
    while True:
        before = page.input_value("#x-date")
        slider.press("ArrowRight")
        after = page.input_value("#x-date")
        if after > date or after == before:
            if after > date:
                slider.press("ArrowLeft")
            return page.input_value("#x-date")


def type_date(page, date: str):
    page.fill("#x-date", date)
    page.dispatch_event("#x-date", "change")


def node_element_id(page, dataset_id: str) -> str:
    index = page.evaluate(
        "(id) => JSON.parse(document.getElementById('x-data').textContent).nodes.findIndex((n) => n.id === id)",
        dataset_id,
    )
    assert index >= 0, f"{dataset_id} is not in the page's data"
    return f"n{index}"


@pytest.mark.parametrize("date", DATES)
def test_shown_nodes_and_links_are_dialogue_list_as_of_the_date(open_page, gamm_explorer, date):
    expected_nodes = sorted(row["id"] for row in dialogue_json("list", "nodes", "--as-of", date, "--dataset", GAMM))
    expected_edges = sorted(row["id"] for row in dialogue_json("list", "edges", "--as-of", date, "--dataset", GAMM))
    page = open_page(gamm_explorer)

    reached = move_slider_to(page.page, date)
    assert reached <= date
    shown = page.page.evaluate(SHOWN)
    assert sorted(shown["nodes"]) == expected_nodes
    assert sorted(shown["edges"]) == lines_of(page.page, expected_edges)
    status = page.page.text_content("#x-status")
    assert f"As of {reached}: {len(expected_nodes)} of" in status and f"and {len(expected_edges)} of" in status

    type_date(page.page, date)
    shown = page.page.evaluate(SHOWN)
    assert sorted(shown["nodes"]) == expected_nodes
    assert sorted(shown["edges"]) == lines_of(page.page, expected_edges)
    assert f"date={date}" in page.page.url
    screenshot(page.page, f"explorer-{date}.png")
    page.assert_clean()


def test_search_centres_the_node_and_a_clicked_link_shows_its_citation(open_page, gamm_explorer):
    page = open_page(gamm_explorer, "#date=2013-12-31")
    p = page.page
    p.fill("#x-search", "Moldova")
    p.press("#x-search", "Enter")
    moldova = node_element_id(p, "MD")
    box = p.locator(f"#{moldova}").bounding_box()
    canvas = p.locator("#x-canvas").bounding_box()
    centre = (box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    middle = (canvas["x"] + canvas["width"] / 2, canvas["y"] + canvas["height"] / 2)
    assert abs(centre[0] - middle[0]) < 0.03 * canvas["width"], (centre, middle)
    assert abs(centre[1] - middle[1]) < 0.03 * canvas["height"], (centre, middle)
    assert p.text_content("#x-details h3") == "Moldova"
    assert "select=node%3AMD" in p.url

    # Click, with the mouse, a point on one of Moldova's links that no node covers.
    target = p.evaluate(
        """(moldova) => {
          const data = JSON.parse(document.getElementById('x-data').textContent);
          const md = Number(moldova.slice(1));
          for (const g of document.querySelectorAll('g.edge')) {
            const e = data.edges[Number(g.id.slice(1))];
            if (getComputedStyle(g).display === 'none' || (e.source !== md && e.target !== md)) continue;
            const path = g.querySelector('path');
            const length = path.getTotalLength();
            for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75]) {
              const p = path.getPointAtLength(length * t).matrixTransform(path.getScreenCTM());
              const hit = document.elementFromPoint(p.x, p.y);
              if (hit && hit.closest('g.edge') === g) return { x: p.x, y: p.y, citation: e.citation, origin: e.origin };
            }
          }
          return null;
        }""",
        moldova,
    )
    assert target, "no visible link of Moldova can be clicked"
    p.mouse.click(target["x"], target["y"])
    details = p.text_content("#x-details")
    assert target["citation"] in details
    assert target["origin"] in details
    # ... and the full reference of the source it cites, as sources.csv gives it.
    with open(REPO / "Datasets" / GAMM / "sources.csv", newline="", encoding="utf-8") as f:
        titles = {row["id"]: row["title"] for row in csv.DictReader(f)}
    cited = target["citation"].split(" ", 1)[0]
    assert cited in titles, f"{target['citation']} names no source of sources.csv"
    assert titles[cited] in details
    screenshot(p, "explorer-moldova-link.png")
    page.assert_clean()


def test_details_show_the_full_reference_of_each_cited_source(open_page, gamm_explorer):
    # The references are those of `dialogue sources` (sources.csv), looked up from the row's citation.
    references = {s["id"]: s["reference"] for s in dialogue_json("sources", "--dataset", GAMM)["sources"]}
    page = open_page(gamm_explorer, "#date=2013-12-31&select=node%3Amp-georgia")
    p = page.page
    assert p.text_content("#x-details h3") == "Mobility partnership EU–Georgia"
    details = p.text_content("#x-details")
    # mp-georgia cites the report (§1) and the Commission press release IP/09/1853: each reference in
    # full, with the row of sources.csv it comes from.
    assert references["com-2014-96"] + " (sources.csv:2)" in details
    assert references["ip-09-1853"] + " (sources.csv:" in details
    assert "IP/09/1853" in references["ip-09-1853"] and "CELEX 52014DC0096" in references["com-2014-96"]
    page.assert_clean()


def test_kind_filter_hides_the_kind_and_its_links_and_lives_in_the_address(open_page, gamm_explorer):
    date = "2013-12-31"
    nodes = dialogue_json("list", "nodes", "--as-of", date, "--dataset", GAMM)
    edges = dialogue_json("list", "edges", "--as-of", date, "--dataset", GAMM)
    member_states = {n["id"] for n in nodes if n["kind"] == "member-state"}
    page = open_page(gamm_explorer, f"#date={date}")
    p = page.page
    p.uncheck("#x-node-kinds input[data-kind='member-state']")
    shown = p.evaluate(SHOWN)
    assert sorted(shown["nodes"]) == sorted(n["id"] for n in nodes if n["id"] not in member_states)
    assert sorted(shown["edges"]) == lines_of(
        p, [e["id"] for e in edges if e["source"] not in member_states and e["target"] not in member_states]
    )
    assert "hide=member-state" in p.url

    # The address alone brings the same view back.
    again = open_page(gamm_explorer, "#" + p.url.split("#", 1)[1])
    assert sorted(again.page.evaluate(SHOWN)["nodes"]) == sorted(shown["nodes"])
    assert not again.page.is_checked("#x-node-kinds input[data-kind='member-state']")
    page.assert_clean()
    again.assert_clean()


def test_region_filter_is_dialogue_list_with_region(open_page, gamm_explorer):
    date, region = "2013-12-31", "eastern-partnership"
    nodes = dialogue_json("list", "nodes", "--as-of", date, "--region", region, "--dataset", GAMM)
    edges = dialogue_json("list", "edges", "--as-of", date, "--region", region, "--dataset", GAMM)
    page = open_page(gamm_explorer, f"#date={date}")
    p = page.page
    p.select_option("#x-region", label=p.evaluate(
        "(id) => JSON.parse(document.getElementById('x-data').textContent).nodes.find((n) => n.id === id).label", region))
    shown = p.evaluate(SHOWN)
    assert sorted(shown["nodes"]) == sorted(n["id"] for n in nodes)
    assert sorted(shown["edges"]) == lines_of(p, [e["id"] for e in edges])
    assert f"region={region}" in p.url
    page.assert_clean()


def test_confidence_filter_keeps_that_level_or_stronger(open_page, gamm_explorer):
    date = "2013-12-31"
    levels = json.loads((REPO / "Sources/DialogueGraph/Resources/vocabulary.json").read_text())["confidences"]
    strong = set(levels[: levels.index("high") + 1])
    nodes = [n for n in dialogue_json("list", "nodes", "--as-of", date, "--dataset", GAMM) if n["confidence"] in strong]
    kept = {n["id"] for n in nodes}
    edges = [
        e for e in dialogue_json("list", "edges", "--as-of", date, "--dataset", GAMM)
        if e["confidence"] in strong and e["source"] in kept and e["target"] in kept
    ]
    page = open_page(gamm_explorer, f"#date={date}")
    p = page.page
    p.select_option("#x-confidence", label="high or stronger")
    shown = p.evaluate(SHOWN)
    assert sorted(shown["nodes"]) == sorted(kept)
    assert sorted(shown["edges"]) == lines_of(p, [e["id"] for e in edges])
    page.assert_clean()


def test_prospective_frameworks_are_marked(open_page, gamm_explorer):
    """Prospective: no start and a status the vocabulary flags prospective (Datasets/SCHEMA.md)."""
    vocabulary = json.loads((REPO / "Sources/DialogueGraph/Resources/vocabulary.json").read_text())
    flagged = {s["id"] for s in vocabulary["statuses"] if s.get("prospective")}
    with open(REPO / "Datasets" / GAMM / "nodes.csv", newline="", encoding="utf-8") as f:
        expected = sorted(r["id"] for r in csv.DictReader(f) if not r["start"] and r["status"] in flagged)
    assert expected, "the GAMM dataset has prospective frameworks"
    page = open_page(gamm_explorer, "#date=2013-12-31&prospective=1")
    p = page.page
    marked = p.evaluate(
        """() => {
          const data = JSON.parse(document.getElementById('x-data').textContent);
          return [...document.querySelectorAll('g.node.x-prospective')]
            .filter((g) => getComputedStyle(g).display !== 'none')
            .map((g) => data.nodes[Number(g.id.slice(1))].id);
        }"""
    )
    assert sorted(marked) == expected
    assert p.is_checked("#x-prospective")
    page.assert_clean()


def test_disengaged_toggle_names_what_dialogue_gaps_names(open_page, gamm_explorer):
    date = "2013-12-31"
    gaps = dialogue_json("gaps", "--framework-kind", "mobility-partnership", "--as-of", date, "--dataset", GAMM)
    disengaged = {row["id"]: sorted(row["absent_from"]) for row in gaps if row["disengaged"]}
    assert disengaged, "the GAMM dataset has disengaged member states on 2013-12-31"
    page = open_page(gamm_explorer, f"#date={date}")
    p = page.page
    p.select_option("#x-disengaged", "mobility-partnership")
    marked = p.evaluate(
        """() => {
          const data = JSON.parse(document.getElementById('x-data').textContent);
          const ids = (cls) => [...document.querySelectorAll('g.node.' + cls)].map((g) => data.nodes[Number(g.id.slice(1))].id);
          return { disengaged: ids('x-disengaged'), absent: ids('x-absent'),
                   lines: document.querySelectorAll('#x-overlay line').length };
        }"""
    )
    assert sorted(marked["disengaged"]) == sorted(disengaged)
    assert sorted(marked["absent"]) == sorted({f for fs in disengaged.values() for f in fs})
    assert marked["lines"] == sum(len(fs) for fs in disengaged.values())
    assert f"{len(disengaged)} EU member states joined no mobility partnership" in p.text_content("#x-disengaged-list")
    screenshot(p, "explorer-disengaged.png")
    page.assert_clean()


def test_pan_zoom_fit_and_export_of_the_current_view(open_page, gamm_explorer, tmp_path):
    page = open_page(gamm_explorer, "#date=2012-12-31")
    p = page.page
    view = lambda: [float(x) for x in p.get_attribute("#x-canvas svg", "viewBox").split()]
    fitted = view()
    canvas = p.locator("#x-canvas").bounding_box()
    cx, cy = canvas["x"] + canvas["width"] / 2, canvas["y"] + canvas["height"] / 2
    p.mouse.move(cx, cy)
    p.mouse.wheel(0, -400)
    zoomed = view()
    assert zoomed[2] < fitted[2] * 0.8
    p.mouse.down()
    p.mouse.move(cx + 120, cy + 60, steps=5)
    p.mouse.up()
    panned = view()
    assert panned[0] < zoomed[0] and panned[1] < zoomed[1]
    p.focus("#x-canvas")
    p.keyboard.press("ArrowLeft")
    assert view()[0] < panned[0]
    p.keyboard.press("-")
    assert view()[2] > panned[2]
    p.keyboard.press("0")
    assert view() == pytest.approx(fitted)

    with p.expect_download() as download:
        p.click("#x-export")
    exported = tmp_path / "view.svg"
    download.value.save_as(exported)
    root = ET.parse(exported).getroot()
    ns = {"svg": "http://www.w3.org/2000/svg"}
    shown = p.evaluate(SHOWN)
    exported_nodes = [g for g in root.iter("{http://www.w3.org/2000/svg}g") if "node" in g.get("class", "").split() and g.get("id", "").startswith("n")]
    assert len(exported_nodes) == len(shown["nodes"])
    assert "as of 2012-12-31" in root.find("svg:title", ns).text
    page.assert_clean()


def test_play_steps_through_the_dates_and_pauses(open_page, gamm_explorer):
    page = open_page(gamm_explorer, "#date=2012-01-01")
    p = page.page
    start = int(p.input_value("#x-slider"))
    p.click("#x-play")
    # (wait_for_function would evaluate a string, which the page's Content-Security-Policy forbids)
    for _ in range(100):
        if int(p.input_value("#x-slider")) >= start + 2:
            break
        p.wait_for_timeout(100)
    assert int(p.input_value("#x-slider")) >= start + 2
    p.click("#x-play")  # pause
    paused = p.input_value("#x-slider")
    p.wait_for_timeout(1500)
    assert p.input_value("#x-slider") == paused
    assert f"date={p.input_value('#x-date')}" in p.url
    page.assert_clean()


def test_touch_pinch_zooms_and_one_finger_pans(open_page, gamm_explorer):
    """Real touch input, through Chromium's DevTools protocol (Input.dispatchTouchEvent)."""
    page = open_page(gamm_explorer, "#date=2013-12-31", touch=True)
    p = page.page
    touch = p.context.new_cdp_session(p)
    view = lambda: [float(x) for x in p.get_attribute("#x-canvas svg", "viewBox").split()]

    def gesture(start, moves):
        touch.send("Input.dispatchTouchEvent", {"type": "touchStart", "touchPoints": start})
        for points in moves:
            touch.send("Input.dispatchTouchEvent", {"type": "touchMove", "touchPoints": points})
        touch.send("Input.dispatchTouchEvent", {"type": "touchEnd", "touchPoints": []})

    before = view()
    gesture(
        [{"x": 600, "y": 500, "id": 1}, {"x": 700, "y": 500, "id": 2}],
        [[{"x": 600 - 20 * i, "y": 500, "id": 1}, {"x": 700 + 20 * i, "y": 500, "id": 2}] for i in range(1, 6)],
    )
    pinched = view()
    assert pinched[2] < before[2] * 0.6  # fingers 300 px apart instead of 100: about 3× closer
    gesture([{"x": 600, "y": 500, "id": 3}], [[{"x": 600 + 20 * i, "y": 500, "id": 3}] for i in range(1, 6)])
    assert view()[0] < pinched[0] and view()[2] == pytest.approx(pinched[2])
    page.assert_clean()


def test_hostile_labels_run_no_script_and_inject_no_markup(open_page, tmp_path):
    corpus = REPO / "Tests" / "ReliabilityCorpus"
    names = [
        "label-markup-and-quotes", "hostile-ids", "label-html-entities", "label-right-to-left",
        "label-control-characters", "label-line-separators", "label-backslashes-and-escapes",
    ]
    for name in names:
        html = tmp_path / f"{name}.html"
        dialogue("explore", "--dataset", str(corpus / name), "--output", str(html), "--quiet")
        page = open_page(html)
        p = page.page
        found = p.evaluate(
            """() => ({
              scripts: document.scripts.length,
              injected: document.querySelectorAll('b, i, img, iframe, object, embed, foreignObject, a, style:not(head style)').length,
              handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
            })"""
        )
        assert found == {"scripts": 2, "injected": 0, "handlers": 0}, name
        # Every label reaches the details panel as the very text of the dataset.
        labels = p.evaluate(
            """() => {
              const data = JSON.parse(document.getElementById('x-data').textContent);
              return data.nodes.map((n, i) => [i, n.label]);
            }"""
        )
        for index, label in labels:
            p.evaluate(f"() => document.getElementById('n{index}') && document.getElementById('n{index}').dispatchEvent(new MouseEvent('click', {{bubbles: true}}))")
            if p.locator(f"#n{index}").count():
                assert p.text_content("#x-details h3") == label, (name, label)
        page.assert_clean()


def synthetic_dataset(folder: Path, nodes: int = 2000, seed: int = 17) -> Path:
    """A valid dataset of `nodes` nodes: member states, third countries in regions, mobility
    partnerships with dated participations, projects implementing them."""
    rng = random.Random(seed)
    folder.mkdir(parents=True)
    rows, links = [], []
    header_nodes = "id,kind,label,start,end,status,citation,confidence"
    header_edges = "id,source,target,kind,start,end,citation,confidence"
    members = [f"M{i:02d}" for i in range(27)]
    for i, m in enumerate(members):
        rows.append(f"{m},member-state,Member {i},{1958 + i},,,synthetic,high")
    regions = [f"region-{i}" for i in range(4)]
    rows += [f"{r},region,Region {i},,,,synthetic,high" for i, r in enumerate(regions)]
    partnerships = [f"mp-{i}" for i in range(150)]
    for i, mp in enumerate(partnerships):
        rows.append(f"{mp},mobility-partnership,Partnership {i},{2000 + i % 15},,,synthetic,medium")
    countries = []
    for i in range(nodes - len(rows)):
        if i % 3 == 2:
            project = f"project-{i}"
            rows.append(f"{project},project,Project {i},{2005 + i % 10},{2010 + i % 10},,synthetic,low")
            links.append((project, rng.choice(partnerships), "implements", f"{2005 + i % 10}"))
        else:
            c = f"country-{i}"
            countries.append(c)
            rows.append(f"{c},third-country,Country {i},,,,synthetic,high")
            links.append((c, rng.choice(regions), "in-region", ""))
            links.append((c, rng.choice(partnerships), "participates-in", f"{2000 + i % 15}"))
    for mp in partnerships:
        for m in rng.sample(members, 4):
            links.append((m, mp, "participates-in", ""))
    (folder / "nodes.csv").write_text(header_nodes + "\n" + "\n".join(rows) + "\n")
    (folder / "edges.csv").write_text(
        header_edges + "\n" + "\n".join(f"l{i},{s},{t},{k},{d},,synthetic,high" for i, (s, t, k, d) in enumerate(links)) + "\n"
    )
    return folder


def test_a_2000_node_dataset_opens_and_pans(open_page, tmp_path):
    folder = synthetic_dataset(tmp_path / "synthetic-2000")
    html = tmp_path / "synthetic.html"
    dialogue("explore", "--dataset", str(folder), "--output", str(html), "--quiet")
    page = open_page(html)
    p = page.page
    assert p.locator("g.node").count() >= 2000
    before = p.get_attribute("#x-canvas svg", "viewBox")
    canvas = p.locator("#x-canvas").bounding_box()
    p.mouse.move(canvas["x"] + 300, canvas["y"] + 300)
    p.mouse.down()
    p.mouse.move(canvas["x"] + 500, canvas["y"] + 400, steps=4)
    p.mouse.up()
    assert p.get_attribute("#x-canvas svg", "viewBox") != before
    shown = p.evaluate(SHOWN)
    expected = dialogue_json("list", "nodes", "--as-of", p.input_value("#x-date"), "--dataset", str(folder))
    assert sorted(shown["nodes"]) == sorted(n["id"] for n in expected)
    screenshot(p, "explorer-synthetic-2000.png")
    page.assert_clean()


def test_the_page_forbids_network_access_and_runs_only_its_own_script(gamm_explorer):
    html = gamm_explorer.read_text()
    policy = html.split('http-equiv="Content-Security-Policy" content="', 1)[1].split('"', 1)[0]
    assert "default-src 'none'" in policy
    assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy
    assert html.count("<script") == 2
    assert Path(gamm_explorer).stat().st_size < 3_000_000
