/// A local bridge and its span.
public struct LocalBridge: Sendable, Equatable {
  /// The endpoints, `lower < upper`.
  public let link: UndirectedLink
  /// The number of links of the shortest other route between the endpoints once this link is
  /// removed (`.infinity` when there is none: the link is then also a bridge).
  public let span: Double
}

extension AdjacencyGraph {
  /// Local bridges: links whose endpoints have no neighbour in common.
  ///
  /// **Definition.** A link u–v is a local bridge when no node is linked to both u and v (it lies
  /// on no triangle); its **span** is the distance between u and v without that link — how far
  /// apart the two sides would be. Every bridge is a local bridge with infinite span.
  ///
  /// **Normalisation.** None (span in links). Parallel links count once (networkx refuses
  /// multigraphs).
  ///
  /// **Assumptions.** Undirected (throws ``GraphAlgorithmError/requiresUndirectedGraph(algorithm:)``),
  /// unweighted spans.
  ///
  /// - Complexity: O(m · d) to find them (sorted-neighbour intersections, d the largest degree),
  ///   plus O(n + m) per local bridge for its span.
  ///
  /// Reference: M. Granovetter, "The strength of weak ties", *American Journal of Sociology* 78(6),
  /// 1973; D. Easley and J. Kleinberg, *Networks, Crowds, and Markets*, 2010, §3.2. Cross-checked
  /// against `networkx.local_bridges(G, with_span=True)`.
  public func localBridges() throws -> [LocalBridge] {
    guard !isDirected else { throw GraphAlgorithmError.requiresUndirectedGraph(algorithm: "local bridges") }
    var result: [LocalBridge] = []
    for u in 0..<nodeCount {
      for e in offsets[u]..<offsets[u + 1] {
        let v = Int(neighbors[e])
        guard u < v, !haveCommonNeighbor(u, v) else { continue }
        result.append(LocalBridge(link: UndirectedLink(u, v), span: distanceAvoidingLink(u, v)))
      }
    }
    return result
  }

  /// Whether u and v share a neighbour (sorted-list merge).
  func haveCommonNeighbor(_ u: Int, _ v: Int) -> Bool {
    var i = offsets[u]
    var j = offsets[v]
    while i < offsets[u + 1] && j < offsets[v + 1] {
      if neighbors[i] == neighbors[j] { return true }
      if neighbors[i] < neighbors[j] { i += 1 } else { j += 1 }
    }
    return false
  }

  /// The number of links of a shortest u → v path not using the link u–v (breadth-first search).
  private func distanceAvoidingLink(_ u: Int, _ v: Int) -> Double {
    var distance = [Int](repeating: -1, count: nodeCount)
    distance[u] = 0
    var queue = [u]
    var head = 0
    while head < queue.count {
      let x = queue[head]
      head += 1
      for e in offsets[x]..<offsets[x + 1] {
        let y = Int(neighbors[e])
        if (x == u && y == v) || (x == v && y == u) || distance[y] >= 0 { continue }
        distance[y] = distance[x] + 1
        if y == v { return Double(distance[y]) }
        queue.append(y)
      }
    }
    return .infinity
  }
}
