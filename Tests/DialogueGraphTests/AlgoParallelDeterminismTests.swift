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

  @Test func louvainIsDeterministicForASeed() throws {
    let g = Self.graph(directed: false)
    let first = try g.louvainCommunities(seed: 99)
    #expect(try g.louvainCommunities(seed: 99) == first)
    #expect(first.count > 1 && first.modularity > 0)
  }
}
