"""Conventions are data, and unknown is not absent.

1. The GAMM dataset with every kind renamed in its own vocabulary (`state`, `joins`, `pact`…) gives
   the same gaps, coverage, diagrams and report as under today's names: no command names a kind.
2. A framework whose membership is declared not recorded shows "not recorded" — never a gap — in the
   table, JSON, CSV, matrix, diagram and report.
All through the real binary.
"""

import csv
import io
import json
import re
import shutil

import pytest

from dialogue_cli import DATASETS, REPO, rows, run

RENAMES = {
    "member-state": "state",
    "participates-in": "joins",
    "mobility-partnership": "pact",
    "common-agenda": "agenda",
    "regional-process": "process",
    "thematic-priority": "priority",
    "addresses": "treats",
    "region": "area",
    "in-region": "lies-in",
    "event": "gathering",
    "part-of": "belongs-to",
    "hosts": "receives",
}


def renamed_dataset(tmp_path):
    """GAMM under renamed kinds, in a folder of the same name (so titles match)."""
    folder = tmp_path / "renamed" / "gamm-2012-2013"
    folder.mkdir(parents=True)
    vocab = json.loads((REPO / "Sources/DialogueGraph/Resources/vocabulary.json").read_text())
    for k in vocab["nodeKinds"] + vocab["edgeKinds"]:
        k["id"] = RENAMES.get(k["id"], k["id"])
    for s in vocab["subtypes"]:
        s["kind"] = RENAMES.get(s["kind"], s["kind"])
    conv = vocab["conventions"]
    for key, value in list(conv.items()):
        if isinstance(value, str):
            conv[key] = RENAMES.get(value, value)
    for table in conv["statusTables"]:
        table["frameworkKind"] = RENAMES.get(table["frameworkKind"], table["frameworkKind"])
    (folder / "vocabulary.json").write_text(json.dumps(vocab, ensure_ascii=False))
    for name, column in [("nodes.csv", "kind"), ("edges.csv", "kind"), ("unrecorded.csv", "subject")]:
        text = (DATASETS / "gamm-2012-2013" / name).read_text(encoding="utf-8")
        table = list(csv.reader(io.StringIO(text)))
        i = table[0].index(column)
        for row in table[1:]:
            row[i] = RENAMES.get(row[i], row[i])
        out = io.StringIO()
        csv.writer(out, lineterminator="\n").writerows(table)
        (folder / name).write_text(out.getvalue(), encoding="utf-8")
    descriptor = json.loads((DATASETS / "gamm-2012-2013" / "datapackage.json").read_text())
    (folder / "datapackage.json").write_text(json.dumps({"referenceDate": descriptor["referenceDate"],
                                                          "resources": []}))
    return folder


def svg_shape(svg):
    nodes = sorted(re.findall(r'<g id="node\d+" class="node">\s*<title>([^<]*)</title>', svg))
    edges = len(re.findall(r'class="edge"', svg))
    return nodes, edges, re.search(r'<svg width="([^"]+)" height="([^"]+)"', svg).groups()


@pytest.mark.parametrize("day", ["2012-12-31", "2013-12-31"])
def test_renamed_vocabulary_gives_the_same_answers(tmp_path, day):
    folder = str(renamed_dataset(tmp_path))
    original = "gamm-2012-2013"
    assert rows("gaps", "--dataset", folder, "--as-of", day) == rows("gaps", "--as-of", day)
    assert rows("gaps", "--dataset", folder, "--as-of", day, "--by-framework", "--framework-kind", "process") == rows(
        "gaps", "--as-of", day, "--by-framework", "--framework-kind", "regional-process")
    theirs = run("coverage", "--dataset", folder, "--as-of", day, "--region", "eastern-partnership",
                 "--framework-kind", "pact", "--format", "json").stdout
    ours = run("coverage", "--as-of", day, "--region", "eastern-partnership", "--framework-kind",
               "mobility-partnership", "--format", "json").stdout
    assert theirs == ours
    assert rows("coverage", "--themes", "--dataset", folder, "--as-of", day) == rows("coverage", "--themes", "--as-of", day)
    assert rows("status", "--dataset", folder, "--as-of", day) == rows("status", "--as-of", day)
    for view in ["two-mode", "frameworks"]:
        a, b = tmp_path / f"a-{view}.svg", tmp_path / f"b-{view}.svg"
        run("render", "--dataset", folder, "--as-of", day, "--view", view, "--highlight", "disengaged", "--output", str(a))
        run("render", "--dataset", original, "--as-of", day, "--view", view, "--highlight", "disengaged", "--output", str(b))
        assert svg_shape(a.read_text()) == svg_shape(b.read_text())
    a, b = tmp_path / "a.html", tmp_path / "b.html"
    run("report", "--dataset", folder, "--as-of", day, "--output", str(a))
    run("report", "--dataset", original, "--as-of", day, "--output", str(b))
    normalised = a.read_text()
    for old, new in RENAMES.items():
        normalised = normalised.replace(f">{new}<", f">{old}<")
    strip = lambda t: re.sub(r"<svg.*?</svg>", "<svg/>", t, flags=re.S)
    assert strip(normalised) == strip(b.read_text())


@pytest.fixture
def unknown_membership(tmp_path):
    """Three member states, two frameworks; the membership of `forum` is not recorded."""
    folder = tmp_path / "unknowns"
    folder.mkdir()
    (folder / "nodes.csv").write_text(
        "id,kind,label,start,status,citation,confidence\n"
        "AT,member-state,Austria,1995-01-01,,test,high\n"
        "BE,member-state,Belgium,1958-01-01,,test,high\n"
        "CZ,member-state,Czechia,2004-05-01,,test,high\n"
        "pact,mobility-partnership,A partnership,2010-01-01,,test,high\n"
        "forum,regional-process,A forum,2009-01-01,,test,high\n")
    (folder / "edges.csv").write_text(
        "source,target,kind,role,citation,confidence\n"
        "BE,pact,participates-in,signatory,test,high\n"
        "BE,forum,participates-in,chair,test,high\n")
    (folder / "unrecorded.csv").write_text(
        "subject,aspect,extent,citation,note\n"
        "forum,membership,partial,test §1,the source names only the chair\n")
    (folder / "datapackage.json").write_text('{"referenceDate": "2013-12-31", "resources": []}')
    return str(folder)


def test_unknown_is_not_absent_everywhere(tmp_path, unknown_membership):
    d = unknown_membership
    gaps = {r["id"]: r for r in rows("gaps", "--dataset", d, "--framework-kind", "regional-process")}
    assert not gaps["AT"]["disengaged"] and gaps["AT"]["not_recorded"] == 1 and gaps["AT"]["absent_from"] == []
    # The same member states, for the recorded kind, are disengaged: the rule is not switched off.
    assert rows("gaps", "--dataset", d)[0]["disengaged"]
    table = run("gaps", "--dataset", d, "--framework-kind", "regional-process", "--matrix").stdout
    assert "not recorded" in table and "Note: 2 member state × framework cells are not recorded" in table
    matrix = rows("gaps", "--dataset", d, "--framework-kind", "regional-process", "--matrix")
    assert {r["id"]: r["forum"] for r in matrix} == {"AT": "not recorded", "BE": "yes", "CZ": "not recorded"}
    csv_text = run("gaps", "--dataset", d, "--framework-kind", "regional-process", "--matrix", "--format", "csv").stdout
    assert "not recorded" in csv_text and ",no," not in csv_text
    by_framework = rows("gaps", "--dataset", d, "--framework-kind", "regional-process", "--by-framework")
    assert by_framework[0]["membership"] == "partly recorded" and by_framework[0]["not_recorded"] == 2
    svg = tmp_path / "d.svg"
    run("render", "--dataset", d, "--view", "two-mode", "--framework-kind", "regional-process", "--highlight",
        "disengaged", "--output", str(svg))
    text = svg.read_text()
    assert "membership not recorded" in text and "absent from" not in text
    report = tmp_path / "r.html"
    run("report", "--dataset", d, "--framework-kind", "regional-process", "--output", str(report))
    html_text = report.read_text()
    assert "not recorded in the sources" in html_text
    assert "Austria" not in re.search(r'<section id="disengaged".*?</section>', html_text, re.S).group(0)
