import Foundation
import Testing

@testable import DialogueGraph

/// Parallel measures give bit-for-bit identical results whatever the number of threads.
@Suite struct AlgoParallelDeterminismTests {
  /// A seeded random graph of 300 nodes and about 1 200 weighted links.
  static func graph(directed: Bool) -> AdjacencyGraph {
    var random = SplitMix64(seed: 2024)
    let links = (0..<1200).map { _ in
      (Int(random.next() % 300), Int(random.next() % 300), Double(1 + random.next() % 5))
    }
    return AdjacencyGraph(nodeCount: 300, links: links, directed: directed)
  }

  @Test(arguments: [false, true])
  func resultsDoNotDependOnThreadCount(directed: Bool) throws {
    let g = Self.graph(directed: directed)
    for weighting in [Weighting.unweighted, .weighted] {
      let reference = try g.betweennessCentrality(weighting: weighting, threads: 1)
      let closeness = try g.closenessCentrality(weighting: weighting, threads: 1)
      let harmonic = try g.harmonicCentrality(weighting: weighting, threads: 1)
      #expect(reference.contains { $0 > 0 })
      for threads in [2, 3, 8] {
        #expect(try g.betweennessCentrality(weighting: weighting, threads: threads) == reference)
        #expect(try g.closenessCentrality(weighting: weighting, threads: threads) == closeness)
        #expect(try g.harmonicCentrality(weighting: weighting, threads: threads) == harmonic)
      }
    }
  }

  /// A 30 × 40 street grid with a tenth of its segments closed: shortest paths of up to ~70 links.
  static func grid() -> AdjacencyGraph {
    var random = SplitMix64(seed: 5)
    var links: [(Int, Int, Double)] = []
    for r in 0..<30 {
      for c in 0..<40 {
        let v = r * 40 + c
        if c + 1 < 40, random.next() % 10 != 0 { links.append((v, v + 1, 1)) }
        if r + 1 < 30, random.next() % 10 != 0 { links.append((v, v + 40, 1)) }
      }
    }
    return AdjacencyGraph(nodeCount: 1200, links: links)
  }

  /// The top-down step with branches (chosen for long shortest paths) and the branch-free one give
  /// bit-for-bit the same sums, on a grid and on a small-world graph, directed or not.
  @Test func bothTopDownStepsGiveTheSameBits() throws {
    let grid = Self.grid()
    #expect(grid.prefersBranchingSearch)
    #expect(!Self.graph(directed: false).prefersBranchingSearch)
    for g in [grid, Self.graph(directed: false), Self.graph(directed: true)] {
      for endpoints in [EndpointCounting.excluded, .included] {
        let branching = g.orderedPairBetweenness(
          sources: Array(0..<g.nodeCount), weighted: false, endpoints: endpoints, threads: 2, branching: true)
        let branchFree = g.orderedPairBetweenness(
          sources: Array(0..<g.nodeCount), weighted: false, endpoints: endpoints, threads: 2, branching: false)
        #expect(branching.contains { $0 > 0 })
        #expect(branching.map(\.bitPattern) == branchFree.map(\.bitPattern))
      }
    }
  }

  @Test func louvainIsDeterministicForASeed() throws {
    let g = Self.graph(directed: false)
    let first = try g.louvainCommunities(seed: 99)
    #expect(try g.louvainCommunities(seed: 99) == first)
    #expect(first.count > 1 && first.modularity > 0)
  }
}
