"""The sources table of every shipped dataset (sources.csv), checked with Python's csv module only.

A citation is one or more references separated by "; ", each a source id from sources.csv followed by a
pinpoint (section, footnote, annex, page, table row): "com-2014-96 §2.3, fn 9; ip-08-894".

Run: python3 -m pytest -q Tests/datasets/test_sources.py
"""
import csv
import json
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATASETS = ["gamm-2012-2013", "circular-migration-2007"]
SEEDS = {"gamm-2012-2013": "com-2014-96", "circular-migration-2007": "com-2007-248"}


def read(dataset, name):
    with open(ROOT / "Datasets" / dataset / name, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def references(citation):
    """(source id, pinpoint) pairs of a citation."""
    out = []
    for ref in citation.split("; "):
        sid, _, pinpoint = ref.partition(" ")
        out.append((sid, pinpoint))
    return out


@pytest.mark.parametrize("dataset", DATASETS)
def test_sources_table_has_unique_well_formed_ids_and_titles(dataset):
    rows = read(dataset, "sources.csv")
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids))
    for r in rows:
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["id"]), r["id"]
        assert r["title"].strip(), r["id"]
        if r["date"]:
            assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", r["date"]), r["id"]
    assert rows[0]["id"] == SEEDS[dataset]


def cited_tables(dataset):
    """The tables with a citation column: nodes, edges and, where the dataset has it, unrecorded.csv."""
    names = ["nodes.csv", "edges.csv"]
    if (ROOT / "Datasets" / dataset / "unrecorded.csv").exists():
        names.append("unrecorded.csv")
    return names


@pytest.mark.parametrize("dataset", DATASETS)
def test_every_citation_names_known_sources_and_every_source_is_cited(dataset):
    sources = {r["id"] for r in read(dataset, "sources.csv")}
    cited = set()
    for name in cited_tables(dataset):
        for line, row in enumerate(read(dataset, name), start=2):
            for sid, _ in references(row["citation"]):
                assert sid in sources, f"{name}:{line}: unknown source {sid!r} in {row['citation']!r}"
                cited.add(sid)
    assert sources - cited == set(), "sources cited by no row"


@pytest.mark.parametrize("dataset", DATASETS)
def test_seed_citations_carry_a_pinpoint(dataset):
    for name in cited_tables(dataset):
        for line, row in enumerate(read(dataset, name), start=2):
            for sid, pinpoint in references(row["citation"]):
                if sid in SEEDS.values():
                    assert re.match(r"(§|fn |Annex )", pinpoint), f"{name}:{line}: {row['citation']!r}"


@pytest.mark.parametrize("dataset", DATASETS)
def test_nothing_cites_a_file_outside_the_repository(dataset):
    for name in cited_tables(dataset) + ["sources.csv"]:
        for line, row in enumerate(read(dataset, name), start=2):
            text = " ".join(row.values())
            assert "INVENTORY" not in text and "external-facts" not in text, (name, line)
            # a data file or a project document (Moldova's .md web domains are not files)
            assert not re.search(r"\b[\w-]+\.csv\b|\b[A-Z][A-Z_-]+\.md\b", text), (name, line, text[:200])


@pytest.mark.parametrize("dataset", DATASETS)
def test_descriptor_declares_the_sources_resource(dataset):
    descriptor = json.loads((ROOT / "Datasets" / dataset / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in descriptor["resources"]}
    fields = [f["name"] for f in resources["sources"]["schema"]["fields"]]
    with open(ROOT / "Datasets" / dataset / "sources.csv", newline="", encoding="utf-8") as f:
        assert next(csv.reader(f)) == fields
    assert resources["sources"]["path"] == "sources.csv"
    assert any(s.get("path") == "sources.csv" for s in descriptor["sources"])
