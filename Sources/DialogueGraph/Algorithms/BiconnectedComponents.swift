extension AdjacencyGraph {
  /// The biconnected components: maximal groups of nodes that no single node's removal separates.
  ///
  /// **Definition.** A biconnected component is a maximal set of links any two of which lie on a
  /// common simple cycle (a bridge is a component of its own); returned as the sets of nodes those
  /// links touch. Articulation points belong to several components; isolated nodes to none.
  /// Found by Hopcroft and Tarjan's depth-first search with a stack of links: when a child `v` of
  /// `p` has `low(v) ≥ disc(p)`, the links stacked since p–v form a component.
  ///
  /// **Normalisation.** None. Components are returned each sorted, ordered by their smallest node
  /// then size. Parallel links change no component's nodes.
  ///
  /// **Assumptions.** Undirected (throws ``GraphAlgorithmError/requiresUndirectedGraph(algorithm:)``).
  ///
  /// - Complexity: O(n + m), by ``lowPointSearch(_:)`` (iterative: long paths cannot overflow the
  ///   call stack).
  ///
  /// Reference: J. Hopcroft and R. Tarjan, "Algorithm 447: efficient algorithms for graph
  /// manipulation", *Communications of the ACM* 16(6), 1973. Cross-checked against
  /// `networkx.biconnected_components`.
  public func biconnectedComponents() throws -> [[Int]] {
    guard !isDirected else {
      throw GraphAlgorithmError.requiresUndirectedGraph(algorithm: "biconnected components")
    }
    var linkStack: [(Int, Int)] = []
    var components: [[Int]] = []
    lowPointSearch { step, discovery, low in
      switch step {
      case .descend(let p, let v):
        linkStack.append((p, v))
      case .revisit(let v, let p, let w, _):
        // A back link up the tree (parallel links to the parent and links down to finished
        // descendants change no component).
        guard w != p && discovery[w] < discovery[v] else { return false }
        linkStack.append((v, w))
        return true
      case .finish(let p, let v, _):
        guard low[v] >= discovery[p] else { break }
        var nodes = Set<Int>()
        while let (a, b) = linkStack.popLast() {
          nodes.insert(a)
          nodes.insert(b)
          if a == p && b == v { break }
        }
        components.append(nodes.sorted())
      case .finishTree: break
      }
      return false
    }
    return components.sorted { $0.lexicographicallyPrecedes($1) }
  }
}
