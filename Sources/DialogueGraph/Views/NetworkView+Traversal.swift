extension NetworkView {
  /// The ego network of `center`: the nodes at most `radius` links away from it within this view
  /// (links followed in either direction), and the view's edges between them.
  ///
  /// - Precondition: `center` is kept by the view; `radius ≥ 0`.
  /// - Complexity: O(size of the ball + n + m) (the result's masks are network-sized).
  public func egoNetwork(center: Int, radius: Int) -> NetworkView {
    precondition(contains(node: center), "the ego network's center must be in the view")
    precondition(radius >= 0, "radius must not be negative")
    var nodeMask = [Bool](repeating: false, count: network.nodes.count)
    nodeMask[center] = true
    var frontier = [center]
    var distance = 0
    while distance < radius && !frontier.isEmpty {
      var next: [Int] = []
      for v in frontier {
        for (_, w) in incidentEdges(of: v) where !nodeMask[w] {
          nodeMask[w] = true
          next.append(w)
        }
      }
      frontier = next
      distance += 1
    }
    return NetworkView(network: network, nodeMask: nodeMask, edgeMask: edgeMask, asOf: asOf)
  }

  /// A shortest path from `source` to `target` counting links (unweighted, direction ignored), as
  /// network node indices from `source` to `target`; `nil` if they are not connected in the view.
  ///
  /// Breadth-first search; among equally short paths the one found first when neighbours are
  /// visited in ascending index order is returned, so the result is deterministic.
  /// - Complexity: O(n + m).
  public func shortestPath(from source: Int, to target: Int) -> [Int]? {
    guard contains(node: source), contains(node: target) else { return nil }
    if source == target { return [source] }
    var parent = [Int](repeating: -1, count: network.nodes.count)
    parent[source] = source
    var queue = [source]
    var head = 0
    while head < queue.count {
      let v = queue[head]
      head += 1
      for w in sortedNeighbors(of: v) where parent[w] < 0 {
        parent[w] = v
        if w == target {
          var path = [target]
          var u = target
          while u != source {
            u = parent[u]
            path.append(u)
          }
          return path.reversed()
        }
        queue.append(w)
      }
    }
    return nil
  }

  /// The connected components of the view (direction ignored), each a list of network node
  /// indices in ascending order; components ordered largest first, ties by smallest node index.
  ///
  /// - Complexity: O(n + m + c log c) for c components.
  public func connectedComponents() -> [[Int]] {
    var seen = [Bool](repeating: false, count: network.nodes.count)
    var components: [[Int]] = []
    for start in nodeIndices where !seen[start] {
      seen[start] = true
      var component = [start]
      var head = 0
      while head < component.count {
        let v = component[head]
        head += 1
        for (_, w) in incidentEdges(of: v) where !seen[w] {
          seen[w] = true
          component.append(w)
        }
      }
      components.append(component.sorted())
    }
    return components.sorted { $0.count != $1.count ? $0.count > $1.count : $0[0] < $1[0] }
  }

  /// The distinct neighbours of `v` in the view, ascending.
  private func sortedNeighbors(of v: Int) -> [Int] {
    Array(Set(incidentEdges(of: v).map(\.neighbor))).sorted()
  }
}
