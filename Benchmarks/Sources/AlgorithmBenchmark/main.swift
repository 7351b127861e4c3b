// Times DialogueGraph's network algorithms on one graph — by default the uniform "M" graph (20 000
// nodes, 200 000 links), or an edge file of Benchmarks/graph_families.py — and on a two-mode graph
// of the same size, for comparison with Benchmarks/peers/algorithms_peers.py (networkx, igraph,
// networkit on the very same graphs).
//
//   AlgorithmBenchmark [--threads N] [--repeat R] [--edges PATH] [--write-edges PATH] [--skip-weighted]
//                      [--only NAME,NAME…] [--epsilon E] [--delta D] [--seed S] [--check-exact]
//
// --only runs just the named measurements (pagerank, closeness, harmonic, betweenness,
// betweenness_approx, betweenness_weighted, closeness_weighted, eigenvector, core_number, louvain,
// projection_shared, projection_collaboration).
//
// --edges reads the graph from an edge file instead ("nodes N" line, then "u v [w]" lines — the format
// of Tests/DialogueGraphTests/Fixtures/networkx/reference.py and of graph_families.py).
//
// betweenness_approx is the sampled betweenness of Riondato and Kornaropoulos with --epsilon (default
// 0.01), --delta (0.1) and --seed (1); --check-exact also computes the exact values (untimed) and
// reports the largest error over all nodes.
//
// Prints one JSON object per line: first the graph ({"graph": …, "nodes", "links", "checksum"}),
// then one per measurement ({"tool": "dialogue-networks", "algorithm", "seconds" (best of R, wall),
// "cpu_seconds" (of that run, all threads), "threads", "repeats", and a fingerprint of the values).
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

/// Writes one measurement as a JSON object on its own line (the record `Benchmarks/bench.py` reads).
func emitRecord(_ fields: [String: Any]) {
  let data = try! JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
  emit(String(decoding: data, as: UTF8.self))
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
var epsilon = 0.01
var delta = 0.1
var seed: UInt64 = 1
var checkExact = false
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let argument = arguments.next() {
  switch argument {
  case "--threads": threads = Int(arguments.next() ?? "") ?? threads
  case "--repeat": repeats = max(1, Int(arguments.next() ?? "") ?? 1)
  case "--write-edges": writeEdges = arguments.next()
  case "--edges": readEdges = arguments.next()
  case "--skip-weighted": weighted = false
  case "--only": only = Set((arguments.next() ?? "").split(separator: ",").map(String.init))
  case "--epsilon": epsilon = Double(arguments.next() ?? "") ?? epsilon
  case "--delta": delta = Double(arguments.next() ?? "") ?? delta
  case "--seed": seed = UInt64(arguments.next() ?? "") ?? seed
  case "--check-exact": checkExact = true
  default:
    FileHandle.standardError.write("unknown argument \(argument)\n".data(using: .utf8)!)
    exit(2)
  }
}

/// Reads an edge file: a `nodes N` line, then `u v [w]` lines; `#` starts a comment line.
func readEdgeFile(_ path: String) throws -> (nodeCount: Int, links: [(Int, Int, Double)]) {
  var nodeCount = 0
  var links: [(Int, Int, Double)] = []
  let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
  for (number, line) in bytes.split(separator: UInt8(ascii: "\n")).enumerated() {
    let fields = line.split(separator: UInt8(ascii: " ")).map { String(decoding: $0, as: UTF8.self) }
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
  emitRecord(["graph": readEdges, "nodes": nodeCount, "links": links.count])
} else {
  nodeCount = 20_000
  let pairs = randomPairs(rows: nodeCount, columns: nodeCount, count: 200_000, seed: 42, distinctEnds: true)
  // Weights 1…4 for the weighted runs, drawn from a second stream.
  var weightStream = SplitMix64(state: 4242)
  links = pairs.map { ($0.0, $0.1, Double(1 + weightStream.next() % 4)) }
  emitRecord(["graph": "M", "nodes": nodeCount, "links": links.count, "checksum": "\(checksum(pairs))"])
}
let membershipCount = 200_000
if let writeEdges {
  var text = "nodes \(nodeCount)\n"
  for (u, v, w) in links { text += "\(u) \(v) \(Int(w))\n" }
  try text.write(toFile: writeEdges, atomically: true, encoding: .utf8)
}
let graph = AdjacencyGraph(nodeCount: nodeCount, links: links)

/// A fingerprint of `values`: their sum, largest value and a hash of their bit patterns (equal
/// hashes mean bit-identical results across runs, builds and thread counts).
func fingerprint(_ values: [Double]) -> [String: Any] {
  let hash = values.reduce(UInt64(14_695_981_039_346_656_037)) { ($0 ^ $1.bitPattern) &* 1_099_511_628_211 }
  return ["sum": values.reduce(0, +), "max": values.max() ?? 0, "bits": String(hash, radix: 16)]
}

/// Whether the measurement `name` was asked for (all are, without `--only`).
@MainActor func wanted(_ name: String) -> Bool { only?.contains(name) ?? true }

@MainActor func report(
  _ name: String, _ seconds: Double, threads: Int, repeats: Int, _ extra: [String: Any] = [:]
) {
  var record: [String: Any] = [
    "tool": "dialogue-networks", "algorithm": name, "seconds": seconds, "cpu_seconds": lastProcessorSeconds,
    "threads": threads, "repeats": repeats,
  ]
  record.merge(extra) { $1 }
  emitRecord(record)
}

if wanted("pagerank") {
  let run = try time(max(repeats, 5)) { try graph.pageRank(weighting: .unweighted) }
  report("pagerank", run.seconds, threads: 1, repeats: max(repeats, 5), fingerprint(run.result))
}
if wanted("closeness") {
  let run = try time(repeats) { try graph.closenessCentrality(threads: threads) }
  report("closeness", run.seconds, threads: threads, repeats: repeats, fingerprint(run.result))
}
if wanted("harmonic") {
  let run = try time(repeats) { try graph.harmonicCentrality(threads: threads) }
  report("harmonic", run.seconds, threads: threads, repeats: repeats, fingerprint(run.result))
}
if wanted("betweenness") {
  let run = try time(repeats) { try graph.betweennessCentrality(threads: threads) }
  report("betweenness", run.seconds, threads: threads, repeats: repeats, fingerprint(run.result))
}
if wanted("betweenness_approx") {
  let run = try time(repeats) {
    try graph.approximateBetweennessCentrality(epsilon: epsilon, delta: delta, seed: seed, threads: threads)
  }
  var extra = fingerprint(run.result.values)
  let timed = lastProcessorSeconds
  extra.merge(
    [
      "epsilon": epsilon, "delta": delta, "seed": Int(seed), "samples": run.result.sampleCount,
      "vertex_diameter_bound": run.result.vertexDiameterBound,
    ]
  ) { $1 }
  if checkExact {
    let exact = try graph.betweennessCentrality(threads: threads)
    let errors = zip(run.result.values, exact).map { abs($0 - $1) }
    extra["max_error"] = errors.max() ?? 0
    extra["mean_error"] = errors.reduce(0, +) / Double(max(errors.count, 1))
    extra["exact_max"] = exact.max() ?? 0
    lastProcessorSeconds = timed
  }
  report("betweenness_approx", run.seconds, threads: threads, repeats: repeats, extra)
}
if weighted && wanted("betweenness_weighted") {
  let run = try time(repeats) { try graph.betweennessCentrality(weighting: .weighted, threads: threads) }
  report("betweenness_weighted", run.seconds, threads: threads, repeats: repeats)
}
if weighted && wanted("closeness_weighted") {
  let run = try time(repeats) { try graph.closenessCentrality(weighting: .weighted, threads: threads) }
  report("closeness_weighted", run.seconds, threads: threads, repeats: repeats)
}
if wanted("eigenvector") {
  let run = try time(max(repeats, 3)) { try graph.eigenvectorCentrality(maximumIterations: 1000) }
  report("eigenvector", run.seconds, threads: 1, repeats: max(repeats, 3), fingerprint(run.result))
}
if wanted("core_number") {
  let run = time(max(repeats, 3)) { graph.coreNumbers() }
  report("core_number", run.seconds, threads: 1, repeats: max(repeats, 3), ["max": run.result.max() ?? 0])
}
if wanted("louvain") {
  let run = try time(repeats) { try graph.louvainCommunities(seed: 1) }
  report(
    "louvain", run.seconds, threads: 1, repeats: repeats,
    ["communities": run.result.count, "modularity": run.result.modularity])
}

// Two-mode: 10 000 "member states" × 10 000 "frameworks", 200 000 memberships.
if wanted("projection_shared") || wanted("projection_collaboration") {
  let sideSize = 10_000
  let memberships = randomPairs(
    rows: sideSize, columns: sideSize, count: membershipCount, seed: 7, distinctEnds: false)
  emitRecord([
    "graph": "two-mode", "top": sideSize, "bottom": sideSize, "links": membershipCount,
    "checksum": "\(checksum(memberships))",
  ])
  let twoMode = try TwoModeGraph(
    topCount: sideSize, bottomCount: sideSize, links: memberships.map { (top: $0.0, bottom: $0.1) })
  if wanted("projection_shared") {
    let run = time(max(repeats, 3)) { twoMode.projection(onto: .top, weighting: .sharedNeighbors) }
    report(
      "projection_shared", run.seconds, threads: 1, repeats: max(repeats, 3),
      ["links": run.result.linkCount, "total_weight": run.result.weights.reduce(0, +) / 2])
  }
  if wanted("projection_collaboration") {
    let run = time(max(repeats, 3)) { twoMode.projection(onto: .top, weighting: .collaboration) }
    report("projection_collaboration", run.seconds, threads: 1, repeats: max(repeats, 3))
  }
}
