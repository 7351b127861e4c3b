import DialogueGraph

/// The links of one node, as `dialogue neighbors` prints them.
enum NeighborTable {
  /// One row per link of `node` kept by `view`, in dataset order.
  static func table(of node: Int, in view: NetworkView) -> ResultTable {
    let network = view.network
    var table = ResultTable(columns: [
      Column("neighbor"), Column("neighborLabel", header: "label"),
      Column("neighborKind", header: "neighbor kind"),
      Column("direction"), Column("kind", header: "link"), Column("role"), Column("start"), Column("end"),
      Column("status"), Column("citation"), Column("edge"),
    ])
    for (e, neighbor) in view.incidentEdges(of: node).sorted(by: { $0.edge < $1.edge }) {
      let edge = network.edges[e]
      let other = network.nodes[neighbor]
      let direction =
        network.sourceIndices[e] == node ? (network.targetIndices[e] == node ? "self" : "out") : "in"
      table.append([
        .text(other.id), .text(other.label), .text(other.kind), .text(direction), .text(edge.kind),
        ItemTables.optional(edge.role), ItemTables.optional(edge.start?.description),
        ItemTables.optional(edge.end?.description), ItemTables.optional(edge.status), .text(edge.citation),
        .text(edge.id),
      ])
    }
    return table
  }
}
