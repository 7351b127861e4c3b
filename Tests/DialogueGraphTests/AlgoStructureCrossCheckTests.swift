import Foundation
import Testing

@testable import DialogueGraph

/// Components, cuts, cores and communities against networkx on the seeded random family.
@Suite struct AlgoStructureCrossCheckTests {
  let family = AlgoRandomGraph.standardFamily

  @Test func componentsCutsAndCoresMatchNetworkx() throws {
    var queries: [NetworkxOracle.Query] = []
    for g in family.indices {
      queries.append(.init(graph: g, measure: "components"))
      queries.append(.init(graph: g, measure: "core_number"))
      if !family[g].directed {
        // The family repeats links: networkx's MultiGraph rule (a doubled link is no bridge) applies.
        queries.append(.init(graph: g, measure: "bridges", options: ["multigraph": true]))
        queries.append(.init(graph: g, measure: "articulation_points"))
      }
    }
    let answers = try NetworkxOracle.answers(graphs: family.map(\.json), queries: queries)
    for (query, answer) in zip(queries, answers) {
      let graph = family[query.graph].adjacency
      let context = "\(query.measure) on graph \(query.graph)"
      switch query.measure {
      case "components":
        let expected = try #require(answer as? [[Int]], "\(context): \(answer)")
        #expect(
          graph.connectedComponents().members.sorted { $0.lexicographicallyPrecedes($1) } == expected,
          "\(context)")
      case "core_number":
        #expect(graph.coreNumbers() == (answer as? [Int]), "\(context)")
      case "bridges":
        let expected = try #require(answer as? [[Int]], "\(context): \(answer)")
        #expect(try graph.cutStructure().bridges.map { [$0.lower, $0.upper] } == expected, "\(context)")
      default:
        #expect(try graph.cutStructure().articulationPoints == (answer as? [Int]), "\(context)")
      }
    }
  }

  /// Our Louvain partition's modularity agrees with `networkx.community.modularity` on that very
  /// partition, and is close to the modularity of networkx's own Louvain partition.
  @Test func louvainModularityAgreesWithNetworkx() throws {
    let undirected = family.indices.filter { !family[$0].directed && family[$0].adjacency.linkCount > 0 }
    var partitions: [Int: CommunityPartition] = [:]
    var queries: [NetworkxOracle.Query] = []
    for g in undirected {
      for resolution in [1.0, 0.5] {
        let ours = try family[g].adjacency.louvainCommunities(seed: 42, resolution: resolution)
        partitions[queries.count] = ours
        queries.append(
          .init(
            graph: g, measure: "modularity",
            options: ["labels": ours.communityOfNode, "weighted": true, "resolution": resolution]))
        queries.append(
          .init(
            graph: g, measure: "louvain", options: ["seed": 42, "weighted": true, "resolution": resolution]))
      }
    }
    let answers = try NetworkxOracle.answers(graphs: family.map(\.json), queries: queries)
    for index in stride(from: 0, to: queries.count, by: 2) {
      let ours = try #require(partitions[index])
      let context = "Louvain \(queries[index].options["resolution"]!) on graph \(queries[index].graph)"
      let networkxOnOurs = try #require(
        (answers[index] as? NSNumber)?.doubleValue, "\(context): \(answers[index])")
      #expect(
        abs(ours.modularity - networkxOnOurs) <= 1e-9, "\(context): \(ours.modularity) vs \(networkxOnOurs)")
      let theirs = try #require(answers[index + 1] as? [String: Any], "\(context)")
      let theirModularity = try #require((theirs["modularity"] as? NSNumber)?.doubleValue)
      // Different random orders reach different local optima; on these small graphs they are close.
      #expect(
        ours.modularity >= theirModularity - 0.05,
        "\(context): ours \(ours.modularity), networkx \(theirModularity)")
    }
  }

  @Test func modularityOfArbitraryPartitionsMatchesNetworkx() throws {
    var queries: [NetworkxOracle.Query] = []
    var labels: [[Int]] = []
    for g in family.indices {
      let n = family[g].nodeCount
      let partition = (0..<n).map { ($0 * 7 + g) % max(1, n / 4 + 1) }
      labels.append(partition)
      for weighted in [true, false] {
        queries.append(
          .init(
            graph: g, measure: "modularity",
            options: ["labels": partition, "weighted": weighted, "resolution": 1.3]))
      }
    }
    let answers = try NetworkxOracle.answers(graphs: family.map(\.json), queries: queries)
    for (query, answer) in zip(queries, answers) {
      let graph = family[query.graph].adjacency
      let weighting: Weighting = query.options["weighted"] as? Bool == true ? .weighted : .unweighted
      let ours = try graph.modularity(of: labels[query.graph], weighting: weighting, resolution: 1.3)
      if let error = NetworkxOracle.error(answer) {
        // networkx divides by zero on a graph without links; we define modularity 0 there.
        #expect(graph.linkCount == 0 && ours == 0, "graph \(query.graph): networkx \(error)")
        continue
      }
      let expected = try #require((answer as? NSNumber)?.doubleValue, "\(answer)")
      #expect(
        abs(ours - expected) <= 1e-9,
        "modularity \(query.options["weighted"]!) on graph \(query.graph): \(ours) vs \(expected)")
    }
  }
}
