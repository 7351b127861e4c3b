import Foundation

/// For every node `u`, totals over the shortest-path distances `d(v, u)` from the nodes `v` that
/// reach it (`u` itself included, at distance 0): the raw material of closeness and harmonic
/// centrality.
struct DistanceSums {
  /// How many nodes reach `u`, `u` included.
  var reached: [Int]
  /// `Σ_v d(v, u)`.
  var total: [Double]
  /// `Σ_{v : d(v, u) > 0} 1 / d(v, u)`.
  var reciprocal: [Double]
}

extension AdjacencyGraph {
  /// Distance sums towards every node, computed by searches from each node over the in-links.
  ///
  /// Unweighted graphs use a multi-source BFS that advances 256 searches at once with one bit per
  /// search (Then et al., "The more the merrier: efficient multi-source graph traversal", VLDB
  /// 2014); weighted graphs run Dijkstra from each node.
  ///
  /// - Complexity: O(n m / 256 + n²/256 · levels) vector operations unweighted; O(n m log m) weighted.
  func distanceSums(weighted: Bool, threads: Int) -> DistanceSums {
    let n = nodeCount
    var reached = [Int](repeating: 0, count: n)
    var total = [Double](repeating: 0, count: n)
    var reciprocal = [Double](repeating: 0, count: n)
    guard n > 0 else { return DistanceSums(reached: reached, total: total, reciprocal: reciprocal) }
    let arcCount = neighbors.count
    reached.withUnsafeMutableBufferPointer { reachedOut in
      total.withUnsafeMutableBufferPointer { totalOut in
        reciprocal.withUnsafeMutableBufferPointer { reciprocalOut in
          let output = DistanceSumWrites(
            reached: DisjointWrites(base: reachedOut.baseAddress!),
            total: DisjointWrites(base: totalOut.baseAddress!),
            reciprocal: DisjointWrites(base: reciprocalOut.baseAddress!))
          let chunks = ParallelSources.chunkCount(for: n)
          withCSRView(reversed: true) { graph in
            if weighted {
              ParallelSources.forEachChunk(
                count: n, threads: threads,
                makeWorker: { ShortestPathScratch(nodeCount: n, arcCount: arcCount) },
                process: { chunk, scratch in
                  for s in ParallelSources.sources(ofChunk: chunk, chunks: chunks, count: n) {
                    scratch.dijkstra(from: s, in: graph)
                    var sum = 0.0
                    var inverse = 0.0
                    for i in 0..<scratch.reachedCount {
                      let d = scratch.length[Int(scratch.order[i])]
                      sum += d
                      if d > 0 { inverse += 1 / d }
                    }
                    output.store(s, reached: scratch.reachedCount, total: sum, reciprocal: inverse)
                    scratch.reset(weighted: true)
                  }
                })
            } else {
              ParallelSources.forEachChunk(
                count: n, threads: threads,
                makeWorker: { BitParallelBFS(nodeCount: n) },
                process: { chunk, search in
                  let range = ParallelSources.sources(ofChunk: chunk, chunks: chunks, count: n)
                  var start = range.lowerBound
                  while start < range.upperBound {
                    let batch = start..<min(start + BitParallelBFS.width, range.upperBound)
                    search.run(sources: batch, in: graph, output: output)
                    start = batch.upperBound
                  }
                })
            }
          }
        }
      }
    }
    return DistanceSums(reached: reached, total: total, reciprocal: reciprocal)
  }
}

/// Where the per-source results go (each source written by exactly one thread).
struct DistanceSumWrites: @unchecked Sendable {
  let reached: DisjointWrites<Int>
  let total: DisjointWrites<Double>
  let reciprocal: DisjointWrites<Double>

  @inline(__always) func store(
    _ source: Int, reached count: Int, total sum: Double, reciprocal inverse: Double
  ) {
    reached.set(source, count)
    total.set(source, sum)
    reciprocal.set(source, inverse)
  }
}

/// Up to 256 breadth-first searches advanced together, level by level, one bit per search (four
/// 64-bit words per node, processed as one SIMD vector).
final class BitParallelBFS {
  typealias Lanes = SIMD4<UInt64>
  /// How many searches one run advances.
  static let width = 256
  let nodeCount: Int
  private let seen: UnsafeMutablePointer<Lanes>
  private let frontier: UnsafeMutablePointer<Lanes>
  private let next: UnsafeMutablePointer<Lanes>

  init(nodeCount: Int) {
    self.nodeCount = nodeCount
    seen = .allocate(capacity: nodeCount)
    frontier = .allocate(capacity: nodeCount)
    next = .allocate(capacity: nodeCount)
  }

  deinit {
    seen.deallocate()
    frontier.deallocate()
    next.deallocate()
  }

  /// Runs the searches from `sources` (at most 256) and stores each one's distance sums.
  func run(sources: Range<Int>, in g: CSRView, output: DistanceSumWrites) {
    let n = nodeCount
    let offsets = g.offsets
    let neighbors = g.neighbors
    let zero = Lanes(repeating: 0)
    seen.update(repeating: zero, count: n)
    frontier.update(repeating: zero, count: n)
    next.update(repeating: zero, count: n)
    let width = sources.count
    // Per search (bit): reached count, distance sum, reciprocal sum; per level: new nodes.
    var reached = [Int](repeating: 1, count: width)
    var total = [Int](repeating: 0, count: width)
    var reciprocal = [Double](repeating: 0, count: width)
    var newAtLevel = [Int](repeating: 0, count: width)
    for (bit, s) in sources.enumerated() {
      seen[s][bit >> 6] |= 1 << UInt64(bit & 63)
      frontier[s][bit >> 6] |= 1 << UInt64(bit & 63)
    }
    var level = 0
    var active = true
    while active {
      level += 1
      for v in 0..<n {
        let f = frontier[v]
        if f == zero { continue }
        for e in offsets[v]..<offsets[v + 1] { next[Int(neighbors[e])] |= f }
      }
      active = false
      for w in 0..<n {
        let fresh = next[w] & ~seen[w]
        next[w] = zero
        frontier[w] = fresh
        if fresh == zero { continue }
        active = true
        seen[w] |= fresh
        for word in 0..<4 {
          var bits = fresh[word]
          while bits != 0 {
            newAtLevel[word << 6 | bits.trailingZeroBitCount] += 1
            bits &= bits &- 1
          }
        }
      }
      if !active { break }
      let inverseLevel = 1 / Double(level)
      for bit in 0..<width where newAtLevel[bit] > 0 {
        let count = newAtLevel[bit]
        reached[bit] += count
        total[bit] += count * level
        reciprocal[bit] += Double(count) * inverseLevel
        newAtLevel[bit] = 0
      }
    }
    for (bit, s) in sources.enumerated() {
      output.store(s, reached: reached[bit], total: Double(total[bit]), reciprocal: reciprocal[bit])
    }
  }
}
