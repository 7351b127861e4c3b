"""Execute every Jupyter notebook in a folder, as the test suite does; fail if any cell fails.

The notebooks find the `dialogue` binary through the DIALOGUE_BIN environment variable, which this
runner sets to the package's debug build (unless it is already set), so they hold no absolute
paths of their own. Each notebook runs in a fresh python3 kernel with its own folder as the
working directory.

Usage:
    python3 scripts/run_notebooks.py [FOLDER] [--timeout SECONDS] [--save-executed DIR]

--timeout limits each cell (default 120 s); --save-executed writes the executed notebooks, with
their outputs, to DIR for inspection. The committed notebooks must keep their outputs stripped: a
notebook whose code cells hold outputs or execution counts fails without being run.
Prints one line per notebook with its running time, then "notebooks: P passed, F failed"; the
exit status is 1 when any notebook fails (or none is found), else 0.
"""
import argparse
import os
import pathlib
import sys
import time

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

ROOT = pathlib.Path(__file__).resolve().parent.parent


def unstripped_cells(notebook) -> list[int]:
    """Indices of the code cells that carry outputs or an execution count (the repository keeps neither)."""
    return [index for index, cell in enumerate(notebook.cells)
            if cell.cell_type == "code" and (cell.get("outputs") or cell.get("execution_count") is not None)]


def run_one(path: pathlib.Path, timeout: int, save_to: pathlib.Path | None) -> str | None:
    """Execute one notebook; return None when every cell succeeded, else a description of the failure."""
    notebook = nbformat.read(path, as_version=4)
    unstripped = unstripped_cells(notebook)
    if unstripped:
        return (f"cells {unstripped} hold outputs or execution counts; strip them before committing "
                f"(e.g. jupyter nbconvert --clear-output --inplace {path})")
    client = NotebookClient(notebook, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    failure = None
    try:
        client.execute()
    except CellExecutionError as error:
        failure = str(error)
    except CellTimeoutError as error:
        failure = f"a cell ran longer than {timeout} s: {error}"
    except DeadKernelError as error:
        failure = f"the kernel died: {error}"
    if save_to is not None:
        save_to.mkdir(parents=True, exist_ok=True)
        nbformat.write(notebook, save_to / path.name)
    return failure


def main(arguments: list[str]) -> int:
    parser = argparse.ArgumentParser(description="Execute the notebooks of a folder.")
    parser.add_argument("folder", nargs="?", default="Notebooks")
    parser.add_argument("--timeout", type=int, default=120, help="seconds allowed per cell (default 120)")
    parser.add_argument("--save-executed", type=pathlib.Path, default=None, metavar="DIR",
                        help="write the executed notebooks (with outputs) to DIR")
    options = parser.parse_args(arguments)

    notebooks = sorted(pathlib.Path(options.folder).glob("*.ipynb"))
    if not notebooks:
        print(f"no notebooks in {options.folder}", file=sys.stderr)
        return 1
    os.environ.setdefault("DIALOGUE_BIN", str(ROOT / ".build" / "debug" / "dialogue"))
    if not pathlib.Path(os.environ["DIALOGUE_BIN"]).is_file():
        print(f"warning: DIALOGUE_BIN={os.environ['DIALOGUE_BIN']} does not exist "
              "(build it with `swift build --product dialogue`)", file=sys.stderr)
    failed = 0
    for path in notebooks:
        started = time.monotonic()
        failure = run_one(path, options.timeout, options.save_executed)
        elapsed = time.monotonic() - started
        if failure is None:
            print(f"notebook ok: {path.name} ({elapsed:.1f} s)")
        else:
            failed += 1
            print(f"notebook FAILED: {path.name} ({elapsed:.1f} s)\n{failure}", file=sys.stderr)
    print(f"notebooks: {len(notebooks) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
