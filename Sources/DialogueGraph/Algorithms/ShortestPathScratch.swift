/// Read-only raw view of one direction of an ``AdjacencyGraph``'s CSR arrays, for inner loops.
///
/// Valid only inside ``AdjacencyGraph/withCSRView(reversed:_:)``.
struct CSRView: @unchecked Sendable {
  let nodeCount: Int
  let offsets: UnsafeBufferPointer<Int>
  let neighbors: UnsafeBufferPointer<Int32>
  let weights: UnsafeBufferPointer<Double>
}

extension AdjacencyGraph {
  /// Calls `body` with raw pointers to the out-links (or, when `reversed`, the in-links).
  func withCSRView<R>(reversed: Bool = false, _ body: (CSRView) throws -> R) rethrows -> R {
    let o = reversed ? inOffsets : offsets
    let nb = reversed ? inNeighbors : neighbors
    let w = reversed ? inWeights : weights
    return try o.withUnsafeBufferPointer { o in
      try nb.withUnsafeBufferPointer { nb in
        try w.withUnsafeBufferPointer { w in
          try body(CSRView(nodeCount: nodeCount, offsets: o, neighbors: nb, weights: w))
        }
      }
    }
  }
}

/// Per-thread scratch memory for single-source shortest paths (BFS or Dijkstra) with path counts,
/// allocated once and reset in O(reached nodes) between sources.
///
/// After ``breadthFirst(from:in:)`` or ``dijkstra(from:in:)``: `order[0..<reachedCount]` lists the
/// reached nodes by non-decreasing distance, `hops`/`length` hold their distances and `sigma` the
/// number of shortest paths from the source (σ in Brandes 2001). After a breadth-first search,
/// `order[levelStart[d]..<levelStart[d + 1]]` are the nodes at distance `d`, for `d` in
/// `0..<levelCount`.
///
/// Between searches (after ``reset(weighted:)``) every node is unreached: `hops == -1`,
/// `length == +∞`, `sigma == 0` and `coefficient == 0` — the breadth-first search and Brandes's
/// accumulation rely on those zeros to run without branches.
final class ShortestPathScratch {
  let nodeCount: Int
  let hops: UnsafeMutablePointer<Int32>
  let length: UnsafeMutablePointer<Double>
  let sigma: UnsafeMutablePointer<Double>
  /// Per node, Brandes's `(1 + δ(v)) / σ(v)` once known (0 before): what `v` passes on to each of
  /// its predecessors, divided by their σ.
  let coefficient: UnsafeMutablePointer<Double>
  /// Per BFS position, a sum being formed for one level before it is published (see
  /// `accumulateUnweightedDependencies`).
  let pending: UnsafeMutablePointer<Double>
  /// Reached nodes in order of discovery; one spare slot, as the search appends without a branch.
  let order: UnsafeMutablePointer<Int32>
  /// Where each breadth-first level starts in `order` (`levelCount + 1` entries are valid).
  let levelStart: UnsafeMutablePointer<Int>
  private(set) var reachedCount = 0
  private(set) var levelCount = 0
  private var heapKeys: UnsafeMutablePointer<Double>
  private var heapNodes: UnsafeMutablePointer<Int32>

  /// Scratch for graphs of `nodeCount` nodes and at most `arcCount` stored arcs.
  init(nodeCount: Int, arcCount: Int) {
    self.nodeCount = nodeCount
    let n = max(nodeCount, 1)
    hops = .allocate(capacity: n)
    hops.initialize(repeating: -1, count: n)
    length = .allocate(capacity: n)
    length.initialize(repeating: .infinity, count: n)
    sigma = .allocate(capacity: n)
    sigma.initialize(repeating: 0, count: n)
    coefficient = .allocate(capacity: n)
    coefficient.initialize(repeating: 0, count: n)
    pending = .allocate(capacity: n)
    pending.initialize(repeating: 0, count: n)
    order = .allocate(capacity: n + 1)
    order.initialize(repeating: 0, count: n + 1)
    levelStart = .allocate(capacity: n + 2)
    levelStart.initialize(repeating: 0, count: n + 2)
    heapKeys = .allocate(capacity: arcCount + 1)
    heapNodes = .allocate(capacity: arcCount + 1)
  }

  deinit {
    hops.deallocate()
    length.deallocate()
    sigma.deallocate()
    coefficient.deallocate()
    pending.deallocate()
    order.deallocate()
    levelStart.deallocate()
    heapKeys.deallocate()
    heapNodes.deallocate()
  }

  /// Breadth-first search from `source` over the out-links, level by level, counting shortest
  /// paths.
  ///
  /// The inner loop has no data-dependent branch: every out-neighbour `w` of a node `v` at level
  /// `d` is written to the next free slot of `order` (the slot is kept only when `w` was
  /// unreached), gets level `d + 1` if it had none, and adds `σ(v)` to `σ(w)` masked to 0 unless
  /// `w` is at level `d + 1`. The additions to each `σ(w)` happen in the same order as in a
  /// textbook BFS, so the counts are the same doubles.
  ///
  /// - Complexity: O(reached nodes + their arcs).
  func breadthFirst(from source: Int, in g: CSRView) {
    let offsets = g.offsets.baseAddress!
    let neighbors = g.neighbors.baseAddress!
    let hops = self.hops
    let sigma = self.sigma
    let order = self.order
    let levelStart = self.levelStart
    hops[source] = 0
    sigma[source] = 1
    order[0] = Int32(source)
    levelStart[0] = 0
    var levels = 0
    var head = 0
    var tail = 1
    var next: Int32 = 1
    while head < tail {
      let levelEnd = tail
      levels += 1
      levelStart[levels] = levelEnd
      while head < levelEnd {
        let v = Int(order[head])
        head &+= 1
        let sv = sigma[v]
        var e = offsets[v]
        let end = offsets[v &+ 1]
        while e < end {
          let w = Int(neighbors[e])
          e &+= 1
          let hw = hops[w]
          let isNew = hw < 0
          let level = isNew ? next : hw
          hops[w] = level
          order[tail] = Int32(truncatingIfNeeded: w)
          tail &+= isNew ? 1 : 0
          sigma[w] += level == next ? sv : 0
        }
      }
      next &+= 1
    }
    levelCount = levels
    reachedCount = tail
  }

  /// Dijkstra's algorithm from `source` with link weights as lengths (all > 0), counting shortest
  /// paths. Two paths are equally short when their lengths, summed link by link along the search,
  /// are equal doubles — networkx's rule.
  ///
  /// - Complexity: O((reached nodes + their arcs) log arcs) with a binary heap and lazy deletion.
  func dijkstra(from source: Int, in g: CSRView) {
    let offsets = g.offsets
    let neighbors = g.neighbors
    let weights = g.weights
    var heapCount = 0
    length[source] = 0
    sigma[source] = 1
    push(0, Int32(source), &heapCount)
    var settled = 0
    while heapCount > 0 {
      let (d, node) = popMinimum(&heapCount)
      let v = Int(node)
      if hops[v] >= 0 || d > length[v] { continue }
      hops[v] = 0  // marks "settled"
      order[settled] = node
      settled += 1
      let sv = sigma[v]
      for e in offsets[v]..<offsets[v + 1] {
        let w = Int(neighbors[e])
        if hops[w] >= 0 { continue }
        let candidate = d + weights[e]
        let lw = length[w]
        if candidate < lw {
          length[w] = candidate
          sigma[w] = sv
          push(candidate, Int32(w), &heapCount)
        } else if candidate == lw {
          sigma[w] += sv
        }
      }
    }
    reachedCount = settled
  }

  /// Restores the "unreached" state of every node the last search touched.
  func reset(weighted: Bool) {
    // Dijkstra may have given a tentative length to nodes it then settled; all touched nodes
    // are settled when the heap empties, so `order` lists them all.
    for i in 0..<reachedCount {
      let v = Int(order[i])
      hops[v] = -1
      sigma[v] = 0
      coefficient[v] = 0
      if weighted { length[v] = .infinity }
    }
    reachedCount = 0
    levelCount = 0
  }

  // MARK: Binary min-heap on (length, node)

  @inline(__always) private func push(_ key: Double, _ node: Int32, _ count: inout Int) {
    var i = count
    count += 1
    while i > 0 {
      let parent = (i - 1) >> 1
      if heapKeys[parent] <= key { break }
      heapKeys[i] = heapKeys[parent]
      heapNodes[i] = heapNodes[parent]
      i = parent
    }
    heapKeys[i] = key
    heapNodes[i] = node
  }

  @inline(__always) private func popMinimum(_ count: inout Int) -> (Double, Int32) {
    let top = (heapKeys[0], heapNodes[0])
    count -= 1
    let key = heapKeys[count]
    let node = heapNodes[count]
    var i = 0
    while true {
      var child = 2 * i + 1
      if child >= count { break }
      if child + 1 < count && heapKeys[child + 1] < heapKeys[child] { child += 1 }
      if heapKeys[child] >= key { break }
      heapKeys[i] = heapKeys[child]
      heapNodes[i] = heapNodes[child]
      i = child
    }
    heapKeys[i] = key
    heapNodes[i] = node
    return top
  }
}
