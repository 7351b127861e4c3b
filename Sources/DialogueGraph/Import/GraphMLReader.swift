import Foundation

/// Reads [GraphML](http://graphml.graphdrawing.org/) as written by this toolkit
/// (``NetworkView/graphML()``), networkx (`write_graphml`), igraph, Gephi, Cytoscape and yEd.
///
/// - `<key id=… for="node|edge|graph|all" attr.name=…>` declares an attribute (with an optional
///   `<default>`); `<data key=…>` gives a value. Keys without `attr.name` are skipped, except yEd's
///   graphics: the text of a yEd `NodeLabel` is the node's label when no `label` attribute is given.
/// - The first `<graph>` is read; `edgedefault` and per-edge `directed` are accepted (direction is
///   the vocabulary's and `--directed`'s business). Nested graphs, hyperedges and ports are not
///   supported and are reported with their line.
/// - The graph's `name` data (or its `id`, when it is not networkx's default "G") names the network.
enum GraphMLReader {
  static func read(_ root: XMLTreeElement, file: String) -> ImportedGraph {
    var graph = ImportedGraph(file: file)
    guard root.name == "graphml" else {
      graph.problem(
        line: root.line, "the root element is <\(root.name)>", expected: "a GraphML document (<graphml>)")
      return graph
    }
    // Keys: id → (name, default) per domain.
    struct Key {
      let name: String
      let scope: String
      let defaultValue: String?
    }
    var keys: [String: Key] = [:]
    var yEdNodeGraphics: Set<String> = []
    var declaredIds: Set<String> = []
    for key in root.children("key") {
      guard let id = key.attributes["id"] else {
        graph.problem(line: key.line, "<key> without an id", expected: "<key id=\"…\" attr.name=\"…\">")
        continue
      }
      declaredIds.insert(id)
      if key.attributes["yfiles.type"] == "nodegraphics" { yEdNodeGraphics.insert(id) }
      guard let name = key.attributes["attr.name"] else { continue }
      keys[id] = Key(
        name: name, scope: key.attributes["for"] ?? "all", defaultValue: key.child("default")?.text)
    }
    let graphs = root.children("graph")
    guard let body = graphs.first else {
      graph.problem(line: root.line, "no <graph> element", expected: "a <graph> inside <graphml>")
      return graph
    }
    if graphs.count > 1 {
      graph.problem(line: graphs[1].line, "a second <graph>", expected: "one graph per file")
    }
    func values(_ element: XMLTreeElement, scope: String) -> [String: String] {
      var values: [String: String] = [:]
      for (_, key) in keys where key.scope == scope || key.scope == "all" {
        if let value = key.defaultValue { values[key.name] = value }
      }
      for data in element.children("data") {
        guard let id = data.attributes["key"] else {
          graph.problem(line: data.line, "<data> without a key", expected: "<data key=\"…\">")
          continue
        }
        if let key = keys[id] {
          values[key.name] = data.text
        } else if yEdNodeGraphics.contains(id), values["label"] == nil, let label = yEdLabel(data) {
          values["label"] = label
        } else if !declaredIds.contains(id) {
          graph.problem(
            line: data.line, "<data> names an undeclared key", value: id, expected: "a key declared by <key id=…>")
        }
      }
      return values
    }
    let graphValues = values(body, scope: "graph")
    graph.name = graphValues["name"] ?? body.attributes["id"].flatMap { $0 == "G" ? nil : $0 }
    for element in body.children {
      switch element.name {
      case "node":
        if element.child("graph") != nil {
          graph.problem(line: element.line, "nested graphs are not supported", expected: "a flat graph")
        }
        if element.child("port") != nil {
          graph.problem(line: element.line, "ports are not supported", expected: "nodes without <port>")
        }
        guard let id = element.attributes["id"] else {
          graph.problem(line: element.line, "<node> without an id", expected: "<node id=\"…\">")
          continue
        }
        graph.nodes.append(.init(id: id, attributes: values(element, scope: "node"), line: element.line))
      case "edge":
        guard let source = element.attributes["source"], let target = element.attributes["target"] else {
          graph.problem(
            line: element.line, "<edge> without source or target", expected: "<edge source=\"…\" target=\"…\">")
          continue
        }
        graph.edges.append(
          .init(
            id: element.attributes["id"], source: source, target: target,
            attributes: values(element, scope: "edge"), line: element.line))
      case "hyperedge":
        graph.problem(line: element.line, "hyperedges are not supported", expected: "<edge> elements")
      default: continue  // <data>, <desc> and unknown extensions
      }
    }
    return graph
  }

  /// The text of the first yEd `NodeLabel` inside a `<data>` element, trimmed.
  static func yEdLabel(_ element: XMLTreeElement) -> String? {
    if element.name == "NodeLabel" {
      let text = element.text.trimmingCharacters(in: .whitespacesAndNewlines)
      return text.isEmpty ? nil : text
    }
    for child in element.children { if let label = yEdLabel(child) { return label } }
    return nil
  }
}
