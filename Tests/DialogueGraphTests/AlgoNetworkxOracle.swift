import Foundation
import Testing

@testable import DialogueGraph

/// A seeded random multigraph for cross-checks: self-loops, parallel links (merged by summing
/// their integer weights, so shortest-path ties are exact), isolated nodes and several components.
struct AlgoRandomGraph {
  let nodeCount: Int
  let directed: Bool
  /// The raw links, loops and repeats included, as handed to both implementations.
  let links: [(Int, Int, Double)]

  var adjacency: AdjacencyGraph { AdjacencyGraph(nodeCount: nodeCount, links: links, directed: directed) }

  /// The graph as the JSON object `reference.py` reads.
  var json: [String: Any] {
    ["nodes": nodeCount, "directed": directed, "edges": links.map { [$0.0, $0.1, $0.2] }]
  }

  /// Graph number `index` of the standard test family: sizes 1…45, every fourth one directed,
  /// the last fifth of the nodes left isolated, about 1.5 links per node.
  static func family(_ index: Int) -> AlgoRandomGraph {
    var random = SplitMix64(seed: 0xD1A1_0000 + UInt64(index))
    let fixedSizes = [1, 2, 3, 4]
    let n = index < fixedSizes.count ? fixedSizes[index] : 5 + Int(random.next() % 41)
    let linked = max(1, n - n / 5)
    let linkCount = n < 3 ? n : Int(random.next() % UInt64(2 * n)) + n / 2
    var links: [(Int, Int, Double)] = []
    for _ in 0..<linkCount {
      let u = Int(random.next() % UInt64(linked))
      let v = Int(random.next() % UInt64(linked))
      links.append((u, v, Double(1 + random.next() % 4)))
    }
    // Repeat a few links verbatim so that collapsing really happens.
    for i in stride(from: 0, to: links.count, by: 5) { links.append(links[i]) }
    return AlgoRandomGraph(nodeCount: n, directed: index % 4 == 3, links: links)
  }

  /// The 24 graphs every cross-check runs on.
  static let standardFamily: [AlgoRandomGraph] = (0..<24).map(family)
}

/// A seeded random two-mode graph with repeated links and isolated nodes on both sides.
struct AlgoRandomTwoModeGraph {
  let topCount: Int
  let bottomCount: Int
  let links: [(top: Int, bottom: Int)]

  var graph: TwoModeGraph {
    get throws { try TwoModeGraph(topCount: topCount, bottomCount: bottomCount, links: links) }
  }
  var json: [String: Any] {
    ["top": topCount, "bottom": bottomCount, "links": links.map { [$0.top, $0.bottom] }]
  }

  static func family(_ index: Int) -> AlgoRandomTwoModeGraph {
    var random = SplitMix64(seed: 0xB1_0000 + UInt64(index))
    let top = 1 + Int(random.next() % 30)
    let bottom = 1 + Int(random.next() % 15)
    let count = Int(random.next() % UInt64(top * bottom / 2 + 2))
    var links: [(top: Int, bottom: Int)] = []
    for _ in 0..<count {
      links.append((Int(random.next() % UInt64(top)), Int(random.next() % UInt64(bottom))))
    }
    return AlgoRandomTwoModeGraph(topCount: top, bottomCount: bottom, links: links)
  }

  static let standardFamily: [AlgoRandomTwoModeGraph] = (0..<22).map(family)
}

/// Runs `Fixtures/networkx/reference.py` (networkx) and returns its answers.
enum NetworkxOracle {
  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  /// One question for the oracle: a measure with options on graph number `graph`.
  struct Query {
    let graph: Int
    let measure: String
    var options: [String: Any] = [:]
  }

  static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/networkx/reference.py")

  /// Answers all `queries` in one Python run. Fails (never skips) when Python or networkx is
  /// missing: `scripts/setup.sh` installs them.
  static func answers(graphs: [[String: Any]], queries: [Query]) throws -> [Any] {
    let request: [String: Any] = [
      "graphs": graphs,
      "queries": queries.map { ["graph": $0.graph, "measure": $0.measure, "options": $0.options] },
    ]
    let directory = FileManager.default.temporaryDirectory
    let requestFile = directory.appendingPathComponent("algo-oracle-\(UUID().uuidString).json")
    let errorFile = directory.appendingPathComponent("algo-oracle-\(UUID().uuidString).err")
    defer {
      try? FileManager.default.removeItem(at: requestFile)
      try? FileManager.default.removeItem(at: errorFile)
    }
    try JSONSerialization.data(withJSONObject: request).write(to: requestFile)
    _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script.path, "--batch", requestFile.path]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = try FileHandle(forWritingTo: errorFile)
    do {
      try process.run()
    } catch {
      throw Failure(
        description: "cannot start python3 (\(error)): install Python 3 and networkx (scripts/setup.sh)")
    }
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      let message = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
      throw Failure(
        description: """
          reference.py failed with status \(process.terminationStatus) — is networkx installed \
          (pip install networkx scipy)? \(message.suffix(1500))
          """)
    }
    guard let results = try JSONSerialization.jsonObject(with: data) as? [Any], results.count == queries.count
    else { throw Failure(description: "reference.py printed an unexpected answer") }
    return results
  }

  /// A per-node answer as numbers, or `nil` when networkx reported an error.
  static func values(_ answer: Any) -> [Double]? {
    (answer as? [Any])?.map { ($0 as? NSNumber)?.doubleValue ?? .nan }
  }

  /// The networkx error message of an answer, if it is one.
  static func error(_ answer: Any) -> String? { (answer as? [String: Any])?["error"] as? String }
}

/// Expects `actual` to match `expected` entry by entry within `tolerance`, relative to
/// `max(1, |expected|)`.
func expectClose(
  _ actual: [Double], _ expected: [Double], tolerance: Double, _ context: String,
  sourceLocation: SourceLocation = #_sourceLocation
) {
  #expect(
    actual.count == expected.count, "\(context): \(actual.count) values, networkx has \(expected.count)",
    sourceLocation: sourceLocation)
  for (node, (a, e)) in zip(actual, expected).enumerated() where !(abs(a - e) <= tolerance * max(1, abs(e))) {
    Issue.record("\(context), node \(node): \(a), networkx \(e)", sourceLocation: sourceLocation)
    return
  }
}
