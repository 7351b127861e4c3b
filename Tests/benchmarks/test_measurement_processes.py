"""How bench.py records a measurement: the peak memory is the measuring process's own, and a peer
can repeat any algorithm (exact betweenness is the best of 3 runs for every tool)."""
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "Benchmarks"))
import bench  # noqa: E402

RUN = {"commit": "abc", "dirty": False}


def test_the_measuring_process_peak_wins_over_what_the_peer_reported_so_far():
    found = {"algorithm": "pagerank", "seconds": 1.0, "peak_rss_bytes_so_far": 900}
    record = bench.record_from("igraph", "gamm", 10, 20, "pagerank", dict(found), 500, [0, 0, 0], "d", None, RUN)
    assert record["peak_rss_bytes"] == 500 and "peak_is_process_so_far" not in record
    assert "peak_rss_bytes_so_far" not in record
    # No figure from wait4 (older runs): the peer's own high-water mark, marked as an upper bound.
    record = bench.record_from("igraph", "gamm", 10, 20, "pagerank", dict(found), None, [0, 0, 0], "d", None, RUN)
    assert record["peak_rss_bytes"] == 900 and record["peak_is_process_so_far"] is True


def test_every_peer_measurement_of_the_algorithms_part_is_a_process_of_its_own(monkeypatch):
    calls = []
    monkeypatch.setattr(bench, "measure", lambda command, timeout: calls.append(command) or ([], 1, [0, 0, 0], "d", None))
    monkeypatch.setattr(bench, "graph_file", lambda family: ("/dev/null", 10, 20))
    monkeypatch.setattr(bench, "FAMILIES", ["gamm"])

    class Recorder:
        run = RUN

        def add(self, record):
            pass

    bench.algorithms(Recorder(), quick=True)
    peers = [c for c in calls if "algorithms_peers.py" in " ".join(c)]
    others = [a for a in bench.ALGORITHMS if a != "betweenness"]
    assert len(peers) == len(bench.PEERS) * len(others)
    for command in peers:
        named = command[command.index("--algorithm") + 1]
        assert "," not in named, f"several algorithms in one process: {named}"
    # Ours and every peer: the same number of runs for the same algorithm.
    for command in calls:
        named = command[command.index("--only" if "--only" in command else "--algorithm") + 1]
        assert int(command[command.index("--repeat") + 1]) == bench.runs_of(named, quick=True), command


def test_a_peer_repeats_a_slow_algorithm_when_asked(tmp_path):
    edges = tmp_path / "gamm.edges"
    subprocess.run([sys.executable, os.path.join(ROOT, "Benchmarks", "graph_families.py"), "gamm", "--out", str(edges)],
                   check=True, capture_output=True)
    peer = os.path.join(ROOT, "Benchmarks", "peers", "algorithms_peers.py")
    for flags, runs in [([], 1), (["--repeat-all"], 2)]:
        done = subprocess.run([sys.executable, peer, "--edges", str(edges), "--library", "networkx",
                               "--algorithm", "betweenness", "--repeat", "2", *flags],
                              capture_output=True, text=True, check=True)
        assert json.loads(done.stdout.strip().splitlines()[-1])["repeats"] == runs
