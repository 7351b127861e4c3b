/// What changed between two views: the nodes and edges one keeps and the other does not.
///
/// Typical use: the same network on two dates.
/// ```swift
/// let diff = NetworkDiff(from: try network.view(asOf: Day("2012-01-01")!),
///                        to: try network.view(asOf: Day("2014-01-01")!))
/// diff.addedEdges.map { network.edges[$0].id }
/// ```
/// Nodes and edges are matched by **id**, so the two views may also come from two versions of a
/// dataset. Indices refer to the network of the view they are kept in: added items to `to`'s
/// network, removed items to `from`'s.
public struct NetworkDiff: Sendable, Equatable {
  /// Nodes in `to` whose id is not in `from` (indices into `to`'s network), ascending.
  public let addedNodes: [Int]
  /// Nodes in `from` whose id is not in `to` (indices into `from`'s network), ascending.
  public let removedNodes: [Int]
  /// Edges in `to` whose id is not in `from` (indices into `to`'s network), ascending.
  public let addedEdges: [Int]
  /// Edges in `from` whose id is not in `to` (indices into `from`'s network), ascending.
  public let removedEdges: [Int]

  /// Compares two views.
  /// - Complexity: O(n + m) when both views share a network; otherwise O(n + m) expected (hashing ids).
  public init(from old: NetworkView, to new: NetworkView) {
    if old.network === new.network {
      addedNodes = new.nodeIndices.filter { !old.contains(node: $0) }
      removedNodes = old.nodeIndices.filter { !new.contains(node: $0) }
      addedEdges = new.edgeIndices.filter { !old.contains(edge: $0) }
      removedEdges = old.edgeIndices.filter { !new.contains(edge: $0) }
    } else {
      let oldNodes = Set(old.nodes.map(\.id))
      let newNodes = Set(new.nodes.map(\.id))
      let oldEdges = Set(old.edges.map(\.id))
      let newEdges = Set(new.edges.map(\.id))
      addedNodes = new.nodeIndices.filter { !oldNodes.contains(new.network.nodes[$0].id) }
      removedNodes = old.nodeIndices.filter { !newNodes.contains(old.network.nodes[$0].id) }
      addedEdges = new.edgeIndices.filter { !oldEdges.contains(new.network.edges[$0].id) }
      removedEdges = old.edgeIndices.filter { !newEdges.contains(old.network.edges[$0].id) }
    }
  }

  /// Whether nothing changed.
  public var isEmpty: Bool { addedNodes.isEmpty && removedNodes.isEmpty && addedEdges.isEmpty && removedEdges.isEmpty }
}
