extension AdjacencyGraph {
  /// Eigenvector centrality of every node, by power iteration.
  ///
  /// **Definition.** The principal eigenvector `x` of the adjacency matrix, `λ x_v = Σ_u A_uv x_u`,
  /// where `A_uv` is 1 (or the link weight with `.weighted`) for a link `u → v`: a node is central
  /// when central nodes point to it (in-links for a directed graph, the left eigenvector).
  /// Computed as networkx does: start from `x_v = 1/n`, iterate `x ← (A + I)ᵀ x` and rescale to unit
  /// Euclidean norm, stop when `Σ_v |x_v − x_v'| < n · tolerance`. The shift by `I` makes the
  /// iteration converge on bipartite graphs too and does not change the eigenvector.
  ///
  /// **Normalisation.** Unit Euclidean norm, `Σ x_v² = 1`, entries ≥ 0. On a disconnected graph the
  /// iteration still converges, but the result depends on the start vector (all components do not
  /// share one eigenvalue); compare values within one component only.
  ///
  /// **Assumptions.** Weights ≥ 0 (strengths). Throws
  /// ``GraphAlgorithmError/failedToConverge(algorithm:iterations:)`` after `maximumIterations`, and
  /// ``GraphAlgorithmError/emptyGraph(algorithm:)`` when `n = 0`.
  ///
  /// - Complexity: O(m) per iteration, at most `maximumIterations` iterations.
  ///
  /// Reference: P. Bonacich, "Power and centrality: a family of measures", *American Journal of
  /// Sociology* 92(5), 1987. Cross-checked against `networkx.eigenvector_centrality`.
  public func eigenvectorCentrality(
    weighting: Weighting = .unweighted, maximumIterations: Int = 100, tolerance: Double = 1e-6
  ) throws -> [Double] {
    let n = nodeCount
    guard n > 0 else { throw GraphAlgorithmError.emptyGraph(algorithm: "eigenvector centrality") }
    try Self.requireIterationSettings(maximumIterations: maximumIterations, tolerance: tolerance)
    let weighted = weighting == .weighted
    var x = [Double](repeating: 1 / Double(n), count: n)
    var next = [Double](repeating: 0, count: n)
    for _ in 0..<maximumIterations {
      // next_v = x_v + Σ_{u → v} w_uv x_u, read through the in-links of v.
      for v in 0..<n {
        var sum = x[v]
        for e in inOffsets[v]..<inOffsets[v + 1] {
          sum += x[Int(inNeighbors[e])] * (weighted ? inWeights[e] : 1)
        }
        next[v] = sum
      }
      var squares = 0.0
      for v in 0..<n { squares += next[v] * next[v] }
      var norm = squares.squareRoot()
      if norm == 0 { norm = 1 }
      var change = 0.0
      for v in 0..<n {
        next[v] /= norm
        change += abs(next[v] - x[v])
      }
      swap(&x, &next)
      if change < Double(n) * tolerance { return x }
    }
    throw GraphAlgorithmError.failedToConverge(
      algorithm: "eigenvector centrality", iterations: maximumIterations)
  }

  /// Throws unless `maximumIterations ≥ 1` and `tolerance > 0`.
  static func requireIterationSettings(maximumIterations: Int, tolerance: Double) throws {
    if maximumIterations < 1 {
      throw GraphAlgorithmError.invalidParameter(
        name: "maximumIterations", value: Double(maximumIterations), expected: "≥ 1")
    }
    if !(tolerance > 0) || !tolerance.isFinite {
      throw GraphAlgorithmError.invalidParameter(
        name: "tolerance", value: tolerance, expected: "a finite number > 0")
    }
  }
}
