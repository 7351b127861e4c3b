/// A graph to be laid out and rendered by Graphviz, described as a pure-Swift value.
///
/// The value mirrors what a DOT file says — graph, node and edge attributes, default attributes,
/// nodes, edges, nested clusters and subgraphs — without any Graphviz state. ``GraphvizRenderer``
/// builds the C graph from it (`agopen`, `agnode`, `agedge`, `agsubg`), lays it out, renders it
/// and closes it again, so a value can be rendered any number of times, from any thread.
///
/// Nodes are identified by their ``GraphvizNode/id``. As in DOT, an edge or subgraph that names an
/// id with no matching entry in ``nodes`` creates that node with default attributes. A node with
/// no `label` shows its id literally (never through Graphviz's `\N` escape).
///
/// ```swift
/// var graph = GraphvizGraph(kind: .directed)
/// graph.attributes["rankdir"] = "LR"
/// graph.nodeDefaults["shape"] = "box"
/// graph.nodes = [GraphvizNode(id: "MTM"), GraphvizNode(id: "Rabat Process")]
/// graph.edges = [GraphvizEdge(from: "MTM", to: "Rabat Process")]
/// var cluster = GraphvizSubgraph.cluster(id: "south")
/// cluster.attributes["label"] = "Southern route"
/// cluster.nodeIDs = ["Rabat Process"]
/// graph.subgraphs = [cluster]
/// let svg = try GraphvizRenderer.shared.render(graph, engine: .dot, format: .svg)
/// ```
public struct GraphvizGraph: Sendable, Hashable {
  /// Whether edges have a direction (`digraph`) or not (`graph`).
  public enum Kind: Sendable, Hashable {
    /// A directed graph: edges are drawn with arrowheads by default.
    case directed
    /// An undirected graph.
    case undirected
  }

  /// Whether parallel edges between the same pair of nodes are kept or merged.
  public enum Multiplicity: Sendable, Hashable {
    /// Parallel edges are kept (a multigraph), as in a plain `digraph`.
    case multigraph
    /// At most one edge per pair (and no self-loops' duplicates), as in a `strict digraph`.
    case strict
  }

  /// The graph's name (`agopen`'s first argument); shown as the SVG document's `<title>`.
  public var name: String
  /// Directed or undirected.
  public var kind: Kind
  /// Whether parallel edges are kept.
  public var multiplicity: Multiplicity
  /// Attributes of the graph itself (`rankdir`, `splines`, `label`, `bgcolor`…).
  public var attributes: GraphvizAttributes
  /// Defaults for every node (`node [...]` in DOT), overridden by a node's own attributes.
  public var nodeDefaults: GraphvizAttributes
  /// Defaults for every edge (`edge [...]` in DOT), overridden by an edge's own attributes.
  public var edgeDefaults: GraphvizAttributes
  /// The nodes, in declaration order (the order matters to some layouts).
  public var nodes: [GraphvizNode]
  /// The edges, in declaration order.
  public var edges: [GraphvizEdge]
  /// Clusters and other subgraphs at the top level; each may nest further subgraphs.
  public var subgraphs: [GraphvizSubgraph]

  /// Creates a graph with no nodes, edges, subgraphs or attributes.
  public init(
    name: String = "G", kind: Kind = .directed, multiplicity: Multiplicity = .multigraph
  ) {
    self.name = name
    self.kind = kind
    self.multiplicity = multiplicity
    attributes = GraphvizAttributes()
    nodeDefaults = GraphvizAttributes()
    edgeDefaults = GraphvizAttributes()
    nodes = []
    edges = []
    subgraphs = []
  }
}

/// One node of a ``GraphvizGraph``.
public struct GraphvizNode: Sendable, Hashable {
  /// The node's unique name in its graph (`agnode`'s name); shown when no `label` is set.
  public var id: String
  /// The node's own attributes (`label`, `shape`, `fillcolor`, `tooltip`…).
  public var attributes: GraphvizAttributes

  /// Creates a node with the given id and attributes.
  public init(id: String, attributes: GraphvizAttributes = [:]) {
    self.id = id
    self.attributes = attributes
  }
}

/// One edge of a ``GraphvizGraph``, between two node ids.
public struct GraphvizEdge: Sendable, Hashable {
  /// The id of the tail node (where a directed edge starts).
  public var tail: String
  /// The id of the head node (where a directed edge points).
  public var head: String
  /// An optional key distinguishing parallel edges (`agedge`'s name); `nil` for anonymous edges.
  public var key: String?
  /// The edge's own attributes (`label`, `color`, `penwidth`, `weight`…).
  public var attributes: GraphvizAttributes

  /// Creates an edge from `tail` to `head`.
  public init(
    from tail: String, to head: String, key: String? = nil, attributes: GraphvizAttributes = [:]
  ) {
    self.tail = tail
    self.head = head
    self.key = key
    self.attributes = attributes
  }
}
