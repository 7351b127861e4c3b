import Foundation

extension AdjacencyGraph {
  /// The local clustering coefficient of every node: how many of its neighbours are linked.
  ///
  /// **Definition.** Unweighted: `c(u) = 2 T(u) / (deg(u)(deg(u) − 1))`, with `T(u)` the
  /// triangles through `u` and `deg(u)` its number of distinct neighbours. Weighted (Onnela et
  /// al.): `c(u) = 1/(deg(u)(deg(u) − 1)) · Σ_{v,w} (ŵ_uv ŵ_uw ŵ_vw)^{1/3}` over ordered neighbour
  /// pairs, `ŵ = w / max w` (weights normalised by the largest in the graph).
  ///
  /// **Normalisation.** In [0, 1]; 0 for nodes with fewer than two neighbours (networkx).
  ///
  /// **Assumptions.** Undirected (throws ``GraphAlgorithmError/requiresUndirectedGraph(algorithm:)``);
  /// parallel links count once (summed weights when weighted); weights ≥ 0.
  ///
  /// - Complexity: O(Σ_u deg(u)²) with sorted-neighbour intersections, O(m^{3/2}) on sparse graphs.
  ///
  /// Reference: D. J. Watts and S. H. Strogatz, "Collective dynamics of 'small-world' networks",
  /// *Nature* 393, 1998; J.-P. Onnela et al., *Phys. Rev. E* 71, 065103, 2005. Cross-checked
  /// against `networkx.clustering`.
  public func clusteringCoefficients(weighting: Weighting = .unweighted) throws -> [Double] {
    guard !isDirected else { throw GraphAlgorithmError.requiresUndirectedGraph(algorithm: "clustering") }
    let weighted = weighting == .weighted
    let maximum = weighted ? (weights.max() ?? 1) : 1
    var values = [Double](repeating: 0, count: nodeCount)
    var mark = [Int](repeating: -1, count: nodeCount)  // position of a neighbour of u, or -1
    for u in 0..<nodeCount {
      let degree = offsets[u + 1] - offsets[u]
      guard degree >= 2 else { continue }
      for e in offsets[u]..<offsets[u + 1] { mark[Int(neighbors[e])] = e }
      var sum = 0.0
      for e in offsets[u]..<offsets[u + 1] {
        let v = Int(neighbors[e])
        for f in offsets[v]..<offsets[v + 1] {
          let w = Int(neighbors[f])
          guard mark[w] >= 0 else { continue }
          sum += weighted ? cbrt(weights[e] / maximum * weights[mark[w]] / maximum * weights[f] / maximum) : 1
        }
      }
      for e in offsets[u]..<offsets[u + 1] { mark[Int(neighbors[e])] = -1 }
      values[u] = sum / Double(degree * (degree - 1))
    }
    return values
  }

  /// The average clustering coefficient (networkx `average_clustering`, zeros counted).
  /// - Complexity: that of ``clusteringCoefficients(weighting:)``.
  public func averageClustering(weighting: Weighting = .unweighted) throws -> Double {
    let values = try clusteringCoefficients(weighting: weighting)
    return values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
  }

  /// Transitivity: the share of connected triples that close into triangles.
  ///
  /// **Definition.** `3 × triangles / connected triples` = `Σ_u 2T(u) / Σ_u deg(u)(deg(u) − 1)`.
  /// **Normalisation.** In [0, 1]; 0 when there is no triangle (networkx `transitivity`).
  /// Unweighted, undirected, parallel links once.
  /// - Complexity: as ``clusteringCoefficients(weighting:)``.
  ///
  /// Reference: M. E. J. Newman, "The structure and function of complex networks", *SIAM Review*
  /// 45(2), 2003. Cross-checked against `networkx.transitivity`.
  public func transitivity() throws -> Double {
    let local = try clusteringCoefficients()
    var closed = 0.0
    var triples = 0.0
    for u in 0..<nodeCount {
      let degree = Double(offsets[u + 1] - offsets[u])
      closed += local[u] * degree * (degree - 1)
      triples += degree * (degree - 1)
    }
    return closed == 0 ? 0 : (closed / triples)
  }
}
