// In-process Graphviz rendering (GraphvizRender) against Graphviz's command-line tool on the same
// graphs. For each case it renders N times in process, writes the graph as a DOT file, times
// `Benchmarks/peers/render_dot.py` (which runs `dot -K<engine> -Tsvg`) on it, and prints one JSON
// object per line:
//
//   RenderBenchmark [--runs N] [--peer Benchmarks/peers/render_dot.py] [--cases small,large,dot]
//   {"case": "200n-1000e-sfdp", "nodes": 200, "edges": 1000, "engine": "sfdp", "runs": 5,
//    "median_seconds": 0.04, "min_seconds": 0.039, "svg_bytes": 350000,
//    "peer_median_seconds": 0.09, "ratio": 0.44}
//
// `ratio` is our median divided by the peer's (target ≤ 1.0). Graphs are random (a 64-bit linear
// congruential generator, fixed seeds) with distinct directed edges and no self-loops, the same
// family the tests use. The DOT file carries the same graph attributes the renderer adds (the
// bounded `dot` effort), so both sides do the same layout work.
import AtomicFiles
import Foundation
import GraphvizRender

/// One benchmark case.
struct BenchmarkCase {
  var name: String
  var nodes: Int
  var edges: Int
  var engine: LayoutEngine
  var seed: UInt64
}

/// A random directed graph with `edges` distinct edges between `nodes` nodes.
func randomGraph(_ spec: BenchmarkCase) -> GraphvizGraph {
  var graph = GraphvizGraph(name: "random", kind: .directed)
  graph.nodes = (0..<spec.nodes).map { GraphvizNode(id: "n\($0)") }
  var state = spec.seed
  func next() -> Int {
    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
    return Int(state >> 33)
  }
  var seen = Set<[Int]>()
  while seen.count < spec.edges {
    let tail = next() % spec.nodes
    let head = next() % spec.nodes
    guard tail != head, seen.insert([tail, head]).inserted else { continue }
    graph.edges.append(GraphvizEdge(from: "n\(tail)", to: "n\(head)"))
  }
  return graph
}

/// The graph as DOT text (ids are plain `n<i>`, attribute values simple), with `extra` graph
/// attributes.
func dotSource(_ graph: GraphvizGraph, extra: GraphvizAttributes) -> String {
  var lines = ["digraph \(graph.name) {"]
  for (name, value) in extra.sorted {
    if case .text(let text) = value { lines.append("  \(name)=\"\(text)\";") }
  }
  for node in graph.nodes { lines.append("  \(node.id);") }
  for edge in graph.edges { lines.append("  \(edge.tail) -> \(edge.head);") }
  lines.append("}")
  return lines.joined(separator: "\n") + "\n"
}

/// Median of a non-empty array.
func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  let middle = sorted.count / 2
  return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/// Runs the peer script and returns its median seconds, or nil when it is unavailable.
func peerMedian(script: String, dotFile: URL, engine: LayoutEngine, runs: Int) -> Double? {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  process.arguments = ["python3", script, dotFile.path, "--engine", engine.rawValue, "--runs", "\(runs)"]
  let pipe = Pipe()
  process.standardOutput = pipe
  guard (try? process.run()) != nil else { return nil }
  let output = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  guard let object = try? JSONSerialization.jsonObject(with: output) as? [String: Any] else { return nil }
  return object["median_seconds"] as? Double
}

let arguments = Array(CommandLine.arguments.dropFirst())
func option(_ flag: String, in arguments: [String] = arguments) -> String? {
  guard let index = arguments.firstIndex(of: flag), index + 1 < arguments.count else { return nil }
  return arguments[index + 1]
}
let runs = max(1, Int(option("--runs") ?? "") ?? 5)
let peerScript = option("--peer") ?? "Benchmarks/peers/render_dot.py"
let selected = Set((option("--cases") ?? "small,large,dot").split(separator: ",").map(String.init))

let cases = [
  ("small", BenchmarkCase(name: "200n-1000e-sfdp", nodes: 200, edges: 1_000, engine: .sfdp, seed: 42)),
  ("large", BenchmarkCase(name: "2000n-10000e-sfdp", nodes: 2_000, edges: 10_000, engine: .sfdp, seed: 43)),
  ("dot", BenchmarkCase(name: "100n-150e-dot", nodes: 100, edges: 150, engine: .dot, seed: 44)),
].filter { selected.contains($0.0) }.map(\.1)

let folder = FileManager.default.temporaryDirectory.appendingPathComponent("render-benchmark")
try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
for spec in cases {
  let graph = randomGraph(spec)
  let options = RenderOptions()
  var seconds: [Double] = []
  var bytes = 0
  do {
    for _ in 0..<runs {
      let clock = ContinuousClock()
      let start = clock.now
      let svg = try GraphvizRenderer.shared.render(graph, engine: spec.engine, format: .svg, options: options)
      let elapsed = clock.now - start
      seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
      bytes = svg.count
    }
  } catch {
    print("{\"case\": \"\(spec.name)\", \"error\": \(String(describing: error).debugDescription)}")
    continue
  }
  let extra = spec.engine == .dot ? options.dotEffort.attributes : GraphvizAttributes()
  let dotFile = folder.appendingPathComponent(spec.name + ".dot")
  try? AtomicFile.write(dotSource(graph, extra: extra), to: dotFile)
  let ours = median(seconds)
  let peer = peerMedian(script: peerScript, dotFile: dotFile, engine: spec.engine, runs: runs)
  var fields = [
    "\"case\": \"\(spec.name)\"", "\"nodes\": \(spec.nodes)", "\"edges\": \(spec.edges)",
    "\"engine\": \"\(spec.engine)\"", "\"runs\": \(runs)", "\"median_seconds\": \(ours)",
    "\"min_seconds\": \(seconds.min() ?? 0)", "\"svg_bytes\": \(bytes)",
  ]
  if let peer {
    fields.append("\"peer_median_seconds\": \(peer)")
    fields.append("\"ratio\": \((ours / peer * 1000).rounded() / 1000)")
  } else {
    fields.append("\"peer_median_seconds\": null")
  }
  print("{" + fields.joined(separator: ", ") + "}")
}
