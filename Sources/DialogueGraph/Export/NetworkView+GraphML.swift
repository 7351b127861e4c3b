extension NetworkView {
  /// The view as a [GraphML](http://graphml.graphdrawing.org/) document: a directed multigraph with
  /// typed attributes, read by networkx (`read_graphml`), igraph, yEd, Gephi and Cytoscape.
  ///
  /// ## Shape
  /// - One `<key>` per attribute, declared with `attr.name` and `attr.type` (`string`, or `double`
  ///   for `amount_eur` and `weight`); key ids are `d0`, `d1`… in a fixed order: node fields
  ///   (`kind, label, subtype, start, end, status, city, amount_eur, citation, confidence, note`,
  ///   then the extra attributes sorted by name), edge fields (`kind, role, start, end, status,
  ///   amount_eur, weight, citation, confidence, note`, then extras), and the graph's `name`.
  /// - `<graph edgedefault="directed">`; nodes in network order with the node id as `id`; edges in
  ///   network order with the edge id as `id` (networkx uses it as the multigraph key; parallel
  ///   edges stay distinct). A missing value has no `<data>` element.
  /// - Dates are the dataset's partial dates as written (`2013-06`); see ``PartialDate`` for how to
  ///   read them.
  ///
  /// Text is escaped by ``XMLText`` (characters XML 1.0 forbids become U+FFFD). The output depends
  /// only on the view: the same view gives identical bytes.
  ///
  /// Reader notes: networkx returns a `MultiDiGraph` when edges are parallel (pass
  /// `force_multigraph=True` to always get one; an all-digit edge id becomes an `int` key); igraph
  /// keeps the node ids in the vertex attribute `id`; yEd shows the attributes as custom properties
  /// (map `label` to the node label with *Edit → Properties Mapper*); Gephi and Cytoscape take
  /// `label` as the node label. The GraphML schema types node ids as `NMTOKEN`; ids with spaces are
  /// read by all of these tools but fail strict schema validation.
  ///
  /// ```swift
  /// let xml = try network.wholeView.graphML()
  /// // python: nx.read_graphml("out.graphml", force_multigraph=True)
  /// ```
  /// - Throws: ``ExportError`` for an extra attribute named like a standard field, or ids that
  ///   collide once sanitised.
  /// - Complexity: O(n + m + total text length + a log a) for a distinct attribute names.
  public func graphML() throws(ExportError) -> String {
    let format = "GraphML"
    let names = try ExportFields.checkedAttributeNames(of: self, format: format)

    var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    out += "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\""
    out += " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\""
    out += " xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns"
    out += " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"

    var nodeKeys: [String: String] = [:]
    var edgeKeys: [String: String] = [:]
    var next = 0
    func declare(_ name: String, _ type: ExportFields.ValueType, for scope: String) -> String {
      let id = "d\(next)"
      next += 1
      out += "  <key id=\"\(id)\" for=\"\(scope)\" attr.name=\""
      XMLText.append(name, to: &out)
      out += "\" attr.type=\"\(type == .double ? "double" : "string")\"/>\n"
      return id
    }
    for (name, type) in ExportFields.nodeFields { nodeKeys[name] = declare(name, type, for: "node") }
    for name in names.nodes { nodeKeys[name] = declare(name, .string, for: "node") }
    for (name, type) in ExportFields.edgeFields { edgeKeys[name] = declare(name, type, for: "edge") }
    for name in names.edges { edgeKeys[name] = declare(name, .string, for: "edge") }
    let graphNameKey = declare("name", .string, for: "graph")
    let referenceDateKey = network.referenceDate.map { _ in declare("referenceDate", .string, for: "graph") }

    out += "  <graph id=\"G\" edgedefault=\"directed\">\n"
    if !network.name.isEmpty { GraphMLWriter.data(graphNameKey, network.name, indent: "    ", into: &out) }
    if let referenceDateKey, let date = network.referenceDate {
      GraphMLWriter.data(referenceDateKey, date.description, indent: "    ", into: &out)
    }
    for node in nodes {
      out += "    <node id=\""
      XMLText.append(node.id, to: &out)
      out += "\">\n"
      for (name, value) in ExportFields.standardValues(of: node) {
        GraphMLWriter.data(nodeKeys[name]!, value.text, indent: "      ", into: &out)
      }
      for (name, value) in ExportFields.extraValues(node.attributes) {
        GraphMLWriter.data(nodeKeys[name]!, value, indent: "      ", into: &out)
      }
      out += "    </node>\n"
    }
    for edge in edges {
      out += "    <edge id=\""
      XMLText.append(edge.id, to: &out)
      out += "\" source=\""
      XMLText.append(edge.source, to: &out)
      out += "\" target=\""
      XMLText.append(edge.target, to: &out)
      out += "\">\n"
      for (name, value) in ExportFields.standardValues(of: edge) {
        GraphMLWriter.data(edgeKeys[name]!, value.text, indent: "      ", into: &out)
      }
      for (name, value) in ExportFields.extraValues(edge.attributes) {
        GraphMLWriter.data(edgeKeys[name]!, value, indent: "      ", into: &out)
      }
      out += "    </edge>\n"
    }
    out += "  </graph>\n</graphml>\n"
    return out
  }
}

/// Small pieces of GraphML syntax.
enum GraphMLWriter {
  /// Appends `<data key="KEY">value</data>` on its own line.
  static func data(_ key: String, _ value: String, indent: String, into out: inout String) {
    out += indent + "<data key=\"\(key)\">"
    XMLText.append(value, to: &out)
    out += "</data>\n"
  }
}
