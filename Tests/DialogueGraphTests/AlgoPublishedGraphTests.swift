import Foundation
import Testing

@testable import DialogueGraph

/// Zachary's karate club (34 members, 78 ties; W. W. Zachary 1977), shipped as
/// `Fixtures/networkx/karate.edges`: published values and networkx's.
@Suite struct AlgoPublishedGraphTests {
  static func karate() throws -> AlgoRandomGraph {
    let url = NetworkxOracle.script.deletingLastPathComponent().appendingPathComponent("karate.edges")
    var n = 0
    var links: [(Int, Int, Double)] = []
    for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: " ")
      if fields[0] == "nodes" {
        n = Int(fields[1])!
      } else {
        links.append((Int(fields[0])!, Int(fields[1])!, 1))
      }
    }
    return AlgoRandomGraph(nodeCount: n, directed: false, links: links)
  }

  @Test func karatePublishedValues() throws {
    let g = try Self.karate().adjacency
    #expect(g.nodeCount == 34 && g.linkCount == 78)
    // Normalised betweenness of the instructor (node 0) ≈ 0.4376 and the administrator (33) ≈ 0.3041.
    let betweenness = try g.betweennessCentrality()
    #expect(abs(betweenness[0] - 0.4376) < 5e-5 && abs(betweenness[33] - 0.3041) < 5e-5)
    // The administrator has 17 ties, the instructor 16.
    #expect(g.degrees()[33] == 17 && g.degrees()[0] == 16)
    // The karate club is 4-degenerate.
    #expect(g.coreNumbers().max() == 4)
    // The best known modularity is 0.4198 (Brandes et al. 2008); Louvain reaches about 0.42.
    let communities = try g.louvainCommunities(seed: 7)
    #expect(communities.modularity > 0.40 && communities.modularity <= 0.4198 + 1e-4)
  }

  @Test func karateMatchesNetworkx() throws {
    let karate = try Self.karate()
    let g = karate.adjacency
    let measures = ["betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "katz", "core_number"]
    let answers = try NetworkxOracle.answers(
      graphs: [karate.json], queries: measures.map { .init(graph: 0, measure: $0) })
    let ours: [[Double]] = [
      try g.betweennessCentrality(), try g.closenessCentrality(), try g.harmonicCentrality(),
      try g.eigenvectorCentrality(), try g.pageRank(), try g.katzCentrality(),
      g.coreNumbers().map(Double.init),
    ]
    for (index, measure) in measures.enumerated() {
      let expected = try #require(NetworkxOracle.values(answers[index]), "\(measure): \(answers[index])")
      let tolerance = ["eigenvector", "pagerank", "katz"].contains(measure) ? 1e-6 : 1e-9
      expectClose(ours[index], expected, tolerance: tolerance, "karate \(measure)")
    }
  }
}
