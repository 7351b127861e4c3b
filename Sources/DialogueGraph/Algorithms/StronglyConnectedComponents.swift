extension AdjacencyGraph {
  /// The strongly connected components of a directed graph.
  ///
  /// **Definition.** Two nodes are in the same strongly connected component when each reaches the
  /// other along link directions. Found by Tarjan's algorithm: depth-first search with a stack;
  /// a node whose low-link equals its discovery time closes a component. On an undirected graph
  /// these are the connected components.
  ///
  /// **Normalisation.** None. Numbered in order of each component's smallest node, like
  /// ``connectedComponents()``.
  ///
  /// - Complexity: O(n + m), iterative.
  ///
  /// Reference: R. Tarjan, "Depth-first search and linear graph algorithms", *SIAM Journal on
  /// Computing* 1(2), 1972. Cross-checked against `networkx.strongly_connected_components`.
  public func stronglyConnectedComponents() -> ComponentPartition {
    let n = nodeCount
    var discovery = [Int](repeating: -1, count: n)
    var low = [Int](repeating: 0, count: n)
    var onStack = [Bool](repeating: false, count: n)
    var nextArc = [Int](repeating: 0, count: n)
    var stack: [Int] = []
    var raw = [Int](repeating: -1, count: n)
    var count = 0
    var time = 0
    for root in 0..<n where discovery[root] < 0 {
      var path = [root]
      discovery[root] = time
      low[root] = time
      time += 1
      nextArc[root] = offsets[root]
      stack.append(root)
      onStack[root] = true
      while let v = path.last {
        if nextArc[v] < offsets[v + 1] {
          let w = Int(neighbors[nextArc[v]])
          nextArc[v] += 1
          if discovery[w] < 0 {
            discovery[w] = time
            low[w] = time
            time += 1
            nextArc[w] = offsets[w]
            stack.append(w)
            onStack[w] = true
            path.append(w)
          } else if onStack[w] {
            low[v] = min(low[v], discovery[w])
          }
          continue
        }
        path.removeLast()
        if let p = path.last { low[p] = min(low[p], low[v]) }
        if low[v] == discovery[v] {
          while let w = stack.popLast() {
            onStack[w] = false
            raw[w] = count
            if w == v { break }
          }
          count += 1
        }
      }
    }
    // Renumber by smallest node.
    var renumber = [Int](repeating: -1, count: count)
    var next = 0
    var component = [Int](repeating: 0, count: n)
    for v in 0..<n {
      if renumber[raw[v]] < 0 {
        renumber[raw[v]] = next
        next += 1
      }
      component[v] = renumber[raw[v]]
    }
    return ComponentPartition(componentOfNode: component, count: count)
  }
}
