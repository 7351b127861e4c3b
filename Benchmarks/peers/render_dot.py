#!/usr/bin/env python3
"""Peer for RenderBenchmark: times Graphviz's own command-line tool on a DOT file.

    render_dot.py <graph.dot> --engine sfdp [--format svg] [--runs 5]

Runs `dot -K<engine> -T<format> <graph.dot>` (output discarded) `runs` times and prints one JSON
object: {"tool": "dot", "engine": ..., "runs": N, "median_seconds": ..., "min_seconds": ...,
"version": "dot - graphviz version ..."}. Each run includes process start-up, plugin loading and
parsing, which is exactly the cost an in-process renderer avoids; the comparison is fair to what
an analyst would otherwise do. Needs Debian's `graphviz` package (the `dot` binary).
"""
import argparse
import json
import shutil
import statistics
import subprocess
import sys
import time


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graph")
    parser.add_argument("--engine", default="dot")
    parser.add_argument("--format", default="svg")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    dot = shutil.which("dot")
    if dot is None:
        print(json.dumps({"tool": "dot", "error": "dot not installed (apt-get install graphviz)"}))
        return 1
    version = subprocess.run([dot, "-V"], capture_output=True, text=True).stderr.strip()
    seconds = []
    for _ in range(max(1, args.runs)):
        start = time.perf_counter()
        subprocess.run([dot, f"-K{args.engine}", f"-T{args.format}", args.graph],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        seconds.append(time.perf_counter() - start)
    print(json.dumps({"tool": "dot", "engine": args.engine, "format": args.format,
                      "runs": len(seconds), "median_seconds": statistics.median(seconds),
                      "min_seconds": min(seconds), "version": version}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
