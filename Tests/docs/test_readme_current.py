"""The README's tour is what the tool prints now, its diagram under docs/ is what it draws now, and the
documents it links to exist."""

import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_the_tour_and_its_diagram_are_current():
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "readme_tour.py"), "--check"], capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stderr


def test_the_tour_names_the_five_member_states():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    tour = readme.split("<!-- tour:gaps:begin -->")[1].split("<!-- tour:gaps:end -->")[0]
    disengaged = [line.split()[0] for line in tour.splitlines() if line.endswith("  yes")]
    assert disengaged == ["AT", "MT", "HR", "FI", "IE"]


def test_the_diagram_is_an_svg_showing_the_member_states():
    svg = (REPO / "docs" / "mobility-partnerships.svg").read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    for name in ["Austria", "Malta", "Croatia", "Finland", "Ireland"]:
        assert name in svg


def test_relative_links_of_the_readme_and_docs_resolve():
    for document in [REPO / "README.md", *sorted((REPO / "docs").glob("*.md"))]:
        text = document.read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#:]+)\)", text):
            assert (document.parent / target).exists(), f"{document.name} links to missing {target}"


def test_the_readme_keeps_the_benchmark_markers():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert readme.count("<!-- benchmarks:begin -->") == 1 and readme.count("<!-- benchmarks:end -->") == 1
