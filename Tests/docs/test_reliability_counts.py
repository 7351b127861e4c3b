"""The corpus counts quoted in docs/RELIABILITY.md are those of Tests/ReliabilityCorpus now."""

import json
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_reliability_doc_counts_the_corpus_as_it_is():
    cases = [p for p in (REPO / "Tests" / "ReliabilityCorpus").iterdir() if (p / "expect.json").exists()]
    valid = sum(1 for p in cases if json.loads((p / "expect.json").read_text(encoding="utf-8"))["valid"])
    text = " ".join((REPO / "docs" / "RELIABILITY.md").read_text(encoding="utf-8").split())
    quoted = re.search(r"holds (\d+) hostile or odd datasets \((\d+) invalid, (\d+) valid\)", text)
    assert quoted, "docs/RELIABILITY.md no longer says how many cases the corpus holds"
    assert tuple(map(int, quoted.groups())) == (len(cases), len(cases) - valid, valid), (
        f"docs/RELIABILITY.md says {quoted.group(0)!r}; the corpus has {len(cases)} cases "
        f"({len(cases) - valid} invalid, {valid} valid)"
    )
