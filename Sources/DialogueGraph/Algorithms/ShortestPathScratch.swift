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
/// allocated once and reset between sources.
///
/// After ``breadthFirst(from:out:in:directed:)`` or ``dijkstra(from:in:)``:
/// `order[0..<reachedCount]` lists the reached nodes by non-decreasing distance and `sigma` holds
/// their numbers of shortest paths from the source (σ in Brandes 2001); Dijkstra also leaves their
/// distances in `length`. After a breadth-first search, `order[levelStart[d]..<levelStart[d + 1]]`
/// are the nodes at distance `d`, for `d` in `0..<levelCount`, each node's level is in `levelMark`
/// (undirected) or `levelNumber` (directed), and the shortest-path DAG is recorded (see
/// ``dagArcs(_:)``).
///
/// Between searches (after ``reset(weighted:)``) every node has `sigma == 0` and no level: the
/// branch-free breadth-first search adds to σ without first testing whether a node is new.
///
/// The arrays are kept as few and as small as the algorithms allow: with two threads on two
/// hyperthreads of one core, every per-thread byte competes for the same caches.
final class ShortestPathScratch {
  let nodeCount: Int
  /// Dijkstra: ≥ 0 once settled, −1 otherwise.
  let hops: UnsafeMutablePointer<Int32>
  let length: UnsafeMutablePointer<Double>
  /// σ(v) after a search; Brandes's accumulation then replaces it, node by node, with the
  /// coefficient `(1 + δ(v)) / σ(v)` that v's predecessors need (σ(v) itself is not needed again).
  let sigma: UnsafeMutablePointer<Double>
  /// Per node, a dependency sum being gathered (0 between uses).
  let dependencySum: UnsafeMutablePointer<Double>
  let order: UnsafeMutablePointer<Int32>
  /// Where each breadth-first level starts in `order` (`levelCount + 1` entries are valid).
  let levelStart: UnsafeMutablePointer<Int>
  /// Breadth-first level modulo 3, plus 1 (0 = unreached), for undirected graphs: one byte per node
  /// keeps the array in the L1 cache, and a neighbour's level is always the node's level − 1, + 0
  /// or + 1, which mod 3 tells apart.
  let levelMark: UnsafeMutablePointer<UInt8>
  /// Breadth-first level plus 1 (0 = unreached), for directed graphs, whose links can lead back to
  /// any earlier level.
  let levelNumber: UnsafeMutablePointer<UInt32>
  /// Room for one node index (of up to 4 bytes) per arc; see ``dagArcs(_:)``.
  private let dagStorage: UnsafeMutableRawPointer
  private let arcCapacity: Int
  /// Per BFS position of a node expanded top-down, where its successors start in ``dagArcs(_:)``;
  /// entry `p + 1` is where they end.
  let successorStart: UnsafeMutablePointer<Int>
  /// Per BFS position of a node found bottom-up, where its predecessors start in ``dagArcs(_:)``;
  /// entry `p + 1` is where they end.
  let predecessorStart: UnsafeMutablePointer<Int>
  /// Per level `d`, whether level `d + 1` was found bottom-up (its predecessors were recorded).
  let foundBottomUp: UnsafeMutablePointer<Bool>
  /// `[0, all ones]`: selects a value or +0 by indexing, which the compiler cannot turn back into
  /// a branch.
  let selectionMasks: UnsafeMutablePointer<UInt64>
  /// One bit per node, all zero between uses (see `sortLevel`).
  let levelBits: UnsafeMutablePointer<UInt64>
  /// Nodes not reached yet, kept once the search first goes bottom-up.
  let unreached: UnsafeMutablePointer<Int32>
  var reachedCount = 0
  var levelCount = 0
  /// Whether the last breadth-first search kept its levels in `levelNumber` (directed graph).
  var levelsAreNumbers = false
  /// Whether breadth-first searches expand levels top-down with plain branches instead of the
  /// branch-free step (see `breadthFirst`): faster where shortest paths are long and the case of
  /// each neighbour is predictable, slower on small-world graphs. The values are the same.
  var branchingTopDown = false
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
    dependencySum = .allocate(capacity: n)
    dependencySum.initialize(repeating: 0, count: n)
    order = .allocate(capacity: n + 1)  // + 1: a branch-free search writes one slot past the end
    order.initialize(repeating: 0, count: n + 1)
    levelStart = .allocate(capacity: n + 2)
    levelStart.initialize(repeating: 0, count: n + 2)
    levelMark = .allocate(capacity: n)
    levelMark.initialize(repeating: 0, count: n)
    levelNumber = .allocate(capacity: n)
    levelNumber.initialize(repeating: 0, count: n)
    arcCapacity = arcCount + 1
    dagStorage = .allocate(byteCount: 4 * arcCapacity, alignment: 8)
    predecessorStart = .allocate(capacity: n + 1)
    predecessorStart.initialize(repeating: 0, count: n + 1)
    successorStart = .allocate(capacity: n + 1)
    successorStart.initialize(repeating: 0, count: n + 1)
    foundBottomUp = .allocate(capacity: n + 1)
    foundBottomUp.initialize(repeating: false, count: n + 1)
    unreached = .allocate(capacity: n)
    selectionMasks = .allocate(capacity: 2)
    selectionMasks[0] = 0
    selectionMasks[1] = ~0
    levelBits = .allocate(capacity: (n + 63) / 64)
    levelBits.initialize(repeating: 0, count: (n + 63) / 64)
    heapKeys = .allocate(capacity: arcCount + 1)
    heapNodes = .allocate(capacity: arcCount + 1)
  }

  deinit {
    hops.deallocate()
    length.deallocate()
    sigma.deallocate()
    dependencySum.deallocate()
    order.deallocate()
    levelStart.deallocate()
    levelMark.deallocate()
    levelNumber.deallocate()
    dagStorage.deallocate()
    successorStart.deallocate()
    predecessorStart.deallocate()
    foundBottomUp.deallocate()
    unreached.deallocate()
    levelBits.deallocate()
    selectionMasks.deallocate()
    heapKeys.deallocate()
    heapNodes.deallocate()
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

  /// The arcs of the shortest-path DAG the last breadth-first search recorded, as node indices of
  /// the adjacency's `Neighbor` type (2 bytes on graphs up to 65,536 nodes), in groups: the
  /// successors of each node a top-down step expanded (see ``successorStart``), and the
  /// predecessors of each node a bottom-up step found (see ``predecessorStart``).
  @inline(__always)
  func dagArcs<Neighbor: FixedWidthInteger>(_: Neighbor.Type) -> UnsafeMutablePointer<Neighbor> {
    precondition(MemoryLayout<Neighbor>.size <= 4, "node indices of up to 4 bytes")
    return dagStorage.bindMemory(to: Neighbor.self, capacity: arcCapacity)
  }

  /// Restores the "unreached" state of every node the last search touched: node by node when it
  /// reached few, by clearing whole arrays when it reached many (cheaper than scattered stores).
  ///
  /// - Complexity: O(min(reached nodes, n / 8) + n / 8 · [reached > n / 8]) — O(reached) in words.
  func reset(weighted: Bool) {
    // Dijkstra may have given a tentative length to nodes it then settled; all touched nodes
    // are settled when the heap empties, so `order` lists them all.
    if !weighted && reachedCount > nodeCount / 8 {
      sigma.update(repeating: 0, count: nodeCount)
      if levelsAreNumbers {
        levelNumber.update(repeating: 0, count: nodeCount)
      } else {
        levelMark.update(repeating: 0, count: nodeCount)
      }
    } else {
      for i in 0..<reachedCount {
        let v = Int(order[i])
        sigma[v] = 0
        if weighted {
          hops[v] = -1
          length[v] = .infinity
        } else {
          levelMark[v] = 0
          levelNumber[v] = 0
        }
      }
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
