import DialogueGraph

/// What `dialogue structure` reports: components, bridges, articulation points, k-cores and
/// communities, all on the simple undirected graph of a view (parallel links merged — a doubled
/// link is not a bridge — self-loops dropped), link weights ignored except by modularity-based
/// communities with `--weighted` (parallel weights summed).
struct StructureReport {
  let view: NetworkView
  let seed: UInt64
  let weighting: Weighting
  /// Louvain's resolution (networkx `resolution`).
  var resolution = 1.0
  /// Whether to report strongly connected components (and components and cores with directions).
  var directed = false
  /// The k of a k-truss to report.
  var kTruss: Int?
  /// A CSV file (id,community) whose modularity to report.
  var partitionFile: String?
  /// Whether to compute diameter, radius and local-bridge spans (one search per node / bridge).
  var distances = true

  /// Computes every part.
  /// - Throws: ``CommandFailure`` if an algorithm refuses the graph.
  func result() throws(CommandFailure) -> SectionedResult {
    let network = view.network
    let (graph, indices) = view.adjacency(weighted: weighting == .weighted)
    let nodes = indices.map { network.nodes[$0] }
    let ids = nodes.map(\.id)
    let directedGraph = directed ? view.adjacency(weighted: weighting == .weighted, directed: true).graph : nil
    let components = graph.connectedComponents()
    let cores = (directedGraph ?? graph).coreNumbers()
    let cut: CutStructure
    let communities: CommunityPartition
    let cohesion: StructureCohesion
    let labels = try partitionFile.map { file throws(CommandFailure) in
      (file: file, labels: try StructureCohesion.partitionLabels(file: file, ids: ids))
    }
    do {
      cut = try graph.cutStructure()
      communities = try graph.louvainCommunities(seed: seed, resolution: resolution, weighting: weighting)
      cohesion = try StructureCohesion(
        undirected: graph, directed: directedGraph, ids: ids, kTruss: kTruss, partition: labels,
        weighting: weighting, resolution: resolution, distances: distances)
    } catch {
      throw CommandFailure.algorithm(error, nodeIds: ids)
    }
    let isCut = Set(cut.articulationPoints)

    // Components and communities, largest first, ties by their first id.
    func groups(_ members: [[Int]]) -> [[Int]] {
      members.map { $0.sorted { ids[$0] < ids[$1] } }
        .sorted { $0.count != $1.count ? $0.count > $1.count : ids[$0[0]] < ids[$1[0]] }
    }
    let componentGroups = groups(components.members)
    let communityGroups = groups(communities.members)
    var componentRank = [Int](repeating: 0, count: nodes.count)
    for (rank, group) in componentGroups.enumerated() { for v in group { componentRank[v] = rank + 1 } }
    var communityRank = [Int](repeating: 0, count: nodes.count)
    for (rank, group) in communityGroups.enumerated() { for v in group { communityRank[v] = rank + 1 } }
    let bridges: [(String, String)] = cut.bridges.map { link in
      let (a, b) = (ids[link.lower], ids[link.upper])
      return a < b ? (a, b) : (b, a)
    }.sorted { $0 < $1 }
    let articulation = cut.articulationPoints.map { ids[$0] }.sorted()
    let degeneracy = cores.max() ?? 0
    let innerCore = (0..<nodes.count).filter { cores[$0] == degeneracy && degeneracy > 0 }.map { ids[$0] }
      .sorted()

    func groupTable(_ groups: [[Int]]) -> ResultTable {
      var table = ResultTable(columns: [Column("number", header: "#"), Column("size"), Column("members")])
      for (i, group) in groups.enumerated() {
        let shown =
          group.prefix(12).map { ids[$0] } + (group.count > 12 ? ["… \(group.count - 12) more"] : [])
        table.append([.integer(i + 1), .integer(group.count), .list(shown)])
      }
      return table
    }
    var overview = ResultTable(columns: [Column("measure"), Column("value")])
    overview.append([.text("nodes"), .text(String(nodes.count))])
    overview.append([.text("connected components"), .text(String(components.count))])
    overview.append([.text("bridges (links whose loss splits a component)"), .text(String(bridges.count))])
    overview.append([
      .text("articulation points (nodes whose loss splits a component)"), .text(String(articulation.count)),
    ])
    overview.append([
      .text("highest k-core (every member linked to ≥ k others in it)"), .text(String(degeneracy)),
    ])
    overview.append([.text("nodes in the highest k-core"), .text(String(innerCore.count))])
    overview.append([.text("communities (Louvain, seed \(seed))"), .text(String(communities.count))])
    overview.append([.text("modularity"), .text(NetworkSummary.fixed(communities.modularity))])
    overview.append([
      .text("average clustering (share of neighbour pairs linked)"),
      .text(NetworkSummary.fixed(cohesion.averageClustering)),
    ])
    overview.append([
      .text("transitivity (share of connected triples closed)"), .text(NetworkSummary.fixed(cohesion.transitivity)),
    ])
    overview.append([
      .text("diameter of the largest component (steps)"), .text(cohesion.diameter.map { String(Int($0)) } ?? "–"),
    ])
    overview.append([
      .text("radius of the largest component (steps)"), .text(cohesion.radius.map { String(Int($0)) } ?? "–"),
    ])
    overview.append([.text("biconnected components"), .text(String(cohesion.biconnected.count))])
    overview.append([.text("local bridges (links on no triangle)"), .text(String(cohesion.localBridges.count))])
    if let strong = cohesion.strong {
      overview.append([.text("strongly connected components (following directions)"), .text(String(strong.count))])
    }
    if let truss = cohesion.truss {
      overview.append([
        .text("nodes in the \(truss.k)-truss (links on ≥ \(truss.k - 2) triangles)"),
        .text(String(truss.result.nodes.count)),
      ])
    }
    if let partition = cohesion.partition {
      overview.append([
        .text("modularity of the partition in \(partition.file)"), .text(NetworkSummary.fixed(partition.modularity)),
      ])
    }

    var bridgeTable = ResultTable(columns: [Column("from"), Column("to")])
    for (a, b) in bridges { bridgeTable.append([.text(a), .text(b)]) }
    var cutTable = ResultTable(columns: [Column("id"), Column("label"), Column("kind")])
    for v in cut.articulationPoints.sorted(by: { ids[$0] < ids[$1] }) {
      cutTable.append([.text(ids[v]), .text(nodes[v].label), .text(nodes[v].kind)])
    }

    var perNode = ResultTable(columns: [
      Column("id"), Column("label"), Column("kind"), Column("component"), Column("core"), Column("community"),
      Column("articulationPoint"),
    ])
    for v in (0..<nodes.count).sorted(by: { ids[$0] < ids[$1] }) {
      perNode.append([
        .text(ids[v]), .text(nodes[v].label), .text(nodes[v].kind), .integer(componentRank[v]),
        .integer(cores[v]),
        .integer(communityRank[v]), .bool(isCut.contains(v)),
      ])
    }

    let json = JSONValue.object(
      [
        ("nodes", .integer(nodes.count)),
        ("components", .array(componentGroups.map { .array($0.map { .string(ids[$0]) }) })),
        ("bridges", .array(bridges.map { pair in JSONValue.array([.string(pair.0), .string(pair.1)]) })),
        ("articulationPoints", .array(articulation.map(JSONValue.string))),
        (
          "cores",
          .object([
            ("degeneracy", .integer(degeneracy)),
            (
              "coreNumber",
              .object((0..<nodes.count).sorted { ids[$0] < ids[$1] }.map { (ids[$0], .integer(cores[$0])) })
            ),
          ])
        ),
        (
          "communities",
          .object([
            ("method", .string("louvain")), ("seed", .integer(Int(truncatingIfNeeded: seed))),
            ("weighted", .bool(weighting == .weighted)), ("modularity", .number(communities.modularity)),
            ("groups", .array(communityGroups.map { .array($0.map { .string(ids[$0]) }) })),
            ("resolution", .number(resolution)),
          ])
        ),
      ] + cohesionJSON(cohesion, ids: ids))
    return SectionedResult(
      sections: [
        ("Overview", overview), ("Connected components", groupTable(componentGroups)),
        (
          "Communities (Louvain, modularity \(NetworkSummary.fixed(communities.modularity)))",
          groupTable(communityGroups)
        ),
        ("Bridges", bridgeTable), ("Articulation points", cutTable),
      ] + cohesionSections(cohesion, ids: ids, groupTable: groupTable),
      json: json, csvTable: perNode)
  }

  /// Groups with their members in id order, largest group first (ties by first id), as the
  /// components and communities are shown.
  func byId(_ groups: [[Int]], ids: [String]) -> [[Int]] {
    groups.map { $0.sorted { ids[$0] < ids[$1] } }
      .sorted { $0.count != $1.count ? $0.count > $1.count : ids[$0[0]] < ids[$1[0]] }
  }

  /// The JSON fields of the cohesion parts (after the original ones, so existing readers keep working).
  func cohesionJSON(_ c: StructureCohesion, ids: [String]) -> [(String, JSONValue)] {
    func number(_ d: Double?) -> JSONValue { d.map { .number($0) } ?? .null }
    var fields: [(String, JSONValue)] = [
      ("clustering", .object([("average", .number(c.averageClustering)), ("transitivity", .number(c.transitivity))])),
      ("diameter", number(c.diameter)), ("radius", number(c.radius)),
      ("biconnectedComponents", .array(byId(c.biconnected, ids: ids).map { .array($0.map { .string(ids[$0]) }) })),
      (
        "localBridges",
        .array(
          c.localBridges.map { bridge in
            .array([
              .string(ids[bridge.link.lower]), .string(ids[bridge.link.upper]),
              bridge.span.isFinite ? .number(bridge.span) : bridge.span.isNaN ? .string("not computed") : .null,
            ])
          })
      ),
    ]
    if let strong = c.strong {
      fields.append(
        ("stronglyConnectedComponents", .array(byId(strong, ids: ids).map { .array($0.map { .string(ids[$0]) }) })))
    }
    if let truss = c.truss {
      fields.append(
        (
          "kTruss",
          .object([
            ("k", .integer(truss.k)), ("nodes", .array(truss.result.nodes.map { .string(ids[$0]) })),
            ("links", .array(truss.result.links.map { .array([.string(ids[$0.lower]), .string(ids[$0.upper])]) })),
          ])
        ))
    }
    if let partition = c.partition {
      fields.append(
        (
          "partition",
          .object([
            ("file", .string(partition.file)), ("communities", .integer(partition.communities)),
            ("modularity", .number(partition.modularity)),
          ])
        ))
    }
    return fields
  }

  /// The tables of the cohesion parts.
  func cohesionSections(
    _ c: StructureCohesion, ids: [String], groupTable: ([[Int]]) -> ResultTable
  ) -> [(String, ResultTable)] {
    var bridges = ResultTable(columns: [Column("from"), Column("to"), Column("span")])
    let sortedBridges = c.localBridges.map { bridge in
      (
        a: min(ids[bridge.link.lower], ids[bridge.link.upper]), b: max(ids[bridge.link.lower], ids[bridge.link.upper]),
        span: bridge.span
      )
    }.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
    for bridge in sortedBridges {
      bridges.append([
        .text(bridge.a), .text(bridge.b),
        .text(bridge.span.isNaN ? "–" : bridge.span.isFinite ? String(Int(bridge.span)) : "none (a bridge)"),
      ])
    }
    var sections: [(String, ResultTable)] = [
      ("Biconnected components (no single node's loss splits them)", groupTable(byId(c.biconnected, ids: ids))),
      ("Local bridges (span: steps between the ends without the link)", bridges),
    ]
    if let strong = c.strong { sections.append(("Strongly connected components", groupTable(byId(strong, ids: ids)))) }
    if let truss = c.truss {
      sections.append(
        ("\(truss.k)-truss", groupTable(truss.result.nodes.isEmpty ? [] : byId([truss.result.nodes], ids: ids))))
    }
    return sections
  }
}
