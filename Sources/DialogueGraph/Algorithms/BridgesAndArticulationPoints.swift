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
  /// - Complexity: O(n + m); the depth-first search keeps its own stack, so deep graphs (long
  ///   paths) cannot overflow the call stack.
  ///
  /// Reference: R. Tarjan, "Depth-first search and linear graph algorithms", *SIAM Journal on
  /// Computing* 1(2), 1972; J. Hopcroft and R. Tarjan 1973. Cross-checked against
  /// `networkx.bridges` and `networkx.articulation_points`.
  public func cutStructure() throws -> CutStructure {
    guard !isDirected else { throw GraphAlgorithmError.requiresUndirectedGraph(algorithm: "bridges") }
    let n = nodeCount
    var discovery = [Int](repeating: -1, count: n)
    var low = [Int](repeating: 0, count: n)
    var parent = [Int](repeating: -1, count: n)
    var nextArc = [Int](repeating: 0, count: n)
    var isCut = [Bool](repeating: false, count: n)
    var bridges: [UndirectedLink] = []
    var stack: [Int] = []
    var time = 0
    for root in 0..<n where discovery[root] < 0 {
      discovery[root] = time
      low[root] = time
      time += 1
      nextArc[root] = offsets[root]
      stack.append(root)
      var rootChildren = 0
      while let v = stack.last {
        if nextArc[v] < offsets[v + 1] {
          let arc = nextArc[v]
          let w = Int(neighbors[arc])
          nextArc[v] += 1
          if discovery[w] < 0 {
            parent[w] = v
            discovery[w] = time
            low[w] = time
            time += 1
            nextArc[w] = offsets[w]
            stack.append(w)
            if v == root { rootChildren += 1 }
          } else if w != parent[v] || multiplicities[arc] > 1 {
            // A back link, or a second link to the parent: either closes a cycle through v.
            low[v] = min(low[v], discovery[w])
          }
          continue
        }
        // All of v's links explored: report to its parent.
        stack.removeLast()
        let p = parent[v]
        guard p >= 0 else { continue }
        low[p] = min(low[p], low[v])
        if low[v] > discovery[p] { bridges.append(UndirectedLink(p, v)) }
        if p != root && low[v] >= discovery[p] { isCut[p] = true }
      }
      if rootChildren >= 2 { isCut[root] = true }
    }
    return CutStructure(
      bridges: bridges.sorted(), articulationPoints: (0..<n).filter { isCut[$0] })
  }
}
