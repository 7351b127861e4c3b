#!/usr/bin/env python3
"""Prints, or checks, the README section that lists every command's `--help` examples.

    scripts/help_examples.py            print the section (Markdown) from the built binary
    scripts/help_examples.py --write    replace it in README.md, between the examples markers

The examples are read from `dialogue COMMAND --help` (the lines of its `Examples:` block, which
the tool prints verbatim), so the README and `--help` agree character for character; the Swift test
HelpExamplesTests checks that they still do."""

import os
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DIALOGUE = Path(os.environ.get("DIALOGUE", REPO / ".build" / "debug" / "dialogue"))
COMMANDS = ["", "validate", "summary", "list", "neighbors", "centrality", "structure", "projection", "diff",
            "export", "convert", "gaps", "coverage", "coverage themes", "status", "render", "report", "explore",
            "sources", "main"]
BEGIN, END = "<!-- help-examples:begin -->", "<!-- help-examples:end -->"


def examples(command: str) -> list[str]:
    text = subprocess.run([str(DIALOGUE), *command.split(), "--help"], capture_output=True, text=True,
                          check=True, env=dict(os.environ, COLUMNS="80")).stdout
    found, inside = [], False
    for line in text.splitlines():
        if not line.strip():
            inside = False
        elif inside and line.startswith(" "):
            found.append(line.strip())
        elif line.strip().endswith("Examples:"):
            inside = True
    return found


def section() -> str:
    parts = [BEGIN]
    for command in COMMANDS:
        lines = examples(command)
        if lines:
            parts.append(f"`dialogue {command}`".replace("dialogue `", "dialogue`") if command else "`dialogue`")
            parts.append("```sh\n" + "\n".join(lines) + "\n```")
    parts.append(END)
    return "\n\n".join(parts)


if __name__ == "__main__":
    text = section()
    if "--write" in sys.argv:
        readme = REPO / "README.md"
        old = readme.read_text(encoding="utf-8")
        pattern = re.compile(re.escape(BEGIN) + ".*?" + re.escape(END), re.S)
        assert pattern.search(old), f"README.md has no {BEGIN} … {END} markers"
        readme.write_text(pattern.sub(lambda _: text, old), encoding="utf-8")
    else:
        print(text)
