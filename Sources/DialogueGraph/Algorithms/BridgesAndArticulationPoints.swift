/// A link of an undirected graph, named by its endpoints with `lower < upper`.
public struct UndirectedLink: Sendable, Hashable, Comparable {
  /// The smaller endpoint.
  public let lower: Int
  /// The larger endpoint.
  public let upper: Int

  /// The link between `a` and `b`, in either order.
  public init(_ a: Int, _ b: Int) {
    lower = min(a, b)
    upper = max(a, b)
  }

  /// Orders links by lower endpoint, then upper endpoint.
  public static func < (l: UndirectedLink, r: UndirectedLink) -> Bool {
    (l.lower, l.upper) < (r.lower, r.upper)
  }
}

/// The cut structure of an undirected graph: which single links and nodes hold it together.
public struct CutStructure: Sendable, Equatable {
  /// Links whose removal increases the number of connected components, sorted.
  public let bridges: [UndirectedLink]
  /// Nodes whose removal (with their links) increases the number of connected components, sorted.
  public let articulationPoints: [Int]
}

extension AdjacencyGraph {
  /// Bridges and articulation points (cut links and cut nodes) of an undirected graph.
  ///
  /// **Definition.** A bridge is a link on no cycle; an articulation point is a node whose removal
  /// disconnects its component. Found from depth-first discovery times `disc` and low points
  /// `low(v) = min(disc(v), disc of any node reached by one back link from v's subtree)`: a tree link
  /// `p–v` is a bridge iff `low(v) > disc(p)`; a non-root `p` is an articulation point iff some
  /// child has `low(v) ≥ disc(p)`; a root iff it has two or more DFS children.
  ///
  /// **Assumptions.** Undirected (throws ``GraphAlgorithmError/requiresUndirectedGraph(algorithm:)``
  /// otherwise). A link that stands for two or more parallel links (``multiplicities`` > 1) lies on
  /// a cycle of its own and is never a bridge — as `networkx.bridges` on a `MultiGraph`; parallel
  /// links change no articulation point (removing a node removes all its links). Self-loops are
  /// already dropped. Works per component; isolated nodes are neither.
  ///
  /// - Complexity: O(n + m), by ``lowPointSearch(_:)`` (iterative: long paths cannot overflow the
  ///   call stack).
  ///
  /// Reference: R. Tarjan, "Depth-first search and linear graph algorithms", *SIAM Journal on
  /// Computing* 1(2), 1972; J. Hopcroft and R. Tarjan 1973. Cross-checked against
  /// `networkx.bridges` and `networkx.articulation_points`.
  public func cutStructure() throws -> CutStructure {
    guard !isDirected else { throw GraphAlgorithmError.requiresUndirectedGraph(algorithm: "bridges") }
    var isCut = [Bool](repeating: false, count: nodeCount)
    var bridges: [UndirectedLink] = []
    lowPointSearch { step, discovery, low in
      switch step {
      case .descend: break
      case .revisit(_, let p, let w, let arc):
        // A back link, or a second link to the parent: either closes a cycle through v.
        return w != p || multiplicities[arc] > 1
      case .finish(let p, let v, let parentIsRoot):
        if low[v] > discovery[p] { bridges.append(UndirectedLink(p, v)) }
        if !parentIsRoot && low[v] >= discovery[p] { isCut[p] = true }
      case .finishTree(let root, let children):
        if children >= 2 { isCut[root] = true }
      }
      return false
    }
    return CutStructure(
      bridges: bridges.sorted(), articulationPoints: (0..<nodeCount).filter { isCut[$0] })
  }
}
