import Foundation
import Testing

@testable import DialogueGraph

/// Every centrality measure against networkx on the 24 seeded random graphs of
/// ``AlgoRandomGraph/standardFamily`` (directed and undirected, weighted, with loops, repeated
/// links, isolated nodes and several components).
@Suite struct AlgoCentralityCrossCheckTests {
  let family = AlgoRandomGraph.standardFamily

  /// Asks networkx `measure` with each option set on every graph, and compares with `compute`.
  func crossCheck(
    _ measure: String, variants: [[String: Any]], tolerance: Double,
    compute: (AdjacencyGraph, [String: Any]) throws -> [Double]
  ) throws {
    var queries: [NetworkxOracle.Query] = []
    for g in family.indices {
      for options in variants
      where options["direction"] == nil || family[g].directed || options["direction"] as? String == "all" {
        queries.append(.init(graph: g, measure: measure, options: options))
      }
    }
    let answers = try NetworkxOracle.answers(graphs: family.map(\.json), queries: queries)
    var compared = 0
    for (query, answer) in zip(queries, answers) {
      let context = "\(measure) \(query.options) on graph \(query.graph)"
      let graph = family[query.graph].adjacency
      if let error = NetworkxOracle.error(answer) {
        #expect(throws: GraphAlgorithmError.self, "\(context): networkx failed (\(error)), so should we") {
          try compute(graph, query.options)
        }
        continue
      }
      let expected = try #require(NetworkxOracle.values(answer), "\(context): no values")
      expectClose(try compute(graph, query.options), expected, tolerance: tolerance, context)
      compared += 1
    }
    #expect(compared >= family.count, "\(measure): too few comparisons (\(compared))")
  }

  static func weighting(_ options: [String: Any]) -> Weighting {
    options["weighted"] as? Bool == true ? .weighted : .unweighted
  }

  @Test func degreeCentralityMatchesNetworkx() throws {
    try crossCheck(
      "degree", variants: [["direction": "all"], ["direction": "in"], ["direction": "out"]], tolerance: 1e-12
    ) {
      graph, options in
      guard graph.isDirected else { return graph.degreeCentrality() }
      switch options["direction"] as? String {
      case "in": return graph.degreeCentrality(direction: .incoming)
      case "out": return graph.degreeCentrality(direction: .outgoing)
      default: return graph.degreeCentrality(direction: .all)
      }
    }
  }

  @Test func betweennessMatchesNetworkx() throws {
    var variants: [[String: Any]] = []
    for weighted in [false, true] {
      for normalized in [true, false] {
        for endpoints in [false, true] {
          variants.append(["weighted": weighted, "normalized": normalized, "endpoints": endpoints])
        }
      }
    }
    try crossCheck("betweenness", variants: variants, tolerance: 1e-9) { graph, options in
      try graph.betweennessCentrality(
        weighting: Self.weighting(options),
        normalization: options["normalized"] as? Bool == true ? .networkx : .none,
        endpoints: options["endpoints"] as? Bool == true ? .included : .excluded,
        threads: 2)
    }
  }

  @Test func closenessMatchesNetworkx() throws {
    let variants: [[String: Any]] = [
      ["weighted": false, "wf_improved": true], ["weighted": true, "wf_improved": true],
      ["weighted": false, "wf_improved": false], ["weighted": true, "wf_improved": false],
    ]
    try crossCheck("closeness", variants: variants, tolerance: 1e-9) { graph, options in
      try graph.closenessCentrality(
        weighting: Self.weighting(options),
        normalization: options["wf_improved"] as? Bool == true ? .wassermanFaust : .reachableOnly, threads: 2)
    }
  }

  @Test func harmonicMatchesNetworkx() throws {
    try crossCheck("harmonic", variants: [["weighted": false], ["weighted": true]], tolerance: 1e-9) {
      graph, options in
      try graph.harmonicCentrality(weighting: Self.weighting(options), threads: 2)
    }
  }

  @Test func eigenvectorMatchesNetworkx() throws {
    let variants: [[String: Any]] = [
      ["weighted": false], ["weighted": true], ["weighted": false, "tol": 1e-9, "max_iter": 1000],
    ]
    try crossCheck("eigenvector", variants: variants, tolerance: 1e-6) { graph, options in
      try graph.eigenvectorCentrality(
        weighting: Self.weighting(options), maximumIterations: options["max_iter"] as? Int ?? 100,
        tolerance: options["tol"] as? Double ?? 1e-6)
    }
  }

  @Test func pageRankMatchesNetworkx() throws {
    let variants: [[String: Any]] = [
      ["weighted": true], ["weighted": false], ["weighted": true, "alpha": 0.5, "tol": 1e-10],
      ["weighted": true, "personalization": "first-third"],
    ]
    // The personalisation favours the first third of the nodes (others get weight 0.25).
    func personalization(_ n: Int) -> [Double] { (0..<n).map { $0 < max(1, n / 3) ? 1 : 0.25 } }
    var queries: [NetworkxOracle.Query] = []
    for g in family.indices {
      for var options in variants {
        if options["personalization"] != nil {
          options["personalization"] = personalization(family[g].nodeCount)
        }
        queries.append(.init(graph: g, measure: "pagerank", options: options))
      }
    }
    let answers = try NetworkxOracle.answers(graphs: family.map(\.json), queries: queries)
    for (query, answer) in zip(queries, answers) {
      let graph = family[query.graph].adjacency
      let expected = try #require(NetworkxOracle.values(answer), "pagerank \(query.options): \(answer)")
      let actual = try graph.pageRank(
        damping: query.options["alpha"] as? Double ?? 0.85, weighting: Self.weighting(query.options),
        personalization: query.options["personalization"] as? [Double],
        tolerance: query.options["tol"] as? Double ?? 1e-6)
      expectClose(actual, expected, tolerance: 1e-6, "pagerank \(query.options) on graph \(query.graph)")
    }
  }

  @Test func katzMatchesNetworkx() throws {
    let variants: [[String: Any]] = [
      ["alpha": 0.1], ["alpha": 0.05, "beta": 2.0, "normalized": false],
      ["alpha": 0.03, "weighted": true], ["alpha": 0.5],
    ]
    try crossCheck("katz", variants: variants, tolerance: 1e-6) { graph, options in
      try graph.katzCentrality(
        alpha: options["alpha"] as? Double ?? 0.1, beta: options["beta"] as? Double ?? 1,
        weighting: Self.weighting(options),
        normalization: options["normalized"] as? Bool == false ? .none : .unitLength)
    }
  }
}
