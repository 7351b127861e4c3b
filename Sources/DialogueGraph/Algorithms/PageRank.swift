extension AdjacencyGraph {
  /// PageRank of every node, by power iteration, exactly as networkx's `pagerank`.
  ///
  /// **Definition.** The stationary distribution of a random surfer who, with probability `α`
  /// (`damping`), follows an out-link of the current node `u` chosen with probability
  /// `w_uv / Σ_v w_uv` (1 per link when `.unweighted`), and otherwise jumps to a node drawn from the
  /// personalisation vector `p` (uniform by default). From a *dangling* node (no out-links, or
  /// out-strength 0) the surfer always jumps, to a node drawn from `p`, or from `dangling` when
  /// given (networkx's `dangling`). Iterates
  /// `x ← α (xᵀ P + (Σ_{dangling d} x_d) q) + (1 − α) p` (`q` = `dangling` or `p`) from `x = 1/n` until
  /// `Σ_v |x_v − x_v'| < n · tolerance`. An undirected link counts as two opposite out-links.
  ///
  /// **Normalisation.** The values sum to 1 (up to the tolerance). `p` is rescaled to sum 1. For
  /// `n = 0` the result is empty. `dangling`, like `p`, is rescaled to sum 1.
  ///
  /// **Assumptions.** `0 ≤ α ≤ 1` (as networkx; `α = 1` may not converge); weights ≥ 0 (used by
  /// default, as networkx's `weight="weight"`); personalisation entries ≥ 0, not all 0. Throws
  /// ``GraphAlgorithmError/failedToConverge(algorithm:iterations:)`` after `maximumIterations`.
  ///
  /// - Complexity: O(n + m) per iteration.
  ///
  /// Reference: L. Page, S. Brin, R. Motwani and T. Winograd, "The PageRank citation ranking:
  /// bringing order to the Web", Stanford InfoLab, 1999. Cross-checked against `networkx.pagerank`.
  public func pageRank(
    damping: Double = 0.85,
    weighting: Weighting = .weighted,
    personalization: [Double]? = nil,
    dangling: [Double]? = nil,
    maximumIterations: Int = 100,
    tolerance: Double = 1e-6
  ) throws -> [Double] {
    let n = nodeCount
    guard n > 0 else { return [] }
    if !(damping >= 0 && damping <= 1) {
      throw GraphAlgorithmError.invalidParameter(
        name: "damping", value: damping, expected: "a number in [0, 1]")
    }
    try Self.requireIterationSettings(maximumIterations: maximumIterations, tolerance: tolerance)
    let jump = try Self.probabilityVector(personalization, name: "personalization", count: n)
    let danglingJump = dangling == nil ? jump : try Self.probabilityVector(dangling, name: "dangling", count: n)
    let weighted = weighting == .weighted
    // Out-strength of every node; a node with none is dangling.
    var inverseStrength = [Double](repeating: 0, count: n)
    var danglingNodes: [Int] = []
    for u in 0..<n {
      var strength = 0.0
      for e in offsets[u]..<offsets[u + 1] { strength += weighted ? weights[e] : 1 }
      if strength != 0 { inverseStrength[u] = 1 / strength } else { danglingNodes.append(u) }
    }
    var x = [Double](repeating: 1 / Double(n), count: n)
    var next = [Double](repeating: 0, count: n)
    var share = [Double](repeating: 0, count: n)
    for _ in 0..<maximumIterations {
      var danglingMass = 0.0
      for d in danglingNodes { danglingMass += x[d] }
      for u in 0..<n { share[u] = x[u] * inverseStrength[u] }
      var change = 0.0
      for v in 0..<n {
        var inflow = 0.0
        for e in inOffsets[v]..<inOffsets[v + 1] {
          inflow += share[Int(inNeighbors[e])] * (weighted ? inWeights[e] : 1)
        }
        let value = damping * (inflow + danglingMass * danglingJump[v]) + (1 - damping) * jump[v]
        next[v] = value
        change += abs(value - x[v])
      }
      swap(&x, &next)
      if change < Double(n) * tolerance { return x }
    }
    throw GraphAlgorithmError.failedToConverge(algorithm: "PageRank", iterations: maximumIterations)
  }

  /// `vector` rescaled to sum 1, or the uniform distribution when `nil`.
  static func probabilityVector(_ vector: [Double]?, name: String, count: Int) throws -> [Double] {
    guard let vector else { return [Double](repeating: 1 / Double(count), count: count) }
    guard vector.count == count else {
      throw GraphAlgorithmError.wrongVectorLength(name: name, count: vector.count, expected: count)
    }
    if let bad = vector.first(where: { !($0 >= 0) || !$0.isFinite }) {
      throw GraphAlgorithmError.invalidParameter(name: name, value: bad, expected: "finite entries ≥ 0")
    }
    let sum = vector.reduce(0, +)
    guard sum > 0 else {
      throw GraphAlgorithmError.invalidParameter(name: "sum of \(name)", value: sum, expected: "> 0")
    }
    return vector.map { $0 / sum }
  }
}
