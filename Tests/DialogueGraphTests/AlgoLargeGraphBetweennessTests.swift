import Foundation
import Testing

@testable import DialogueGraph

/// Betweenness on graphs large and lopsided enough for the level-by-level search to switch
/// direction (expanding from the unreached nodes inward when that scans fewer links): dense
/// clusters joined by a long path, plus a random graph with a big middle level — directed and
/// undirected, against networkx.
@Suite struct AlgoLargeGraphBetweennessTests {
  /// `clusters` dense clusters of `size` nodes (each node linked to ~70 % of its cluster) joined in
  /// a chain by paths of `bridge` nodes.
  static func clustersOnAPath(clusters: Int, size: Int, bridge: Int, directed: Bool, seed: UInt64) -> AlgoRandomGraph {
    var random = SplitMix64(seed: seed)
    var links: [(Int, Int, Double)] = []
    var next = 0
    var previousExit: Int?
    for _ in 0..<clusters {
      let members = Array(next..<(next + size))
      next += size
      for u in members {
        for v in members where u != v && random.next() % 10 < 7 { links.append((u, v, 1)) }
      }
      if let exit = previousExit {
        var from = exit
        for _ in 0..<bridge {
          links.append((from, next, 1))
          if directed { links.append((next, from, 1)) }
          from = next
          next += 1
        }
        links.append((from, members[0], 1))
        if directed { links.append((members[0], from, 1)) }
      }
      previousExit = members[size - 1]
    }
    return AlgoRandomGraph(nodeCount: next, directed: directed, links: links)
  }

  /// A sparse random graph of `n` nodes with `m` links: most shortest paths pass a big middle level.
  static func random(n: Int, m: Int, directed: Bool, seed: UInt64) -> AlgoRandomGraph {
    var random = SplitMix64(seed: seed)
    let links = (0..<m).map { _ in (Int(random.next() % UInt64(n)), Int(random.next() % UInt64(n)), 1.0) }
    return AlgoRandomGraph(nodeCount: n, directed: directed, links: links)
  }

  @Test func betweennessMatchesNetworkxWhereTheSearchChangesDirection() throws {
    let graphs = [
      Self.clustersOnAPath(clusters: 5, size: 60, bridge: 40, directed: false, seed: 1),
      Self.clustersOnAPath(clusters: 4, size: 50, bridge: 30, directed: true, seed: 2),
      Self.random(n: 600, m: 4_000, directed: false, seed: 3),
      Self.random(n: 500, m: 3_000, directed: true, seed: 4),
    ]
    var queries: [NetworkxOracle.Query] = []
    for g in graphs.indices {
      for endpoints in [false, true] {
        queries.append(.init(graph: g, measure: "betweenness", options: ["normalized": true, "endpoints": endpoints]))
      }
    }
    let answers = try NetworkxOracle.answers(graphs: graphs.map(\.json), queries: queries)
    for (query, answer) in zip(queries, answers) {
      let expected = try #require(NetworkxOracle.values(answer), "no values for \(query.options)")
      let endpoints: EndpointCounting = query.options["endpoints"] as? Bool == true ? .included : .excluded
      for threads in [1, 2] {
        let ours = try graphs[query.graph].adjacency.betweennessCentrality(endpoints: endpoints, threads: threads)
        expectClose(ours, expected, tolerance: 1e-9, "graph \(query.graph) \(query.options) threads \(threads)")
      }
    }
  }
}
