import Foundation

/// Betweenness values estimated by sampling shortest paths, with the sample size and the guarantee
/// they carry.
public struct ApproximateBetweenness: Sendable, Equatable {
  /// The estimate of every node, on networkx's normalised scale (as
  /// ``AdjacencyGraph/betweennessCentrality(weighting:normalization:endpoints:threads:)`` with
  /// `.networkx` normalisation and endpoints excluded).
  public let values: [Double]
  /// The largest error allowed, on the scale of `values`.
  public let epsilon: Double
  /// The probability that some value is off by more than `epsilon`.
  public let delta: Double
  /// The seed of the random choices: the same seed gives the same values, for any thread count.
  public let seed: UInt64
  /// How many shortest paths were sampled.
  public let sampleCount: Int
  /// The upper bound of the vertex diameter (nodes on a longest shortest path) the sample size
  /// was computed from.
  public let vertexDiameterBound: Int
}

extension AdjacencyGraph {
  /// Betweenness centrality of every node **estimated** from a random sample of shortest paths,
  /// within `epsilon` of the exact value for every node at once, with probability at least
  /// `1 − delta` (Riondato and Kornaropoulos 2016).
  ///
  /// **Definition.** The exact value is that of
  /// ``betweennessCentrality(weighting:normalization:endpoints:threads:)`` (unweighted, endpoints
  /// excluded, networkx normalisation). The estimate: draw `r` ordered pairs (s, t), s ≠ t,
  /// uniformly; for each, if t is reachable from s, pick one shortest s–t path uniformly at random
  /// (walking back from t, choosing predecessor z of w with probability σ(z)/σ(w)) and add 1 to each
  /// inner node of that path. The count of node v divided by `r` estimates
  /// `b(v) = Σ_{s ≠ t} σ_st(v)/σ_st ÷ (n(n − 1))`.
  ///
  /// **Guarantee and sample size.** With
  /// `r = ⌈(c / ε′²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉`, `c = 0.5` (the constant the paper
  /// recommends) and VD an upper bound of the vertex diameter, every estimate of `b` is within `ε′`
  /// of its exact value with probability ≥ 1 − δ (Theorem 2 of the paper, by the VC dimension of
  /// shortest paths). networkx's scale is `b · n/(n − 2)`, so `ε′ = ε(n − 2)/n` keeps the error of
  /// the returned values within `epsilon`. VD is bounded, for an undirected graph, per connected
  /// component by `min(2·ecc(u) + 1, component size)` (u the component's first node: any shortest
  /// path has at most twice u's eccentricity in links), and for a directed graph by the size of the
  /// largest weakly connected component.
  ///
  /// **Normalisation.** networkx's `normalized=True` (divided by `(n − 1)(n − 2)` over ordered
  /// pairs). For n < 3, or when no shortest path has an inner node (VD < 3), every value is 0 and
  /// nothing is sampled.
  ///
  /// Sampling is deterministic for a given `seed`: the samples are cut into fixed chunks (see
  /// `ParallelSources`), each with its own generator seeded from `seed` and its index, so the
  /// values are the same whatever `threads`.
  ///
  /// - Parameters:
  ///   - epsilon: the largest error allowed, in (0, 1).
  ///   - delta: the probability of a larger error, in (0, 1).
  /// - Complexity: O(n + m) for the bound, then O(r (n + m)) time — one breadth-first search per
  ///   sample, independent of n for a fixed `epsilon` apart from that search — and O(n + m) memory
  ///   per thread plus 16 counts per node.
  ///
  /// Reference: M. Riondato and E. M. Kornaropoulos, "Fast approximation of betweenness centrality
  /// through sampling", *Data Mining and Knowledge Discovery* 30(2), 2016.
  public func approximateBetweennessCentrality(
    epsilon: Double, delta: Double, seed: UInt64,
    threads: Int = ProcessInfo.processInfo.activeProcessorCount
  ) throws -> ApproximateBetweenness {
    try AdjacencyGraph.requireThreads(threads)
    guard epsilon > 0 && epsilon < 1 else {
      throw GraphAlgorithmError.invalidParameter(name: "epsilon", value: epsilon, expected: "a number in (0, 1)")
    }
    guard delta > 0 && delta < 1 else {
      throw GraphAlgorithmError.invalidParameter(name: "delta", value: delta, expected: "a number in (0, 1)")
    }
    let n = nodeCount
    let bound = vertexDiameterBound()
    func result(_ values: [Double], samples: Int) -> ApproximateBetweenness {
      ApproximateBetweenness(
        values: values, epsilon: epsilon, delta: delta, seed: seed, sampleCount: samples,
        vertexDiameterBound: bound)
    }
    guard n >= 3, bound >= 3 else { return result([Double](repeating: 0, count: n), samples: 0) }
    let scaledEpsilon = epsilon * Double(n - 2) / Double(n)
    let samples = Self.riondatoKornaropoulosSampleSize(
      epsilon: scaledEpsilon, delta: delta, vertexDiameterBound: bound)
    let counts =
      fitsCompactAdjacency
      ? sampledPathCounts(UInt32.self, UInt16.self, samples: samples, seed: seed, threads: threads)
      : sampledPathCounts(Int.self, Int32.self, samples: samples, seed: seed, threads: threads)
    // count / r estimates b; networkx's scale is b · n/(n − 2).
    let scale = Double(n) / (Double(samples) * Double(n - 2))
    return result(counts.map { $0 * scale }, samples: samples)
  }

  /// `⌈(0.5 / ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉`, the sample size of Riondato and Kornaropoulos
  /// (2016, Theorem 2) with their constant c = 0.5.
  static func riondatoKornaropoulosSampleSize(epsilon: Double, delta: Double, vertexDiameterBound: Int) -> Int {
    let vcBound = Double(Int(log2(Double(max(vertexDiameterBound - 2, 1))).rounded(.down)) + 1)
    return Int((0.5 / (epsilon * epsilon) * (vcBound + log(1 / delta))).rounded(.up))
  }

  /// An upper bound of the vertex diameter (the number of nodes on a longest shortest path): for an
  /// undirected graph, the largest `min(2·ecc(u) + 1, size)` over connected components, u the
  /// component's first node; for a directed graph, the largest weakly connected component's size.
  ///
  /// - Complexity: O(n + m).
  func vertexDiameterBound() -> Int {
    let n = nodeCount
    var seen = [Bool](repeating: false, count: n)
    var queue = [Int](repeating: 0, count: n)
    var depth = [Int](repeating: 0, count: n)
    var bound = 0
    for root in 0..<n where !seen[root] {
      seen[root] = true
      queue[0] = root
      var head = 0
      var tail = 1
      var eccentricity = 0
      while head < tail {
        let v = queue[head]
        head += 1
        eccentricity = depth[v]
        for adjacency in [(offsets, neighbors), (inOffsets, inNeighbors)].prefix(isDirected ? 2 : 1) {
          for e in adjacency.0[v]..<adjacency.0[v + 1] {
            let w = Int(adjacency.1[e])
            if !seen[w] {
              seen[w] = true
              depth[w] = depth[v] + 1
              queue[tail] = w
              tail += 1
            }
          }
        }
      }
      bound = max(bound, isDirected ? tail : min(2 * eccentricity + 1, tail))
    }
    return bound
  }

  /// For each node, how many of `samples` uniformly chosen shortest paths pass through it (as an
  /// inner node), on the adjacency held in `Offset` and `Neighbor` (see ``CompactAdjacency``).
  private func sampledPathCounts<Offset: FixedWidthInteger, Neighbor: FixedWidthInteger>(
    _ offset: Offset.Type, _ neighbor: Neighbor.Type, samples: Int, seed: UInt64, threads: Int
  ) -> [Double] {
    let n = nodeCount
    let directed = isDirected
    let arcCount = neighbors.count
    return withCompactAdjacency(offset, neighbor) { out in
      let sample = { (incoming: CompactAdjacency<Offset, Neighbor>) -> [Double] in
        let chunks = ParallelSources.chunkCount(for: samples)
        var perChunk = [Double](repeating: 0, count: chunks * n)
        perChunk.withUnsafeMutableBufferPointer { perChunk in
          let counts = DisjointWrites(base: perChunk.baseAddress!)
          ParallelSources.forEachChunk(
            count: samples, threads: threads,
            makeWorker: { ShortestPathScratch(nodeCount: n, arcCount: arcCount) },
            process: { chunk, scratch in
              var random = SplitMix64(seed: seed ^ (UInt64(chunk + 1) &* 0xD1B5_4A32_D192_ED03))
              let count = counts.base + chunk * n
              for _ in ParallelSources.sources(ofChunk: chunk, chunks: chunks, count: samples) {
                let s = Int.random(in: 0..<n, using: &random)
                var t = Int.random(in: 0..<(n - 1), using: &random)
                if t >= s { t += 1 }
                scratch.breadthFirst(from: s, out: out, in: incoming, directed: directed)
                scratch.addInnerNodesOfRandomShortestPath(
                  from: s, to: t, in: incoming, random: &random, into: count)
                scratch.reset(weighted: false)
              }
            })
        }
        var total = [Double](repeating: 0, count: n)
        for chunk in 0..<chunks {
          for v in 0..<n { total[v] += perChunk[chunk * n + v] }
        }
        return total
      }
      return directed ? withCompactAdjacency(offset, neighbor, reversed: true, sample) : sample(out)
    }
  }
}

extension ShortestPathScratch {
  /// After a breadth-first search from `source`: if `target` was reached, picks one shortest path
  /// from `source` to `target` uniformly at random and adds 1 to `count` at each of its inner nodes.
  ///
  /// Walks back from `target`: at node w, each in-neighbour z one level closer to the source is the
  /// previous node with probability σ(z)/σ(w) (σ(w) is the sum of those σ(z)), which makes every
  /// shortest path equally likely.
  ///
  /// - Complexity: O(sum of the in-degrees of the path's nodes).
  func addInnerNodesOfRandomShortestPath<Offset, Neighbor, Random: RandomNumberGenerator>(
    from source: Int, to target: Int, in incoming: CompactAdjacency<Offset, Neighbor>,
    random: inout Random, into count: UnsafeMutablePointer<Double>
  ) {
    guard level(of: target) != 0 else { return }
    var w = target
    while true {
      let previousLevel = self.previousLevel(of: level(of: w))
      let threshold = Double.random(in: 0..<sigma[w], using: &random)
      var sum = 0.0
      var chosen = -1
      for e in incoming.start(w)..<incoming.start(w + 1) {
        let z = incoming.neighbor(e)
        guard level(of: z) == previousLevel else { continue }
        chosen = z
        sum += sigma[z]
        if sum > threshold { break }
      }
      // `chosen` is the last predecessor when rounding left `sum` at or below `threshold`.
      w = chosen
      if w == source { return }
      count[w] += 1
    }
  }

  /// The level the last breadth-first search gave `v` (0 = unreached), as stored.
  @inline(__always) private func level(of v: Int) -> UInt32 {
    levelsAreNumbers ? levelNumber[v] : UInt32(levelMark[v])
  }

  /// The stored level of a node one step closer to the source than a node at `level`.
  @inline(__always) private func previousLevel(of level: UInt32) -> UInt32 {
    levelsAreNumbers ? level - 1 : (level == 1 ? 3 : level - 1)
  }
}
