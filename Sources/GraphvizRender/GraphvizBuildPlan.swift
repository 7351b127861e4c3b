/// A ``GraphvizGraph`` resolved into the exact sequence of Graphviz calls that builds it: every
/// value escaped, every node's effective attributes merged, every node created once.
///
/// Keeping this resolution in pure Swift leaves the C boundary (`Graphviz+C.swift`) a plain loop.
/// Resolution rules:
/// - A node's attributes are, from weakest to strongest: the graph's ``GraphvizGraph/nodeDefaults``
///   (declared once with `agattr`), the ``GraphvizSubgraph/nodeDefaults`` of the subgraphs that
///   first mention it (outermost first), and its own attributes.
/// - A node whose resolved attributes have no `label` gets `.text(id)`, so its name is shown
///   literally instead of through Graphviz's `\N` expansion (which would interpret `\` and `&`).
/// - Graphviz interns strings in one pool per graph keyed by content, so an HTML label equal to
///   any plain string of the graph would lose its HTML flag (or lend it to the plain string). Such
///   an HTML label gets an empty HTML comment `<!---->` appended until it is unique; the comment
///   renders as nothing.
struct GraphvizBuildPlan {
  /// One attribute assignment: name, the string handed to Graphviz, and whether it is HTML.
  struct Setting: Equatable {
    var name: String
    var value: String
    var isHTML: Bool
  }

  /// A subgraph to create: its `agsubg` name, attributes, member node ids, nested subgraphs.
  struct Subgraph {
    var name: String
    var settings: [Setting]
    var nodeIDs: [String]
    var children: [Subgraph]
  }

  /// A node to create, in creation order.
  struct Node {
    var id: String
    var settings: [Setting]
  }

  /// An edge to create.
  struct Edge {
    var tail: String
    var head: String
    var key: String?
    var settings: [Setting]
  }

  var name: String
  var isDirected: Bool
  var isStrict: Bool
  var graphSettings: [Setting] = []
  var nodeDefaults: [Setting] = []
  var edgeDefaults: [Setting] = []
  var nodes: [Node] = []
  var subgraphs: [Subgraph] = []
  var edges: [Edge] = []

  /// Resolves `graph`.
  /// - Complexity: O(*a* log *a*) for *a* attribute assignments in total, plus O(*n* + *m*) for
  ///   *n* node mentions and *m* edges.
  init(_ graph: GraphvizGraph) {
    name = graph.name
    isDirected = graph.kind == .directed
    isStrict = graph.multiplicity == .strict
    let pool = HTMLDisambiguator(graph)
    func settings(_ attributes: GraphvizAttributes) -> [Setting] {
      attributes.sorted.map { pool.setting(name: $0.name, value: $0.value) }
    }
    graphSettings = settings(graph.attributes)
    nodeDefaults = settings(graph.nodeDefaults)
    edgeDefaults = settings(graph.edgeDefaults)

    var created = Set<String>()
    let rootLabel = graph.nodeDefaults["label"]
    func createNode(_ id: String, own: GraphvizAttributes, inherited: GraphvizAttributes) {
      guard created.insert(id).inserted else { return }
      var merged = inherited
      for (name, value) in own.values { merged[name] = value }
      if merged["label"] == nil && rootLabel == nil { merged["label"] = .text(id) }
      nodes.append(Node(id: id, settings: settings(merged)))
    }

    var inheritedByID: [String: GraphvizAttributes] = [:]
    func collectInherited(_ subgraph: GraphvizSubgraph, _ outer: GraphvizAttributes) {
      var defaults = outer
      for (name, value) in subgraph.nodeDefaults.values { defaults[name] = value }
      for id in subgraph.nodeIDs where inheritedByID[id] == nil { inheritedByID[id] = defaults }
      for child in subgraph.subgraphs { collectInherited(child, defaults) }
    }
    for subgraph in graph.subgraphs { collectInherited(subgraph, GraphvizAttributes()) }

    for node in graph.nodes {
      createNode(node.id, own: node.attributes, inherited: inheritedByID[node.id] ?? [:])
    }
    func plan(_ subgraph: GraphvizSubgraph) -> Subgraph {
      for id in subgraph.nodeIDs {
        createNode(id, own: [:], inherited: inheritedByID[id] ?? [:])
      }
      return Subgraph(
        name: subgraph.graphvizName, settings: settings(subgraph.attributes),
        nodeIDs: subgraph.nodeIDs, children: subgraph.subgraphs.map(plan))
    }
    subgraphs = graph.subgraphs.map(plan)
    for edge in graph.edges {
      createNode(edge.tail, own: [:], inherited: [:])
      createNode(edge.head, own: [:], inherited: [:])
      edges.append(
        Edge(tail: edge.tail, head: edge.head, key: edge.key, settings: settings(edge.attributes)))
    }
  }
}

/// Keeps HTML-like strings distinct from every plain string of one graph (see
/// ``GraphvizBuildPlan``).
private struct HTMLDisambiguator {
  private var plainStrings: Set<String> = ["", "\\N"]

  init(_ graph: GraphvizGraph) {
    plainStrings.insert(graph.name)
    func add(_ attributes: GraphvizAttributes) {
      for (name, value) in attributes.values {
        plainStrings.insert(name)
        if !value.isHTML { plainStrings.insert(value.graphvizString) }
      }
    }
    func add(_ subgraph: GraphvizSubgraph) {
      plainStrings.insert(subgraph.graphvizName)
      add(subgraph.attributes)
      add(subgraph.nodeDefaults)
      for id in subgraph.nodeIDs {
        plainStrings.insert(id)
        plainStrings.insert(GraphvizValue.escapedText(id))
      }
      subgraph.subgraphs.forEach(add)
    }
    add(graph.attributes)
    add(graph.nodeDefaults)
    add(graph.edgeDefaults)
    for node in graph.nodes {
      plainStrings.insert(node.id)
      plainStrings.insert(GraphvizValue.escapedText(node.id))
      add(node.attributes)
    }
    for edge in graph.edges {
      plainStrings.formUnion([
        edge.tail, edge.head, GraphvizValue.escapedText(edge.tail),
        GraphvizValue.escapedText(edge.head),
      ])
      if let key = edge.key { plainStrings.insert(key) }
      add(edge.attributes)
    }
    graph.subgraphs.forEach(add)
  }

  /// The setting for `value`, with an HTML string made unique when it collides.
  func setting(name: String, value: GraphvizValue) -> GraphvizBuildPlan.Setting {
    var string = value.graphvizString
    if value.isHTML {
      while plainStrings.contains(string) { string += "<!---->" }
    }
    return GraphvizBuildPlan.Setting(name: name, value: string, isHTML: value.isHTML)
  }
}
