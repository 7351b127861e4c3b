import Foundation
import Testing

@testable import DialogueGraph

/// The measures analysts reach for — clustering, transitivity, eccentricity, diameter, radius, edge
/// betweenness, HITS, biconnected components, local bridges, k-truss, strongly connected
/// components and sampled betweenness — against networkx at 1e-9, on networkx's own test graphs
/// (karate club, Florentine families, Les Misérables, Davis southern women, the HITS test digraph)
/// and the seeded random family.
@Suite struct AlgoAnalystMeasuresCrossCheckTests {
  /// networkx's test graphs, fetched once from the oracle, then the random family.
  static let graphs: [AlgoRandomGraph] = {
    let names = ["karate", "florentine", "les_miserables", "davis"]
    var graphs: [AlgoRandomGraph] = []
    if let answers = try? NetworkxOracle.answers(
      graphs: [["nodes": 0, "directed": false, "edges": []]],
      queries: names.map { .init(graph: 0, measure: "named_graph", options: ["name": $0]) })
    {
      for answer in answers {
        guard let spec = answer as? [String: Any], let n = spec["nodes"] as? Int,
          let edges = spec["edges"] as? [[Double]]
        else { continue }
        graphs.append(
          AlgoRandomGraph(nodeCount: n, directed: false, links: edges.map { (Int($0[0]), Int($0[1]), $0[2]) }))
      }
    }
    // networkx's test_hits graph (nodes 1…6 as 0…5).
    let hitsLinks: [(Int, Int, Double)] = [(0, 2, 1), (0, 4, 1), (1, 0, 1), (2, 4, 1), (4, 3, 1), (4, 2, 1), (5, 4, 1)]
    graphs.append(AlgoRandomGraph(nodeCount: 6, directed: true, links: hitsLinks))
    return graphs + AlgoRandomGraph.standardFamily
  }()
  /// How many of ``graphs`` are networkx's named graphs (the rest: the HITS digraph, then random).
  static let namedCount = graphs.count - AlgoRandomGraph.standardFamily.count - 1

  func ask(_ measure: String, _ options: [String: Any] = [:], where include: (AlgoRandomGraph) -> Bool = { _ in true })
    throws -> [(graph: Int, answer: Any)]
  {
    let chosen = Self.graphs.indices.filter { include(Self.graphs[$0]) }
    let answers = try NetworkxOracle.answers(
      graphs: Self.graphs.map(\.json), queries: chosen.map { .init(graph: $0, measure: measure, options: options) })
    return Array(zip(chosen, answers))
  }

  func graph(_ g: Int, _ rule: ParallelLinks = .summed) -> AdjacencyGraph {
    let spec = Self.graphs[g]
    return AdjacencyGraph(nodeCount: spec.nodeCount, links: spec.links, directed: spec.directed, parallelLinks: rule)
  }

  @Test func namedGraphsAreThere() {
    #expect(Self.namedCount == 4, "the oracle did not return networkx's test graphs")
    #expect(Self.graphs.first?.nodeCount == 34)
  }

  @Test func clusteringAndTransitivityMatchNetworkx() throws {
    for weighted in [false, true] {
      for (g, answer) in try ask("clustering", ["weighted": weighted], where: { !$0.directed }) {
        let expected = try #require(NetworkxOracle.values(answer), "clustering \(g): \(answer)")
        expectClose(
          try graph(g).clusteringCoefficients(weighting: weighted ? .weighted : .unweighted), expected,
          tolerance: 1e-9, "clustering weighted=\(weighted) on graph \(g)")
      }
    }
    for (g, answer) in try ask("transitivity", where: { !$0.directed }) {
      let expected = try #require((answer as? NSNumber)?.doubleValue, "transitivity \(g): \(answer)")
      #expect(abs(try graph(g).transitivity() - expected) <= 1e-9, "transitivity on graph \(g)")
    }
    for (g, answer) in try ask("average_clustering", where: { !$0.directed && $0.nodeCount > 0 }) {
      let expected = try #require((answer as? NSNumber)?.doubleValue, "average clustering \(g): \(answer)")
      #expect(abs(try graph(g).averageClustering() - expected) <= 1e-9, "average clustering on graph \(g)")
    }
  }

  @Test func eccentricityDiameterAndRadiusMatchNetworkx() throws {
    var wholeGraphs = 0
    for weighted in [false, true] {
      let rule: ParallelLinks = weighted ? .shortest : .summed
      for (g, answer) in try ask("eccentricity", ["weighted": weighted, "multigraph": true]) {
        let context = "eccentricity weighted=\(weighted) on graph \(g)"
        if NetworkxOracle.error(answer) != nil {
          #expect(throws: GraphAlgorithmError.self, "\(context)") {
            try graph(g, rule).eccentricities(weighting: weighted ? .weighted : .unweighted)
          }
          continue
        }
        wholeGraphs += 1
        let expected = try #require(NetworkxOracle.values(answer), "\(context): \(answer)")
        expectClose(
          try graph(g, rule).eccentricities(weighting: weighted ? .weighted : .unweighted), expected, tolerance: 1e-9,
          context)
      }
      for (g, answer) in try ask(
        "eccentricity", ["weighted": weighted, "multigraph": true, "within_component": true], where: { !$0.directed })
      {
        let expected = try #require(NetworkxOracle.values(answer), "within components \(g): \(answer)")
        expectClose(
          try graph(g, rule).eccentricities(weighting: weighted ? .weighted : .unweighted, scope: .withinComponent),
          expected, tolerance: 1e-9, "eccentricity within components, weighted=\(weighted), graph \(g)")
      }
    }
    #expect(wholeGraphs >= 6, "too few connected graphs to compare")
    for (g, answer) in try ask("diameter_radius", where: { !$0.directed }) {
      guard let expected = NetworkxOracle.values(answer) else { continue }  // disconnected: networkx fails
      let ours = try graph(g).diameterAndRadius()
      #expect([ours.diameter, ours.radius] == expected, "diameter and radius of graph \(g)")
    }
  }

  @Test func edgeBetweennessMatchesNetworkx() throws {
    for weighted in [false, true] {
      for normalized in [true, false] {
        let rule: ParallelLinks = weighted ? .shortest : .summed
        let options: [String: Any] = ["weighted": weighted, "normalized": normalized, "multigraph": false]
        for (g, answer) in try ask("edge_betweenness", options) {
          let context = "edge betweenness \(options) on graph \(g)"
          // The oracle's graph sums parallel weights; compare weighted runs on graphs without repeats only.
          let ours = try graph(g, weighted ? .summed : rule).edgeBetweennessCentrality(
            weighting: weighted ? .weighted : .unweighted, normalization: normalized ? .networkx : .none)
          let expected = try #require(answer as? [[Double]], "\(context): \(answer)")
          #expect(ours.count == expected.count, "\(context)")
          for (link, row) in zip(ours, expected) {
            #expect(Double(link.source) == row[0] && Double(link.target) == row[1], "\(context)")
            #expect(abs(link.value - row[2]) <= 1e-9 * max(1, abs(row[2])), "\(context): \(link) vs \(row)")
          }
        }
      }
    }
  }

  @Test func hitsMatchesNetworkx() throws {
    var compared = 0
    for weighted in [false, true] {
      for (g, answer) in try ask("hits", ["weighted": weighted], where: { $0.links.contains { $0.0 != $0.1 } }) {
        // An error answer: the two largest singular values are equal, the vectors not unique.
        guard NetworkxOracle.error(answer) == nil, let values = answer as? [String: Any] else { continue }
        let ours = try graph(g).hubsAndAuthorities(weighting: weighted ? .weighted : .unweighted)
        let hubs = try #require(values["hubs"].flatMap(NetworkxOracle.values), "hubs of graph \(g)")
        let authorities = try #require(values["authorities"].flatMap(NetworkxOracle.values), "graph \(g)")
        expectClose(ours.hubs, hubs, tolerance: 1e-9, "hubs weighted=\(weighted) on graph \(g)")
        expectClose(ours.authorities, authorities, tolerance: 1e-9, "authorities weighted=\(weighted), graph \(g)")
        compared += 1
      }
    }
    #expect(compared >= 12, "too few graphs with a unique HITS vector (\(compared))")
  }

  @Test func biconnectedComponentsLocalBridgesAndTrussesMatchNetworkx() throws {
    let undirected: (AlgoRandomGraph) -> Bool = { !$0.directed }
    for (g, answer) in try ask("biconnected", where: undirected) {
      #expect(try graph(g).biconnectedComponents() == (answer as? [[Int]]), "biconnected components of graph \(g)")
    }
    var found = 0
    for (g, answer) in try ask("local_bridges", where: undirected) {
      let expected = try #require(answer as? [[Double]], "local bridges \(g): \(answer)")
      // The oracle writes an infinite span (no other route) as -1: JSON has no infinity.
      let ours = try graph(g).localBridges().map {
        [Double($0.link.lower), Double($0.link.upper), $0.span.isFinite ? $0.span : -1]
      }
      #expect(ours == expected, "local bridges of graph \(g)")
      found += ours.filter { $0[2] > 0 }.count
    }
    #expect(found > 0, "no local bridge with a finite span: the test would prove little")
    for k in [2, 3, 4, 5] {
      for (g, answer) in try ask("k_truss", ["k": k], where: undirected) {
        let expected = try #require(answer as? [String: Any], "\(k)-truss \(g): \(answer)")
        let truss = try graph(g).kTruss(k)
        #expect(truss.nodes == expected["nodes"] as? [Int], "\(k)-truss nodes of graph \(g)")
        #expect(truss.links.map { [$0.lower, $0.upper] } == expected["links"] as? [[Int]], "\(k)-truss of graph \(g)")
      }
    }
  }

  @Test func stronglyConnectedComponentsMatchNetworkx() throws {
    for (g, answer) in try ask("strongly_connected", where: { $0.directed }) {
      let ours = graph(g).stronglyConnectedComponents().members.sorted { $0.lexicographicallyPrecedes($1) }
      #expect(ours == answer as? [[Int]], "strongly connected components of graph \(g)")
    }
  }

  @Test func sampledBetweennessMatchesNetworkxOnTheSameSources() throws {
    var queries: [NetworkxOracle.Query] = []
    var expectations: [(Int, [Int], [String: Any])] = []
    for g in Self.graphs.indices where Self.graphs[g].nodeCount >= 4 {
      let sources = try graph(g).sampleSources(count: max(2, Self.graphs[g].nodeCount / 3), seed: UInt64(g))
      for endpoints in [false, true] {
        for normalized in [true, false] {
          let options: [String: Any] = ["sources": sources, "endpoints": endpoints, "normalized": normalized]
          queries.append(.init(graph: g, measure: "sampled_betweenness", options: options))
          expectations.append((g, sources, options))
        }
      }
    }
    let answers = try NetworkxOracle.answers(graphs: Self.graphs.map(\.json), queries: queries)
    for ((g, sources, options), answer) in zip(expectations, answers) {
      let expected = try #require(NetworkxOracle.values(answer), "sampled betweenness \(g): \(answer)")
      let ours = try graph(g).betweennessCentrality(
        sources: sources, normalization: options["normalized"] as! Bool ? .networkx : .none,
        endpoints: options["endpoints"] as! Bool ? .included : .excluded, threads: 2)
      expectClose(ours, expected, tolerance: 1e-9, "sampled betweenness \(options) on graph \(g)")
    }
    // The same seed draws the same sources; another seed other ones.
    let big = graph(Self.namedCount + 1 + 23)
    #expect(try big.sampleSources(count: 5, seed: 9) == big.sampleSources(count: 5, seed: 9))
  }
}
