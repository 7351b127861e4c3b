#!/usr/bin/env bash
# Runs every benchmark side by side with its peers (networkx, igraph, networkit, scipy, the `dot`
# binary), keeps one JSON record per measurement (tool, version, graph, size, threads, wall and CPU
# seconds, peak memory, load average, date) in Benchmarks/results/, and writes every benchmark
# table (Benchmarks/*.md, the README's performance paragraph) from those records.
#
#   Benchmarks/run.sh                       everything (about half an hour on 2 cores); updates the
#                                           committed results and tables
#   Benchmarks/run.sh --parts algorithms    only some parts (betweenness, algorithms, projection,
#                                           approximate, load, cli, render)
#   Benchmarks/run.sh --note "idle machine" a remark on the run's conditions, kept with its results
#                                           and printed above its tables
#   Benchmarks/run.sh --quick [--results DIR]
#                                           small graphs, few repetitions (a few minutes); results go
#                                           to DIR (default .build-bench/results-quick), the committed
#                                           results and tables are left alone
#
# Not part of the timed tests: speed is measured here, never asserted (the test suite runs --quick
# only to prove the harness works). Run it on an otherwise idle machine; every record keeps the
# load average so that a busy run shows as one.
set -euo pipefail
cd "$(dirname "$0")/.."
quick=0
parts=betweenness,algorithms,projection,approximate,load,cli,render
results=""
note=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=1 ;;
    --parts) parts="$2"; shift ;;
    --results) results="$2"; shift ;;
    --note) note="$2"; shift ;;
    *) echo "usage: Benchmarks/run.sh [--quick] [--parts LIST] [--results DIR] [--note TEXT]" >&2; exit 2 ;;
  esac
  shift
done
if [ -z "$results" ]; then
  if [ "$quick" = 1 ]; then results=.build-bench/results-quick; else results=Benchmarks/results; fi
fi

scripts/setup.sh test
# The `dot` binary is only a peer to compare with; the toolkit itself never runs it.
if ! command -v dot >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq graphviz >/dev/null; else sudo apt-get install -y -qq graphviz >/dev/null; fi
fi

echo "== building (release)"
swift build -c release --product dialogue
swift build -c release --package-path Benchmarks --scratch-path .build-bench

flags=(--results "$results" --parts "$parts")
[ "$quick" = 1 ] && flags+=(--quick)
[ -n "$note" ] && flags+=(--note "$note")
python3 Benchmarks/bench.py "${flags[@]}"

if [ "$quick" = 0 ] && [ "$results" = Benchmarks/results ]; then
  python3 Benchmarks/generate_tables.py
  echo "Tables written from $results: Benchmarks/*.md and the README's performance paragraph."
else
  python3 Benchmarks/generate_tables.py --results "$results" --output-root "$results/tables"
  echo "Tables from this run (not the committed ones): $results/tables/"
fi
