"""`Benchmarks/run.sh --quick` runs end to end and writes well-formed records.

No timing is asserted (speed is measured in Benchmarks/, never asserted): the test proves that
the harness, the peers and the table generator work, on small graphs, in a few minutes. The
committed results and tables are left alone (the quick run writes to a temporary folder).
"""
import json
import os
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
FIELDS = {"tool", "version", "graph", "nodes", "links", "algorithm", "threads", "seconds", "cpu_seconds",
          "peak_rss_bytes", "load_average", "date"}


def test_quick_run_writes_a_record_per_measurement(tmp_path):
    results = tmp_path / "results"
    done = subprocess.run(["Benchmarks/run.sh", "--quick", "--results", str(results)], cwd=ROOT,
                          capture_output=True, text=True, timeout=3600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    parts = {p.stem: json.loads(p.read_text()) for p in results.glob("*.json")}
    assert set(parts) >= {"betweenness", "algorithms", "approximate", "load", "cli", "render"}
    for part, data in parts.items():
        assert data["run"]["quick"] is True
        if part == "projection":
            continue  # not measured in --quick
        finished = [r for r in data["records"] if not r.get("error")]
        assert finished, f"{part}: no measurement finished"
        for r in finished:
            missing = {f for f in FIELDS if r.get(f) is None} - ({"cpu_seconds", "peak_rss_bytes"} if part == "render" else set())
            assert not missing, f"{part}: {r.get('tool')} {r.get('algorithm')} lacks {missing}"
    algorithms = parts["algorithms"]["records"]
    assert {r["tool"] for r in algorithms} >= {"dialogue-networks", "igraph", "networkit", "networkx"}
    # One process per measurement: every peak is the measuring process's own, not an upper bound.
    assert not [r for r in algorithms if r.get("peak_is_process_so_far")]
    assert (results / "tables" / "Benchmarks" / "ALGORITHMS.md").exists()
