import Foundation

/// How closeness is scaled on graphs where not every node reaches every other.
public enum ClosenessNormalization: Sendable, Equatable {
  /// Wasserman and Faust's improved form (networkx `wf_improved=True`, the default): the closeness
  /// within the reachable set, times the fraction of other nodes that are reachable,
  /// `(r − 1)/(n − 1)`. Makes values comparable across components.
  case wassermanFaust
  /// Closeness within the reachable set only (networkx `wf_improved=False`).
  case reachableOnly
}

extension AdjacencyGraph {
  /// Closeness centrality of every node.
  ///
  /// **Definition.** `C(u) = (r(u) − 1) / Σ_v d(v, u)`, where the sum runs over the `r(u)` nodes
  /// `v` that reach `u` (`u` itself included) and `d(v, u)` is the shortest-path distance from `v`
  /// to `u` — for a directed graph the **incoming** distance, as networkx uses.
  ///
  /// **Normalisation.** With ``ClosenessNormalization/wassermanFaust`` (the default) `C(u)` is
  /// multiplied by `(r(u) − 1)/(n − 1)`, so an isolated node or a small component scores low. A
  /// node that no other node reaches, and every node of a graph with `n ≤ 1`, scores 0.
  ///
  /// **Assumptions.** `.weighted` reads weights as lengths (networkx `distance=`) and requires them
  /// > 0. Results do not depend on `threads`.
  ///
  /// - Complexity: O(n m / 256) vector operations plus O(n² / 256 · diameter) unweighted (bit-parallel
  ///   BFS, 256 sources at a time); O(n m log m) weighted.
  ///
  /// Reference: S. Wasserman and K. Faust, *Social Network Analysis: Methods and Applications*,
  /// Cambridge University Press, 1994 (closeness, §5.3; the component correction, p. 201).
  /// Cross-checked against `networkx.closeness_centrality`.
  public func closenessCentrality(
    weighting: Weighting = .unweighted,
    normalization: ClosenessNormalization = .wassermanFaust,
    threads: Int = ProcessInfo.processInfo.activeProcessorCount
  ) throws -> [Double] {
    try AdjacencyGraph.requireThreads(threads)
    if weighting == .weighted { try requirePositiveWeights() }
    let sums = distanceSums(weighted: weighting == .weighted, threads: threads)
    let n = nodeCount
    return (0..<n).map { u in
      let total = sums.total[u]
      guard total > 0, n > 1 else { return 0 }
      let others = Double(sums.reached[u] - 1)
      let closeness = others / total
      return normalization == .wassermanFaust ? closeness * others / Double(n - 1) : closeness
    }
  }

  /// Harmonic centrality of every node.
  ///
  /// **Definition.** `H(u) = Σ_{v ≠ u} 1 / d(v, u)`, with `1/∞ = 0` for nodes that do not reach
  /// `u`; for a directed graph `d(v, u)` is the incoming distance (networkx's convention).
  ///
  /// **Normalisation.** None (networkx returns the raw sum); divide by `n − 1` for values in
  /// [0, 1]. Well defined on disconnected graphs and for any `n`.
  ///
  /// **Assumptions.** `.weighted` reads weights as lengths and requires them > 0. Results do not
  /// depend on `threads`.
  ///
  /// - Complexity: as ``closenessCentrality(weighting:normalization:threads:)``.
  ///
  /// Reference: M. Marchiori and V. Latora, "Harmony in the small-world", *Physica A* 285, 2000;
  /// P. Boldi and S. Vigna, "Axioms for centrality", *Internet Mathematics* 10, 2014.
  /// Cross-checked against `networkx.harmonic_centrality`.
  public func harmonicCentrality(
    weighting: Weighting = .unweighted,
    threads: Int = ProcessInfo.processInfo.activeProcessorCount
  ) throws -> [Double] {
    try AdjacencyGraph.requireThreads(threads)
    if weighting == .weighted { try requirePositiveWeights() }
    return distanceSums(weighted: weighting == .weighted, threads: threads).reciprocal
  }
}
