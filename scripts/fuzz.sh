#!/usr/bin/env bash
# Builds the libFuzzer harnesses of Fuzz/ and runs each for a bounded time.
#
#   scripts/fuzz.sh [SECONDS] [HARNESS...]    default: 60 seconds each, every harness
#
# Harnesses (Fuzz/Sources/<name>): FuzzDatasetLoader (the dataset loader), FuzzGraphvizLabels (the
# render module's label writer), FuzzGraphFiles (the GraphML, GEXF and node-link JSON readers and an
# edge list's nodes table). Each starts from its committed seeds (Fuzz/Corpus/<name>), which
# are copied into a working corpus under the scratch folder so runs never rewrite the repository.
# Findings (crash-*, leak-*, timeout-*, oom-*) land in $FUZZ_SCRATCH/findings/<name>/; reproduce one
# with `$FUZZ_SCRATCH/debug/<name> FILE`, then add it to the reliability corpus as a regression test.
#
# Prints, per harness: executions, executions per second, coverage (libFuzzer's cov = edges
# covered, ft = features) and the number of findings. Exits with 1 when anything was found.
#
# Environment: FUZZ_SCRATCH (default .build-fuzz), FUZZ_JOBS (default 1); FUZZ_SEED and FUZZ_RUNS fix
# libFuzzer's seed and number of inputs, so a run is repeatable (the test suite uses them: a test must
# give the same answer every time; exploratory fuzzing runs without them, for as long as you like).
set -euo pipefail

seconds="${1:-60}"
shift || true
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scratch="${FUZZ_SCRATCH:-$root/.build-fuzz}"
mkdir -p "$scratch/logs"
scratch="$(cd "$scratch" && pwd)"  # absolute: the harnesses run from its logs folder (see below)
harnesses=("$@")
[ ${#harnesses[@]} -eq 0 ] && harnesses=(FuzzDatasetLoader FuzzGraphvizLabels FuzzGraphFiles)

case "$seconds" in ''|*[!0-9]*) echo "fuzz.sh: SECONDS must be a whole number, got '$seconds'" >&2; exit 64 ;; esac

echo "fuzz: building harnesses (debug, -sanitize=fuzzer,address) into $scratch" >&2
swift build --package-path "$root/Fuzz" --scratch-path "$scratch" -c debug \
  -Xswiftc -sanitize=fuzzer,address 2>&1 | grep -v "Cannot export local symbol" >&2

status=0
printf '%-20s %12s %10s %8s %8s %9s\n' harness executions exec/s cov ft findings
for harness in "${harnesses[@]}"; do
  binary="$scratch/debug/$harness"
  [ -x "$binary" ] || { echo "fuzz.sh: no harness $binary" >&2; exit 64; }
  corpus="$scratch/corpus/$harness"
  findings="$scratch/findings/$harness"
  log="$scratch/logs/$harness.log"
  # Findings are counted per run: earlier ones (already turned into regression tests) are cleared.
  rm -rf "$findings"
  mkdir -p "$corpus" "$findings" "$(dirname "$log")"
  cp -n "$root/Fuzz/Corpus/$harness/"* "$corpus/" 2>/dev/null || true
  # Graphviz allocates global state it never frees (leak reports would be its, not ours); the Swift
  # backtracer is off because libFuzzer reports crashes itself (and the backtracer can stall under ASan).
  # Run from the logs folder: with -jobs, libFuzzer writes each worker's output to fuzz-N.log in the
  # current directory (and copies it into $log at the end), which must not land in the checkout.
  (cd "$scratch/logs" && SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="detect_leaks=0:${ASAN_OPTIONS:-}" \
    "$binary" "$corpus" \
    -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 -max_len=16384 \
    -artifact_prefix="$findings/" -print_final_stats=1 -jobs="${FUZZ_JOBS:-1}" -workers="${FUZZ_JOBS:-1}" \
    ${FUZZ_SEED:+-seed="$FUZZ_SEED"} ${FUZZ_RUNS:+-runs="$FUZZ_RUNS"} \
    >"$log" 2>&1) || true
  # (each `|| true`: a harness that stops on its first input prints no statistics)
  runs="$(grep -ao 'stat::number_of_executed_units: *[0-9]*' "$log" | awk '{s+=$2} END {print s+0}' || true)"
  speed="$(grep -ao 'stat::average_exec_per_sec: *[0-9]*' "$log" | awk '{s+=$2} END {print s+0}' || true)"
  cov="$(grep -ao 'cov: [0-9]*' "$log" | tail -1 | awk '{print $2}' || true)"
  ft="$(grep -ao 'ft: [0-9]*' "$log" | tail -1 | awk '{print $2}' || true)"
  found="$(find "$findings" -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l || true)"
  printf '%-20s %12s %10s %8s %8s %9s\n' "$harness" "$runs" "$speed" "${cov:-?}" "${ft:-?}" "$found"
  if [ "$found" -gt 0 ]; then
    status=1
    find "$findings" -type f | sed 's/^/  finding: /'
    grep -a -m3 -E 'ERROR|violated|Fatal error|deadly signal' "$log" | sed 's/^/  /' || true
  fi
done
exit "$status"
