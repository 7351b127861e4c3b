"""One meaning of time, existence and absence: every command gives the same answer.

Sweeps every month-end from each shipped dataset's first to last date and checks, through the real
`dialogue` binary, that `list`, `gaps`, `status`, `summary`, `coverage`, `diff`, the diagrams and the
report agree on which frameworks, member states and memberships exist. The cheap commands run at
every month-end (the framework kind asked of `gaps` rotates through every framework kind); the
costlier ones (summary, coverage, diff) at every year-end; the report and the diagrams at a few dates.
"""

import html
import json
import re
from concurrent.futures import ThreadPoolExecutor

import pytest

from dialogue_cli import DATASETS, month_ends, rows, run

MATRIX_FIXED = {"id", "label", "joined", "eligible", "not_recorded", "rate", "as_of"}


def vocabulary(dataset):
    own = DATASETS / dataset / "vocabulary.json"
    path = own if own.exists() else DATASETS.parent / "Sources/DialogueGraph/Resources/vocabulary.json"
    return json.loads(path.read_text())


def conventions(dataset):
    return vocabulary(dataset)["conventions"]


def framework_kinds(dataset):
    return [k["id"] for k in vocabulary(dataset)["nodeKinds"] if k["framework"]]


def date_range(dataset):
    summary = json.loads(run("summary", "--dataset", dataset, "--as-of", "all", "--format", "json").stdout)
    return summary["dateRange"]["earliest"], summary["dateRange"]["latest"]


class Snapshot:
    """What `list` says exists on a date: the reference every other command is compared with."""

    def __init__(self, dataset, day):
        c = conventions(dataset)
        nodes = rows("list", "nodes", "--dataset", dataset, "--as-of", day)
        edges = rows("list", "edges", "--dataset", dataset, "--as-of", day, "--edge-kinds", c["participationEdgeKind"])
        assert all(n["as_of"] == day for n in nodes)
        assert not any(n["prospective"] for n in nodes), "a prospective node is listed as existing on a date"
        self.kind_of = {n["id"]: n["kind"] for n in nodes}
        self.member_states = {n["id"] for n in nodes if n["kind"] == c["memberStateKind"]}
        self.memberships = {(e["source"], e["target"]) for e in edges}
        self.nodes = set(self.kind_of)

    def frameworks(self, kind):
        return {i for i, k in self.kind_of.items() if k == kind}


def check_month(dataset, day, kind):
    snap = Snapshot(dataset, day)
    matrix = rows("gaps", "--dataset", dataset, "--as-of", day, "--matrix", "--framework-kind", kind)
    assert {r["id"] for r in matrix} == snap.member_states, (day, "member states")
    frameworks = snap.frameworks(kind)
    for r in matrix:
        assert r["as_of"] == day
        assert set(r) - MATRIX_FIXED == frameworks, (day, kind, "frameworks")
        for f in frameworks:
            joined = (r["id"], f) in snap.memberships
            assert (r[f] == "yes") == joined, (day, r["id"], f, r[f])
    return snap


def check_status(dataset, day, snap):
    for table in conventions(dataset)["statusTables"]:
        kind = table["frameworkKind"]
        status = rows("status", "--dataset", dataset, "--as-of", day, "--framework-kind", kind)
        exists = snap.frameworks(kind)
        for r in status:
            concluded = r["status"] == "concluded"
            assert concluded == (r["framework"] in exists), (day, r["framework"], r["status"])


def check_year_end(dataset, day, previous):
    snap = Snapshot(dataset, day)
    summary = json.loads(run("summary", "--dataset", dataset, "--as-of", day, "--format", "json").stdout)
    assert summary["nodes"] == len(snap.nodes) and summary["as_of"] == day
    c = conventions(dataset)
    kind = c["focusFrameworkKind"]
    country_kinds = {k["id"] for k in vocabulary(dataset)["nodeKinds"] if k["country"]}
    all_countries = sorted(i for i, k in snap.kind_of.items() if k in country_kinds)
    countries = sorted({s for s, t in snap.memberships if t in snap.frameworks(kind)} & set(all_countries))
    countries = countries + [c for c in all_countries if c not in countries][:5]
    if not countries:
        return snap
    cov = json.loads(
        run("coverage", "--dataset", dataset, "--as-of", day, "--countries", ",".join(countries),
            "--framework-kind", kind, "--format", "json").stdout)
    expected = {x for x in countries if any((x, f) in snap.memberships for f in snap.frameworks(kind))}
    assert set(cov["covered"]) == expected and cov["as_of"] == day, (day, "coverage")
    if previous:
        diff = rows("diff", "--dataset", dataset, "--from", previous.day, "--to", day)
        added = {r["id"] for r in diff if r.get("change") == "added" and r.get("item") == "node"}
        removed = {r["id"] for r in diff if r.get("change") == "removed" and r.get("item") == "node"}
        if added or removed or diff:
            assert added == snap.nodes - previous.snap.nodes, (day, "diff added")
            assert removed == previous.snap.nodes - snap.nodes, (day, "diff removed")
    return snap


class YearEnd:
    def __init__(self, day, snap):
        self.day, self.snap = day, snap


@pytest.mark.parametrize("dataset", ["gamm-2012-2013", "circular-migration-2007"])
def test_every_month_end_agrees(dataset):
    first, last = date_range(dataset)
    days = month_ends(first, last)
    kinds = framework_kinds(dataset)

    def month(i_day):
        i, day = i_day
        snap = check_month(dataset, day, kinds[i % len(kinds)])
        if i % 3 == 0:
            check_status(dataset, day, snap)
        return day

    with ThreadPoolExecutor(max_workers=4) as pool:
        checked = list(pool.map(month, enumerate(days)))
    assert len(checked) == len(days) > 12
    previous = None
    for day in [d for d in days if d.endswith("-12-31")]:
        previous = YearEnd(day, check_year_end(dataset, day, previous))


def svg_node_ids(svg):
    ids = re.findall(r'<g id="node\d+" class="node">\s*<title>([^<]*)</title>', svg)
    return {html.unescape(i) for i in ids} - {"legend"}


@pytest.mark.parametrize("day", ["2009-12-31", "2012-12-31", "2013-12-31", "all"])
def test_diagrams_and_report_agree_with_list(tmp_path, day):
    dataset = "gamm-2012-2013"
    c = conventions(dataset)
    kind = c["focusFrameworkKind"]
    nodes = rows("list", "nodes", "--dataset", dataset, "--as-of", day)
    member_states = {n["id"] for n in nodes if n["kind"] == c["memberStateKind"]}
    existing = {n["id"] for n in nodes if n["kind"] == kind and not n["prospective"]}
    out = tmp_path / "two-mode.svg"
    run("render", "--dataset", dataset, "--as-of", day, "--view", "two-mode", "--format", "svg", "--output", str(out))
    assert svg_node_ids(out.read_text()) == member_states | existing
    out = tmp_path / "frameworks.svg"
    run("render", "--dataset", dataset, "--as-of", day, "--view", "frameworks", "--format", "svg", "--output", str(out))
    drawn_frameworks = {i for i in svg_node_ids(out.read_text()) if i in {n["id"] for n in nodes if n["kind"] == kind}}
    # On a date the frameworks view draws what exists; regardless of date it also draws (dashed) what is prospective.
    all_of_kind = {n["id"] for n in nodes if n["kind"] == kind}
    assert drawn_frameworks == (existing if day != "all" else all_of_kind)
    report = tmp_path / "report.html"
    run("report", "--dataset", dataset, "--as-of", day, "--output", str(report))
    text = report.read_text()
    counts = dict(re.findall(r'<span class="detail">([a-z-]+)</span></th>\s*<td[^>]*>(\d+)</td>', text))
    for k in framework_kinds(dataset):
        of_kind = {n["id"] for n in nodes if n["kind"] == k and not n["prospective"]}
        if k in counts:
            assert int(counts[k]) == len(of_kind), (day, k)
    assert kind in counts


def test_gaps_without_options_equals_main_and_says_its_date(tmp_path):
    gaps = rows("gaps")
    out = tmp_path / "out"
    main = run("main", "--output", str(out), "--quiet").stdout
    assert "as of 2013-12-31 (the dataset's reference date)" in main
    assert all(r["as_of"] == "2013-12-31" for r in gaps)
    order = [r["id"] for r in gaps]
    csv_rows = (out / "disengaged.csv").read_text(encoding="utf-8-sig").splitlines()
    assert [line.split(",")[0] for line in csv_rows[1:]] == order
    printed = [line.split()[0] for line in main.splitlines() if re.match(r"^[A-Z]{2}  ", line)]
    assert printed == order
    assert sorted(r["id"] for r in gaps if r["disengaged"]) == ["AT", "FI", "HR", "IE", "MT"]
