import Foundation
import Testing

@testable import DialogueGraph

/// The sampled betweenness of Riondato and Kornaropoulos against the exact values (themselves
/// checked against networkx in the other `Algo*` suites): with a fixed seed, every node within ε.
@Suite struct AlgoApproximateBetweennessTests {
  /// A preferential-attachment graph: each new node links to `m` earlier nodes chosen in proportion
  /// to their degree (hubs carry most shortest paths).
  static func preferentialAttachment(n: Int, m: Int, seed: UInt64) -> AlgoRandomGraph {
    var random = SplitMix64(seed: seed)
    var ends: [Int] = Array(0..<m)
    var links: [(Int, Int, Double)] = []
    for v in m..<n {
      var targets = Set<Int>()
      while targets.count < m { targets.insert(ends[Int(random.next() % UInt64(ends.count))]) }
      for u in targets.sorted() {
        links.append((u, v, 1))
        ends.append(u)
        ends.append(v)
      }
    }
    return AlgoRandomGraph(nodeCount: n, directed: false, links: links)
  }

  static let graphs: [(name: String, graph: AlgoRandomGraph)] = [
    (
      "clusters on a path",
      AlgoLargeGraphBetweennessTests.clustersOnAPath(clusters: 4, size: 20, bridge: 15, directed: false, seed: 1)
    ),
    (
      "directed clusters on a path",
      AlgoLargeGraphBetweennessTests.clustersOnAPath(clusters: 3, size: 15, bridge: 10, directed: true, seed: 2)
    ),
    (
      "sparse random, several components",
      AlgoLargeGraphBetweennessTests.random(n: 300, m: 330, directed: false, seed: 3)
    ),
    ("preferential attachment", preferentialAttachment(n: 400, m: 2, seed: 4)),
  ]

  @Test func everyEstimateIsWithinEpsilonOfTheExactValue() throws {
    for (name, test) in Self.graphs {
      let graph = test.adjacency
      let exact = try graph.betweennessCentrality()
      let approximation = try graph.approximateBetweennessCentrality(epsilon: 0.03, delta: 0.01, seed: 42)
      let worst = zip(approximation.values, exact).map { abs($0 - $1) }.max() ?? 0
      #expect(worst <= 0.03, "\(name): largest error \(worst) > ε = 0.03")
      // The test graphs have real brokers: an estimator that returned zeros would fail above.
      #expect((exact.max() ?? 0) > 0.1, "\(name): exact maximum \(exact.max() ?? 0)")
      #expect(approximation.sampleCount > 0)
    }
  }

  @Test func theSameSeedGivesTheSameValuesWhateverTheThreadCount() throws {
    let graph = Self.graphs[3].graph.adjacency
    let one = try graph.approximateBetweennessCentrality(epsilon: 0.05, delta: 0.1, seed: 7, threads: 1)
    let two = try graph.approximateBetweennessCentrality(epsilon: 0.05, delta: 0.1, seed: 7, threads: 2)
    let other = try graph.approximateBetweennessCentrality(epsilon: 0.05, delta: 0.1, seed: 8, threads: 2)
    #expect(one == two)
    #expect(one.values != other.values)
  }

  @Test func theSampleSizeFollowsTheVertexDiameterBound() throws {
    // VD ≤ 10: ⌊log₂ 8⌋ + 1 = 4; 0.5 / 0.1² × (4 + ln 10) = 315.13 → 316.
    #expect(
      AdjacencyGraph.riondatoKornaropoulosSampleSize(epsilon: 0.1, delta: 0.1, vertexDiameterBound: 10) == 316)
    // A path of 10 nodes: from node 0 the eccentricity is 9, so min(2·9 + 1, 10) = 10.
    let path = AdjacencyGraph(nodeCount: 10, links: (0..<9).map { ($0, $0 + 1, 1) })
    #expect(path.vertexDiameterBound() == 10)
    // A star of 6 nodes plus an isolated pair: the centre's eccentricity is 1 → 3.
    let star = AdjacencyGraph(nodeCount: 8, links: (1..<6).map { (0, $0, 1) } + [(6, 7, 1)])
    #expect(star.vertexDiameterBound() == 3)
    // Directed: the largest weakly connected component.
    let chain = AdjacencyGraph(nodeCount: 5, links: [(0, 1, 1), (2, 1, 1), (3, 4, 1)], directed: true)
    #expect(chain.vertexDiameterBound() == 3)
  }

  @Test func graphsWithoutInnerNodesNeedNoSamples() throws {
    let pair = AdjacencyGraph(nodeCount: 4, links: [(0, 1, 1), (2, 3, 1)])
    let result = try pair.approximateBetweennessCentrality(epsilon: 0.1, delta: 0.1, seed: 1)
    #expect(result.values == [0, 0, 0, 0])
    #expect(result.sampleCount == 0)
  }

  @Test func parametersOutsideTheirRangeAreRefused() throws {
    let graph = Self.graphs[0].graph.adjacency
    #expect(throws: GraphAlgorithmError.self) {
      try graph.approximateBetweennessCentrality(epsilon: 0, delta: 0.1, seed: 1)
    }
    #expect(throws: GraphAlgorithmError.self) {
      try graph.approximateBetweennessCentrality(epsilon: 0.1, delta: 1, seed: 1)
    }
  }
}
