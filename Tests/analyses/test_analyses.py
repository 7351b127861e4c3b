"""Every analysis in Analyses/ builds and runs through `swift run`, as a user runs it, and answers
its question on the shipped GAMM dataset (ExampleTests does the same for Examples/)."""

import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ANALYSES = sorted(p.parent.name for p in (REPO / "Analyses").glob("*/main.swift"))


def swift_run(name: str, *arguments: str) -> str:
    result = subprocess.run(["swift", "run", "-q", name, *arguments], cwd=REPO, capture_output=True, text=True,
                            timeout=1800)
    assert result.returncode == 0, f"swift run {name} failed ({result.returncode}): {result.stderr[-3000:]}"
    return result.stdout


def test_there_is_a_template_and_two_worked_analyses():
    assert {"template", "new-frameworks", "agency-reach"} <= set(ANALYSES)


def test_every_analysis_is_an_executable_of_the_package():
    description = subprocess.run(["swift", "package", "describe", "--type", "json"], cwd=REPO, capture_output=True,
                                 text=True, timeout=600, check=True).stdout
    for name in ANALYSES:
        assert f'"name" : "{name}"' in description or f'"name": "{name}"' in description, name


@pytest.mark.parametrize("name", ANALYSES)
def test_every_analysis_runs(name: str):
    assert swift_run(name).strip()


def test_new_frameworks_finds_the_azerbaijan_mobility_partnership_of_december_2013():
    out = swift_run("new-frameworks", "Datasets/gamm-2012-2013", "2012-12-31", "2013-12-31")
    assert "between 2012-12-31 and 2013-12-31" in out
    assert "Azerbaijan (AZ)\n  + Mobility partnership EU–Azerbaijan [mobility-partnership], 2013-12-05" in out
    # Moldova's partnership dates from 2008: it is not new in 2013.
    assert "Mobility partnership EU–Moldova" not in out
    nothing = swift_run("new-frameworks", "Datasets/gamm-2012-2013", "2013-12-31", "2013-12-31")
    assert nothing.strip().endswith("0 third countries gained at least one framework.")


def test_agency_reach_lists_frontex_in_the_eastern_partnership():
    out = swift_run("agency-reach")
    assert "as of 2013-12-31" in out
    frontex = out.split("FRONTEX (frontex):", 1)[1]
    assert "Eastern Partnership countries: 6 of 6 countries" in frontex.split("\n\n")[0]


def test_make_analysis_runs_one_by_name_and_lists_them_when_wrong():
    ok = subprocess.run(["make", "-s", "analysis", "NAME=template"], cwd=REPO, capture_output=True, text=True,
                        timeout=1800)
    assert ok.returncode == 0 and "Moldova" in ok.stdout, ok.stderr
    wrong = subprocess.run(["make", "-s", "analysis", "NAME=nope"], cwd=REPO, capture_output=True, text=True)
    assert wrong.returncode != 0 and "new-frameworks" in wrong.stdout
