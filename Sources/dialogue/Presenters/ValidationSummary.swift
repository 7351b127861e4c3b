import DialogueGraph

/// The one-line verdict of `dialogue validate` for a dataset that loaded.
struct ValidationSummary {
  let name: String
  let nodeCount: Int
  let edgeCount: Int
  let nodeKindCount: Int
  let edgeKindCount: Int

  init(_ network: DialogueNetwork) {
    name = network.name
    nodeCount = network.nodes.count
    edgeCount = network.edges.count
    nodeKindCount = Set(network.nodes.map(\.kind)).count
    edgeKindCount = Set(network.edges.map(\.kind)).count
  }

  /// "1 node", "2 nodes".
  private static func count(_ value: Int, _ noun: String) -> String {
    "\(value) \(noun)\(value == 1 ? "" : "s")"
  }

  /// The summary line, or one row (`dataset, valid, nodes, edges, nodeKinds, edgeKinds`) as JSON or CSV.
  func rendered(as format: ResultFormat) -> String {
    switch format {
    case .table:
      return
        "\(ResultTable.visible(name)): valid — \(Self.count(nodeCount, "node")), \(Self.count(edgeCount, "edge")), "
        + "\(Self.count(nodeKindCount, "kind")) of node\n"
    case .json:
      return JSONValue.object([
        ("dataset", .string(name)), ("valid", .bool(true)), ("nodes", .integer(nodeCount)),
        ("edges", .integer(edgeCount)), ("nodeKinds", .integer(nodeKindCount)),
        ("edgeKinds", .integer(edgeKindCount)),
      ]).serialized(pretty: true) + "\n"
    case .csv:
      var table = ResultTable(
        columns: ["dataset", "valid", "nodes", "edges", "nodeKinds", "edgeKinds"].map { Column($0) })
      table.append([
        .text(name), .bool(true), .integer(nodeCount), .integer(edgeCount), .integer(nodeKindCount),
        .integer(edgeKindCount),
      ])
      return table.csv()
    }
  }
}
