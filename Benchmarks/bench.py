#!/usr/bin/env python3
"""Runs the benchmarks side by side with their peers and keeps one JSON record per measurement.

    Benchmarks/bench.py [--quick] [--results DIR]
                        [--parts betweenness,algorithms,projection,approximate,load,cli,render]

Called by Benchmarks/run.sh after the release builds (`.build/release/dialogue` and the benchmark
package in `.build-bench`). Every measurement, ours or a peer's, runs in a process of its own, so
that its peak memory (the process's maximum resident set, from wait4) is the measurement's own and
a slow algorithm stopped at the time limit takes no other measurement with it. (Records of earlier
runs, whose peers shared one process per graph, keep the process's high-water mark so far as the
peer reported it, marked "peak_is_process_so_far": an upper bound.) The record also
keeps the wall and CPU seconds the tool reported for the timed part, the thread count, the load
average (1, 5, 15 minutes) when it started, and the date.

Each part writes `DIR/<part>.json`: {"run": {id, date, commit, machine, quick, ...}, "records": [...]}.
A part's file is replaced whole when the part runs again, so every ratio in the generated tables
(Benchmarks/generate_tables.py) compares measurements of one run.
"""
import argparse
import datetime
import json
import os
import platform
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
BENCH = os.path.join(ROOT, ".build-bench", "release")
OURS = "dialogue-networks"
GRAPHS = os.path.join(ROOT, ".build-bench", "graphs")
DATA = os.path.join(ROOT, ".build-bench", "data")

# In order of priority: on a busy machine the last ones may time out (recorded as such).
FULL_FAMILIES = ["barabasi-albert", "erdos-renyi", "road-grid", "gamm", "dialogue-M"]
QUICK_FAMILIES = ["dialogue-S", "road-grid-small", "gamm"]
ALGORITHMS = ["betweenness", "closeness", "harmonic", "pagerank", "eigenvector", "core_number", "louvain"]
PEERS = ["igraph", "networkit", "networkx"]
FAST = {"pagerank", "eigenvector", "core_number"}  # best of 3 for every tool; the others run once
# Exact betweenness, the headline comparison, is the best of this many runs for every tool (one
# process per tool and graph): a single run on a shared virtual machine varies by several per cent.
BETWEENNESS_RUNS = 3


def runs_of(algorithm, quick):
    """How many runs a measurement is the best of — the same for ours and for every peer."""
    if algorithm == "betweenness":
        return 1 if quick else BETWEENNESS_RUNS
    return 3 if algorithm in FAST else 1
THREADS = 2
# The sampled betweenness: its error is measured against exact values on `APPROX_CHECK`, its time
# on `APPROX_LARGE`, where exact betweenness is out of reach.
EPSILON, DELTA, SEED = 0.02, 0.1, 1
QUICK_EPSILON = 0.05
FAMILIES = None  # --families
TIMEOUT = None  # --timeout


def now():
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def command_output(command):
    try:
        return subprocess.run(command, capture_output=True, text=True, cwd=ROOT).stdout.strip()
    except OSError:
        return ""


def run_description(quick):
    swift = command_output(["swift", "--version"]).splitlines()
    return {
        "id": now(),
        "commit": command_output(["git", "rev-parse", "--short=12", "HEAD"]),
        "dirty": bool(command_output(["git", "status", "--porcelain", "--untracked-files=no"])),
        "quick": quick,
        "machine": f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores",
        "swift": swift[0] if swift else "",
        "python": platform.python_version(),
    }


def measure(command, timeout):
    """Runs `command` (at most `timeout` seconds); returns the JSON objects it printed, the child's
    own peak resident set size (from wait4), the load averages and the date at its start, and an
    error message or None."""
    load = [round(x, 2) for x in os.getloadavg()]
    date = now()
    out_path = os.path.join(GRAPHS, f".out-{os.getpid()}")
    with open(out_path, "w+") as out:
        err_path = out_path + ".err"
        with open(err_path, "w+") as err:
            process = subprocess.Popen(command, stdout=out, stderr=err, cwd=ROOT)
            deadline = time.monotonic() + timeout
            status, usage, error = None, None, None
            while True:
                pid, status, usage = os.wait4(process.pid, os.WNOHANG)
                if pid:
                    break
                if time.monotonic() > deadline:
                    process.kill()
                    _, status, usage = os.wait4(process.pid, 0)
                    error = f"timed out after {timeout} s"
                    break
                time.sleep(0.05)
            process.returncode = os.waitstatus_to_exitcode(status)
            out.seek(0)
            err.seek(0)
            text, err_text = out.read(), err.read()
        os.remove(err_path)
    os.remove(out_path)
    objects = []
    for line in text.splitlines():
        if line.strip().startswith("{"):
            try:
                objects.append(json.loads(line))
            except json.JSONDecodeError:
                pass
    if error is None and process.returncode != 0:
        lines = err_text.strip().splitlines()
        errors = [line.strip() for line in lines if "error" in line.lower()]
        error = (errors or lines or [f"exit {process.returncode}"])[0][:300]
    peak = usage.ru_maxrss * 1024 if usage else None
    return objects, peak, load, date, error


class Recorder:
    """Keeps a part's records in `DIR/<part>.json` (or `<part>--<label>.json`), saved after every
    record, so that an interrupted run keeps what it measured."""

    def __init__(self, results, part, run, label=None):
        self.path = os.path.join(results, f"{part}--{label}.json" if label else f"{part}.json")
        self.part = part
        self.run = run
        self.records = []

    def add(self, record):
        self.records.append(record)
        shown = {k: record.get(k) for k in ("tool", "graph", "algorithm", "seconds", "cpu_seconds", "error")}
        print("  " + json.dumps({k: v for k, v in shown.items() if v is not None}), flush=True)
        self.save()

    def save(self):
        os.makedirs(os.path.dirname(self.path), exist_ok=True)
        run = dict(self.run, part=self.part, finished=now())
        temporary = self.path + ".partial"
        with open(temporary, "w") as f:
            json.dump({"run": run, "records": self.records}, f, indent=1, sort_keys=True)
            f.write("\n")
        os.replace(temporary, self.path)


def graph_file(family):
    path = os.path.join(GRAPHS, f"{family}.edges")
    if not os.path.exists(path):
        subprocess.run([sys.executable, os.path.join(HERE, "graph_families.py"), family, "--out", path,
                        "--data", DATA], check=True, stdout=subprocess.DEVNULL)
    with open(path) as f:
        n = int(f.readline().split()[1])
        comment = f.readline()
    links = int(comment.split(";")[1].split()[0])
    return path, n, links


def our_version(run):
    return run["commit"] + ("-dirty" if run["dirty"] else "")


def record_from(tool, family, n, links, algorithm, found, peak, load, date, error, run):
    record = {"tool": tool, "graph": family, "nodes": n, "links": links, "algorithm": algorithm,
              "peak_rss_bytes": peak, "load_average": load, "date": date}
    if found:
        record.update(found)
        so_far = record.pop("peak_rss_bytes_so_far", None)
        if peak is None and so_far is not None:  # no wait4 figure: the peer's own high-water mark
            record["peak_rss_bytes"] = so_far
            record["peak_is_process_so_far"] = True
    if tool == "dialogue-networks":
        record["version"] = our_version(run)
    if error or not found:
        record["error"] = error or "no result printed"
    return record


def ours(path, algorithm, repeats):
    return [os.path.join(BENCH, "AlgorithmBenchmark"), "--edges", path, "--only", algorithm, "--threads", str(THREADS),
            "--repeat", str(repeats)]


def peer(path, library, algorithm, sample, repeats):
    return [sys.executable, os.path.join(HERE, "peers", "algorithms_peers.py"), "--edges", path, "--library", library,
            "--algorithm", algorithm, "--threads", str(THREADS), "--repeat", str(repeats), "--repeat-all",
            "--sample", str(sample if library == "networkx" else 0)]


def networkx_sample(n, quick):
    """networkx runs exact path measures from this many sources (0 = all) and extrapolates."""
    return 0 if n <= (600 if quick else 2_000) else 20


def betweenness(recorder, quick):
    """Exact betweenness, every family, every peer: one process per measurement."""
    timeout = TIMEOUT or (300 if quick else 600)
    for family in FAMILIES or (QUICK_FAMILIES if quick else FULL_FAMILIES):
        path, n, links = graph_file(family)
        print(f"-- {family}: {n} nodes, {links} links", flush=True)
        runs = runs_of("betweenness", quick)
        commands = [("dialogue-networks", ours(path, "betweenness", runs))]
        commands += [(p, peer(path, p, "betweenness", networkx_sample(n, quick), runs)) for p in PEERS]
        for tool, command in commands:
            objects, peak, load, date, error = measure(command, timeout)
            found = next((o for o in objects if o.get("algorithm") == "betweenness"), None)
            recorder.add(record_from(tool, family, n, links, "betweenness", found, peak, load, date, error,
                                     recorder.run))


def algorithms(recorder, quick):
    """The other algorithms: one process per tool, algorithm and graph, for ours and for every peer, so
    that a peer's slow algorithm (stopped at the time limit) never takes the others' time with it."""
    timeout = TIMEOUT or (300 if quick else 600)
    others = [a for a in ALGORITHMS if a != "betweenness"]
    for family in FAMILIES or (QUICK_FAMILIES if quick else FULL_FAMILIES):
        path, n, links = graph_file(family)
        print(f"-- {family}: {n} nodes, {links} links", flush=True)
        for algorithm in others:
            objects, peak, load, date, error = measure(ours(path, algorithm, runs_of(algorithm, quick)), timeout)
            found = next((o for o in objects if o.get("algorithm") == algorithm), None)
            recorder.add(record_from("dialogue-networks", family, n, links, algorithm, found, peak, load, date, error,
                                     recorder.run))
        for library in PEERS:
            for algorithm in others:
                objects, peak, load, date, error = measure(
                    peer(path, library, algorithm, networkx_sample(n, quick), runs_of(algorithm, quick)), timeout)
                found = next((o for o in objects if o.get("algorithm") == algorithm), None)
                if found and found.get("unsupported"):
                    continue  # the library has no such algorithm: nothing to compare, no record
                recorder.add(record_from(library, family, n, links, algorithm, found, peak, load, date,
                                         error if not found else None, recorder.run))


def projection(recorder, quick):
    """The two-mode projection (not in --quick)."""
    if not quick:
        two_mode(recorder, TIMEOUT or 600)


def two_mode(recorder, timeout):
    print("-- two-mode projection: 10,000 x 10,000 nodes, 200,000 memberships", flush=True)
    for algorithm, peers in [("projection_shared", ["scipy", "igraph", "networkx"]),
                             ("projection_collaboration", ["networkx"])]:
        commands = [("dialogue-networks", [os.path.join(BENCH, "AlgorithmBenchmark"), "--only", algorithm,
                                           "--repeat", "3"])]
        for peer in peers:
            commands.append((peer, [sys.executable, os.path.join(HERE, "peers", "algorithms_peers.py"), "--two-mode",
                                    "--library", peer, "--algorithm", algorithm, "--repeat", "3"]))
        for tool, command in commands:
            objects, peak, load, date, error = measure(command, timeout)
            found = next((o for o in objects if o.get("algorithm") == algorithm), None)
            recorder.add(record_from(tool, "two-mode", 20_000, 200_000, algorithm, found, peak, load, date, error,
                                     recorder.run))


def approximate(recorder, quick):
    """Sampled betweenness: error against exact values on the check graph, time on the large one."""
    check, large = ("dialogue-S", "barabasi-albert-small") if quick else ("dialogue-M", "dialogue-L")
    epsilon = QUICK_EPSILON if quick else EPSILON
    timeout = 300 if quick else 900
    for family, check_exact in [(check, True), (large, False)]:
        path, n, links = graph_file(family)
        print(f"-- {family}: {n} nodes, {links} links", flush=True)
        ours = [os.path.join(BENCH, "AlgorithmBenchmark"), "--edges", path, "--only", "betweenness_approx",
                "--threads", str(THREADS), "--epsilon", str(epsilon), "--delta", str(DELTA), "--seed", str(SEED)]
        if check_exact:
            ours.append("--check-exact")
        peer = [sys.executable, os.path.join(HERE, "peers", "algorithms_peers.py"), "--edges", path, "--library",
                "networkit", "--algorithm", "betweenness_approx", "--threads", str(THREADS),
                "--epsilon", str(epsilon), "--delta", str(DELTA)]
        for tool, command in [("dialogue-networks", ours), ("networkit", peer)]:
            objects, peak, load, date, error = measure(command, timeout if tool == OURS else timeout // 3)
            found = next((o for o in objects if o.get("algorithm") == "betweenness_approx"), None)
            recorder.add(record_from(tool, family, n, links, "betweenness_approx", found, peak, load, date, error,
                                     recorder.run))


def load(recorder, quick):
    runs = 2 if quick else 5
    for size in ["S"] if quick else ["S", "M"]:
        folder = os.path.join(DATA, f"synthetic-{size}")
        if not os.path.exists(os.path.join(folder, "edges.csv")):
            subprocess.run([sys.executable, os.path.join(HERE, "generate_synthetic.py"), "--size", size, "--seed", "1",
                            "--out", folder], check=True, stdout=subprocess.DEVNULL)
        print(f"-- dataset {size}", flush=True)
        commands = [("dialogue-networks", [os.path.join(BENCH, "LoadBenchmark"), folder, "--runs", str(runs)])]
        for peer in ["networkit", "networkx", "igraph"]:
            commands.append((peer, [sys.executable, os.path.join(HERE, "peers", "load_peers.py"), folder,
                                    "--runs", str(runs if peer == "networkit" else min(runs, 3)),
                                    "--libraries", peer]))
        for tool, command in commands:
            objects, peak, load_average, date, error = measure(command, 1200)
            found = [o for o in objects if o.get("tool") == tool]
            record = {"tool": tool, "graph": f"dialogue-{size}", "algorithm": "load", "threads": 1,
                      "load_average": load_average, "date": date}
            if found:
                o = found[0]
                record.update(nodes=o.get("nodes"), links=o.get("edges"), seconds=o.get("median_seconds"),
                              min_seconds=o.get("min_seconds"), cpu_seconds=o.get("median_cpu_seconds"),
                              peak_rss_bytes=o.get("peak_rss_bytes"), bytes_per_link=o.get("bytes_per_edge"),
                              repeats=o.get("runs"), version=o.get("version", ""))
                if o.get("error"):
                    record["error"] = str(o["error"])
            if tool == "dialogue-networks":
                record["version"] = our_version(recorder.run)
            if error or not found:
                record["error"] = error or "no result printed"
            recorder.add(record)


def dataset_size(folder):
    """(nodes, links) of a dataset folder: the data rows of nodes.csv and edges.csv."""
    import csv

    sizes = []
    for name in ("nodes.csv", "edges.csv"):
        with open(os.path.join(folder, name), newline="", encoding="utf-8-sig") as f:
            sizes.append(sum(1 for _ in csv.DictReader(f)))
    return tuple(sizes)


def cli(recorder, quick):
    runs = 3 if quick else 9
    nodes, links = dataset_size(os.path.join(ROOT, "Datasets", "gamm-2012-2013"))
    objects, peak, load_average, date, error = measure(
        [sys.executable, os.path.join(HERE, "cli_latency.py"), "--binary", os.path.join(ROOT, ".build", "release", "dialogue"),
         "--runs", str(runs), "--json"], 600)
    for o in objects:
        if "command" not in o:
            continue
        recorder.add({"tool": "dialogue-networks", "version": our_version(recorder.run), "graph": "gamm",
                      "nodes": nodes, "links": links, "algorithm": o["command"], "seconds": o["median_seconds"], "cpu_seconds": o["median_cpu_seconds"],
                      "peak_rss_bytes": o["peak_rss_bytes"], "threads": 1, "repeats": runs,
                      "load_average": load_average, "date": date})
    if error:
        recorder.add({"tool": "dialogue-networks", "algorithm": "cli", "error": error, "date": date})


def render(recorder, quick):
    runs = 2 if quick else 5
    cases = "small,dot" if quick else "small,large,dot"
    objects, peak, load_average, date, error = measure(
        [os.path.join(BENCH, "RenderBenchmark"), "--runs", str(runs), "--cases", cases], 1200)
    dot_version = command_output(["dot", "-V"]) or subprocess.run(["dot", "-V"], capture_output=True, text=True).stderr.strip()
    for o in objects:
        if "case" not in o:
            continue
        common = {"graph": o["case"], "nodes": o.get("nodes"), "links": o.get("edges"), "algorithm": f"render {o.get('engine')}",
                  "threads": 1, "repeats": runs, "load_average": load_average, "date": date}
        if o.get("error"):
            recorder.add(dict(common, tool="dialogue-networks", error=o["error"]))
            continue
        recorder.add(dict(common, tool="dialogue-networks", version=our_version(recorder.run),
                          seconds=o["median_seconds"], min_seconds=o.get("min_seconds")))
        if o.get("peer_median_seconds") is not None:
            recorder.add(dict(common, tool="dot", version=dot_version, seconds=o["peer_median_seconds"]))
    if error:
        recorder.add({"tool": "dialogue-networks", "algorithm": "render", "error": error, "date": date})


PARTS = {"betweenness": betweenness, "algorithms": algorithms, "projection": projection, "approximate": approximate,
         "load": load, "cli": cli, "render": render}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--results", default=os.path.join(HERE, "results"))
    parser.add_argument("--parts", default=",".join(PARTS))
    parser.add_argument("--note", help="a remark on the conditions of this run, kept with its results")
    parser.add_argument("--families", help="only these graph families (betweenness, algorithms)")
    parser.add_argument("--label", help="write DIR/<part>--LABEL.json (parts run in pieces, e.g. per family)")
    parser.add_argument("--timeout", type=int, help="seconds allowed per measurement (default 300 quick, 600 full)")
    args = parser.parse_args()
    global FAMILIES, TIMEOUT
    FAMILIES = args.families.split(",") if args.families else None
    TIMEOUT = args.timeout
    os.makedirs(GRAPHS, exist_ok=True)
    run = run_description(args.quick)
    if args.note:
        run["note"] = args.note
    failures = 0
    for part in args.parts.split(","):
        print(f"== {part}", flush=True)
        recorder = Recorder(args.results, part, run, args.label)
        PARTS[part](recorder, args.quick)
        recorder.save()
        failures += sum(1 for r in recorder.records if r.get("error"))
    print(f"results in {args.results}; {failures} measurement(s) failed or timed out (recorded as such)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
