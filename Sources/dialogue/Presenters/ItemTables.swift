import DialogueGraph

/// Rows describing nodes and links, as `dialogue list` and `dialogue diff` print them.
///
/// Node fields: `id, label, kind, subtype, start, end, status, confidence, citation, origin`.
/// Link fields: `id, source, target, kind, role, start, end, status, weight, confidence, citation,
/// origin`. `origin` is the row in the dataset (`nodes.csv:12`). Empty cells are `null` in JSON.
enum ItemTables {
  static let nodeColumns = [
    Column("id"), Column("label"), Column("kind"), Column("subtype"), Column("start"), Column("end"),
    Column("status"), Column("confidence"), Column("citation"), Column("origin"),
  ]
  static let edgeColumns = [
    Column("id"), Column("source"), Column("target"), Column("kind"), Column("role"), Column("start"),
    Column("end"), Column("status"), Column("weight"), Column("confidence"), Column("citation"),
    Column("origin"),
  ]

  /// One row per node, in dataset order.
  static func nodes(_ nodes: some Sequence<Node>) -> ResultTable {
    ResultTable(columns: nodeColumns, rows: nodes.map(nodeRow), decimals: 2)
  }

  /// One row per link, in dataset order.
  static func edges(_ edges: some Sequence<Edge>) -> ResultTable {
    ResultTable(columns: edgeColumns, rows: edges.map(edgeRow), decimals: 2)
  }

  static func nodeRow(_ node: Node) -> [Cell] {
    [
      .text(node.id), .text(node.label), .text(node.kind), optional(node.subtype),
      optional(node.start?.description),
      optional(node.end?.description), optional(node.status), .text(node.confidence), .text(node.citation),
      .text(node.origin.description),
    ]
  }

  static func edgeRow(_ edge: Edge) -> [Cell] {
    [
      .text(edge.id), .text(edge.source), .text(edge.target), .text(edge.kind), optional(edge.role),
      optional(edge.start?.description), optional(edge.end?.description), optional(edge.status),
      .number(edge.weight), .text(edge.confidence), .text(edge.citation), .text(edge.origin.description),
    ]
  }

  /// A text cell, or an empty cell for `nil` or "".
  static func optional(_ text: String?) -> Cell {
    guard let text, !text.isEmpty else { return .empty }
    return .text(text)
  }
}
