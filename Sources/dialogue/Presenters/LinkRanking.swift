import DialogueGraph

/// Links ranked by edge betweenness: `source, target, value`, highest first (ties by ids).
struct LinkRanking {
  struct Entry {
    let source: Node
    let target: Node
    let value: Double
  }

  let entries: [Entry]

  /// Ranks the links of `view` (pairs counted once, the shortest of parallel links with
  /// `--weighted`) by networkx's `edge_betweenness_centrality`; keeps the first `top`.
  /// - Throws: ``CommandFailure`` when weights are not > 0 with `--weighted`.
  init(view: NetworkView, weighting: Weighting, directed: Bool, normalized: Bool, top: Int?) throws(CommandFailure) {
    let (graph, nodeIndices) = view.adjacency(
      weighted: weighting == .weighted, directed: directed, parallelLinks: .shortest)
    let nodes = nodeIndices.map { view.network.nodes[$0] }
    let values: [LinkValue]
    do {
      values = try graph.edgeBetweennessCentrality(weighting: weighting, normalization: normalized ? .networkx : .none)
    } catch {
      throw CommandFailure.algorithm(error, nodeIds: nodes.map(\.id))
    }
    var ranked = values.map { Entry(source: nodes[$0.source], target: nodes[$0.target], value: $0.value) }
    ranked.sort {
      if $0.value != $1.value { return $0.value > $1.value }
      if $0.source.id != $1.source.id { return $0.source.id < $1.source.id }
      return $0.target.id < $1.target.id
    }
    entries = top.map { Array(ranked.prefix($0)) } ?? ranked
  }

  /// The ranking as a table; `withRank` adds a leading `rank` column (for people).
  func table(withRank: Bool) -> ResultTable {
    var columns = [Column("source"), Column("target"), Column("value")]
    if withRank { columns.insert(Column("rank"), at: 0) }
    var table = ResultTable(columns: columns, decimals: 6)
    for (i, entry) in entries.enumerated() {
      var row: [Cell] = [.text(entry.source.id), .text(entry.target.id), .number(entry.value)]
      if withRank { row.insert(.integer(i + 1), at: 0) }
      table.append(row)
    }
    return table
  }
}
