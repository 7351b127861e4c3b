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
  /// - Complexity: O(n + m), iterative (no recursion, so long paths cannot overflow the stack).
  ///
  /// Reference: J. Hopcroft and R. Tarjan, "Algorithm 447: efficient algorithms for graph
  /// manipulation", *Communications of the ACM* 16(6), 1973. Cross-checked against
  /// `networkx.biconnected_components`.
  public func biconnectedComponents() throws -> [[Int]] {
    guard !isDirected else {
      throw GraphAlgorithmError.requiresUndirectedGraph(algorithm: "biconnected components")
    }
    let n = nodeCount
    var discovery = [Int](repeating: -1, count: n)
    var low = [Int](repeating: 0, count: n)
    var parent = [Int](repeating: -1, count: n)
    var nextArc = [Int](repeating: 0, count: n)
    var linkStack: [(Int, Int)] = []
    var components: [[Int]] = []
    var time = 0
    for root in 0..<n where discovery[root] < 0 {
      discovery[root] = time
      low[root] = time
      time += 1
      nextArc[root] = offsets[root]
      var stack = [root]
      while let v = stack.last {
        if nextArc[v] < offsets[v + 1] {
          let w = Int(neighbors[nextArc[v]])
          nextArc[v] += 1
          if discovery[w] < 0 {
            parent[w] = v
            discovery[w] = time
            low[w] = time
            time += 1
            nextArc[w] = offsets[w]
            linkStack.append((v, w))
            stack.append(w)
          } else if w != parent[v] && discovery[w] < discovery[v] {
            low[v] = min(low[v], discovery[w])
            linkStack.append((v, w))
          }
          continue
        }
        stack.removeLast()
        let p = parent[v]
        guard p >= 0 else { continue }
        low[p] = min(low[p], low[v])
        if low[v] >= discovery[p] {
          var nodes = Set<Int>()
          while let (a, b) = linkStack.popLast() {
            nodes.insert(a)
            nodes.insert(b)
            if a == p && b == v { break }
          }
          components.append(nodes.sorted())
        }
      }
    }
    return components.sorted { $0.lexicographicallyPrecedes($1) }
  }
}
