"""The notebooks' helper (Notebooks/dialogue_helper.py) and `make install`, as a notebook or a user
meets them: through the real binary."""

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "Notebooks"))
import dialogue_helper  # noqa: E402

BUILD = REPO / ".build" / "debug" / "dialogue"


@pytest.fixture(autouse=True)
def no_binary_override(monkeypatch):
    monkeypatch.delenv("DIALOGUE_BIN", raising=False)
    monkeypatch.chdir(REPO / "Notebooks")


def test_finds_the_repository_build_from_the_notebooks_folder():
    assert Path(dialogue_helper.find_dialogue()) == BUILD


def test_dialogue_bin_wins_and_must_exist(monkeypatch, tmp_path):
    monkeypatch.setenv("DIALOGUE_BIN", str(BUILD))
    assert dialogue_helper.find_dialogue() == str(BUILD)
    monkeypatch.setenv("DIALOGUE_BIN", str(tmp_path / "missing"))
    with pytest.raises(FileNotFoundError, match="DIALOGUE_BIN"):
        dialogue_helper.find_dialogue()


def test_frame_types_columns_and_keeps_the_date_it_answers_for():
    nodes = dialogue_helper.frame("list", "nodes", "--kinds", "member-state")
    assert nodes.attrs["as_of"] == "2013-12-31"
    assert "as_of" not in nodes.columns
    assert pd.api.types.is_datetime64_any_dtype(nodes["start"])
    assert nodes["prospective"].dtype == bool
    assert nodes.loc[nodes["id"] == "HR", "start"].iloc[0] == pd.Timestamp("2013-07-01")
    everything = dialogue_helper.frame("list", "nodes", "--as-of", "all")
    assert everything.attrs["as_of"] == "all" and len(everything) > len(nodes)


def test_numbers_stay_numbers():
    ranking = dialogue_helper.frame("centrality", "--measure", "degree", "--top", "5")
    assert pd.api.types.is_float_dtype(ranking["value"])
    assert list(ranking["value"]) == sorted(ranking["value"], reverse=True)


def test_a_failing_command_raises_with_the_tools_message():
    with pytest.raises(dialogue_helper.DialogueError) as failure:
        dialogue_helper.dialogue("neighbors", "Moldva")
    assert failure.value.status == 1
    assert "did you mean MD (Moldova)" in failure.value.stderr


def test_frame_refuses_a_single_document():
    with pytest.raises(TypeError, match="dialogue_json"):
        dialogue_helper.frame("summary")


def test_make_install_puts_a_working_dialogue_on_the_path(tmp_path, monkeypatch):
    prefix = tmp_path / "prefix"
    subprocess.run(["make", "-s", "install", f"PREFIX={prefix}"], cwd=REPO, check=True, capture_output=True,
                   timeout=600)
    installed = prefix / "bin" / "dialogue"
    assert installed.exists()
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    monkeypatch.delenv("DIALOGUE_DATASETS", raising=False)
    monkeypatch.setenv("PATH", f"{prefix / 'bin'}{os.pathsep}{os.environ['PATH']}")
    assert dialogue_helper.find_dialogue() == str(installed)
    summary = dialogue_helper.dialogue_json("summary")
    assert summary["dataset"] == "gamm-2012-2013" and summary["nodes"] > 0
    explorer = elsewhere / "explorer.html"
    dialogue_helper.dialogue("explore", "--output", str(explorer))  # needs the installed resource bundle
    assert explorer.stat().st_size > 10_000
