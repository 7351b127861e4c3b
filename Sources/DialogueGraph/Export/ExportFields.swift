/// The fields every export writes for a node or an edge, in one fixed order, with each value
/// already turned into text or a number — so that GraphML, GEXF, node-link JSON, DOT and the
/// dataset CSV agree on names, order and formatting.
///
/// Standard fields follow the columns of `Datasets/SCHEMA.md` (`kind, label, subtype, start, end,
/// status, city, amount_eur, citation, confidence, note` for nodes; `kind, role, start, end, status,
/// amount_eur, weight, citation, confidence, note` for edges); the **extra attributes** (columns the
/// toolkit does not know) follow, their names sorted by Unicode scalar values so the output does
/// not depend on dictionary order. Missing values (`nil`, and empty extra attributes) are left out.
/// Dates are written as the dataset gives them (`2013`, `2013-06`, `2013-06-07`).
struct ExportFields {
  /// The type a field is declared with in typed formats (GraphML keys, GEXF attributes).
  enum ValueType {
    case string
    case double
  }

  /// A field's value.
  enum Value {
    case text(String)
    case number(Double)

    /// The value as text: numbers in ``ExportFields/numberText(_:)``'s format.
    var text: String {
      switch self {
      case .text(let s): s
      case .number(let d): ExportFields.numberText(d)
      }
    }
  }

  /// Standard node fields besides `id`, with their types.
  static let nodeFields: [(name: String, type: ValueType)] = [
    ("kind", .string), ("label", .string), ("subtype", .string), ("start", .string), ("end", .string),
    ("status", .string), ("city", .string), ("amount_eur", .double), ("citation", .string),
    ("confidence", .string), ("note", .string),
  ]

  /// Standard edge fields besides `id`, `source` and `target`, with their types.
  static let edgeFields: [(name: String, type: ValueType)] = [
    ("kind", .string), ("role", .string), ("start", .string), ("end", .string), ("status", .string),
    ("amount_eur", .double), ("weight", .double), ("citation", .string), ("confidence", .string),
    ("note", .string),
  ]

  /// The standard values of a node, in ``nodeFields`` order, missing ones left out.
  static func standardValues(of node: Node) -> [(name: String, value: Value)] {
    var values: [(String, Value)] = [("kind", .text(node.kind)), ("label", .text(node.label))]
    if let v = node.subtype { values.append(("subtype", .text(v))) }
    if let v = node.start { values.append(("start", .text(v.description))) }
    if let v = node.end { values.append(("end", .text(v.description))) }
    if let v = node.status { values.append(("status", .text(v))) }
    if let v = node.city { values.append(("city", .text(v))) }
    if let v = node.amountEUR { values.append(("amount_eur", .number(v))) }
    if !node.citation.isEmpty { values.append(("citation", .text(node.citation))) }
    if !node.confidence.isEmpty { values.append(("confidence", .text(node.confidence))) }
    if let v = node.note { values.append(("note", .text(v))) }
    return values
  }

  /// The standard values of an edge, in ``edgeFields`` order, missing ones left out (the weight is
  /// always present).
  static func standardValues(of edge: Edge) -> [(name: String, value: Value)] {
    var values: [(String, Value)] = [("kind", .text(edge.kind))]
    if let v = edge.role { values.append(("role", .text(v))) }
    if let v = edge.start { values.append(("start", .text(v.description))) }
    if let v = edge.end { values.append(("end", .text(v.description))) }
    if let v = edge.status { values.append(("status", .text(v))) }
    if let v = edge.amountEUR { values.append(("amount_eur", .number(v))) }
    values.append(("weight", .number(edge.weight)))
    if !edge.citation.isEmpty { values.append(("citation", .text(edge.citation))) }
    if !edge.confidence.isEmpty { values.append(("confidence", .text(edge.confidence))) }
    if let v = edge.note { values.append(("note", .text(v))) }
    return values
  }

  /// The extra attributes of one node or edge, sorted by name, empty values left out.
  static func extraValues(_ attributes: [String: String]) -> [(name: String, value: String)] {
    attributes.filter { !$0.value.isEmpty }.sorted { ExportFields.precedes($0.key, $1.key) }.map {
      ($0.key, $0.value)
    }
  }

  /// The checks every writer makes before it writes `view` in `format`: the extra attribute names
  /// (see ``attributeNames(of:format:reservedNodeNames:reservedEdgeNames:)``, returned), and that
  /// node ids, and edge ids, stay distinct once `written` in the format.
  ///
  /// - Throws: ``ExportError/reservedAttributeName(_:element:format:)``,
  ///   ``ExportError/idCollision(first:second:format:)``.
  static func checkedAttributeNames(
    of view: NetworkView, format: String, reservedEdgeNames: Set<String> = [],
    written: (String) -> String = XMLText.sanitized
  ) throws(ExportError) -> (nodes: [String], edges: [String]) {
    let names = try attributeNames(of: view, format: format, reservedEdgeNames: reservedEdgeNames)
    try XMLText.checkDistinct(view.nodes.map(\.id), format: format, written: written)
    try XMLText.checkDistinct(view.edges.map(\.id), format: format, written: written)
    return names
  }

  /// The names of the extra attributes used by the view's nodes and by its edges, each list sorted;
  /// checks that none is empty or clashes with `reservedNodeNames` / `reservedEdgeNames`.
  ///
  /// - Throws: ``ExportError/reservedAttributeName(_:element:format:)``.
  /// - Complexity: O(a log a) for a distinct names, plus O(total attributes).
  static func attributeNames(
    of view: NetworkView, format: String, reservedNodeNames: Set<String> = [],
    reservedEdgeNames: Set<String> = []
  ) throws(ExportError) -> (nodes: [String], edges: [String]) {
    var nodeNames = Set<String>()
    for node in view.nodes {
      for (name, value) in node.attributes where !value.isEmpty { nodeNames.insert(name) }
    }
    var edgeNames = Set<String>()
    for edge in view.edges {
      for (name, value) in edge.attributes where !value.isEmpty { edgeNames.insert(name) }
    }
    let nodeReserved = reservedNodeNames.union(["id"]).union(nodeFields.map(\.name))
    let edgeReserved = reservedEdgeNames.union(["id", "source", "target"]).union(edgeFields.map(\.name))
    for name in nodeNames.sorted(by: precedes) where name.isEmpty || nodeReserved.contains(name) {
      throw .reservedAttributeName(name, element: "node", format: format)
    }
    for name in edgeNames.sorted(by: precedes) where name.isEmpty || edgeReserved.contains(name) {
      throw .reservedAttributeName(name, element: "edge", format: format)
    }
    return (nodeNames.sorted(by: precedes), edgeNames.sorted(by: precedes))
  }

  /// Order by Unicode scalar values (locale-independent, unlike `String.<` for non-ASCII text in
  /// some configurations): the order every export sorts names in.
  static func precedes(_ a: String, _ b: String) -> Bool {
    a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
  }

  /// A number as the exports write it: integral values below 10^15 without a fraction (`1500000`),
  /// others in Swift's shortest round-tripping form (`0.25`, `1e+20`), which the dataset loader,
  /// Python's `float` and Java's `Double.parseDouble` all read back exactly.
  static func numberText(_ d: Double) -> String {
    if d == d.rounded(), abs(d) < 1e15 { return String(Int64(d)) }
    return "\(d)"
  }
}
