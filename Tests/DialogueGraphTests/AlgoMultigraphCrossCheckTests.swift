import Foundation
import Testing

@testable import DialogueGraph

/// Parallel links against networkx's `MultiGraph`/`MultiDiGraph` rules (see ``ParallelLinks``):
/// distance measures take the lightest parallel link, strength measures add them up, and a doubled
/// link is never a bridge.
@Suite struct AlgoMultigraphCrossCheckTests {
  /// The standard random family with every other link doubled by a parallel link of another
  /// weight (reversed on every fourth, which is the same pair when undirected), so that the minimum
  /// and the sum of parallel weights differ.
  static let family: [AlgoRandomGraph] = AlgoRandomGraph.standardFamily.map { graph in
    var links = graph.links
    for (i, link) in graph.links.enumerated() where i % 2 == 0 {
      let weight = link.2 == 1 ? 3 : link.2 - 1
      links.append(i % 4 == 0 ? (link.1, link.0, weight) : (link.0, link.1, weight + 2))
    }
    return AlgoRandomGraph(nodeCount: graph.nodeCount, directed: graph.directed, links: links)
  }

  func adjacency(_ g: Int, _ rule: ParallelLinks) -> AdjacencyGraph {
    let graph = Self.family[g]
    return AdjacencyGraph(
      nodeCount: graph.nodeCount, links: graph.links, directed: graph.directed, parallelLinks: rule)
  }

  /// Asks networkx `measure` on the multigraph for every graph and compares with `compute`.
  func crossCheck(
    _ measure: String, options: [String: Any], rule: ParallelLinks, tolerance: Double,
    undirectedOnly: Bool = false, compute: (AdjacencyGraph) throws -> [Double]
  ) throws {
    let graphs = Self.family.indices.filter { !undirectedOnly || !Self.family[$0].directed }
    var options = options
    options["multigraph"] = true
    let queries = graphs.map { NetworkxOracle.Query(graph: $0, measure: measure, options: options) }
    let answers = try NetworkxOracle.answers(graphs: Self.family.map(\.json), queries: queries)
    var compared = 0
    for (query, answer) in zip(queries, answers) {
      let context = "\(measure) \(options) on multigraph \(query.graph)"
      if let error = NetworkxOracle.error(answer) {
        #expect(throws: GraphAlgorithmError.self, "\(context): networkx failed (\(error))") {
          try compute(adjacency(query.graph, rule))
        }
        continue
      }
      let expected = try #require(NetworkxOracle.values(answer), "\(context): \(answer)")
      expectClose(try compute(adjacency(query.graph, rule)), expected, tolerance: tolerance, context)
      compared += 1
    }
    #expect(compared >= graphs.count / 2, "\(measure): too few comparisons (\(compared))")
  }

  @Test func familyReallyHasParallelLinksOfDifferentWeights() {
    var differing = 0
    for g in Self.family.indices {
      let shortest = adjacency(g, .shortest)
      let summed = adjacency(g, .summed)
      #expect(shortest.neighbors == summed.neighbors && shortest.multiplicities == summed.multiplicities)
      differing += zip(shortest.weights, summed.weights).filter { $0 != $1 }.count
    }
    #expect(differing > 100)
  }

  @Test func weightedBetweennessTakesTheShortestParallelLink() throws {
    for normalized in [true, false] {
      try crossCheck(
        "betweenness", options: ["weighted": true, "normalized": normalized], rule: .shortest, tolerance: 1e-9
      ) {
        try $0.betweennessCentrality(
          weighting: .weighted, normalization: normalized ? .networkx : .none, threads: 2)
      }
    }
  }

  @Test func unweightedBetweennessIgnoresMultiplicity() throws {
    try crossCheck("betweenness", options: ["weighted": false], rule: .shortest, tolerance: 1e-9) {
      try $0.betweennessCentrality(weighting: .unweighted, threads: 2)
    }
  }

  @Test func weightedClosenessAndHarmonicTakeTheShortestParallelLink() throws {
    try crossCheck("closeness", options: ["weighted": true], rule: .shortest, tolerance: 1e-9) {
      try $0.closenessCentrality(weighting: .weighted, threads: 2)
    }
    try crossCheck("harmonic", options: ["weighted": true], rule: .shortest, tolerance: 1e-9) {
      try $0.harmonicCentrality(weighting: .weighted, threads: 2)
    }
  }

  @Test func weightedPageRankSumsParallelLinks() throws {
    try crossCheck("pagerank", options: ["weighted": true, "tol": 1e-12], rule: .summed, tolerance: 1e-9) {
      try $0.pageRank(weighting: .weighted, tolerance: 1e-12)
    }
  }

  @Test func weightedEigenvectorAndKatzSumParallelLinks() throws {
    try crossCheck(
      "eigenvector", options: ["weighted": true, "tol": 1e-12, "max_iter": 5000], rule: .summed,
      tolerance: 1e-6
    ) {
      try $0.eigenvectorCentrality(weighting: .weighted, maximumIterations: 5000, tolerance: 1e-12)
    }
    try crossCheck("katz", options: ["weighted": true, "alpha": 0.02], rule: .summed, tolerance: 1e-6) {
      try $0.katzCentrality(alpha: 0.02, weighting: .weighted)
    }
  }

  @Test func doubledLinksAreNotBridgesAsInNetworkxMultiGraph() throws {
    let graphs = Self.family.indices.filter { !Self.family[$0].directed }
    var queries: [NetworkxOracle.Query] = []
    for g in graphs {
      queries.append(.init(graph: g, measure: "bridges", options: ["multigraph": true]))
      queries.append(.init(graph: g, measure: "articulation_points", options: ["multigraph": true]))
      queries.append(.init(graph: g, measure: "bridges"))
    }
    let answers = try NetworkxOracle.answers(graphs: Self.family.map(\.json), queries: queries)
    var fewerBridges = 0
    for (i, g) in graphs.enumerated() {
      let cut = try adjacency(g, .summed).cutStructure()
      let bridges = try #require(answers[3 * i] as? [[Int]], "bridges of multigraph \(g)")
      #expect(cut.bridges.map { [$0.lower, $0.upper] } == bridges, "bridges of multigraph \(g)")
      #expect(cut.articulationPoints == answers[3 * i + 1] as? [Int], "articulation points of multigraph \(g)")
      let simpleBridges = try #require(answers[3 * i + 2] as? [[Int]])
      if simpleBridges.count > bridges.count { fewerBridges += 1 }
    }
    #expect(fewerBridges > 0, "no graph of the family has a doubled bridge: the test would prove nothing")
  }

  /// Hand-made: a–b doubled (lengths 1 and 5), b–c single. networkx on the MultiGraph: the a–b
  /// distance is 1, only b–c is a bridge, and PageRank sees a–b with strength 6.
  @Test func handMadeDoubledLink() throws {
    let links: [(Int, Int, Double)] = [(0, 1, 1), (1, 0, 5), (1, 2, 1)]
    let shortest = AdjacencyGraph(nodeCount: 3, links: links, parallelLinks: .shortest)
    let summed = AdjacencyGraph(nodeCount: 3, links: links)
    #expect(shortest.weights == [1, 1, 1, 1])
    #expect(summed.weights == [6, 6, 1, 1])
    #expect(summed.multiplicities == [2, 2, 1, 1])
    #expect(try summed.cutStructure().bridges == [UndirectedLink(1, 2)])
    #expect(try summed.cutStructure().articulationPoints == [1])
    #expect(try shortest.closenessCentrality(weighting: .weighted, threads: 1) == [2 / 3.0, 1, 2 / 3.0])
  }
}
