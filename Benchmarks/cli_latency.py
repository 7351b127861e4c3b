"""Times every analysis of the `dialogue` tool on the shipped GAMM dataset, as an analyst runs it.

Each command runs as a separate process (start-up, loading the dataset and the analysis included);
the median of N runs is reported, with the target of the `dialogue` command-line issue: every
analysis on the GAMM data answers in well under 50 ms.

    python3 Benchmarks/cli_latency.py [--binary .build/release/dialogue] [--runs 15] [--json]

With --json, one JSON object per command: {"command", "median_seconds", "median_cpu_seconds"
(user + system time of the process), "peak_rss_bytes" (largest over the runs)}.
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
    parser.add_argument("--json", action="store_true", help="one JSON object per command")
    args = parser.parse_args()
    results = []
    for analysis in ANALYSES:
        times, cpu, peak = [], [], 0
        for _ in range(args.runs):
            start = time.perf_counter()
            process = subprocess.Popen([args.binary, *analysis], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(process.pid, 0)
            times.append(time.perf_counter() - start)
            cpu.append(usage.ru_utime + usage.ru_stime)
            peak = max(peak, usage.ru_maxrss * 1024)
            if os.waitstatus_to_exitcode(status) != 0:
                print(f"failed: dialogue {' '.join(analysis)}", file=sys.stderr)
                return 1
        median_ms = statistics.median(times) * 1000
        results.append({"command": "dialogue " + " ".join(analysis), "median_ms": round(median_ms, 1),
                        "under_50_ms": median_ms < 50})
        if args.json:
            print(json.dumps({"command": "dialogue " + " ".join(analysis), "median_seconds": statistics.median(times),
                              "median_cpu_seconds": statistics.median(cpu), "peak_rss_bytes": peak}), flush=True)
        else:
            print(f"{median_ms:7.1f} ms  dialogue {' '.join(analysis)}", flush=True)
    slowest = max(r["median_ms"] for r in results)
    print(json.dumps({"slowest_ms": slowest, "all_under_50_ms": all(r["under_50_ms"] for r in results),
                      "load_average": os.getloadavg()[0]}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
