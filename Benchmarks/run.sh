#!/usr/bin/env bash
# Runs every benchmark side by side with its peers (networkx, igraph, networkit, the `dot` binary)
# in one go, and keeps the raw output in Benchmarks/results/. Minutes, not seconds: not part of the
# tests. Run it on an otherwise idle machine; the figures quoted in Benchmarks/README.md came from it.
#
#   Benchmarks/run.sh            everything
#   Benchmarks/run.sh --quick    smaller runs (S dataset, fewer repetitions, no exact betweenness peers)
set -euo pipefail
cd "$(dirname "$0")/.."
quick=0
[ "${1:-}" = "--quick" ] && quick=1

scripts/setup.sh test
# The `dot` binary is only a peer to compare with; the toolkit itself never runs it.
if ! command -v dot >/dev/null 2>&1; then
  if [ "$(id -u)" -eq 0 ]; then apt-get install -y -qq graphviz >/dev/null; else sudo apt-get install -y -qq graphviz >/dev/null; fi
fi

out=Benchmarks/results
mkdir -p "$out"
scratch=.build-bench
echo "== building (release)"
swift build -c release --product dialogue
swift build -c release --package-path Benchmarks --scratch-path "$scratch"

runs=5
[ "$quick" = 1 ] && runs=2

echo "== 1. command-line latency on the GAMM dataset (target: every analysis well under 50 ms)"
python3 Benchmarks/cli_latency.py --binary .build/release/dialogue --runs $((runs * 3)) | tee "$out/cli-latency.txt"

echo "== 2. loading a dataset: DialogueGraph vs networkx, igraph, networkit"
sizes="S M"
[ "$quick" = 1 ] && sizes="S"
for size in $sizes; do
  data="$out/synthetic-$size"
  [ -d "$data" ] || python3 Benchmarks/generate_synthetic.py --size "$size" --seed 1 --out "$data"
  echo "-- $size"
  "$scratch/release/LoadBenchmark" "$data" --runs "$runs" | tee "$out/load-$size.txt"
  python3 Benchmarks/peers/load_peers.py "$data" --runs "$runs" | tee -a "$out/load-$size.txt"
done

echo "== 3. network algorithms on the 20k-node / 200k-link graph"
"$scratch/release/AlgorithmBenchmark" | tee "$out/algorithms.txt"
if [ "$quick" = 1 ]; then
  python3 Benchmarks/peers/algorithms_peers.py --skip-slow | tee -a "$out/algorithms.txt"
else
  python3 Benchmarks/peers/algorithms_peers.py | tee -a "$out/algorithms.txt"
fi

echo "== 4. rendering in-process (libgvc) vs the dot binary"
"$scratch/release/RenderBenchmark" --runs "$runs" | tee "$out/render.txt"

echo "Raw results in $out/; summary and ratios: Benchmarks/README.md"
