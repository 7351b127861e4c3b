import DialogueGraph
import Foundation
import Testing

/// `dialogue centrality` and `dialogue structure` with `--directed`, networkx's options and the
/// newer measures, against the networkx call each option names, on the shipped GAMM dataset —
/// through the real binary. The oracle builds the dataset's rows as a networkx MultiGraph or
/// MultiDiGraph (self-loops dropped): `G` collapses it (unweighted), `M` keeps it (weighted
/// distances take the lightest parallel link), `S` sums parallel weights.
@Suite(.serialized) struct CentralityOptionsNetworkxTests {
  static let oracle = #"""
    import csv, json, sys
    import networkx as nx
    folder, directed, expression = sys.argv[1], sys.argv[2] == "directed", sys.argv[3]
    M = nx.MultiDiGraph() if directed else nx.MultiGraph()
    with open(folder + "/nodes.csv", newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            M.add_node(row["id"])
    with open(folder + "/edges.csv", newline="", encoding="utf-8-sig") as f:
        for row in csv.DictReader(f):
            if row["source"] != row["target"]:
                M.add_edge(row["source"], row["target"], weight=float(row.get("weight") or 1))
    G = nx.DiGraph(M) if directed else nx.Graph(M)
    for u, v in G.edges():
        G[u][v]["weight"] = 1.0
    nodes = list(M)
    S = nx.relabel_nodes(
        nx.from_scipy_sparse_array(nx.to_scipy_sparse_array(M, nodelist=nodes, weight="weight"),
                                   create_using=nx.DiGraph if directed else nx.Graph),
        dict(enumerate(nodes)))
    try:
        value = eval(expression)
    except nx.NetworkXException as error:
        print(json.dumps({"error": str(error)}))
        sys.exit(0)
    if isinstance(value, tuple):
        value = value[int(sys.argv[4])]
    if isinstance(value, dict) and value and isinstance(next(iter(value)), tuple):
        value = {"|".join(sorted(k) if not directed else k): v for k, v in value.items()}
    print(json.dumps(value))
    """#

  /// Evaluates a networkx expression on the GAMM graph.
  static func networkx(_ expression: String, directed: Bool = false, part: Int = 0) throws -> Any {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", "-c", oracle, Repository.gamm.path, directed ? "directed" : "undirected", expression, String(part),
    ]
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw CentralityNetworkxTests.OracleFailure(message: "networkx oracle failed: \(errors)")
    }
    return try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
  }

  /// `dialogue ARGS --format json` as `{id: value}` (or `{source|target: value}` for links).
  static func ours(_ arguments: [String]) throws -> [String: Double]? {
    // The oracle reads every row of the dataset: ask for the answer regardless of date.
    let asOf = arguments.contains("--as-of") || arguments.contains("--dataset") ? [] : ["--as-of", "all"]
    let result = try CLIRunner.run(arguments + asOf + ["--format", "json"])
    guard result.status == 0 else { return nil }
    let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    var values: [String: Double] = [:]
    for row in rows {
      // Links of an undirected network are named by their ends in alphabetical order, as the oracle does.
      let ends = [row["source"] as? String ?? "", row["target"] as? String ?? ""]
      let key =
        (row["id"] as? String) ?? (arguments.contains("--directed") ? ends : ends.sorted()).joined(separator: "|")
      values[key] = row["value"] as? Double ?? .nan
    }
    return values
  }

  /// Compares a command's values with networkx's within `tolerance`; when networkx fails, the
  /// command must fail too.
  func check(
    _ arguments: [String], _ expression: String, directed: Bool = false, part: Int = 0, tolerance: Double = 1e-9
  )
    throws
  {
    let theirs = try Self.networkx(expression, directed: directed, part: part)
    let ours = try Self.ours(arguments)
    if let failure = theirs as? [String: Any], failure["error"] != nil {
      #expect(ours == nil, "\(arguments): networkx failed (\(failure)), so should we")
      return
    }
    let expected = try #require(theirs as? [String: Double], "\(expression): \(theirs)")
    let values = try #require(ours, "\(arguments) failed")
    #expect(Set(values.keys) == Set(expected.keys), "\(arguments): not the same nodes or links")
    var worst = (key: "", difference: 0.0)
    for (key, value) in expected {
      let difference = abs((values[key] ?? .nan) - value) / max(1, abs(value))
      if !(difference <= worst.difference) { worst = (key, difference) }
    }
    #expect(worst.difference <= tolerance, "\(arguments) vs \(expression): \(worst.difference) at \(worst.key)")
  }

  @Test func directedMeasuresMatchNetworkxDiGraph() throws {
    let c = ["centrality", "--directed", "--measure"]
    try check(c + ["degree"], "nx.degree_centrality(G)", directed: true)
    try check(c + ["degree", "--direction", "in"], "nx.in_degree_centrality(G)", directed: true)
    try check(c + ["degree", "--direction", "out"], "nx.out_degree_centrality(G)", directed: true)
    try check(c + ["betweenness"], "nx.betweenness_centrality(G)", directed: true)
    try check(c + ["betweenness", "--weighted"], "nx.betweenness_centrality(M, weight='weight')", directed: true)
    try check(c + ["closeness"], "nx.closeness_centrality(G)", directed: true)
    try check(c + ["harmonic"], "nx.harmonic_centrality(G)", directed: true)
    try check(c + ["pagerank"], "nx.pagerank(G)", directed: true)
    try check(c + ["pagerank", "--weighted"], "nx.pagerank(M, weight='weight')", directed: true)
    try check(c + ["eigenvector"], "nx.eigenvector_centrality(G)", directed: true)
    try check(c + ["katz", "--alpha", "0.05"], "nx.katz_centrality(G, alpha=0.05)", directed: true)
    try check(
      c + ["hub"], "nx.hits(G, max_iter=10000, tol=1e-14)", directed: true, part: 0, tolerance: 1e-8)
    try check(
      c + ["authority"], "nx.hits(G, max_iter=10000, tol=1e-14)", directed: true, part: 1, tolerance: 1e-8)
    try check(c + ["edge-betweenness"], "nx.edge_betweenness_centrality(G)", directed: true)
  }

  @Test func networkxOptionsMatchTheirNamesakes() throws {
    let c = ["centrality", "--measure"]
    try check(c + ["betweenness", "--no-normalized"], "nx.betweenness_centrality(G, normalized=False)")
    try check(c + ["betweenness", "--endpoints"], "nx.betweenness_centrality(G, endpoints=True)")
    let n = try DialogueNetwork.load(from: Repository.gamm).nodes.count
    try check(
      c + ["betweenness", "--k", "\(n)"], "nx.betweenness_centrality(G, k=\(n), seed=1)")  // k = n: exact
    try check(c + ["closeness", "--no-wf-improved"], "nx.closeness_centrality(G, wf_improved=False)")
    try check(
      c + ["pagerank", "--personalization", "DE=1,FR=0.5", "--tol", "1e-12", "--max-iter", "500"],
      "nx.pagerank(G, personalization={'DE': 1, 'FR': 0.5}, tol=1e-12, max_iter=500)", tolerance: 1e-9)
    try check(
      c + ["pagerank", "--directed", "--dangling", "european-commission=1", "--tol", "1e-12"],
      "nx.pagerank(G, dangling={'european-commission': 1}, tol=1e-12)", directed: true, tolerance: 1e-9)
    try check(
      c + ["eigenvector", "--tol", "1e-12", "--max-iter", "5000"],
      "nx.eigenvector_centrality(G, tol=1e-12, max_iter=5000)", tolerance: 1e-9)
    try check(
      c + ["katz", "--alpha", "0.04", "--beta", "2", "--tol", "1e-12"],
      "nx.katz_centrality(G, alpha=0.04, beta=2, tol=1e-12)", tolerance: 1e-9)
    try check(c + ["clustering"], "nx.clustering(G)")
    try check(c + ["clustering", "--weighted"], "nx.clustering(S, weight='weight')")
    try check(
      c + ["eccentricity"],
      "{v: e for part in nx.connected_components(G) for v, e in nx.eccentricity(G.subgraph(part)).items()}")
    try check(c + ["hub"], "nx.hits(G, max_iter=10000, tol=1e-14)", part: 0, tolerance: 1e-8)
    try check(c + ["edge-betweenness"], "nx.edge_betweenness_centrality(G)")
    try check(c + ["edge-betweenness", "--weighted"], "nx.edge_betweenness_centrality(nx.Graph(M), weight='weight')")
    // An iteration limit too low fails as networkx does, and says what to change.
    let low = try CLIRunner.run(c + ["eigenvector", "--max-iter", "2"])
    #expect(low.status == 1 && low.stderr.contains("raise the iteration limit"), "\(low.stderr)")
  }

  @Test func sampledBetweennessRepeatsWithItsSeed() throws {
    let arguments = ["centrality", "--measure", "betweenness", "--k", "50"]
    let first = try #require(try Self.ours(arguments + ["--seed", "7"]))
    #expect(try Self.ours(arguments + ["--seed", "7"]) == first)
    #expect(try Self.ours(arguments + ["--seed", "8"]) != first)
  }

  @Test func structureCohesionMatchesNetworkx() throws {
    let folder = try TemporaryFolder.make()
    // A partition: member states in one group, everything else in another.
    let nodes = try String(contentsOf: Repository.gamm.appendingPathComponent("nodes.csv"), encoding: .utf8)
    var partition = "id,community\n"
    for line in nodes.split(whereSeparator: \.isNewline).dropFirst() {
      let fields = line.split(separator: ",", maxSplits: 2)
      partition += "\(fields[0]),\(fields[1] == "member-state" ? "ms" : "other")\n"
    }
    let partitionFile = folder.appendingPathComponent("groups.csv")
    try partition.write(to: partitionFile, atomically: true, encoding: .utf8)
    let report = try #require(
      try CLIRunner.json([
        "structure", "--format", "json", "--k-truss", "3", "--partition", partitionFile.path, "--directed",
        "--as-of", "all",
      ]) as? [String: Any])
    func networkx(_ expression: String, directed: Bool = false) throws -> Any {
      try Self.networkx(expression, directed: directed)
    }
    let clustering = try #require(report["clustering"] as? [String: Double])
    #expect(abs(clustering["average"]! - (try networkx("nx.average_clustering(G)") as! Double)) <= 1e-9)
    #expect(abs(clustering["transitivity"]! - (try networkx("nx.transitivity(G)") as! Double)) <= 1e-9)
    let largest = "G.subgraph(max(nx.connected_components(G), key=len))"
    #expect(report["diameter"] as? Double == (try networkx("nx.diameter(\(largest))") as? Double))
    #expect(report["radius"] as? Double == (try networkx("nx.radius(\(largest))") as? Double))
    let biconnected = try #require(report["biconnectedComponents"] as? [[String]])
    let theirBiconnected = try #require(
      try networkx("sorted(sorted(c) for c in nx.biconnected_components(G))") as? [[String]])
    #expect(Set(biconnected.map { $0.sorted() }) == Set(theirBiconnected))
    let bridges = try #require(report["localBridges"] as? [[Any]])
    let theirBridges = try #require(
      try networkx(
        "sorted([min(u, v), max(u, v), s if s != float('inf') else None] for u, v, s in nx.local_bridges(G))")
        as? [[Any]])
    #expect(bridges.count == theirBridges.count)
    func key(_ row: [Any]) -> String {
      let ends = [row[0] as! String, row[1] as! String].sorted()
      return ends.joined(separator: "|") + "|" + ((row[2] as? NSNumber).map { "\($0.doubleValue)" } ?? "none")
    }
    #expect(Set(bridges.map(key)) == Set(theirBridges.map(key)))
    let truss = try #require(report["kTruss"] as? [String: Any])
    #expect(Set(truss["nodes"] as! [String]) == Set(try networkx("list(nx.k_truss(G, 3).nodes())") as! [String]))
    let strong = try #require(report["stronglyConnectedComponents"] as? [[String]])
    let theirStrong = try #require(
      try networkx("sorted(sorted(c) for c in nx.strongly_connected_components(G))", directed: true) as? [[String]])
    #expect(Set(strong.map { $0.sorted() }) == Set(theirStrong))
    let given = try #require(report["partition"] as? [String: Any])
    let theirModularity = try #require(
      try networkx(
        "nx.community.modularity(G, [set(v for v in G if M.nodes[v] is not None and v in ms), set(G) - ms]) if (ms := set(l.split(',')[0] for l in open('\(partitionFile.path)').read().splitlines()[1:] if l.endswith(',ms'))) else 0"
      ) as? Double)
    #expect(abs((given["modularity"] as! Double) - theirModularity) <= 1e-9)
    // Resolution changes the communities' modularity as networkx's resolution does.
    let fine = try #require(
      try CLIRunner.json(["structure", "--format", "json", "--resolution", "2", "--as-of", "all"]) as? [String: Any])
    let communities = try #require(fine["communities"] as? [String: Any])
    #expect(communities["resolution"] as? Double == 2)
  }
}
