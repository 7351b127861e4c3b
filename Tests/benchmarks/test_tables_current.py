"""The committed benchmark tables are exactly what the committed results generate.

Every table in Benchmarks/*.md and the README's performance paragraph is written by
Benchmarks/generate_tables.py from Benchmarks/results/*.json; a hand edit of a figure, or results
committed without regenerating the tables, fails here.
"""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GENERATOR = os.path.join(ROOT, "Benchmarks", "generate_tables.py")


def test_committed_tables_equal_what_the_committed_results_generate():
    done = subprocess.run([sys.executable, GENERATOR, "--check"], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, "tables are stale:\n" + done.stdout[-4000:] + done.stderr


def record(tool, algorithm, seconds, graph="barabasi-albert", nodes=10_000, **extra):
    return dict(tool=tool, algorithm=algorithm, seconds=seconds, cpu_seconds=seconds, graph=graph, nodes=nodes,
                links=49_975, threads=2 if tool in ("dialogue-networks", "networkit") else 1,
                load_average=[1.0, 1.0, 1.0], date="2026-12-04T20:00:00Z", peak_rss_bytes=10**8, **extra)


def generate(tmp_path, records):
    """Tables from `records`, split into the parts bench.py writes (exact betweenness apart)."""
    results = tmp_path / "results"
    results.mkdir()
    for part in ("betweenness", "algorithms"):
        mine = [r for r in records if (r["algorithm"] == "betweenness") == (part == "betweenness")]
        run = {"id": "2026-12-04T20:00:00Z", "commit": "abc", "dirty": False, "machine": "Linux x86_64, 2 cores",
               "quick": False, "part": part}
        (results / f"{part}.json").write_text(json.dumps({"run": run, "records": mine}))
    out = tmp_path / "out"
    subprocess.run([sys.executable, GENERATOR, "--results", str(results), "--output-root", str(out)], check=True,
                   cwd=ROOT)
    return (out / "README.md").read_text(), (out / "Benchmarks" / "ALGORITHMS.md").read_text()


def test_claims_name_only_the_peers_that_ran_and_ratios_are_peer_over_ours(tmp_path):
    readme, algorithms = generate(tmp_path, [
        record("dialogue-networks", "betweenness", 1.0),
        record("igraph", "betweenness", 12.0),
        record("networkx", "pagerank", 3.0),
        record("dialogue-networks", "pagerank", 0.5),
        record("networkit", "betweenness", 2.0, error="MemoryError"),
    ])
    paragraph = readme.split("<!-- benchmarks:begin -->")[1].split("<!-- benchmarks:end -->")[0]
    assert "faster than igraph: 12.0× in wall time (12.0× in CPU time) on the Barabási–Albert graph" in paragraph
    # networkit failed: no ratio is claimed for it, and the table says why.
    assert "networkit" not in paragraph
    assert "MemoryError" in algorithms
    assert "PageRank 6.00×" in paragraph  # in CPU time
    # Nothing outside the markers changes.
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        committed = f.read()
    assert readme.split("<!-- benchmarks:begin -->")[0] == committed.split("<!-- benchmarks:begin -->")[0]
    assert readme.split("<!-- benchmarks:end -->")[1] == committed.split("<!-- benchmarks:end -->")[1]


def test_a_peer_stopped_at_its_time_limit_gives_a_lower_bound_only(tmp_path):
    readme, algorithms = generate(tmp_path, [
        record("dialogue-networks", "betweenness", 2.0),
        record("igraph", "betweenness", 30.0),
        record("networkit", "betweenness", None, error="timed out after 480 s"),
    ])
    assert "| > 480 s (stopped) | > 240× |" in algorithms
    assert "more than 240× on the Barabási–Albert graph, where networkit was stopped at 480 s" in readme
    assert "Barabási–Albert: met (15.0× igraph, > 240× networkit)" in algorithms


def test_a_missed_target_is_reported_as_not_met(tmp_path):
    _, algorithms = generate(tmp_path, [
        record("dialogue-networks", "betweenness", 1.0),
        record("igraph", "betweenness", 7.7),
        record("networkit", "betweenness", 5.0),
    ])
    assert "Barabási–Albert: not met (7.70× igraph, 5.00× networkit)" in algorithms


def test_the_betweenness_table_says_how_many_runs_each_time_is_the_best_of(tmp_path):
    _, algorithms = generate(tmp_path, [
        record("dialogue-networks", "betweenness", 1.0, repeats=3),
        record("igraph", "betweenness", 12.0, repeats=3),
    ])
    section = algorithms.split("<!-- benchmarks:betweenness:begin -->")[1].split("<!-- benchmarks:betweenness:end -->")[0]
    assert "Each time is the best of 3 runs, for every tool." in section
    (tmp_path / "mixed").mkdir()
    _, algorithms = generate(tmp_path / "mixed", [
        record("dialogue-networks", "betweenness", 1.0, repeats=3),
        record("igraph", "betweenness", 12.0, repeats=1),
    ])
    assert "Each time is the best of 1 or 3 runs (see each record's `repeats`)." in algorithms
