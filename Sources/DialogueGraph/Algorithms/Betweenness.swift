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
  /// `ShortestPathScratch.breadthFirst`): on small-world graphs they skip scanning the largest
  /// levels, and the accumulation walks only the arcs of the shortest-path DAG.
  ///
  /// - Complexity: O(n m) time unweighted, O(n m log m) weighted; O(n + m) memory per thread plus
  ///   16 doubles per node for the ordered merge.
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
      sources: 0..<nodeCount, weighted: weighting == .weighted, endpoints: endpoints, threads: threads)
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

  /// The unscaled Brandes sums over ordered pairs (s, t) with `s` in `sources`.
  func orderedPairBetweenness(
    sources: Range<Int>, weighted: Bool, endpoints: EndpointCounting, threads: Int
  ) -> [Double] {
    let n = nodeCount
    guard n > 0, !sources.isEmpty else { return [Double](repeating: 0, count: n) }
    let chunks = ParallelSources.chunkCount(for: sources.count)
    var perChunk = [Double](repeating: 0, count: chunks * n)
    let arcCount = neighbors.count
    let directed = isDirected
    withCSRView { graph in
      withCSRView(reversed: true) { incoming in
        perChunk.withUnsafeMutableBufferPointer { perChunk in
          let sums = DisjointWrites(base: perChunk.baseAddress!)
          ParallelSources.forEachChunk(
            count: sources.count, threads: threads,
            makeWorker: { ShortestPathScratch(nodeCount: n, arcCount: arcCount) },
            process: { chunk, scratch in
              let accumulator = sums.base + chunk * n
              let range = ParallelSources.sources(ofChunk: chunk, chunks: chunks, count: sources.count)
              for offset in range {
                let s = sources.lowerBound + offset
                if weighted {
                  scratch.dijkstra(from: s, in: graph)
                  scratch.accumulateWeightedDependencies(
                    source: s, in: graph, endpoints: endpoints, into: accumulator)
                } else {
                  scratch.breadthFirst(from: s, out: graph, in: incoming, directed: directed)
                  scratch.accumulateUnweightedDependencies(endpoints: endpoints, into: accumulator)
                }
                scratch.reset(weighted: weighted)
              }
            })
        }
      }
    }
    // Merge the chunks in chunk order: the same sums whatever the number of threads.
    var total = [Double](repeating: 0, count: n)
    for chunk in 0..<chunks {
      let base = chunk * n
      for v in 0..<n { total[v] += perChunk[base + v] }
    }
    return total
  }
}

extension ShortestPathScratch {
  /// Brandes's dependency accumulation for the breadth-first search just run, added into
  /// `accumulator`.
  ///
  /// Uses the "pull" form `δ(v) = σ(v) · Σ_{w : v ∈ P(w)} (1 + δ(w)) / σ(w)`, level by level from
  /// the deepest, over the shortest-path DAG the search recorded: a level found top-down lists each
  /// node's successors, whose coefficients `(1 + δ(w)) / σ(w)` are summed; a level found bottom-up
  /// lists each node's predecessors, to which its coefficient is pushed. The source gains nothing,
  /// or `reached − 1` with endpoints.
  ///
  /// - Complexity: O(reached nodes + DAG arcs).
  func accumulateUnweightedDependencies(
    endpoints: EndpointCounting, into accumulator: UnsafeMutablePointer<Double>
  ) {
    let order = self.order
    let sigma = self.sigma
    let coefficient = self.coefficient
    let dag = self.dagArcs
    let sums = self.dependencySum
    let countEndpoints = endpoints == .included
    var depth = levelCount - 1
    while depth >= 0 {
      let first = levelStart[depth]
      let end = levelStart[depth + 1]
      if foundBottomUp[depth] {
        for position in end..<levelStart[depth + 2] {
          let c = coefficient[Int(order[position])]
          for k in predecessorStart[position]..<predecessorEnd[position] { sums[Int(dag[k])] += c }
        }
      }
      for position in first..<end {
        let v = Int(order[position])
        var sum: Double
        if foundBottomUp[depth] {
          sum = sums[v]
          sums[v] = 0
        } else {
          sum = 0
          for k in successorStart[position]..<successorEnd[position] { sum += coefficient[Int(dag[k])] }
        }
        let sv = sigma[v]
        let delta = sv * sum
        coefficient[v] = (1 + delta) / sv
        if depth > 0 { accumulator[v] += countEndpoints ? delta + 1 : delta }
      }
      depth -= 1
    }
    if countEndpoints { accumulator[Int(order[0])] += Double(reachedCount - 1) }
  }

  /// Brandes's dependency accumulation for the Dijkstra search just run from `source`, added into
  /// `accumulator`.
  ///
  /// The same pull form, visiting nodes by decreasing distance and scanning each node's out-links
  /// for `d(v) + w(v, w) = d(w)` (ties are only known once the search is over).
  ///
  /// - Complexity: O(reached nodes + their arcs).
  func accumulateWeightedDependencies(
    source: Int, in g: CSRView, endpoints: EndpointCounting,
    into accumulator: UnsafeMutablePointer<Double>
  ) {
    let offsets = g.offsets
    let neighbors = g.neighbors
    let weights = g.weights
    let countEndpoints = endpoints == .included
    var i = reachedCount - 1
    while i >= 0 {
      let v = Int(order[i])
      i -= 1
      var sum = 0.0
      let lv = length[v]
      for e in offsets[v]..<offsets[v + 1] {
        let w = Int(neighbors[e])
        if lv + weights[e] == length[w] { sum += coefficient[w] }
      }
      let sv = sigma[v]
      let delta = sv * sum
      coefficient[v] = (1 + delta) / sv
      if v != source { accumulator[v] += countEndpoints ? delta + 1 : delta }
    }
    if countEndpoints { accumulator[source] += Double(reachedCount - 1) }
  }
}
