extension NetworkView {
  /// The view as node-link JSON in the shape networkx's `node_link_graph` reads with its default
  /// arguments (networkx ≥ 3.4: edges under `"edges"`, node ids under `"id"`, multigraph keys under
  /// `"key"`), and as d3-style tools expect.
  ///
  /// ```json
  /// {"directed": true, "multigraph": true, "graph": {"name": "gamm-2012-2013"},
  ///  "nodes": [{"id": "DE", "kind": "member-state", "label": "Germany", "start": "1958-01-01", …}],
  ///  "edges": [{"source": "DE", "target": "mp-moldova", "key": "de-mp-moldova", "kind": "participates-in",
  ///             "weight": 1.0, …}]}
  /// ```
  /// Field names and order follow ``ExportFields``: node fields `id, kind, label, subtype, start,
  /// end, status, city, amount_eur, citation, confidence, note` then extra attributes sorted by
  /// name; edge fields `source, target, key` (the edge id), `kind, role, start, end, status,
  /// amount_eur, weight, citation, confidence, note` then extras. Missing values are left out;
  /// `amount_eur` and `weight` are numbers, dates are the dataset's partial dates as written, all
  /// else is strings. Nodes and edges come in network order. JSON can carry any text (escaped by
  /// ``JSONValue``), so nothing is replaced.
  ///
  /// ```python
  /// H = nx.node_link_graph(json.load(open("network.json")))   # a MultiDiGraph
  /// ```
  /// - Parameter pretty: indent with two spaces (default) or write one line.
  /// - Throws: ``ExportError/reservedAttributeName(_:element:format:)`` for an extra edge attribute
  ///   named `key`, or one named like a standard field.
  /// - Complexity: O(n + m + total text length + a log a) for a distinct attribute names.
  public func nodeLinkJSON(pretty: Bool = true) throws(ExportError) -> String {
    try nodeLinkDocument().serialized(pretty: pretty) + "\n"
  }

  /// The node-link document of ``nodeLinkJSON(pretty:)`` as a ``JSONValue``.
  /// - Throws: see ``nodeLinkJSON(pretty:)``.
  public func nodeLinkDocument() throws(ExportError) -> JSONValue {
    _ = try ExportFields.attributeNames(of: self, format: "node-link JSON", reservedEdgeNames: ["key"])
    func json(_ value: ExportFields.Value) -> JSONValue {
      switch value {
      case .text(let s): .string(s)
      case .number(let d): .number(d)
      }
    }
    let nodeObjects: [JSONValue] = nodes.map { node in
      var fields: [(String, JSONValue)] = [("id", .string(node.id))]
      fields += ExportFields.standardValues(of: node).map { ($0.name, json($0.value)) }
      fields += ExportFields.extraValues(node.attributes).map { ($0.name, .string($0.value)) }
      return .object(fields)
    }
    let edgeObjects: [JSONValue] = edges.map { edge in
      var fields: [(String, JSONValue)] = [
        ("source", .string(edge.source)), ("target", .string(edge.target)), ("key", .string(edge.id)),
      ]
      fields += ExportFields.standardValues(of: edge).map { ($0.name, json($0.value)) }
      fields += ExportFields.extraValues(edge.attributes).map { ($0.name, .string($0.value)) }
      return .object(fields)
    }
    var graph: [(String, JSONValue)] = []
    if !network.name.isEmpty { graph.append(("name", .string(network.name))) }
    if let date = network.referenceDate { graph.append(("referenceDate", .string(date.description))) }
    return .object([
      ("directed", .bool(true)), ("multigraph", .bool(true)), ("graph", .object(graph)),
      ("nodes", .array(nodeObjects)), ("edges", .array(edgeObjects)),
    ])
  }
}
