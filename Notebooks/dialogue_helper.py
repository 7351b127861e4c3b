"""The notebooks' one way to call the `dialogue` tool: find it, run a command, get a pandas DataFrame.

    from dialogue_helper import dialogue, dialogue_json, frame

    gaps = frame("gaps")              # typed columns; gaps.attrs["as_of"] is the date it answers for
    gaps.attrs["as_of"]               # '2013-12-31' (the dataset's reference date), or 'all'

The binary is found in this order: the `DIALOGUE_BIN` environment variable (the notebook runner sets
it), the debug build `.build/debug/dialogue` of the repository the working directory lies in, then
`dialogue` on the PATH (`make install PREFIX=~/.local` puts it there). Each command's output says
what it is about: every JSON row ends with `as_of`, which `frame` moves into `attrs["as_of"]`.
"""

from __future__ import annotations

import json
import os
import pathlib
import re
import shutil
import subprocess

import pandas as pd

__all__ = ["find_dialogue", "dialogue", "dialogue_json", "frame", "DialogueError"]

_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
#: Columns whose values are dates (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), turned into pandas timestamps
#: (a partial date becomes its first day; the text stays in the JSON for exactness).
DATE_COLUMNS = {"start", "end", "date", "from", "to", "since", "first", "last"}


class DialogueError(RuntimeError):
    """A `dialogue` command that ended with a non-zero exit status; `status` and `stderr` say why."""

    def __init__(self, arguments, status: int, stderr: str):
        self.arguments, self.status, self.stderr = list(arguments), status, stderr
        super().__init__(f"dialogue {' '.join(arguments)} exited with {status}: {stderr.strip()}")


def find_dialogue(start: pathlib.Path | None = None) -> str:
    """The path of the `dialogue` binary: $DIALOGUE_BIN, the repository's debug build, or the PATH."""
    from_environment = os.environ.get("DIALOGUE_BIN")
    if from_environment:
        if not pathlib.Path(from_environment).is_file():
            raise FileNotFoundError(f"DIALOGUE_BIN is set to {from_environment}, which does not exist")
        return from_environment
    here = (start or pathlib.Path.cwd()).resolve()
    for folder in (here, *here.parents):
        if (folder / "Package.swift").is_file():
            build = folder / ".build" / "debug" / "dialogue"
            if build.is_file():
                return str(build)
            break
    on_path = shutil.which("dialogue")
    if on_path:
        return on_path
    raise FileNotFoundError(
        "dialogue not found: set DIALOGUE_BIN, run `swift build` in the repository, "
        "or `make install PREFIX=~/.local` to put it on the PATH")


def dialogue(*arguments: str) -> str:
    """Runs `dialogue` with these arguments and returns its standard output; raises DialogueError."""
    result = subprocess.run([find_dialogue(), *arguments], capture_output=True, text=True,
                            env={k: v for k, v in os.environ.items() if k != "COLUMNS"})
    if result.returncode != 0:
        raise DialogueError(arguments, result.returncode, result.stderr)
    return result.stdout


def dialogue_json(*arguments: str):
    """Runs a `dialogue` command with `--format json` and returns the parsed JSON."""
    return json.loads(dialogue(*arguments, "--format", "json"))


def frame(*arguments: str) -> pd.DataFrame:
    """Runs a `dialogue` command that prints rows and returns them as a DataFrame with typed columns.

    Numbers and booleans keep their JSON types; date columns (``DATE_COLUMNS``) become timestamps;
    lists stay lists. The `as_of` field of the rows becomes ``attrs["as_of"]`` (the date, or `all`),
    and ``attrs["command"]`` records the command line.
    """
    rows = dialogue_json(*arguments)
    if not isinstance(rows, list):
        raise TypeError(f"dialogue {' '.join(arguments)} prints one document, not rows: use dialogue_json")
    table = pd.DataFrame(rows)
    as_of = None
    if "as_of" in table.columns:
        values = set(table["as_of"])
        if len(values) > 1:
            raise ValueError(f"rows answer for several dates: {sorted(values)}")
        as_of = values.pop() if values else None
        table = table.drop(columns="as_of")
    for column in table.columns:
        values = table[column].dropna()
        if column in DATE_COLUMNS and len(values) and values.map(lambda v: isinstance(v, str) and bool(_DATE.match(v))).all():
            table[column] = pd.to_datetime(table[column], format="ISO8601")
        elif len(values) and values.map(lambda v: isinstance(v, bool)).all() and len(values) == len(table):
            table[column] = table[column].astype(bool)
    table.attrs["as_of"] = as_of
    table.attrs["command"] = "dialogue " + " ".join(arguments)
    return table
