import Testing

@testable import DialogueGraph

@Suite struct AdjacencyGraphTests {
  @Test func collapsesParallelLinksBySummingWeightsAndDropsLoops() {
    let g = AdjacencyGraph(nodeCount: 3, links: [(0, 1, 1), (1, 0, 2), (2, 2, 5), (1, 2, 1)])
    #expect(g.linkCount == 2)
    #expect(Array(g.neighbors(of: 0)) == [1])
    #expect(g.weights[g.offsets[0]] == 3)
    #expect(g.degree(of: 2) == 1)
  }

  @Test func directedKeepsBothDirectionsApart() {
    let g = AdjacencyGraph(nodeCount: 3, links: [(0, 1, 1), (1, 0, 1), (0, 2, 1)], directed: true)
    #expect(g.linkCount == 3)
    #expect(Array(g.neighbors(of: 0)) == [1, 2])
    #expect(Array(g.inNeighbors[g.inOffsets[2]..<g.inOffsets[3]]) == [0])
  }
}
