import Foundation
import Testing

@testable import DialogueGraph

/// Tiny graphs whose values are worked out by hand in the comments.
@Suite struct AlgoHandComputedTests {
  /// 0 – 1 – 2 – 3
  let path = AdjacencyGraph(nodeCount: 4, links: [(0, 1, 1), (1, 2, 1), (2, 3, 1)])
  /// Centre 0, leaves 1, 2, 3.
  let star = AdjacencyGraph(nodeCount: 4, links: [(0, 1, 1), (0, 2, 1), (0, 3, 1)])
  let triangle = AdjacencyGraph(nodeCount: 3, links: [(0, 1, 1), (1, 2, 1), (2, 0, 1)])
  /// 0 – 1 – 2 and 3 – 4.
  let twoComponents = AdjacencyGraph(nodeCount: 5, links: [(0, 1, 1), (1, 2, 1), (3, 4, 1)])

  func expectEqual(
    _ a: [Double], _ b: [Double], _ tolerance: Double = 1e-12,
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(
      a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance }, "\(a) ≠ \(b)",
      sourceLocation: sourceLocation)
  }

  @Test func pathBetweenness() throws {
    // Node 1 lies on the paths 0–2 and 0–3: 2 unordered pairs; node 2 on 1–3 and 0–3. Normalised:
    // 2 · 2 ordered pairs / ((n − 1)(n − 2) = 6) = 2/3.
    expectEqual(try path.betweennessCentrality(normalization: .none), [0, 2, 2, 0])
    expectEqual(try path.betweennessCentrality(), [0, 2.0 / 3, 2.0 / 3, 0])
    // With endpoints, node 0 also ends 3 paths: 3 unordered pairs; node 1: 2 + 3 = 5.
    expectEqual(try path.betweennessCentrality(normalization: .none, endpoints: .included), [3, 5, 5, 3])
  }

  @Test func starBetweennessAndDegree() throws {
    // All 3 leaf pairs pass through the centre: 6 ordered pairs / (3 · 2) = 1.
    expectEqual(try star.betweennessCentrality(), [1, 0, 0, 0])
    expectEqual(star.degreeCentrality(), [1, 1.0 / 3, 1.0 / 3, 1.0 / 3])
  }

  @Test func pathClosenessAndHarmonic() throws {
    // Node 0: distances 1 + 2 + 3 = 6, closeness 3/6; node 1: 1 + 1 + 2 = 4, closeness 3/4.
    expectEqual(try path.closenessCentrality(), [0.5, 0.75, 0.75, 0.5])
    // Node 0: 1 + 1/2 + 1/3 = 11/6; node 1: 1 + 1 + 1/2 = 5/2.
    expectEqual(try path.harmonicCentrality(), [11.0 / 6, 2.5, 2.5, 11.0 / 6])
  }

  @Test func disconnectedClosenessUsesWassermanFaust() throws {
    // Node 1 reaches 2 of the 4 others at total distance 2: (2/2) · (2/4) = 1/2. Node 0: total 3,
    // (2/3) · (2/4) = 1/3. Node 3 reaches 1 node at distance 1: (1/1) · (1/4) = 1/4.
    expectEqual(try twoComponents.closenessCentrality(), [1.0 / 3, 0.5, 1.0 / 3, 0.25, 0.25])
    expectEqual(
      try twoComponents.closenessCentrality(normalization: .reachableOnly), [2.0 / 3, 1, 2.0 / 3, 1, 1])
    #expect(twoComponents.connectedComponents().members == [[0, 1, 2], [3, 4]])
    let cuts = try twoComponents.cutStructure()
    #expect(cuts.bridges == [UndirectedLink(0, 1), UndirectedLink(1, 2), UndirectedLink(3, 4)])
    #expect(cuts.articulationPoints == [1])
  }

  @Test func triangleIsPerfectlySymmetric() throws {
    expectEqual(try triangle.betweennessCentrality(), [0, 0, 0])
    expectEqual(try triangle.closenessCentrality(), [1, 1, 1])
    // Unit norm over 3 equal entries: 1/√3.
    expectEqual(
      try triangle.eigenvectorCentrality(), [Double](repeating: 1 / 3.0.squareRoot(), count: 3), 1e-9)
    expectEqual(try triangle.pageRank(), [1.0 / 3, 1.0 / 3, 1.0 / 3], 1e-9)
    #expect(triangle.coreNumbers() == [2, 2, 2])
    let cuts = try triangle.cutStructure()
    #expect(cuts.bridges.isEmpty && cuts.articulationPoints.isEmpty)
  }

  @Test func weightsAreLengthsForPaths() throws {
    // Triangle with a long side 0–2 (3 > 1 + 1): the shortest 0→2 path goes through 1.
    let g = AdjacencyGraph(nodeCount: 3, links: [(0, 1, 1), (1, 2, 1), (0, 2, 3)])
    expectEqual(try g.betweennessCentrality(weighting: .weighted, normalization: .none), [0, 1, 0])
    expectEqual(try g.betweennessCentrality(weighting: .unweighted, normalization: .none), [0, 0, 0])
    // Node 0: distances 1 and 2, closeness 2/3.
    expectEqual(try g.closenessCentrality(weighting: .weighted), [2.0 / 3, 1, 2.0 / 3])
    // A square has two shortest paths between opposite corners; each middle node gets half.
    let square = AdjacencyGraph(nodeCount: 4, links: [(0, 1, 2), (1, 2, 2), (2, 3, 2), (3, 0, 2)])
    expectEqual(
      try square.betweennessCentrality(weighting: .weighted, normalization: .none), [0.5, 0.5, 0.5, 0.5])
    #expect(throws: GraphAlgorithmError.nonPositiveWeight(source: 0, target: 1, weight: 0)) {
      try AdjacencyGraph(nodeCount: 2, links: [(0, 1, 0)]).betweennessCentrality(weighting: .weighted)
    }
  }

  @Test func directedChain() throws {
    // 0 → 1 → 2: node 1 is on the one ordered pair (0, 2): raw 1, normalised 1 / (2 · 1).
    let chain = AdjacencyGraph(nodeCount: 3, links: [(0, 1, 1), (1, 2, 1)], directed: true)
    expectEqual(try chain.betweennessCentrality(normalization: .none), [0, 1, 0])
    expectEqual(try chain.betweennessCentrality(), [0, 0.5, 0])
    // Incoming distances: 2 is reached from 1 (1) and 0 (2): (2/3) · (2/2); nobody reaches 0.
    expectEqual(try chain.closenessCentrality(), [0, 0.5, 2.0 / 3])
    expectEqual(try chain.harmonicCentrality(), [0, 1, 1.5])
    // PageRank: node 2 is dangling and its mass is spread uniformly; the values sum to 1.
    let rank = try chain.pageRank()
    #expect(abs(rank.reduce(0, +) - 1) < 1e-6 && rank[2] > rank[1] && rank[1] > rank[0])
  }

  @Test func emptyAndSingletonGraphs() throws {
    let empty = AdjacencyGraph(nodeCount: 0, links: [])
    #expect(try empty.betweennessCentrality().isEmpty)
    #expect(try empty.closenessCentrality().isEmpty)
    #expect(try empty.pageRank().isEmpty)
    #expect(empty.coreNumbers().isEmpty)
    #expect(throws: GraphAlgorithmError.emptyGraph(algorithm: "eigenvector centrality")) {
      try empty.eigenvectorCentrality()
    }
    let single = AdjacencyGraph(nodeCount: 1, links: [])
    #expect(single.degreeCentrality() == [1])
    #expect(try single.closenessCentrality() == [0])
    #expect(try single.betweennessCentrality() == [0])
    #expect(try single.louvainCommunities(seed: 1).count == 1)
  }

  @Test func longPathNeedsNoRecursion() throws {
    // 100 000 nodes in a line: every link is a bridge and every inner node a cut node.
    let n = 100_000
    let line = AdjacencyGraph(nodeCount: n, links: (0..<(n - 1)).map { ($0, $0 + 1, 1) })
    let cuts = try line.cutStructure()
    #expect(cuts.bridges.count == n - 1 && cuts.articulationPoints.count == n - 2)
  }

  @Test func invalidParametersAreReported() {
    #expect(throws: GraphAlgorithmError.self) { try triangle.pageRank(damping: 1.5) }
    #expect(throws: GraphAlgorithmError.self) { try triangle.pageRank(personalization: [1, 2]) }
    #expect(throws: GraphAlgorithmError.self) { try triangle.betweennessCentrality(threads: 0) }
    #expect(throws: GraphAlgorithmError.failedToConverge(algorithm: "Katz centrality", iterations: 1000)) {
      try triangle.katzCentrality(alpha: 0.9)  // λ_max = 2 > 1/0.9: the series diverges.
    }
    let directed = AdjacencyGraph(nodeCount: 2, links: [(0, 1, 1)], directed: true)
    #expect(throws: GraphAlgorithmError.requiresUndirectedGraph(algorithm: "bridges")) {
      try directed.cutStructure()
    }
  }
}
