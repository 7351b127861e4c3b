"""Times every analysis of the `dialogue` tool on the shipped GAMM dataset, as an analyst runs it.

Each command runs as a separate process (start-up, loading the dataset and the analysis included);
the median of N runs is reported, with the target of the `dialogue` command-line issue: every
analysis on the GAMM data answers in well under 50 ms.

    python3 Benchmarks/cli_latency.py [--binary .build/release/dialogue] [--runs 15]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import time

ANALYSES = [
    ["validate"],
    ["summary", "--format", "json"],
    ["list", "nodes", "--kinds", "member-state", "--format", "json"],
    ["neighbors", "MD", "--format", "json"],
    ["gaps", "--as-of", "2013-12-31", "--format", "json"],
    ["gaps", "--as-of", "2013-12-31", "--explain", "AT", "--format", "json"],
    ["coverage", "--region", "eastern-partnership", "--actor", "frontex", "--edge-kind", "working-arrangement",
     "--as-of", "2013-12-31", "--format", "json"],
    ["coverage", "--themes", "--format", "json"],
    ["status", "--format", "json"],
    ["status", "--as-of", "2013-12-31", "--format", "json"],
    ["centrality", "--measure", "degree", "--format", "json"],
    ["centrality", "--measure", "betweenness", "--format", "json"],
    ["centrality", "--measure", "closeness", "--format", "json"],
    ["centrality", "--measure", "pagerank", "--format", "json"],
    ["structure", "--format", "json"],
    ["projection", "--onto", "member-state", "--via", "mobility-partnership", "--format", "json"],
    ["diff", "--from", "2012-12-31", "--to", "2013-12-31", "--format", "json"],
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=".build/release/dialogue")
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    results = []
    for analysis in ANALYSES:
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            done = subprocess.run([args.binary, *analysis], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
            times.append(time.perf_counter() - start)
            if done.returncode != 0:
                print(f"failed: dialogue {' '.join(analysis)}: {done.stderr.decode().strip()}", file=sys.stderr)
                return 1
        median_ms = statistics.median(times) * 1000
        results.append({"command": "dialogue " + " ".join(analysis), "median_ms": round(median_ms, 1),
                        "under_50_ms": median_ms < 50})
        print(f"{median_ms:7.1f} ms  dialogue {' '.join(analysis)}", flush=True)
    slowest = max(r["median_ms"] for r in results)
    print(json.dumps({"slowest_ms": slowest, "all_under_50_ms": all(r["under_50_ms"] for r in results),
                      "load_average": os.getloadavg()[0]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
