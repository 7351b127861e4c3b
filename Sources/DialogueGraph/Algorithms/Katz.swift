extension AdjacencyGraph {
  /// How Katz centrality is scaled.
  public enum KatzNormalization: Sendable, Equatable {
    /// Rescaled to unit Euclidean norm (networkx `normalized=True`, the default).
    case unitLength
    /// The raw fixed point of the iteration.
    case none
  }

  /// Katz centrality of every node, by fixed-point iteration, as networkx's `katz_centrality`.
  ///
  /// **Definition.** `x_v = α Σ_{u → v} A_uv x_u + β`, where `A_uv` is 1 (or the link weight with
  /// `.weighted`) for a link `u → v` (in-links for a directed graph): every walk ending at `v`
  /// counts, attenuated by `α` per step. Iterated from `x = 0` until
  /// `Σ_v |x_v − x_v'| < n · tolerance`. The series converges when `α < 1/λ_max`.
  ///
  /// **Normalisation.** ``KatzNormalization/unitLength`` (default) divides by the Euclidean norm;
  /// `.none` leaves the fixed point as is. For `n = 0` the result is empty.
  ///
  /// **Assumptions.** `α > 0` below `1/λ_max` (otherwise the iteration diverges and this throws
  /// ``GraphAlgorithmError/failedToConverge(algorithm:iterations:)``), weights ≥ 0.
  ///
  /// - Complexity: O(m) per iteration.
  ///
  /// Reference: L. Katz, "A new status index derived from sociometric analysis", *Psychometrika*
  /// 18(1), 1953. Cross-checked against `networkx.katz_centrality`.
  public func katzCentrality(
    alpha: Double = 0.1,
    beta: Double = 1,
    weighting: Weighting = .unweighted,
    normalization: KatzNormalization = .unitLength,
    maximumIterations: Int = 1000,
    tolerance: Double = 1e-6
  ) throws -> [Double] {
    let n = nodeCount
    guard n > 0 else { return [] }
    if !(alpha > 0) || !alpha.isFinite {
      throw GraphAlgorithmError.invalidParameter(name: "alpha", value: alpha, expected: "a finite number > 0")
    }
    if !beta.isFinite {
      throw GraphAlgorithmError.invalidParameter(name: "beta", value: beta, expected: "a finite number")
    }
    try Self.requireIterationSettings(maximumIterations: maximumIterations, tolerance: tolerance)
    let weighted = weighting == .weighted
    var x = [Double](repeating: 0, count: n)
    var next = [Double](repeating: 0, count: n)
    for _ in 0..<maximumIterations {
      var change = 0.0
      for v in 0..<n {
        var sum = 0.0
        for e in inOffsets[v]..<inOffsets[v + 1] {
          sum += x[Int(inNeighbors[e])] * (weighted ? inWeights[e] : 1)
        }
        let value = alpha * sum + beta
        next[v] = value
        change += abs(value - x[v])
      }
      swap(&x, &next)
      if !change.isFinite { break }
      if change < Double(n) * tolerance {
        guard normalization == .unitLength else { return x }
        let norm = x.reduce(0) { $0 + $1 * $1 }.squareRoot()
        let scale = norm == 0 ? 1 : 1 / norm
        return x.map { $0 * scale }
      }
    }
    throw GraphAlgorithmError.failedToConverge(algorithm: "Katz centrality", iterations: maximumIterations)
  }
}
