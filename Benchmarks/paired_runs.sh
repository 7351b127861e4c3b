#!/usr/bin/env bash
# Paired runs of two builds of the algorithm benchmark, for the optimisation records in
# Benchmarks/ALGORITHMS.md: old and new binary alternate (A B, A B, …), one thread each, on one
# graph family, and each run prints its CPU seconds and the fingerprint of its values (`bits`:
# equal bits, bit-identical betweenness).
#
#   Benchmarks/paired_runs.sh OLD_BINARY NEW_BINARY FAMILY [ROUNDS] [ALGORITHM]
#
# e.g. cp .build-bench/release/AlgorithmBenchmark /tmp/old, change the code, rebuild, then
#   Benchmarks/paired_runs.sh /tmp/old .build-bench/release/AlgorithmBenchmark road-grid 3
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: Benchmarks/paired_runs.sh OLD_BINARY NEW_BINARY FAMILY [ROUNDS] [ALGORITHM]" >&2
  exit 2
fi
old=$1 new=$2 family=$3 rounds=${4:-3} algorithm=${5:-betweenness}
here="$(cd "$(dirname "$0")" && pwd)"
graph="$here/../.build-bench/graphs/$family.edges"
mkdir -p "$(dirname "$graph")"
[ -f "$graph" ] || python3 "$here/graph_families.py" "$family" --out "$graph" >/dev/null
summary() {
  "$1" --edges "$graph" --only "$algorithm" --threads 1 --repeat 1 | tail -1 |
    python3 -c 'import json, sys; r = json.load(sys.stdin); print("%.3f CPU s, bits %s" % (r["cpu_seconds"], r.get("bits", "-")))'
}
for round in $(seq "$rounds"); do
  echo "$family, round $round: old $(summary "$old") | new $(summary "$new")"
done
