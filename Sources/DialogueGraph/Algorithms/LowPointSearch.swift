/// One step of ``AdjacencyGraph/lowPointSearch(_:)``.
enum LowPointStep {
  /// A tree link: `child` was discovered from `parent`.
  case descend(parent: Int, child: Int)
  /// A link from `node` (whose tree parent is `parent`, −1 for a root) to the already discovered
  /// `seen`, through stored arc `arc`.
  case revisit(node: Int, parent: Int, seen: Int, arc: Int)
  /// All of `child`'s links are explored and `low(parent)` has taken `low(child)` into account.
  case finish(parent: Int, child: Int, parentIsRoot: Bool)
  /// A depth-first tree is complete; its root had `children` tree children.
  case finishTree(root: Int, children: Int)
}

extension AdjacencyGraph {
  /// The depth-first search with discovery times and low points that bridges, articulation points
  /// and biconnected components all stand on (Tarjan 1972; Hopcroft and Tarjan 1973), written once.
  ///
  /// Visits every component, roots in index order, links in stored order. `body` sees each step
  /// with the current `discovery` and `low` arrays; for a `.revisit` it answers whether the link
  /// closes a cycle through `node` — then `low(node) = min(low(node), discovery(seen))` — and its
  /// answer is ignored for the other steps. `low(v)` is the smallest discovery time reachable from
  /// v's subtree by one such link.
  ///
  /// - Complexity: O(n + m) plus the work of `body`; iterative (its own stack), so long paths
  ///   cannot overflow the call stack.
  func lowPointSearch(_ body: (LowPointStep, _ discovery: [Int], _ low: [Int]) -> Bool) {
    let n = nodeCount
    var discovery = [Int](repeating: -1, count: n)
    var low = [Int](repeating: 0, count: n)
    var parent = [Int](repeating: -1, count: n)
    var nextArc = [Int](repeating: 0, count: n)
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
            _ = body(.descend(parent: v, child: w), discovery, low)
          } else if body(.revisit(node: v, parent: parent[v], seen: w, arc: arc), discovery, low) {
            low[v] = min(low[v], discovery[w])
          }
          continue
        }
        stack.removeLast()
        let p = parent[v]
        guard p >= 0 else { continue }
        low[p] = min(low[p], low[v])
        _ = body(.finish(parent: p, child: v, parentIsRoot: p == root), discovery, low)
      }
      _ = body(.finishTree(root: root, children: rootChildren), discovery, low)
    }
  }
}
