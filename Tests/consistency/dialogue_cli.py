"""Runs the real `dialogue` binary for the consistency tests (no library call: what a user runs)."""

import json
import os
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DATASETS = REPO / "Datasets"


def binary() -> Path:
    path = Path(os.environ.get("DIALOGUE_BIN", REPO / ".build" / "debug" / "dialogue"))
    if not path.exists():
        raise RuntimeError(f"{path} is missing: run 'swift build' (or 'make build') first")
    return path


def run(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run([str(binary()), *args], capture_output=True, text=True, timeout=300)
    if check and result.returncode != 0:
        raise AssertionError(f"dialogue {' '.join(args)} exited {result.returncode}: {result.stderr}")
    return result


def rows(*args: str) -> list:
    """The JSON rows a command prints with --format json."""
    return json.loads(run(*args, "--format", "json").stdout)


def month_ends(first: str, last: str) -> list[str]:
    """Every month-end from the month of `first` to the month of `last` (YYYY[-MM[-DD]])."""
    y, m = int(first[:4]), int(first[5:7]) if len(first) >= 7 else 1
    ly, lm = int(last[:4]), int(last[5:7]) if len(last) >= 7 else 12
    out = []
    while (y, m) <= (ly, lm):
        ny, nm = (y + 1, 1) if m == 12 else (y, m + 1)
        import datetime

        out.append((datetime.date(ny, nm, 1) - datetime.timedelta(days=1)).isoformat())
        y, m = ny, nm
    return out
