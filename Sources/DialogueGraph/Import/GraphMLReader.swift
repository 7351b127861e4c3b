import Foundation

/// Reads [GraphML](http://graphml.graphdrawing.org/) as written by this toolkit
/// (``NetworkView/graphML()``), networkx (`write_graphml`), igraph, Gephi, Cytoscape and yEd.
///
/// - `<key id=… for="node|edge|graph|all" attr.name=…>` declares an attribute (with an optional
///   `<default>`); `<data key=…>` gives a value. Keys without `attr.name` are skipped, except yEd's
///   graphics: the text of a yEd `NodeLabel` is the node's label when no `label` attribute is given.
///   GraphML declares keys before the graph; a `<data>` naming a key not declared before it is
///   reported.
/// - The first `<graph>` is read; `edgedefault` and per-edge `directed` are accepted (direction is
///   the vocabulary's and `--directed`'s business). Nested graphs, hyperedges and ports are not
///   supported and are reported with their line.
/// - The graph's `name` data (or its `id`, when it is not networkx's default "G") names the network.
///
/// Streaming (an ``XMLEventHandler``): each node and edge becomes an ``ImportedGraph/Item`` when
/// its end tag is read; only the keys and the element being read are held besides.
final class GraphMLReader: XMLGraphReader {
  private(set) var graph: ImportedGraph

  private struct Key {
    let name: String?
    let scope: String
    var defaultValue: String?
    let isYEdNodeGraphics: Bool
  }
  private var keys: [String: Key] = [:]
  /// Key id being declared (between `<key>` and `</key>`).
  private var openKey: String?
  /// Defaults by scope, computed when the graph starts (keys precede it).
  private var defaults: [String: [String: String]] = [:]
  private var rootLine = 1
  private var graphStarted = false
  private var inFirstGraph = false
  private var graphId: String?
  private var graphValues: [String: String] = [:]
  /// The node or edge being read (`nil` inside one that was reported), and its scope.
  private var item: ImportedGraph.Item?
  private var itemScope = ""
  private var inItem = false
  private var reportedNesting = false
  private var reportedPorts = false
  /// The `<data>` being read: its key id, and the first yEd label found inside it.
  private var dataKey: String?
  private var dataLine = 0
  private var yEdLabel: String?
  private(set) var isFinished = false

  init(file: String) { graph = ImportedGraph(file: file) }

  func start(_ name: String, attributes: [String: String], line: Int, depth: Int) -> Bool {
    switch depth {
    case 0:
      rootLine = line
      if name != "graphml" {
        graph.problem(line: line, "the root element is <\(name)>", expected: "a GraphML document (<graphml>)")
        isFinished = true
      }
    case 1 where name == "key":
      guard let id = attributes["id"] else {
        graph.problem(line: line, "<key> without an id", expected: "<key id=\"…\" attr.name=\"…\">")
        return false
      }
      keys[id] = Key(
        name: attributes["attr.name"], scope: attributes["for"] ?? "all", defaultValue: nil,
        isYEdNodeGraphics: attributes["yfiles.type"] == "nodegraphics")
      openKey = id
    case 2 where name == "default" && openKey != nil:
      return true
    case 1 where name == "graph":
      if graphStarted {
        graph.problem(line: line, "a second <graph>", expected: "one graph per file")
        return false
      }
      graphStarted = true
      inFirstGraph = true
      graphId = attributes["id"]
      for scope in ["graph", "node", "edge"] {
        for key in keys.values where key.scope == scope || key.scope == "all" {
          if let name = key.name, let value = key.defaultValue { defaults[scope, default: [:]][name] = value }
        }
      }
      graphValues = defaults["graph"] ?? [:]
    case 2 where inFirstGraph:
      switch name {
      case "data": return startData(attributes, line: line)
      case "node":
        startItem(scope: "node")
        if let id = attributes["id"] {
          item = .init(id: id, attributes: defaults["node"] ?? [:], line: line)
        } else {
          graph.problem(line: line, "<node> without an id", expected: "<node id=\"…\">")
        }
      case "edge":
        startItem(scope: "edge")
        if let source = attributes["source"], let target = attributes["target"] {
          item = .init(
            id: attributes["id"], source: source, target: target, attributes: defaults["edge"] ?? [:], line: line)
        } else {
          graph.problem(
            line: line, "<edge> without source or target", expected: "<edge source=\"…\" target=\"…\">")
        }
      case "hyperedge":
        graph.problem(line: line, "hyperedges are not supported", expected: "<edge> elements")
      default: break  // <desc> and unknown extensions
      }
    case 3 where inItem:
      switch name {
      case "data": return startData(attributes, line: line)
      case "graph" where itemScope == "node" && !reportedNesting:
        reportedNesting = true
        graph.problem(line: item?.line ?? line, "nested graphs are not supported", expected: "a flat graph")
      case "port" where itemScope == "node" && !reportedPorts:
        reportedPorts = true
        graph.problem(line: item?.line ?? line, "ports are not supported", expected: "nodes without <port>")
      default: break
      }
    case 4... where dataKey != nil && name == "NodeLabel":
      return yEdLabel == nil && keys[dataKey!]?.isYEdNodeGraphics == true
    default: break
    }
    return false
  }

  func end(_ name: String, text: String, depth: Int) {
    switch depth {
    case 1 where name == "key": openKey = nil
    case 2 where name == "default" && openKey != nil: keys[openKey!]?.defaultValue = text
    case 1 where name == "graph": inFirstGraph = false
    case 2 where inFirstGraph && name == "data": endData(text: text, into: &graphValues)
    case 2 where inItem:
      if let item {
        if itemScope == "node" { graph.nodes.append(item) } else { graph.edges.append(item) }
      }
      item = nil
      inItem = false
    case 3 where inItem && name == "data":
      if item != nil { endData(text: text, into: &item!.attributes) } else { dataKey = nil }
    case 4... where name == "NodeLabel" && dataKey != nil && yEdLabel == nil:
      let label = text.trimmingCharacters(in: .whitespacesAndNewlines)
      if !label.isEmpty { yEdLabel = label }
    default: break
    }
  }

  private func startItem(scope: String) {
    inItem = true
    itemScope = scope
    reportedNesting = false
    reportedPorts = false
  }

  private func startData(_ attributes: [String: String], line: Int) -> Bool {
    guard let id = attributes["key"] else {
      graph.problem(line: line, "<data> without a key", expected: "<data key=\"…\">")
      return false
    }
    dataKey = id
    dataLine = line
    yEdLabel = nil
    return true
  }

  /// Sets the value of the `<data>` just read: a declared attribute, a yEd label, or a problem.
  private func endData(text: String, into values: inout [String: String]) {
    guard let id = dataKey else { return }
    dataKey = nil
    if let key = keys[id] {
      if let name = key.name {
        values[name] = text
      } else if key.isYEdNodeGraphics, values["label"] == nil, let label = yEdLabel {
        values["label"] = label
      }
    } else {
      graph.problem(
        line: dataLine, "<data> names an undeclared key", value: id, expected: "a key declared by <key id=…>")
    }
  }

  /// The graph read, named by its `name` data or its id.
  func finish() -> ImportedGraph {
    if !isFinished && !graphStarted {
      graph.problem(line: rootLine, "no <graph> element", expected: "a <graph> inside <graphml>")
    }
    graph.name = graphValues["name"] ?? graphId.flatMap { $0 == "G" ? nil : $0 }
    graph.referenceDate = graphValues["referenceDate"]
    return graph
  }
}
