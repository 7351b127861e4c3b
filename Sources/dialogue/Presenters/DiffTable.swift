import DialogueGraph

/// The changes between two dates, as `dialogue diff` prints them: one row per node or link that
/// appears or disappears, nodes first, then links, each in dataset order.
///
/// Fields: `change` (added/removed), `item` (node/edge), `id`, `kind`, `description` (a node's
/// label; a link's "source kind target"), `start`, `end`, `citation`.
enum DiffTable {
  static func table(_ diff: NetworkDiff, from old: NetworkView, to new: NetworkView) -> ResultTable {
    var table = ResultTable(columns: [
      Column("change"), Column("item"), Column("id"), Column("kind"), Column("description"), Column("start"),
      Column("end"), Column("citation"),
    ])
    func nodeRow(_ change: String, _ node: Node) {
      table.append([
        .text(change), .text("node"), .text(node.id), .text(node.kind), .text(node.label),
        ItemTables.optional(node.start?.description), ItemTables.optional(node.end?.description),
        .text(node.citation),
      ])
    }
    func edgeRow(_ change: String, _ edge: Edge) {
      table.append([
        .text(change), .text("edge"), .text(edge.id), .text(edge.kind),
        .text("\(edge.source) \(edge.kind) \(edge.target)"),
        ItemTables.optional(edge.start?.description), ItemTables.optional(edge.end?.description),
        .text(edge.citation),
      ])
    }
    for v in diff.addedNodes { nodeRow("added", new.network.nodes[v]) }
    for v in diff.removedNodes { nodeRow("removed", old.network.nodes[v]) }
    for e in diff.addedEdges { edgeRow("added", new.network.edges[e]) }
    for e in diff.removedEdges { edgeRow("removed", old.network.edges[e]) }
    return table
  }
}
