import Foundation
import Testing

@testable import DialogueGraph

/// Two-mode projections and Borgatti–Everett centralities: random graphs and Davis's Southern Women
/// against networkx, plus hand-computed cases.
@Suite struct AlgoTwoModeTests {
  static let weightings: [(String, ProjectionWeighting)] = [
    ("shared", .sharedNeighbors), ("shared_ratio", .sharedNeighborRatio), ("collaboration", .collaboration),
    ("jaccard", .jaccard), ("overlap", .minimumOverlap),
  ]

  /// Reads a two-mode edge file of the `reference.py` format.
  static func readTwoMode(_ name: String) throws -> AlgoRandomTwoModeGraph {
    let url = NetworkxOracle.script.deletingLastPathComponent().appendingPathComponent(name)
    var top = 0
    var bottom = 0
    var links: [(top: Int, bottom: Int)] = []
    for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
      let fields = line.split(separator: " ")
      if fields[0] == "top" {
        top = Int(fields[1])!
      } else if fields[0] == "bottom" {
        bottom = Int(fields[1])!
      } else {
        links.append((Int(fields[0])!, Int(fields[1])!))
      }
    }
    return AlgoRandomTwoModeGraph(topCount: top, bottomCount: bottom, links: links)
  }

  static var graphs: [AlgoRandomTwoModeGraph] {
    get throws { AlgoRandomTwoModeGraph.standardFamily + [try readTwoMode("davis_southern_women.edges")] }
  }

  @Test func projectionsMatchNetworkx() throws {
    let graphs = try Self.graphs
    var queries: [NetworkxOracle.Query] = []
    for g in graphs.indices {
      for side in ["top", "bottom"] {
        for (name, _) in Self.weightings {
          queries.append(.init(graph: g, measure: "projection", options: ["side": side, "weighting": name]))
        }
      }
    }
    let answers = try NetworkxOracle.answers(graphs: graphs.map(\.json), queries: queries)
    for (query, answer) in zip(queries, answers) {
      let context = "projection \(query.options) of graph \(query.graph)"
      let expected = try #require(answer as? [[NSNumber]], "\(context): \(answer)")
      let side: TwoModeGraph.Side = query.options["side"] as? String == "top" ? .top : .bottom
      let weighting = Self.weightings.first { $0.0 == query.options["weighting"] as? String }!.1
      let projection = try graphs[query.graph].graph.projection(onto: side, weighting: weighting)
      var links: [(Int, Int, Double)] = []
      for u in 0..<projection.nodeCount {
        for e in projection.offsets[u]..<projection.offsets[u + 1] where Int(projection.neighbors[e]) > u {
          links.append((u, Int(projection.neighbors[e]), projection.weights[e]))
        }
      }
      #expect(links.count == expected.count, "\(context): \(links.count) links, networkx \(expected.count)")
      for (ours, theirs) in zip(links, expected) {
        let matches =
          ours.0 == theirs[0].intValue && ours.1 == theirs[1].intValue
          && abs(ours.2 - theirs[2].doubleValue) <= 1e-12
        if !matches {
          Issue.record("\(context): link \(ours) vs networkx \(theirs)")
          break
        }
      }
    }
  }

  @Test func borgattiEverettCentralitiesMatchNetworkx() throws {
    let graphs = try Self.graphs
    var queries: [NetworkxOracle.Query] = []
    for g in graphs.indices {
      for measure in ["bipartite_degree", "bipartite_betweenness", "bipartite_closeness"] {
        queries.append(.init(graph: g, measure: measure))
      }
    }
    let answers = try NetworkxOracle.answers(graphs: graphs.map(\.json), queries: queries)
    for (query, answer) in zip(queries, answers) {
      let context = "\(query.measure) on two-mode graph \(query.graph)"
      let graph = try graphs[query.graph].graph
      guard let expected = NetworkxOracle.values(answer) else {
        // networkx divides by zero when a side's maximum betweenness is 0; so do we not — we give 0.
        #expect(query.measure == "bipartite_betweenness", "\(context): \(answer)")
        continue
      }
      let values: TwoModeValues
      switch query.measure {
      case "bipartite_degree": values = graph.degreeCentrality()
      case "bipartite_betweenness": values = try graph.betweennessCentrality(threads: 2)
      default: values = try graph.closenessCentrality(threads: 2)
      }
      expectClose(values.top + values.bottom, expected, tolerance: 1e-9, context)
    }
  }

  /// Davis's Southern Women: Evelyn attended 8 of the 14 events and event E8 drew 14 of the 18 women
  /// (Davis, Gardner and Gardner 1941), so their degree centralities are 8/14 and 14/18.
  @Test func southernWomenDegreesMatchTheRecord() throws {
    let davis = try Self.readTwoMode("davis_southern_women.edges").graph
    #expect(davis.topCount == 18 && davis.bottomCount == 14 && davis.unipartite.linkCount == 89)
    let degree = davis.degreeCentrality()
    #expect(abs(degree.top[0] - 8.0 / 14) < 1e-15)
    #expect(abs(degree.bottom[7] - 14.0 / 18) < 1e-15)
    // Evelyn and Laura shared 6 events (their row in Davis's table).
    let shared = davis.projection(onto: .top)
    let evelynLaura = shared.offsets[0] + shared.neighbors(of: 0).firstIndex(of: 1)! - shared.offsets[0]
    #expect(shared.weights[evelynLaura] == 6)
  }

  /// Top nodes 0, 1, 2; bottom a = 0, b = 1. Links 0–a, 1–a, 1–b, 2–b.
  @Test func handComputedProjectionWeights() throws {
    let g = try TwoModeGraph(topCount: 3, bottomCount: 2, links: [(0, 0), (1, 0), (1, 1), (2, 1), (2, 1)])
    // Onto top: 0–1 share a, 1–2 share b; one shared neighbour each.
    let shared = g.projection(onto: .top)
    #expect(
      shared.linkCount == 2 && Array(shared.neighbors(of: 1)) == [0, 2] && shared.weights == [1, 1, 1, 1])
    // Collaboration: a and b each have degree 2, weight 1/(2−1) = 1.
    #expect(g.projection(onto: .top, weighting: .collaboration).weights == [1, 1, 1, 1])
    // Jaccard 0–1: |{a}| / |{a, b}| = 1/2; overlap 0–1: 1 / min(1, 2) = 1; ratio: 1/2 bottoms.
    #expect(g.projection(onto: .top, weighting: .jaccard).weights[0] == 0.5)
    #expect(g.projection(onto: .top, weighting: .minimumOverlap).weights[0] == 1)
    #expect(g.projection(onto: .top, weighting: .sharedNeighborRatio).weights[0] == 0.5)
    // Onto bottom: a–b share node 1.
    #expect(g.projection(onto: .bottom).weights == [1, 1])
    // Degree: node 1 is in both bottoms, 2/2; node b has 2 of 3 tops.
    #expect(g.degreeCentrality() == TwoModeValues(top: [0.5, 1, 0.5], bottom: [2.0 / 3, 2.0 / 3]))
  }

  @Test func rejectsOutOfRangeLinks() {
    #expect(throws: GraphAlgorithmError.self) {
      try TwoModeGraph(topCount: 2, bottomCount: 1, links: [(0, 1)])
    }
    #expect(throws: GraphAlgorithmError.self) {
      try TwoModeGraph(topCount: 2, bottomCount: 1, links: [(-1, 0)])
    }
  }
}
