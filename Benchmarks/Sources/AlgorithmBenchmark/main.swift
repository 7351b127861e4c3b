// Times DialogueGraph's network algorithms on the synthetic "M" graph (20 000 nodes, 200 000 links)
// and on a two-mode graph of the same size, for comparison with Benchmarks/peers/algorithms_peers.py
// (networkx, igraph, networkit on the very same graphs).
//
//   AlgorithmBenchmark [--threads N] [--repeat R] [--edges PATH] [--write-edges PATH] [--skip-weighted]
//                      [--only NAME,NAME…]
//
// --only runs just the named measurements (pagerank, closeness, harmonic, betweenness,
// betweenness_weighted, closeness_weighted, eigenvector, core_number, louvain, projection_shared,
// projection_collaboration).
//
// --edges reads graph M from an edge file instead ("nodes N" line, then "u v [w]" lines — the format
// of Tests/DialogueGraphTests/Fixtures/networkx/reference.py), e.g. a view of the synthetic dataset.
//
// Prints one line per measurement: `algorithm <name> seconds <best of R> threads <N>`, preceded by
// the graphs' checksums (the peers script prints the same ones, proving both sides use one graph).
import DialogueGraph
import Foundation

/// The 64-bit SplitMix generator; `algorithms_peers.py` ports it to generate the identical graphs.
struct SplitMix64 {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

/// `count` distinct pairs (u, v), u in 0..<rows, v in 0..<columns, drawn uniformly with `seed`;
/// when `distinctEnds` the pair is an undirected link u–v with u ≠ v, stored with u < v.
func randomPairs(rows: Int, columns: Int, count: Int, seed: UInt64, distinctEnds: Bool) -> [(Int, Int)] {
  var random = SplitMix64(state: seed)
  var seen = Set<Int>()
  var pairs: [(Int, Int)] = []
  pairs.reserveCapacity(count)
  while pairs.count < count {
    var u = Int(random.next() % UInt64(rows))
    var v = Int(random.next() % UInt64(columns))
    if distinctEnds {
      if u == v { continue }
      if u > v { swap(&u, &v) }
    }
    if seen.insert(u * columns + v).inserted { pairs.append((u, v)) }
  }
  return pairs
}

/// Writes `line` to standard output at once (no buffering, so progress shows when piped).
func emit(_ line: String) {
  FileHandle.standardOutput.write((line + "\n").data(using: .utf8)!)
}

func checksum(_ pairs: [(Int, Int)]) -> UInt64 {
  pairs.reduce(UInt64(0)) { ($0 &* 1_000_003) &+ UInt64($1.0 &* 7919 &+ $1.1) }
}

/// CPU time used by this process so far (all threads), in seconds.
func processorSeconds() -> Double {
  var usage = rusage()
  #if os(Linux)
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
  #else
    getrusage(RUSAGE_SELF, &usage)
  #endif
  return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
    + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
}

/// The CPU time of the last measured run (the machine may be shared: CPU time shows the work done).
nonisolated(unsafe) var lastProcessorSeconds = 0.0

/// The best wall-clock time of `repeats` runs of `body`, in seconds.
func time<T>(_ repeats: Int, _ body: () throws -> T) rethrows -> (seconds: Double, result: T) {
  var best = Double.infinity
  var result: T?
  for _ in 0..<repeats {
    let start = DispatchTime.now().uptimeNanoseconds
    let cpuStart = processorSeconds()
    result = try body()
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    if seconds < best {
      best = seconds
      lastProcessorSeconds = processorSeconds() - cpuStart
    }
  }
  return (best, result!)
}

var threads = ProcessInfo.processInfo.activeProcessorCount
var repeats = 1
var writeEdges: String?
var readEdges: String?
var weighted = true
var only: Set<String>?
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
  switch argument {
  case "--threads": threads = Int(arguments.next() ?? "") ?? threads
  case "--repeat": repeats = max(1, Int(arguments.next() ?? "") ?? 1)
  case "--write-edges": writeEdges = arguments.next()
  case "--edges": readEdges = arguments.next()
  case "--skip-weighted": weighted = false
  case "--only": only = Set((arguments.next() ?? "").split(separator: ",").map(String.init))
  default:
    FileHandle.standardError.write("unknown argument \(argument)\n".data(using: .utf8)!)
    exit(2)
  }
}

/// Reads an edge file: a `nodes N` line, then `u v [w]` lines; `#` starts a comment line.
func readEdgeFile(_ path: String) throws -> (nodeCount: Int, links: [(Int, Int, Double)]) {
  var nodeCount = 0
  var links: [(Int, Int, Double)] = []
  for (number, line) in try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").enumerated() {
    let fields = line.split(separator: " ")
    if fields.isEmpty || fields[0].hasPrefix("#") { continue }
    if fields[0] == "nodes", fields.count == 2, let n = Int(fields[1]) {
      nodeCount = n
    } else if fields.count >= 2, let u = Int(fields[0]), let v = Int(fields[1]),
      (0..<nodeCount).contains(u), (0..<nodeCount).contains(v)
    {
      links.append((u, v, fields.count > 2 ? Double(fields[2]) ?? 1 : 1))
    } else {
      throw CocoaError(
        .fileReadCorruptFile,
        userInfo: [NSFilePathErrorKey: "\(path):\(number + 1): expected 'u v [w]' after 'nodes N'"])
    }
  }
  return (nodeCount, links)
}

let nodeCount: Int
let links: [(Int, Int, Double)]
if let readEdges {
  (nodeCount, links) = try readEdgeFile(readEdges)
  emit("graph M from \(readEdges) nodes \(nodeCount) links \(links.count)")
} else {
  nodeCount = 20_000
  let pairs = randomPairs(rows: nodeCount, columns: nodeCount, count: 200_000, seed: 42, distinctEnds: true)
  // Weights 1…4 for the weighted runs, drawn from a second stream.
  var weightStream = SplitMix64(state: 4242)
  links = pairs.map { ($0.0, $0.1, Double(1 + weightStream.next() % 4)) }
  emit("graph M nodes \(nodeCount) links \(links.count) checksum \(checksum(pairs))")
}
let membershipCount = 200_000
if let writeEdges {
  var text = "nodes \(nodeCount)\n"
  for (u, v, w) in links { text += "\(u) \(v) \(Int(w))\n" }
  try text.write(toFile: writeEdges, atomically: true, encoding: .utf8)
}
let build = time(1) { AdjacencyGraph(nodeCount: nodeCount, links: links) }
let graph = build.result
emit("algorithm build_csr seconds \(build.seconds) threads 1")

/// A fingerprint of `values`: their sum, largest value and a hash of their bit patterns (equal
/// hashes mean bit-identical results across runs, builds and thread counts).
func fingerprint(_ values: [Double]) -> String {
  let hash = values.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ $1.bitPattern) &* 1_099_511_628_211 }
  return "sum \(values.reduce(0, +)) max \(values.max() ?? 0) bits \(String(hash, radix: 16))"
}

/// Whether the measurement `name` was asked for (all are, without `--only`).
@MainActor func wanted(_ name: String) -> Bool { only?.contains(name) ?? true }

func report(_ name: String, _ seconds: Double, threads: Int) {
  emit(
    "algorithm \(name) seconds \(String(format: "%.4f", seconds)) threads \(threads)"
      + " cpu_seconds \(String(format: "%.4f", lastProcessorSeconds))")
}

if wanted("pagerank") {
  report(
    "pagerank", try time(max(repeats, 5)) { try graph.pageRank(weighting: .unweighted) }.seconds, threads: 1)
}
if wanted("closeness") {
  let run = try time(repeats) { try graph.closenessCentrality(threads: threads) }
  emit("closeness \(fingerprint(run.result))")
  report("closeness", run.seconds, threads: threads)
}
if wanted("harmonic") {
  let run = try time(repeats) { try graph.harmonicCentrality(threads: threads) }
  emit("harmonic \(fingerprint(run.result))")
  report("harmonic", run.seconds, threads: threads)
}
if wanted("betweenness") {
  let run = try time(repeats) { try graph.betweennessCentrality(threads: threads) }
  emit("betweenness \(fingerprint(run.result))")
  report("betweenness", run.seconds, threads: threads)
}
if weighted && wanted("betweenness_weighted") {
  report(
    "betweenness_weighted",
    try time(repeats) { try graph.betweennessCentrality(weighting: .weighted, threads: threads) }.seconds,
    threads: threads)
}
if weighted && wanted("closeness_weighted") {
  report(
    "closeness_weighted",
    try time(repeats) { try graph.closenessCentrality(weighting: .weighted, threads: threads) }.seconds,
    threads: threads)
}
if wanted("eigenvector") {
  report("eigenvector", try time(max(repeats, 3)) { try graph.eigenvectorCentrality() }.seconds, threads: 1)
}
if wanted("core_number") {
  report("core_number", time(max(repeats, 3)) { graph.coreNumbers() }.seconds, threads: 1)
}
if wanted("louvain") {
  report("louvain", try time(repeats) { try graph.louvainCommunities(seed: 1) }.seconds, threads: 1)
}

// Two-mode: 10 000 "member states" × 10 000 "frameworks", 200 000 memberships.
let sideSize = 10_000
let memberships = randomPairs(
  rows: sideSize, columns: sideSize, count: membershipCount, seed: 7, distinctEnds: false)
emit(
  "graph two-mode top \(sideSize) bottom \(sideSize) links \(membershipCount) checksum \(checksum(memberships))"
)
let twoMode = try TwoModeGraph(
  topCount: sideSize, bottomCount: sideSize, links: memberships.map { (top: $0.0, bottom: $0.1) })
if wanted("projection_shared") {
  let projection = time(max(repeats, 3)) { twoMode.projection(onto: .top, weighting: .sharedNeighbors) }
  emit(
    "projection links \(projection.result.linkCount) total weight \(projection.result.weights.reduce(0, +) / 2)"
  )
  report("projection_shared", projection.seconds, threads: 1)
}
if wanted("projection_collaboration") {
  report(
    "projection_collaboration",
    time(max(repeats, 3)) { twoMode.projection(onto: .top, weighting: .collaboration) }.seconds, threads: 1)
}
