import DialogueGraph

/// Rows describing nodes and links, as `dialogue list` and `dialogue diff` print them.
///
/// Node fields: `id, label, kind, subtype, start, end, status, prospective, confidence, citation,
/// origin`. Link fields: `id, source, target, kind, role, start, end, status, prospective, weight,
/// confidence, citation, origin`. `prospective` says whether the item has not come into being (by
/// the core's one rule; such items appear only in answers regardless of date). `origin` is the row
/// in the dataset (`nodes.csv:12`). Empty cells are `null` in JSON.
enum ItemTables {
  static let nodeColumns = [
    Column("id"), Column("label"), Column("kind"), Column("subtype"), Column("start"), Column("end"),
    Column("status"), Column("prospective"), Column("confidence"), Column("citation"), Column("origin"),
  ]
  static let edgeColumns = [
    Column("id"), Column("source"), Column("target"), Column("kind"), Column("role"), Column("start"),
    Column("end"), Column("status"), Column("prospective"), Column("weight"), Column("confidence"),
    Column("citation"), Column("origin"),
  ]

  /// One row per node (network indices), in the given order.
  static func nodes(_ indices: [Int], in view: NetworkView) -> ResultTable {
    ResultTable(columns: nodeColumns, rows: indices.map { nodeRow($0, in: view.network) }, decimals: 2)
  }

  /// One row per link (network indices), in the given order.
  static func edges(_ indices: [Int], in view: NetworkView) -> ResultTable {
    ResultTable(columns: edgeColumns, rows: indices.map { edgeRow($0, in: view.network) }, decimals: 2)
  }

  static func nodeRow(_ index: Int, in network: DialogueNetwork) -> [Cell] {
    let node = network.nodes[index]
    return [
      .text(node.id), .text(node.label), .text(node.kind), optional(node.subtype),
      optional(node.start?.description),
      optional(node.end?.description), optional(node.status),
      .bool(network.presence(ofNode: index, asOf: nil) == .prospective), .text(node.confidence),
      .text(node.citation), .text(node.origin.description),
    ]
  }

  static func edgeRow(_ index: Int, in network: DialogueNetwork) -> [Cell] {
    let edge = network.edges[index]
    return [
      .text(edge.id), .text(edge.source), .text(edge.target), .text(edge.kind), optional(edge.role),
      optional(edge.start?.description), optional(edge.end?.description), optional(edge.status),
      .bool(network.presence(ofEdge: index, asOf: nil) == .prospective), .number(edge.weight),
      .text(edge.confidence), .text(edge.citation), .text(edge.origin.description),
    ]
  }

  /// A text cell, or an empty cell for `nil` or "".
  static func optional(_ text: String?) -> Cell {
    guard let text, !text.isEmpty else { return .empty }
    return .text(text)
  }
}
