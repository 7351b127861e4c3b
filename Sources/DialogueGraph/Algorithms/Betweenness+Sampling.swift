import Foundation

extension AdjacencyGraph {
  /// Betweenness estimated from `k` source nodes drawn at random — networkx's
  /// `betweenness_centrality(G, k=k, seed=…)`, for graphs too large for the exact O(n m).
  ///
  /// **Definition.** Brandes's dependency sums of ``betweennessCentrality(weighting:normalization:endpoints:threads:)``,
  /// but only over paths starting at the `k` sampled sources, scaled up as networkx's `_rescale`
  /// does: with `N = n − 1` (`n` with endpoints) and `K = k`,
  /// - endpoints counted: every value × `1/(K(N−1))` normalised, `N/(K·c)` otherwise;
  /// - endpoints excluded: a sampled source cannot lie inside its own paths, so sources get
  ///   `1/((K−1)(N−1))` (normalised) or `N/((K−1)c)`, the others `1/(K(N−1))` or `N/(K c)`;
  ///   with `K = 1` the sampled source's value is undefined (NaN), as in networkx;
  /// where `c` = 2 for undirected graphs, 1 for directed. `k = n` gives the exact values.
  ///
  /// **Sampling.** `sampleSources(count:seed:)`: a partial Fisher–Yates shuffle driven by
  /// SplitMix64 — the same seed gives the same sources and values, but not the sources Python's
  /// `random.sample` would pick; the cross-check hands networkx the sources chosen here.
  ///
  /// - Complexity: O(k m) unweighted, O(k m log m) weighted.
  ///
  /// Reference: U. Brandes and C. Pich, "Centrality estimation in large networks", *International
  /// Journal of Bifurcation and Chaos* 17(7), 2007. Cross-checked against networkx's
  /// `betweenness_centrality` with the same sources (its `_rescale` with `sampled_nodes`).
  public func betweennessCentrality(
    sources: [Int], weighting: Weighting = .unweighted, normalization: BetweennessNormalization = .networkx,
    endpoints: EndpointCounting = .excluded, threads: Int = ProcessInfo.processInfo.activeProcessorCount
  ) throws -> [Double] {
    try AdjacencyGraph.requireThreads(threads)
    for s in sources where !(0..<nodeCount).contains(s) {
      throw GraphAlgorithmError.invalidParameter(
        name: "source", value: Double(s), expected: "a node index in 0..<\(nodeCount)")
    }
    let distinct = Set(sources)
    if distinct.count == nodeCount {
      return try betweennessCentrality(
        weighting: weighting, normalization: normalization, endpoints: endpoints, threads: threads)
    }
    if weighting == .weighted { try requirePositiveWeights() }
    var values = orderedPairBetweenness(
      sources: distinct.sorted(), weighted: weighting == .weighted, endpoints: endpoints, threads: threads)
    let n = Double(endpoints == .included ? nodeCount : nodeCount - 1)
    guard n >= 2 else { return values }
    let k = Double(distinct.count)
    let c: Double = isDirected ? 1 : 2
    func scale(_ k: Double) -> Double {
      normalization == .networkx ? 1 / (k * (n - 1)) : n / (k * c)
    }
    if endpoints == .included {
      for v in values.indices { values[v] *= scale(k) }
    } else {
      for v in values.indices { values[v] *= distinct.contains(v) ? (k > 1 ? scale(k - 1) : .nan) : scale(k) }
    }
    return values
  }

  /// `count` distinct node indices drawn with `seed` (sorted), for sampled betweenness.
  /// - Complexity: O(n).
  public func sampleSources(count: Int, seed: UInt64) throws -> [Int] {
    guard count >= 1 && count <= nodeCount else {
      throw GraphAlgorithmError.invalidParameter(
        name: "k", value: Double(count), expected: "a number of sources in 1…\(nodeCount)")
    }
    var random = SplitMix64(seed: seed)
    var nodes = Array(0..<nodeCount)
    for i in 0..<count {
      let j = i + Int(random.next() % UInt64(nodeCount - i))
      nodes.swapAt(i, j)
    }
    return nodes.prefix(count).sorted()
  }
}
