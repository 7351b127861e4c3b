"""Legibility of every diagram and chart `dialogue main` writes (network.svg, the two-mode picture,
participation-by-year.svg) and every SVG inside report.html, read from the SVG geometry:

- no two node shapes overlap (Graphviz diagrams: the bounding boxes of each node's ellipse or polygon);
- the legend does not overlap any node of the drawing;
- every text is at least 7 pt at the page size it is printed on (A4: 186 × 273 mm printable portrait for
  the report, 273 × 186 mm landscape for stand-alone diagrams), the drawing scaled down, never up, to fit.

`main` and the report fit their Graphviz diagrams to those pages (`--page`): the two-mode picture
with the member states either side of the frameworks, the whole network in overview (one box per
kind, countries per region; every node in the explorer).
"""

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from test_report_browser import DIALOGUE

NS = "{http://www.w3.org/2000/svg}"
PT_PER_MM = 72 / 25.4
A4_PORTRAIT = (186 * PT_PER_MM, 273 * PT_PER_MM)
A4_LANDSCAPE = (273 * PT_PER_MM, 186 * PT_PER_MM)
MINIMUM_PT = 7.0


@pytest.fixture(scope="module")
def out(tmp_path_factory):
    folder = tmp_path_factory.mktemp("legibility") / "out"
    result = subprocess.run([str(DIALOGUE), "main", "--output", str(folder), "--quiet"], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return folder


def report_svgs(folder: Path):
    html = (folder / "report.html").read_text(encoding="utf-8")
    return [ET.fromstring(m) for m in re.findall(r"<svg\b.*?</svg>", html, flags=re.S)]


def number(value: str) -> float:
    return float(re.match(r"[0-9.]+", value).group(0))


def size_in_points(svg) -> tuple[float, float]:
    """The drawing's size in points: Graphviz writes `pt`; the toolkit's charts are in CSS px (0.75 pt)."""
    w, h = svg.get("width"), svg.get("height")
    factor = 1.0 if w.endswith("pt") else PT_PER_MM if w.endswith("mm") else 0.75
    return number(w) * factor, number(h) * factor


def inner_scale(svg) -> float:
    group = svg.find(f"{NS}g")
    match = re.search(r"scale\(([0-9.]+)", group.get("transform", "") if group is not None else "")
    return float(match.group(1)) if match else 1.0


def node_boxes(svg):
    boxes, legend = [], None
    for node in svg.iter(f"{NS}g"):
        if node.get("class") != "node":
            continue
        xs, ys = [], []
        for shape in node.iter():
            if shape.tag == f"{NS}ellipse":
                cx, cy, rx, ry = (float(shape.get(k)) for k in ("cx", "cy", "rx", "ry"))
                xs += [cx - rx, cx + rx]
                ys += [cy - ry, cy + ry]
            elif shape.tag == f"{NS}polygon":
                points = [tuple(map(float, p.split(","))) for p in shape.get("points").split()]
                xs += [p[0] for p in points]
                ys += [p[1] for p in points]
        if not xs:
            continue
        title = (node.find(f"{NS}title").text or "").strip()
        box = (min(xs), min(ys), max(xs), max(ys), title)
        if title.lower() == "legend":
            legend = box
        else:
            boxes.append(box)
    return boxes, legend


def overlap(a, b) -> bool:
    return min(a[2], b[2]) - max(a[0], b[0]) > 0.5 and min(a[3], b[3]) - max(a[1], b[1]) > 0.5


def smallest_printed_text(svg, page) -> float:
    """The smallest text in points once the drawing is scaled down (never up) to fit `page`."""
    width, height = size_in_points(svg)
    fit = min(1.0, page[0] / width, page[1] / height)
    view = [float(v) for v in svg.get("viewBox").split()]
    unit = width / view[2]  # points per user unit
    default = float(svg.get("font-size", "16"))
    sizes = [float(t.get("font-size", default)) for t in svg.iter(f"{NS}text")]
    return min(sizes) * inner_scale(svg) * unit * fit


def graphviz_drawings(folder):
    drawings = {name: ET.parse(folder / name).getroot() for name in ["network.svg", "mobility-partnerships.svg"]}
    for i, svg in enumerate(s for s in report_svgs(folder) if s.get("class") != "chart"):
        drawings[f"report.html diagram {i + 1}"] = svg
    return drawings


def test_no_two_node_shapes_overlap_and_the_legend_stays_clear(out):
    drawings = graphviz_drawings(out)
    assert len(drawings) >= 3
    for name, svg in drawings.items():
        boxes, legend = node_boxes(svg)
        assert len(boxes) > 10, name
        overlapping = [(a[4], b[4]) for i, a in enumerate(boxes) for b in boxes[i + 1 :] if overlap(a, b)]
        assert not overlapping, f"{name}: overlapping nodes {overlapping[:5]}"
        if legend:
            assert not [b[4] for b in boxes if overlap(b, legend)], f"{name}: legend over the drawing"


def test_charts_print_every_text_at_7_pt_or_more(out):
    charts = [s for s in report_svgs(out) if s.get("class") == "chart"]
    assert len(charts) == 3
    for svg in charts:
        assert smallest_printed_text(svg, A4_PORTRAIT) >= MINIMUM_PT, svg.get("id")
    page = ET.parse(out / "participation-by-year.svg").getroot()
    assert page.get("width") == "297mm"  # one A4-landscape page: one user unit is one point
    assert smallest_printed_text(page, (297 * PT_PER_MM, 210 * PT_PER_MM)) >= MINIMUM_PT


def test_diagrams_print_every_text_at_7_pt_or_more(out):
    for name, svg in graphviz_drawings(out).items():
        page = A4_PORTRAIT if name.startswith("report") else A4_LANDSCAPE
        assert smallest_printed_text(svg, page) >= MINIMUM_PT, name
