/// A subgraph of a ``GraphvizGraph``: a cluster drawn as a box around its nodes, or a plain
/// group that only shares attributes (for example `rank = same`).
///
/// Graphviz treats a subgraph as a cluster when its name starts with `cluster`; this type derives
/// the name from ``role`` and ``id`` so a group can never become a cluster by accident.
/// Subgraphs nest: a cluster inside a cluster is drawn inside its box (by `dot` and `fdp`).
public struct GraphvizSubgraph: Sendable, Hashable {
  /// What Graphviz does with the subgraph.
  public enum Role: Sendable, Hashable {
    /// A cluster: its nodes are laid out together and drawn inside a box.
    case cluster
    /// A plain subgraph: shared attributes only (`rank = same`, defaults), no box.
    case group
  }

  /// The subgraph's id, unique among all subgraphs of the graph.
  public var id: String
  /// Cluster or plain group.
  public var role: Role
  /// The subgraph's attributes (`label`, `style`, `color`, `rank`…).
  public var attributes: GraphvizAttributes
  /// Defaults for nodes first mentioned in this subgraph (`node [...]` inside it).
  public var nodeDefaults: GraphvizAttributes
  /// Ids of the nodes that belong to this subgraph (nodes of nested subgraphs belong too).
  public var nodeIDs: [String]
  /// Nested subgraphs.
  public var subgraphs: [GraphvizSubgraph]

  /// Creates a subgraph with the given role and id and no members.
  public init(id: String, role: Role) {
    self.id = id
    self.role = role
    attributes = GraphvizAttributes()
    nodeDefaults = GraphvizAttributes()
    nodeIDs = []
    subgraphs = []
  }

  /// Creates a cluster (drawn as a box around its nodes).
  public static func cluster(id: String) -> GraphvizSubgraph {
    GraphvizSubgraph(id: id, role: .cluster)
  }

  /// Creates a plain group (shared attributes only).
  public static func group(id: String) -> GraphvizSubgraph {
    GraphvizSubgraph(id: id, role: .group)
  }

  /// The name given to `agsubg`: `cluster_<id>` for clusters, `group_<id>` for groups.
  public var graphvizName: String {
    switch role {
    case .cluster: return "cluster_" + id
    case .group: return "group_" + id
    }
  }
}
