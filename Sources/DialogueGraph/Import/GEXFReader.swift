import Foundation

/// Reads [GEXF](https://gexf.net) 1.1–1.3 as written by this toolkit (``NetworkView/gexf()``),
/// Gephi and networkx (`write_gexf`).
///
/// - `<attributes class="node|edge">` declares attributes: `id` (Gephi and networkx use numbers)
///   and `title` (the name used here), optional `<default>`; `<attvalue for=ID value=…>` gives a
///   value. A node's `label` attribute is its label.
/// - An edge's `weight` and `kind` (GEXF 1.3) become its weight and kind unless an attribute of
///   that name is given; its `label` is kept as an extra attribute `label`.
/// - Dates: the `start`/`end` attribute values when declared (this toolkit writes the dataset's
///   partial dates there), else the element's own `start`/`end` (GEXF 1.1/1.2 and networkx), else
///   the first `<spell>`. A spell's end is inclusive in GEXF 1.3, the last day the item holds,
///   which is how the dataset reads a full-date `end`. Timestamps keep their day.
/// - Hierarchy (`pid`, nested `<nodes>`) and visualisation (`viz:`) elements are ignored.
enum GEXFReader {
  static func read(_ root: XMLTreeElement, file: String) -> ImportedGraph {
    var graph = ImportedGraph(file: file)
    guard root.name == "gexf" else {
      graph.problem(line: root.line, "the root element is <\(root.name)>", expected: "a GEXF document (<gexf>)")
      return graph
    }
    guard let body = root.child("graph") else {
      graph.problem(line: root.line, "no <graph> element", expected: "a <graph> inside <gexf>")
      return graph
    }
    graph.name =
      body.attributes["name"]
      ?? root.child("meta")?.child("description")?.text.trimmingCharacters(
        in: .whitespacesAndNewlines)
    if graph.name?.isEmpty == true { graph.name = nil }
    // Attribute declarations: class → (id → (title, default)).
    var declared: [String: [String: (title: String, defaultValue: String?)]] = ["node": [:], "edge": [:]]
    for block in body.children("attributes") {
      let scope = block.attributes["class"] ?? "node"
      for attribute in block.children("attribute") {
        guard let id = attribute.attributes["id"] else {
          graph.problem(
            line: attribute.line, "<attribute> without an id", expected: "<attribute id=\"…\" title=\"…\">")
          continue
        }
        declared[scope, default: [:]][id] = (attribute.attributes["title"] ?? id, attribute.child("default")?.text)
      }
    }
    func values(_ element: XMLTreeElement, scope: String) -> [String: String] {
      var values: [String: String] = [:]
      let known = declared[scope] ?? [:]
      for (_, attribute) in known { if let value = attribute.defaultValue { values[attribute.title] = value } }
      for attvalue in element.child("attvalues")?.children("attvalue") ?? [] {
        guard let id = attvalue.attributes["for"] ?? attvalue.attributes["id"] else {
          graph.problem(line: attvalue.line, "<attvalue> without for", expected: "<attvalue for=\"…\" value=\"…\">")
          continue
        }
        guard let attribute = known[id] else {
          graph.problem(
            line: attvalue.line, "<attvalue> names an undeclared attribute", value: id,
            expected: "an attribute declared in <attributes class=\"\(scope)\">")
          continue
        }
        values[attribute.title] = attvalue.attributes["value"] ?? ""
      }
      // Dates from the element itself, then from its first spell, when no attribute gives them.
      let spell = element.child("spells")?.child("spell")
      for bound in ["start", "end"] where values[bound] == nil {
        if let value = element.attributes[bound] ?? spell?.attributes[bound] { values[bound] = value }
      }
      return values
    }
    for element in body.child("nodes")?.children("node") ?? [] {
      guard let id = element.attributes["id"] else {
        graph.problem(line: element.line, "<node> without an id", expected: "<node id=\"…\">")
        continue
      }
      var attributes = values(element, scope: "node")
      if attributes["label"] == nil, let label = element.attributes["label"] { attributes["label"] = label }
      graph.nodes.append(.init(id: id, attributes: attributes, line: element.line))
    }
    for element in body.child("edges")?.children("edge") ?? [] {
      guard let source = element.attributes["source"], let target = element.attributes["target"] else {
        graph.problem(
          line: element.line, "<edge> without source or target", expected: "<edge source=\"…\" target=\"…\">")
        continue
      }
      var attributes = values(element, scope: "edge")
      for name in ["weight", "kind", "label"] where attributes[name] == nil {
        if let value = element.attributes[name] { attributes[name] = value }
      }
      graph.edges.append(
        .init(id: element.attributes["id"], source: source, target: target, attributes: attributes, line: element.line))
    }
    return graph
  }
}
