import Foundation

/// Reads [GEXF](https://gexf.net) 1.1–1.3 as written by this toolkit (``NetworkView/gexf()``),
/// Gephi and networkx (`write_gexf`).
///
/// - `<attributes class="node|edge">` declares attributes: `id` (Gephi and networkx use numbers)
///   and `title` (the name used here), optional `<default>`; `<attvalue for=ID value=…>` gives a
///   value. A node's `label` attribute is its label. GEXF declares attributes before the nodes and
///   edges; an `<attvalue>` naming one not declared before it is reported.
/// - An edge's `weight` and `kind` (GEXF 1.3) become its weight and kind unless an attribute of
///   that name is given; its `label` is kept as an extra attribute `label`.
/// - Dates: the `start`/`end` attribute values when declared (this toolkit writes the dataset's
///   partial dates there), else the element's own `start`/`end` (GEXF 1.1/1.2 and networkx), else
///   the first `<spell>`. A spell's end is inclusive in GEXF 1.3, the last day the item holds,
///   which is how the dataset reads a full-date `end`. Timestamps keep their day.
/// - The first `<graph>` is read. Hierarchy (`pid`, nodes nested in nodes) and visualisation
///   (`viz:`) elements are ignored.
///
/// Streaming (an ``XMLEventHandler``): each node and edge becomes an ``ImportedGraph/Item`` when
/// its end tag is read; only the attribute declarations and the element being read are held.
final class GEXFReader: XMLGraphReader {
  private(set) var graph: ImportedGraph

  private struct Attribute {
    let title: String
    var defaultValue: String?
  }
  /// Attribute declarations: class → id → declaration.
  private var declared: [String: [String: Attribute]] = ["node": [:], "edge": [:]]
  private var rootLine = 1
  private var graphStarted = false
  private var inFirstGraph = false
  private var inMeta = false
  private var graphName: String?
  private var description: String?
  private var keywords: String?
  /// The `<attributes>` block and `<attribute>` being read.
  private var attributeClass = "node"
  private var openAttribute: (id: String, attribute: Attribute)?
  /// The `<nodes>` or `<edges>` block being read ("node" or "edge"), and the item inside it.
  private var block: String?
  private var item: ImportedGraph.Item?
  private var inItem = false
  /// The item element's own attributes (dates, label, weight, kind) and its first spell's.
  private var itemAttributes: [String: String] = [:]
  private var firstSpell: [String: String]?
  private var inAttvalues = false
  private var inSpells = false
  private(set) var isFinished = false

  init(file: String) { graph = ImportedGraph(file: file) }

  func start(_ name: String, attributes: [String: String], line: Int, depth: Int) -> Bool {
    switch (depth, name) {
    case (0, _):
      rootLine = line
      if name != "gexf" {
        graph.problem(line: line, "the root element is <\(name)>", expected: "a GEXF document (<gexf>)")
        isFinished = true
      }
    case (1, "meta"): inMeta = true
    case (2, "description"), (2, "keywords"):
      return inMeta
    case (1, "graph"):
      guard !graphStarted else { return false }
      graphStarted = true
      inFirstGraph = true
      graphName = attributes["name"]
    case (2, "attributes") where inFirstGraph:
      attributeClass = attributes["class"] ?? "node"
    case (3, "attribute") where inFirstGraph && block == nil:
      guard let id = attributes["id"] else {
        graph.problem(line: line, "<attribute> without an id", expected: "<attribute id=\"…\" title=\"…\">")
        return false
      }
      openAttribute = (id, Attribute(title: attributes["title"] ?? id))
    case (4, "default") where openAttribute != nil:
      return true
    case (2, "nodes") where inFirstGraph: block = "node"
    case (2, "edges") where inFirstGraph: block = "edge"
    case (3, "node") where block == "node", (3, "edge") where block == "edge":
      startItem(name, attributes: attributes, line: line)
    case (4, "attvalues") where inItem: inAttvalues = true
    case (5, "attvalue") where inAttvalues: attvalue(attributes, line: line)
    case (4, "spells") where inItem: inSpells = true
    case (5, "spell") where inSpells && firstSpell == nil: firstSpell = attributes
    default: break
    }
    return false
  }

  func end(_ name: String, text: String, depth: Int) {
    switch (depth, name) {
    case (1, "meta"): inMeta = false
    case (2, "description") where inMeta && description == nil: description = text
    case (2, "keywords") where inMeta && keywords == nil: keywords = text
    case (1, "graph"): inFirstGraph = false
    case (3, "attribute") where openAttribute != nil:
      declared[attributeClass, default: [:]][openAttribute!.id] = openAttribute!.attribute
      openAttribute = nil
    case (4, "default") where openAttribute != nil: openAttribute!.attribute.defaultValue = text
    case (2, "nodes"), (2, "edges"): block = nil
    case (3, _) where inItem: endItem()
    case (4, "attvalues"): inAttvalues = false
    case (4, "spells"): inSpells = false
    default: break
    }
  }

  private func startItem(_ name: String, attributes: [String: String], line: Int) {
    inItem = true
    itemAttributes = attributes
    firstSpell = nil
    var values: [String: String] = [:]
    for attribute in (declared[name] ?? [:]).values {
      if let value = attribute.defaultValue { values[attribute.title] = value }
    }
    if name == "node" {
      guard let id = attributes["id"] else {
        graph.problem(line: line, "<node> without an id", expected: "<node id=\"…\">")
        return
      }
      item = .init(id: id, attributes: values, line: line)
    } else {
      guard let source = attributes["source"], let target = attributes["target"] else {
        graph.problem(line: line, "<edge> without source or target", expected: "<edge source=\"…\" target=\"…\">")
        return
      }
      item = .init(id: attributes["id"], source: source, target: target, attributes: values, line: line)
    }
  }

  private func attvalue(_ attributes: [String: String], line: Int) {
    guard item != nil, let scope = block else { return }
    guard let id = attributes["for"] ?? attributes["id"] else {
      graph.problem(line: line, "<attvalue> without for", expected: "<attvalue for=\"…\" value=\"…\">")
      return
    }
    guard let attribute = declared[scope]?[id] else {
      graph.problem(
        line: line, "<attvalue> names an undeclared attribute", value: id,
        expected: "an attribute declared in <attributes class=\"\(scope)\">")
      return
    }
    item!.attributes[attribute.title] = attributes["value"] ?? ""
  }

  private func endItem() {
    defer {
      item = nil
      inItem = false
      inAttvalues = false
      inSpells = false
    }
    guard var item else { return }
    // Dates from the element itself, then from its first spell, when no attribute gives them.
    for bound in ["start", "end"] where item.attributes[bound] == nil {
      if let value = itemAttributes[bound] ?? firstSpell?[bound] { item.attributes[bound] = value }
    }
    if block == "node" {
      if item.attributes["label"] == nil, let label = itemAttributes["label"] { item.attributes["label"] = label }
      graph.nodes.append(item)
    } else {
      for name in ["weight", "kind", "label"] where item.attributes[name] == nil {
        if let value = itemAttributes[name] { item.attributes[name] = value }
      }
      graph.edges.append(item)
    }
  }

  /// The graph read, named by the graph's `name` or the meta description; the reference date from
  /// the meta keyword `referenceDate=YYYY-MM-DD` this toolkit writes.
  func finish() -> ImportedGraph {
    if !isFinished && !graphStarted {
      graph.problem(line: rootLine, "no <graph> element", expected: "a <graph> inside <gexf>")
    }
    graph.name = graphName ?? description?.trimmingCharacters(in: .whitespacesAndNewlines)
    if graph.name?.isEmpty == true { graph.name = nil }
    if let keywords, let range = keywords.range(of: "referenceDate=") {
      graph.referenceDate = String(keywords[range.upperBound...].prefix { !$0.isWhitespace && $0 != "," })
    }
    return graph
  }
}
