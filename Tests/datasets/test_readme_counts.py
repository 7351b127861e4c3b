"""The counts in each dataset README are the data's own: the block that scripts/dataset_readme_counts.py
generates must be current, and the hand-written rest must not state the row totals.

Run: python3 -m pytest -q Tests/datasets/test_readme_counts.py
"""
import csv
import importlib.util
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = importlib.util.spec_from_file_location("dataset_readme_counts", ROOT / "scripts" / "dataset_readme_counts.py")
counts = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(counts)


@pytest.mark.parametrize("dataset", counts.DATASETS)
def test_generated_counts_are_current(dataset):
    folder = ROOT / "Datasets" / dataset
    text = (folder / "README.md").read_text(encoding="utf-8")
    assert counts.updated(text, counts.block(folder)) == text, \
        "stale counts: run python3 scripts/dataset_readme_counts.py"


@pytest.mark.parametrize("dataset", counts.DATASETS)
def test_block_states_the_row_totals(dataset):
    folder = ROOT / "Datasets" / dataset
    with open(folder / "nodes.csv", newline="", encoding="utf-8") as f:
        n = sum(1 for _ in csv.DictReader(f))
    with open(folder / "edges.csv", newline="", encoding="utf-8") as f:
        m = sum(1 for _ in csv.DictReader(f))
    block = counts.block(folder)
    assert f"| `nodes.csv` | {n:,} nodes |" in block and f"| `edges.csv` | {m:,} edges |" in block
    # Outside the block the README repeats neither total.
    text = (folder / "README.md").read_text(encoding="utf-8")
    outside = text.replace(text[text.index(counts.BEGIN):text.index(counts.END)], "")
    for total in {str(n), f"{n:,}", str(m), f"{m:,}"}:
        assert f" {total} nodes" not in outside and f" {total} edges" not in outside


def test_a_changed_dataset_makes_the_block_stale(tmp_path):
    folder = tmp_path / "gamm-2012-2013"
    shutil.copytree(ROOT / "Datasets" / "gamm-2012-2013", folder)
    before = counts.block(folder)
    with open(folder / "nodes.csv", "a", encoding="utf-8") as f:
        f.write("XX,third-country,Nowhere,,,,,,,com-2014-96 §1,seed,\n")
    after = counts.block(folder)
    assert before != after
    assert "| `third-country` | 84 |" in after
