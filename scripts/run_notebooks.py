"""Execute every Jupyter notebook in a folder, as the test suite does; fail if any cell fails.

The notebooks find the `dialogue` binary through the DIALOGUE_BIN environment variable, which this
runner sets to the package's debug build, so they hold no absolute paths of their own.
"""
import os
import pathlib
import sys

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

ROOT = pathlib.Path(__file__).resolve().parent.parent


def main(folder: str) -> int:
    notebooks = sorted(pathlib.Path(folder).glob("*.ipynb"))
    if not notebooks:
        print(f"no notebooks in {folder}", file=sys.stderr)
        return 1
    os.environ.setdefault("DIALOGUE_BIN", str(ROOT / ".build" / "debug" / "dialogue"))
    failed = 0
    for path in notebooks:
        nb = nbformat.read(path, as_version=4)
        client = NotebookClient(nb, timeout=300, kernel_name="python3",
                                resources={"metadata": {"path": str(path.parent)}})
        try:
            client.execute()
            print(f"notebook ok: {path.name}")
        except CellExecutionError as error:
            failed += 1
            print(f"notebook FAILED: {path.name}\n{error}", file=sys.stderr)
    print(f"notebooks: {len(notebooks) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "Notebooks"))
