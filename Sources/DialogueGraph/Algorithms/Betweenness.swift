import Foundation

/// How betweenness values are scaled.
public enum BetweennessNormalization: Sendable, Equatable {
  /// Divided by the number of ordered pairs (s, t), s ≠ t, that could route through a node:
  /// `1 / ((n − 1)(n − 2))`, or `1 / (n(n − 1))` when endpoints are counted — networkx's default
  /// `normalized=True`, for directed and undirected graphs alike. Left unscaled when that count of
  /// candidate nodes is below 2 (all values are then 0).
  case networkx
  /// The raw count: the sum of pair dependencies over unordered pairs {s, t} for an undirected
  /// graph, over ordered pairs (s, t) for a directed graph (networkx `normalized=False`).
  case none
}

/// Whether the endpoints of a shortest path count as lying on it.
public enum EndpointCounting: Sendable, Equatable {
  /// Only inner nodes of a path gain betweenness (the usual definition).
  case excluded
  /// The source and target of every path gain betweenness too (networkx `endpoints=True`).
  case included
}

extension AdjacencyGraph {
  /// Betweenness centrality of every node, by Brandes's algorithm (exact).
  ///
  /// **Definition.** `c_B(v) = Σ_{s ≠ v ≠ t} σ_st(v) / σ_st`, where `σ_st` is the number of shortest
  /// paths from `s` to `t` and `σ_st(v)` the number of those passing through `v`. Pairs with no path
  /// contribute 0. With `.included` endpoints, `v` also counts for the paths it starts or ends.
  ///
  /// **Normalisation.** See ``BetweennessNormalization``: `.networkx` divides the ordered-pair sum by
  /// `(n − 1)(n − 2)` (by `n(n − 1)` with endpoints), for directed and undirected graphs; `.none`
  /// returns unordered-pair sums for undirected graphs and ordered-pair sums for directed ones. For
  /// `n < 3` (or `n < 2` with endpoints) every value is 0 and no scaling applies. Disconnected
  /// graphs need no special treatment: unreachable pairs add nothing.
  ///
  /// **Assumptions.** `.weighted` reads weights as lengths and requires them > 0 (throws
  /// ``GraphAlgorithmError/nonPositiveWeight(source:target:weight:)``); equal lengths are compared
  /// exactly, as networkx does, so integer-valued weights give exact ties.
  ///
  /// The sources are split over `threads` threads; the result is bit-for-bit the same for any
  /// thread count (see `ParallelSources`).
  ///
  /// Unweighted searches are direction-optimising breadth-first searches (see
  /// `ShortestPathScratch.breadthFirst`) over a compact copy of the adjacency (`CompactAdjacency`):
  /// on small-world graphs they skip scanning the largest levels, and what each thread touches
  /// stays small enough for the processor's level-2 cache on graphs of tens of thousands of nodes.
  ///
  /// - Complexity: O(n m) time unweighted, O(n m log m) weighted; O(n + m) memory per thread plus
  ///   16 doubles per node for the ordered merge, and O(n + m) for the compact copy.
  ///
  /// Reference: U. Brandes, "A faster algorithm for betweenness centrality", *Journal of
  /// Mathematical Sociology* 25(2), 2001. Cross-checked against `networkx.betweenness_centrality`.
  public func betweennessCentrality(
    weighting: Weighting = .unweighted,
    normalization: BetweennessNormalization = .networkx,
    endpoints: EndpointCounting = .excluded,
    threads: Int = ProcessInfo.processInfo.activeProcessorCount
  ) throws -> [Double] {
    try AdjacencyGraph.requireThreads(threads)
    if weighting == .weighted { try requirePositiveWeights() }
    var values = orderedPairBetweenness(
      sources: Array(0..<nodeCount), weighted: weighting == .weighted, endpoints: endpoints, threads: threads)
    let candidates = endpoints == .included ? nodeCount : nodeCount - 1
    guard candidates >= 2 else { return values }
    let scale: Double
    switch normalization {
    case .networkx: scale = 1 / (Double(candidates) * Double(candidates - 1))
    case .none: scale = isDirected ? 1 : 0.5
    }
    if scale != 1 { for v in values.indices { values[v] *= scale } }
    return values
  }

  /// The unscaled Brandes sums over ordered pairs (s, t) with `s` in `sources`; `branching`
  /// overrides ``prefersBranchingSearch`` (the values are the same either way).
  func orderedPairBetweenness(
    sources: [Int], weighted: Bool, endpoints: EndpointCounting, threads: Int, branching: Bool? = nil
  ) -> [Double] {
    if weighted {
      return withCSRView { graph in
        sumOverSources(sources, threads: threads) { s, scratch, accumulator in
          scratch.dijkstra(from: s, in: graph)
          scratch.accumulateWeightedDependencies(source: s, in: graph, endpoints: endpoints, into: accumulator)
          scratch.reset(weighted: true)
        }
      }
    }
    if fitsCompactAdjacency {
      return unweightedOrderedPairBetweenness(
        UInt32.self, UInt16.self, sources: sources, endpoints: endpoints, threads: threads,
        branching: branching ?? prefersBranchingSearch)
    }
    return unweightedOrderedPairBetweenness(
      Int.self, Int32.self, sources: sources, endpoints: endpoints, threads: threads,
      branching: branching ?? prefersBranchingSearch)
  }

  /// ``orderedPairBetweenness(sources:weighted:endpoints:threads:)`` for an unweighted graph, with
  /// the adjacency held in `Offset` and `Neighbor` (see ``CompactAdjacency``).
  func unweightedOrderedPairBetweenness<Offset: FixedWidthInteger, Neighbor: FixedWidthInteger>(
    _ offset: Offset.Type, _ neighbor: Neighbor.Type, sources: [Int], endpoints: EndpointCounting,
    threads: Int, branching: Bool
  ) -> [Double] {
    let directed = isDirected
    return withCompactAdjacency(offset, neighbor) { out in
      let search = { (incoming: CompactAdjacency<Offset, Neighbor>) in
        sumOverSources(sources, threads: threads) { s, scratch, accumulator in
          scratch.branchingTopDown = branching
          scratch.breadthFirst(from: s, out: out, in: incoming, directed: directed)
          scratch.accumulateUnweightedDependencies(Neighbor.self, endpoints: endpoints, into: accumulator)
          scratch.reset(weighted: false)
        }
      }
      return directed ? withCompactAdjacency(offset, neighbor, reversed: true, search) : search(out)
    }
  }

  /// Whether breadth-first searches should expand levels with plain branches (see
  /// `ShortestPathScratch.branchingTopDown`): on undirected graphs whose shortest paths can be
  /// long — a vertex-diameter bound above 64 nodes, as on road-like grids.
  ///
  /// - Complexity: O(n + m), one search per connected component.
  var prefersBranchingSearch: Bool {
    return !isDirected && vertexDiameterBound() > 64
  }

  /// Runs `body(source, scratch, accumulator)` for every source on up to `threads` threads and
  /// returns the sum of what the calls added into their accumulators.
  ///
  /// The sources are cut into ``ParallelSources`` chunks, each with its own accumulator of n
  /// doubles, merged in chunk order at the end: the sums are bit-for-bit the same whatever the
  /// number of threads.
  private func sumOverSources(
    _ sources: [Int], threads: Int,
    _ body: (Int, ShortestPathScratch, UnsafeMutablePointer<Double>) -> Void
  ) -> [Double] {
    let n = nodeCount
    guard n > 0, !sources.isEmpty else { return [Double](repeating: 0, count: n) }
    let chunks = ParallelSources.chunkCount(for: sources.count)
    var perChunk = [Double](repeating: 0, count: chunks * n)
    let arcCount = neighbors.count
    perChunk.withUnsafeMutableBufferPointer { perChunk in
      let sums = DisjointWrites(base: perChunk.baseAddress!)
      ParallelSources.forEachChunk(
        count: sources.count, threads: threads,
        makeWorker: { ShortestPathScratch(nodeCount: n, arcCount: arcCount) },
        process: { chunk, scratch in
          let accumulator = sums.base + chunk * n
          for offset in ParallelSources.sources(ofChunk: chunk, chunks: chunks, count: sources.count) {
            body(sources[offset], scratch, accumulator)
          }
        })
    }
    var total = [Double](repeating: 0, count: n)
    for chunk in 0..<chunks {
      let base = chunk * n
      for v in 0..<n { total[v] += perChunk[base + v] }
    }
    return total
  }
}
