/// Makes node, edge, subgraph and graph names safe for Graphviz's SVG output.
///
/// Graphviz writes a node's name into the SVG's `<title>` as it is, and XML 1.0 forbids the C0
/// control characters other than tab, line feed and carriage return: a name holding one would make
/// the whole SVG unreadable. Such characters are replaced by U+FFFD, as in text labels
/// (``GraphvizValue/escapedText(_:)``). For SVG, `&` is also written `&amp;`: Graphviz escapes a
/// lone `&` in titles but copies anything that looks like an entity (`&nbsp;`, `&#0;`) unchanged,
/// and those are not XML; `&amp;` comes out as the `&` the name holds. Two names that become equal
/// this way would silently merge two nodes, so that is an error instead.
enum GraphvizNames {
  /// `graph` with every name made safe.
  /// - Throws: ``RenderError/invalidGraph(message:)`` when two distinct node ids differ only in
  ///   control characters.
  /// - Complexity: O(total length of the names).
  static func sanitized(_ graph: GraphvizGraph, for format: OutputFormat) throws(RenderError) -> GraphvizGraph {
    let escapeAmpersands = format == .svg || format.rawValue == "svgz"
    func hasForbidden(_ name: String) -> Bool {
      name.unicodeScalars.contains { GraphvizValue.isForbiddenControl($0) || (escapeAmpersands && $0 == "&") }
    }
    func clean(_ name: String) -> String {
      guard hasForbidden(name) else { return name }
      var out = String.UnicodeScalarView()
      for scalar in name.unicodeScalars {
        if GraphvizValue.isForbiddenControl(scalar) {
          out.append("\u{FFFD}")
        } else if escapeAmpersands && scalar == "&" {
          out.append(contentsOf: "&amp;".unicodeScalars)
        } else {
          out.append(scalar)
        }
      }
      return String(out)
    }
    func subgraphNeedsWork(_ subgraph: GraphvizSubgraph) -> Bool {
      hasForbidden(subgraph.id) || subgraph.nodeIDs.contains(where: hasForbidden)
        || subgraph.subgraphs.contains(where: subgraphNeedsWork)
    }
    func cleanSubgraph(_ subgraph: GraphvizSubgraph) -> GraphvizSubgraph {
      var result = subgraph
      result.id = clean(subgraph.id)
      result.nodeIDs = subgraph.nodeIDs.map(clean)
      result.subgraphs = subgraph.subgraphs.map(cleanSubgraph)
      return result
    }
    let needsWork =
      hasForbidden(graph.name) || graph.nodes.contains { hasForbidden($0.id) }
      || graph.edges.contains { hasForbidden($0.tail) || hasForbidden($0.head) || hasForbidden($0.key ?? "") }
      || graph.subgraphs.contains(where: subgraphNeedsWork)
    guard needsWork else { return graph }
    var seen: [String: String] = [:]
    for node in graph.nodes {
      let safe = clean(node.id)
      if let other = seen[safe], other != node.id {
        throw .invalidGraph(
          message:
            "node ids \(other.debugDescription) and \(node.id.debugDescription) differ only in control characters")
      }
      seen[safe] = node.id
    }
    var result = graph
    result.name = clean(graph.name)
    result.nodes = graph.nodes.map { node in
      // A node without a label shows its id: keep showing the id as given, not its safe name.
      var attributes = node.attributes
      if attributes["label"] == nil && graph.nodeDefaults["label"] == nil && clean(node.id) != node.id {
        attributes["label"] = .text(node.id)
      }
      return GraphvizNode(id: clean(node.id), attributes: attributes)
    }
    result.edges = graph.edges.map {
      GraphvizEdge(from: clean($0.tail), to: clean($0.head), key: $0.key.map(clean), attributes: $0.attributes)
    }
    result.subgraphs = graph.subgraphs.map(cleanSubgraph)
    return result
  }

}
