import Foundation
import Testing

@testable import DialogueGraph

/// Breadth-first betweenness runs on a compact copy of the adjacency (2-byte neighbours, 4-byte
/// offsets) when the graph has at most 65,536 nodes, and on the full-width arrays otherwise: both
/// forms must give bit-for-bit the same sums.
@Suite struct AlgoCompactAdjacencyTests {
  static let graphs: [AlgoRandomGraph] =
    (0..<24).map(AlgoRandomGraph.family) + [
      AlgoLargeGraphBetweennessTests.clustersOnAPath(clusters: 4, size: 40, bridge: 25, directed: false, seed: 7),
      AlgoLargeGraphBetweennessTests.clustersOnAPath(clusters: 3, size: 40, bridge: 20, directed: true, seed: 8),
      AlgoLargeGraphBetweennessTests.random(n: 500, m: 3_500, directed: false, seed: 9),
      AlgoLargeGraphBetweennessTests.random(n: 400, m: 2_500, directed: true, seed: 10),
    ]

  @Test func compactAndFullWidthAdjacencyGiveTheSameSums() {
    for (index, graph) in Self.graphs.enumerated() {
      let g = graph.adjacency
      #expect(g.fitsCompactAdjacency)
      for endpoints in [EndpointCounting.excluded, .included] {
        let compact = g.unweightedOrderedPairBetweenness(
          UInt32.self, UInt16.self, sources: Array(0..<g.nodeCount), endpoints: endpoints, threads: 2,
          branching: g.prefersBranchingSearch)
        let wide = g.unweightedOrderedPairBetweenness(
          Int.self, Int32.self, sources: Array(0..<g.nodeCount), endpoints: endpoints, threads: 2,
          branching: g.prefersBranchingSearch)
        #expect(compact == wide, "graph \(index), endpoints \(endpoints)")
      }
    }
  }

  /// A graph of 70,000 nodes (too many for 2-byte neighbours) whose links all lie among its first
  /// 500 nodes: its raw betweenness there equals that of the 500-node graph alone (up to rounding:
  /// the sources are cut into different chunks, so the sums are formed in a different order).
  @Test(arguments: [false, true])
  func graphsTooLargeForTheCompactFormUseTheFullWidthOne(directed: Bool) throws {
    let small = AlgoLargeGraphBetweennessTests.random(n: 500, m: 3_000, directed: directed, seed: 11)
    let large = AdjacencyGraph(nodeCount: 70_000, links: small.links, directed: directed)
    #expect(!large.fitsCompactAdjacency)
    let expected = try small.adjacency.betweennessCentrality(normalization: .none, threads: 2)
    let values = try large.betweennessCentrality(normalization: .none, threads: 2)
    expectClose(Array(values[..<500]), expected, tolerance: 1e-12, "70,000 nodes vs 500, directed \(directed)")
    #expect(values[500...].allSatisfy { $0 == 0 })
  }
}
