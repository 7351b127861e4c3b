import Foundation

/// Hub and authority scores of every node (HITS).
public struct HubsAndAuthorities: Sendable, Equatable {
  /// How well a node points to good authorities.
  public let hubs: [Double]
  /// How much good hubs point to the node.
  public let authorities: [Double]
}

extension AdjacencyGraph {
  /// Hubs and authorities (Kleinberg's HITS).
  ///
  /// **Definition.** With `A` the adjacency matrix (`A_uv` = weight of u → v, 1 unweighted), the
  /// authority vector `a` is the principal eigenvector of `AᵀA` (the top right singular vector of
  /// `A`) and the hub vector is `h = A a`. Computed by power iteration `a ← AᵀA a` from the uniform
  /// vector, rescaled to sum 1 each step, until `Σ_v |a_v − a'_v| < tolerance`. An undirected link
  /// counts both ways, so hubs equal authorities on an undirected graph.
  ///
  /// **Normalisation.** Each vector sums to 1 (networkx `normalized=True`). A graph without links
  /// gives 0 everywhere.
  ///
  /// **Assumptions.** Weights ≥ 0 (networkx uses the `weight` attribute by default). When the two
  /// largest singular values of `A` are equal (e.g. two identical components) the vectors are not
  /// unique: networkx's ARPACK and this iteration may then return different, equally valid, ones.
  /// Throws ``GraphAlgorithmError/failedToConverge(algorithm:iterations:)`` after
  /// `maximumIterations`.
  ///
  /// - Complexity: O(m) per iteration; the number of iterations grows as the gap between the two
  ///   largest singular values shrinks.
  ///
  /// Reference: J. M. Kleinberg, "Authoritative sources in a hyperlinked environment", *Journal of
  /// the ACM* 46(5), 1999. Cross-checked against `networkx.hits` (which uses an SVD).
  public func hubsAndAuthorities(
    weighting: Weighting = .unweighted, maximumIterations: Int = 10_000, tolerance: Double = 1e-13
  ) throws -> HubsAndAuthorities {
    let n = nodeCount
    guard n > 0 else { return HubsAndAuthorities(hubs: [], authorities: []) }
    try Self.requireIterationSettings(maximumIterations: maximumIterations, tolerance: tolerance)
    let weighted = weighting == .weighted
    func hubsFrom(_ a: [Double]) -> [Double] {
      (0..<n).map { u in
        var sum = 0.0
        for e in offsets[u]..<offsets[u + 1] { sum += (weighted ? weights[e] : 1) * a[Int(neighbors[e])] }
        return sum
      }
    }
    func authoritiesFrom(_ h: [Double]) -> [Double] {
      (0..<n).map { v in
        var sum = 0.0
        for e in inOffsets[v]..<inOffsets[v + 1] { sum += (weighted ? inWeights[e] : 1) * h[Int(inNeighbors[e])] }
        return sum
      }
    }
    func normalised(_ x: [Double]) -> [Double]? {
      let sum = x.reduce(0, +)
      return sum > 0 ? x.map { $0 / sum } : nil
    }
    var a = [Double](repeating: 1 / Double(n), count: n)
    for _ in 0..<maximumIterations {
      guard let next = normalised(authoritiesFrom(hubsFrom(a))) else {
        let zeros = [Double](repeating: 0, count: n)
        return HubsAndAuthorities(hubs: zeros, authorities: zeros)
      }
      let change = zip(next, a).reduce(0) { $0 + abs($1.0 - $1.1) }
      a = next
      if change < tolerance {
        return HubsAndAuthorities(hubs: normalised(hubsFrom(a)) ?? hubsFrom(a), authorities: a)
      }
    }
    throw GraphAlgorithmError.failedToConverge(algorithm: "HITS", iterations: maximumIterations)
  }
}
