import DialogueGraph

/// What `dialogue structure` reports: components, bridges, articulation points, k-cores and
/// communities, all on the simple undirected graph of a view (parallel links merged — a doubled
/// link is not a bridge — self-loops dropped), link weights ignored except by modularity-based
/// communities with `--weighted` (parallel weights summed).
struct StructureReport {
  let view: NetworkView
  let seed: UInt64
  let weighting: Weighting

  /// Computes every part.
  /// - Throws: ``CommandFailure`` if an algorithm refuses the graph.
  func result() throws(CommandFailure) -> SectionedResult {
    let network = view.network
    let (graph, indices) = view.adjacency(weighted: weighting == .weighted)
    let nodes = indices.map { network.nodes[$0] }
    let ids = nodes.map(\.id)
    let components = graph.connectedComponents()
    let cores = graph.coreNumbers()
    let cut: CutStructure
    let communities: CommunityPartition
    do {
      cut = try graph.cutStructure()
      communities = try graph.louvainCommunities(seed: seed, weighting: weighting)
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

    let json = JSONValue.object([
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
        ])
      ),
    ])
    return SectionedResult(
      sections: [
        ("Overview", overview), ("Connected components", groupTable(componentGroups)),
        (
          "Communities (Louvain, modularity \(NetworkSummary.fixed(communities.modularity)))",
          groupTable(communityGroups)
        ),
        ("Bridges", bridgeTable), ("Articulation points", cutTable),
      ],
      json: json, csvTable: perNode)
  }
}
