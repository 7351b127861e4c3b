import Foundation
import Testing

/// `dialogue centrality` against networkx on the shipped dataset: the same simple undirected graph
/// (every row of edges.csv, parallel links summed, self-loops dropped), the same measure with
/// networkx's defaults.
@Suite(.serialized) struct CentralityNetworkxTests {
  /// Builds the graph from the CSVs and prints `{id: value}` for one measure as JSON.
  static let oracle = #"""
    import csv, json, sys
    try:
        import networkx as nx
    except ImportError:
        print("networkx is not installed: pip install networkx", file=sys.stderr)
        sys.exit(3)
    folder, measure, weighted, alpha = sys.argv[1], sys.argv[2], sys.argv[3] == "weighted", sys.argv[4]
    G = nx.Graph()
    with open(folder + "/nodes.csv", newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            G.add_node(row["id"])
    with open(folder + "/edges.csv", newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            u, v = row["source"], row["target"]
            if u == v:
                continue
            w = float(row.get("weight") or 1) if weighted else 1.0
            if G.has_edge(u, v):
                G[u][v]["weight"] += w
            else:
                G.add_edge(u, v, weight=w)
    W = "weight" if weighted else None
    if measure == "degree":
        values = nx.degree_centrality(G)
    elif measure == "betweenness":
        values = nx.betweenness_centrality(G, weight=W)
    elif measure == "closeness":
        values = nx.closeness_centrality(G, distance=W)
    elif measure == "harmonic":
        values = nx.harmonic_centrality(G, distance=W)
    elif measure == "eigenvector":
        values = nx.eigenvector_centrality(G, weight=W)
    elif measure == "pagerank":
        values = nx.pagerank(G, weight=W)
    elif measure == "katz":
        values = nx.katz_centrality(G, alpha=float(alpha), weight=W)
    json.dump(values, sys.stdout)
    """#

  /// The measures, whether weighted, and the tolerance: 1e-9 for exact measures, 1e-6 for
  /// iterative ones (both sides stop at networkx's tolerance).
  static let cases: [(measure: String, weighted: Bool, tolerance: Double)] = [
    ("degree", false, 1e-9), ("betweenness", false, 1e-9), ("betweenness", true, 1e-9),
    ("closeness", false, 1e-9), ("closeness", true, 1e-9), ("harmonic", false, 1e-9),
    ("harmonic", true, 1e-9),
    ("eigenvector", false, 1e-6), ("eigenvector", true, 1e-6), ("pagerank", false, 1e-6),
    ("pagerank", true, 1e-6),
    ("katz", false, 1e-6), ("katz", true, 1e-6),
  ]

  /// Katz's attenuation: networkx's default 0.1 diverges on this network (λ ≈ 17), so both sides use
  /// a value below 1/λ for the weighted and the unweighted graph.
  static let katzAlpha = "0.04"

  @Test(arguments: cases.indices)
  func matchesNetworkx(index: Int) throws {
    let (measure, weighted, tolerance) = Self.cases[index]
    var arguments = ["centrality", "--measure", measure, "--format", "json"]
    if weighted { arguments.append("--weighted") }
    if measure == "katz" { arguments += ["--alpha", Self.katzAlpha] }
    let rows = try #require(try CLIRunner.json(arguments) as? [[String: Any]])
    let ours = Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as! String, $0["value"] as! Double) })
    let theirs = try Self.networkx(measure: measure, weighted: weighted)
    #expect(Set(ours.keys) == Set(theirs.keys))
    var worst = (id: "", difference: 0.0)
    for (id, value) in theirs {
      let difference = abs((ours[id] ?? .nan) - value)
      if !(difference <= worst.difference) { worst = (id, difference) }
    }
    #expect(
      worst.difference <= tolerance,
      "\(measure)\(weighted ? " weighted" : ""): largest difference \(worst.difference) at \(worst.id)")
  }

  /// Runs the oracle with python3; fails clearly when python3 or networkx is missing.
  static func networkx(measure: String, weighted: Bool) throws -> [String: Double] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", "-c", oracle, Repository.gamm.path, measure, weighted ? "weighted" : "unweighted", katzAlpha,
    ]
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    do { try process.run() } catch {
      throw OracleFailure(
        message: "python3 could not be started (\(error)); install Python 3 with networkx to run this test")
    }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw OracleFailure(
        message: process.terminationStatus == 127
          ? "python3 is not installed; install Python 3 with networkx to run this test"
          : "the networkx oracle failed (status \(process.terminationStatus)): \(errors)")
    }
    guard let values = try JSONSerialization.jsonObject(with: data) as? [String: Double] else {
      throw OracleFailure(message: "the networkx oracle printed no {id: value} object")
    }
    return values
  }

  struct OracleFailure: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
  }
}
