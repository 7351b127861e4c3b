/// A link's value, named by its endpoints as the graph stores them (`source < target` when
/// undirected).
public struct LinkValue: Sendable, Equatable {
  public let source: Int
  public let target: Int
  public let value: Double
}

extension AdjacencyGraph {
  /// Edge betweenness: for every link, the share of shortest paths that run along it.
  ///
  /// **Definition.** `c_B(e) = Σ_{s ≠ t} σ_st(e) / σ_st` over ordered pairs, `σ_st` the number of
  /// shortest paths from `s` to `t` and `σ_st(e)` those using `e` (Brandes's accumulation with
  /// `δ(v) += σ_v/σ_w (1 + δ(w))` credited to the link v–w).
  ///
  /// **Normalisation.** As networkx's `edge_betweenness_centrality`: `.networkx` divides the
  /// ordered-pair sum by `n(n − 1)`; `.none` halves it for undirected graphs (unordered pairs) and
  /// leaves it for directed ones. No scaling when `n < 2`.
  ///
  /// **Assumptions.** `.weighted` reads weights as lengths (> 0; parallel links: build the graph
  /// with ``ParallelLinks/shortest``). Links are the collapsed ones: networkx on a `MultiGraph`
  /// gives each parallel link its own value instead.
  ///
  /// - Complexity: O(n m) unweighted, O(n m log n) weighted; O(n + m) memory.
  ///
  /// Reference: M. Girvan and M. E. J. Newman, "Community structure in social and biological
  /// networks", *PNAS* 99(12), 2002; U. Brandes, "On variants of shortest-path betweenness
  /// centrality and their generic computation", *Social Networks* 30(2), 2008. Cross-checked
  /// against `networkx.edge_betweenness_centrality`.
  public func edgeBetweennessCentrality(
    weighting: Weighting = .unweighted, normalization: BetweennessNormalization = .networkx
  ) throws -> [LinkValue] {
    if weighting == .weighted { try requirePositiveWeights() }
    var perArc = [Double](repeating: 0, count: neighbors.count)
    let weighted = weighting == .weighted
    var delta = [Double](repeating: 0, count: nodeCount)
    for s in 0..<nodeCount {
      let paths = SingleSourcePaths(graph: self, source: s, weighted: weighted)
      for v in paths.order { delta[v] = 0 }
      for w in paths.order.reversed() {
        let coefficient = (1 + delta[w]) / paths.sigma[w]
        // Predecessors of w: in-neighbours v on a shortest path (exact comparison, as networkx).
        for e in inOffsets[w]..<inOffsets[w + 1] {
          let v = Int(inNeighbors[e])
          let length = weighted ? inWeights[e] : 1
          guard paths.distance[v] + length == paths.distance[w] else { continue }
          let c = paths.sigma[v] * coefficient
          perArc[arcIndex(from: v, to: w)] += c
          delta[v] += c
        }
      }
    }
    let n = Double(nodeCount)
    var scale = 1.0
    if nodeCount >= 2 {
      switch normalization {
      case .networkx: scale = 1 / (n * (n - 1))
      case .none: scale = isDirected ? 1 : 0.5
      }
    }
    var result: [LinkValue] = []
    for v in 0..<nodeCount {
      for e in offsets[v]..<offsets[v + 1] {
        let w = Int(neighbors[e])
        if isDirected {
          result.append(LinkValue(source: v, target: w, value: perArc[e] * scale))
        } else if v < w {
          let both = perArc[e] + perArc[arcIndex(from: w, to: v)]
          result.append(LinkValue(source: v, target: w, value: both * scale))
        }
      }
    }
    return result
  }

  /// The index in `neighbors` of the arc v → w (binary search; the arc must exist).
  func arcIndex(from v: Int, to w: Int) -> Int {
    var low = offsets[v]
    var high = offsets[v + 1]
    let target = Int32(w)
    while low < high {
      let mid = (low + high) / 2
      if neighbors[mid] < target { low = mid + 1 } else { high = mid }
    }
    return low
  }
}
