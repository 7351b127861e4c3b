import Foundation
import Testing

/// `dialogue centrality` against networkx on the shipped dataset: every row of edges.csv as a
/// networkx `MultiGraph` (self-loops dropped), so that repeated links follow networkx's multigraph
/// rules (the lightest for distances, the sum for strengths), the same measure with networkx's
/// defaults; `--kinds` shows a subset of the whole computation, `--subgraph` computes on it.
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
    # Every row as it is: a MultiGraph, so that networkx's own multigraph rules apply with weights
    # (shortest paths take the lightest parallel link; pagerank and the sparse matrix sum them).
    M = nx.MultiGraph()
    with open(folder + "/nodes.csv", newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            M.add_node(row["id"])
    with open(folder + "/edges.csv", newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            u, v = row["source"], row["target"]
            if u != v:
                M.add_edge(u, v, weight=float(row.get("weight") or 1))
    nodes = list(M)
    if weighted:
        G, W = M, "weight"
        # eigenvector and katz refuse multigraphs: networkx's sparse matrix sums parallel weights.
        S = nx.relabel_nodes(
            nx.from_scipy_sparse_array(nx.to_scipy_sparse_array(M, nodelist=nodes, weight="weight")),
            dict(enumerate(nodes)))
    else:
        G, W = nx.Graph(M), None
        S = G
    if measure == "degree":
        values = nx.degree_centrality(nx.Graph(M))
    elif measure == "betweenness":
        values = nx.betweenness_centrality(G, weight=W)
    elif measure == "closeness":
        values = nx.closeness_centrality(G, distance=W)
    elif measure == "harmonic":
        values = nx.harmonic_centrality(G, distance=W)
    elif measure == "eigenvector":
        values = nx.eigenvector_centrality(S, weight=W)
    elif measure == "pagerank":
        values = nx.pagerank(G, weight=W)
    elif measure == "katz":
        values = nx.katz_centrality(S, alpha=float(alpha), weight=W)
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
    var arguments = ["centrality", "--measure", measure, "--as-of", "all", "--format", "json"]
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

  /// `--kinds K` is a filter on what is shown, not on what is computed: the values are those of
  /// the whole network; `--subgraph` computes on the nodes of kind K alone.
  @Test func kindsShowsPartOfTheWholeComputation() throws {
    func values(_ extra: [String]) throws -> [String: Double] {
      let rows = try #require(
        try CLIRunner.json(["centrality", "--measure", "betweenness", "--as-of", "all", "--format", "json"] + extra)
          as? [[String: Any]])
      return Dictionary(uniqueKeysWithValues: rows.map { ($0["id"] as! String, $0["value"] as! Double) })
    }
    let whole = try values([])
    let shown = try values(["--kinds", "member-state"])
    let kinds = try #require(
      try CLIRunner.json(["list", "nodes", "--kinds", "member-state", "--format", "json"]) as? [[String: Any]])
    #expect(Set(shown.keys) == Set(kinds.map { $0["id"] as! String }))
    for (id, value) in shown { #expect(value == whole[id], "\(id)") }
    #expect(shown.values.contains { $0 > 0 }, "member states broker routes through frameworks")
    // Member states are never linked to one another directly: alone, nobody brokers anything.
    let alone = try values(["--kinds", "member-state", "--subgraph"])
    #expect(Set(alone.keys) == Set(shown.keys) && alone.values.allSatisfy { $0 == 0 })
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
