import Foundation

extension TwoModeGraph {
  /// Borgatti–Everett normalised degree centrality for both node sets.
  ///
  /// **Definition.** `deg(v)` divided by the size of the *other* side — the largest degree a node of
  /// its side can have: `deg(t)/|bottom|` for a top node, `deg(b)/|top|` for a bottom node.
  ///
  /// **Normalisation.** In [0, 1]; when the other side is empty every node's degree is 0 and its
  /// value is defined as 0.
  ///
  /// - Complexity: O(n).
  ///
  /// Reference: S. P. Borgatti and M. G. Everett, "Network analysis of 2-mode data", *Social
  /// Networks* 19(3), 1997. Cross-checked against `networkx.algorithms.bipartite.degree_centrality`.
  public func degreeCentrality() -> TwoModeValues {
    let top = (0..<topCount).map { t in
      bottomCount == 0 ? 0 : Double(degree(of: t, on: .top)) / Double(bottomCount)
    }
    let bottom = (0..<bottomCount).map { b in
      topCount == 0 ? 0 : Double(degree(of: b, on: .bottom)) / Double(topCount)
    }
    return TwoModeValues(top: top, bottom: bottom)
  }

  /// Borgatti–Everett normalised betweenness centrality for both node sets.
  ///
  /// **Definition.** The raw betweenness of the two-mode graph as one undirected graph (unordered
  /// pairs, endpoints excluded; see ``AdjacencyGraph/betweennessCentrality(weighting:normalization:endpoints:threads:)``),
  /// divided by the largest value a node of its side can reach in a two-mode graph with these side
  /// sizes. With `n` top and `m` bottom nodes, `s, t = divmod(n − 1, m)` and
  /// `max_top = [m²(s + 1)² + m(s + 1)(2t − s − 1) − t(2s − t + 3)] / 2`; `max_bottom` swaps the
  /// roles (`p, r = divmod(m − 1, n)`).
  ///
  /// **Normalisation.** Both sides need at least one node (throws
  /// ``GraphAlgorithmError/invalidParameter(name:value:expected:)`` otherwise). When a side's
  /// maximum is 0 (a single node on each side) its values are 0.
  ///
  /// - Complexity: O(n m) for n nodes and m links, parallel over `threads`.
  ///
  /// Reference: Borgatti and Everett 1997. Cross-checked against
  /// `networkx.algorithms.bipartite.betweenness_centrality`.
  public func betweennessCentrality(threads: Int = ProcessInfo.processInfo.activeProcessorCount) throws
    -> TwoModeValues
  {
    try requireBothSides()
    let raw = try unipartite.betweennessCentrality(normalization: .none, threads: threads)
    let n = topCount
    let m = bottomCount
    func maximum(_ n: Int, _ m: Int) -> Double {
      let (s, t) = ((n - 1) / m, (n - 1) % m)
      let a = Double(m * m) * Double((s + 1) * (s + 1))
      let b = Double(m * (s + 1) * (2 * t - s - 1))
      let c = Double(t * (2 * s - t + 3))
      return (a + b - c) / 2
    }
    let maxTop = maximum(n, m)
    let maxBottom = maximum(m, n)
    return TwoModeValues(
      top: raw[0..<n].map { maxTop == 0 ? 0 : $0 / maxTop },
      bottom: raw[n..<(n + m)].map { maxBottom == 0 ? 0 : $0 / maxBottom })
  }

  /// Borgatti–Everett normalised closeness centrality for both node sets.
  ///
  /// **Definition.** For a top node `v`: `(m + 2(n − 1)) / Σ_u d(v, u)` — the smallest possible
  /// distance sum over the distance sum observed, where `n` is the number of top and `m` of bottom
  /// nodes; a bottom node uses `(n + 2(m − 1))`. Distances count links of the two-mode graph.
  ///
  /// **Normalisation.** Multiplied by `(r − 1)/(N − 1)`, the share of the other `N − 1 = n + m − 1`
  /// nodes that `v` reaches (networkx `normalized=True`). A node that reaches nobody scores 0.
  ///
  /// - Complexity: O(n m / 256) (bit-parallel BFS, 256 sources at a time), parallel over `threads`.
  ///
  /// Reference: Borgatti and Everett 1997. Cross-checked against
  /// `networkx.algorithms.bipartite.closeness_centrality` (`normalized=True`).
  public func closenessCentrality(threads: Int = ProcessInfo.processInfo.activeProcessorCount) throws
    -> TwoModeValues
  {
    try AdjacencyGraph.requireThreads(threads)
    let sums = unipartite.distanceSums(weighted: false, threads: threads)
    let n = topCount
    let m = bottomCount
    let all = n + m
    func value(_ node: Int, minimum: Int) -> Double {
      let total = sums.total[node]
      guard total > 0, all > 1 else { return 0 }
      return Double(minimum) / total * Double(sums.reached[node] - 1) / Double(all - 1)
    }
    return TwoModeValues(
      top: (0..<n).map { value($0, minimum: m + 2 * (n - 1)) },
      bottom: (n..<all).map { value($0, minimum: n + 2 * (m - 1)) })
  }

  private func requireBothSides() throws {
    if topCount == 0 || bottomCount == 0 {
      throw GraphAlgorithmError.invalidParameter(
        name: "smaller side size", value: Double(min(topCount, bottomCount)),
        expected: "≥ 1 node on each side")
    }
  }
}
