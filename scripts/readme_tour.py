#!/usr/bin/env python3
"""Writes, or checks, the README's short tour: real output of `dialogue` and the diagram under docs/.

    scripts/readme_tour.py           rewrite the tour blocks of README.md and docs/mobility-partnerships.svg
    scripts/readme_tour.py --check   exit 1 (naming what differs) when either is not what the tool now prints

Each tour block sits between `<!-- tour:NAME:begin -->` and `<!-- tour:NAME:end -->` and holds the
command and its output at COLUMNS=100 (so it reads like a terminal). Tests/docs runs --check."""

import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DIALOGUE = Path(os.environ.get("DIALOGUE", REPO / ".build" / "debug" / "dialogue"))
DIAGRAM = REPO / "docs" / "mobility-partnerships.svg"
DIAGRAM_COMMAND = ["render", "--view", "two-mode", "--highlight", "disengaged", "--page", "a4-landscape"]
TOUR = {
    "gaps": ["gaps", "--columns", "id,label,joined,eligible,score,disengaged"],
    "neighbors": ["neighbors", "MD", "--columns", "neighbor,neighborKind,kind,start,citation"],
}


def run(arguments: list[str]) -> str:
    env = dict(os.environ, COLUMNS="100")
    env.pop("DIALOGUE_DATASETS", None)
    return subprocess.run([str(DIALOGUE), *arguments], capture_output=True, text=True, check=True, env=env,
                          cwd=REPO).stdout


def block(name: str) -> str:
    arguments = TOUR[name]
    shown = " ".join(a if re.fullmatch(r"[\w,.:/=-]+", a) else f"'{a}'" for a in arguments)
    return (f"<!-- tour:{name}:begin -->\n```console\n$ dialogue {shown}\n{run(arguments).rstrip()}\n```\n"
            f"<!-- tour:{name}:end -->")


def diagram() -> bytes:
    return subprocess.run([str(DIALOGUE), *DIAGRAM_COMMAND, "--output", "-", "--format", "svg"], capture_output=True,
                          check=True, cwd=REPO).stdout


def main() -> int:
    readme_path = REPO / "README.md"
    readme = readme_path.read_text(encoding="utf-8")
    updated = readme
    for name in TOUR:
        pattern = re.compile(rf"<!-- tour:{name}:begin -->.*?<!-- tour:{name}:end -->", re.S)
        if not pattern.search(updated):
            print(f"README.md has no tour:{name} markers", file=sys.stderr)
            return 1
        updated = pattern.sub(lambda _: block(name), updated)
    svg = diagram()
    if "--check" in sys.argv:
        stale = []
        if updated != readme:
            stale.append("README.md tour output")
        if not DIAGRAM.exists() or DIAGRAM.read_bytes() != svg:
            stale.append(str(DIAGRAM.relative_to(REPO)))
        if stale:
            print("out of date: " + ", ".join(stale) + " — run scripts/readme_tour.py", file=sys.stderr)
            return 1
        return 0
    readme_path.write_text(updated, encoding="utf-8")
    DIAGRAM.parent.mkdir(exist_ok=True)
    DIAGRAM.write_bytes(svg)
    return 0


if __name__ == "__main__":
    sys.exit(main())
