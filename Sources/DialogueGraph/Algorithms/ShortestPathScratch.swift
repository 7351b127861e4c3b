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
/// After ``breadthFirst(from:out:in:directed:)`` or ``dijkstra(from:in:)``:
/// `order[0..<reachedCount]` lists the reached nodes by non-decreasing distance and `sigma` holds
/// their numbers of shortest paths from the source (σ in Brandes 2001); Dijkstra also leaves their
/// distances in `length`. After a breadth-first search, `order[levelStart[d]..<levelStart[d + 1]]`
/// are the nodes at distance `d`, for `d` in `0..<levelCount`, and the shortest-path DAG is
/// recorded (see ``dagArcs``).
///
/// Between searches (after ``reset(weighted:)``) every node has `sigma == 0` and no level: the
/// branch-free breadth-first search adds to σ without first testing whether a node is new.
final class ShortestPathScratch {
  let nodeCount: Int
  /// Dijkstra: ≥ 0 once settled, −1 otherwise.
  let hops: UnsafeMutablePointer<Int32>
  let length: UnsafeMutablePointer<Double>
  let sigma: UnsafeMutablePointer<Double>
  /// Per node, Brandes's `(1 + δ(v)) / σ(v)` once known.
  let coefficient: UnsafeMutablePointer<Double>
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
  /// The arcs of the shortest-path DAG, in groups: the successors of a node found by a top-down
  /// step, or the predecessors of a node found by a bottom-up step.
  let dagArcs: UnsafeMutablePointer<Int32>
  /// Per BFS position, the group of `dagArcs` holding the node's successors (top-down steps).
  let successorStart: UnsafeMutablePointer<Int>
  let successorEnd: UnsafeMutablePointer<Int>
  /// Per BFS position, the group of `dagArcs` holding the node's predecessors (bottom-up steps).
  let predecessorStart: UnsafeMutablePointer<Int>
  let predecessorEnd: UnsafeMutablePointer<Int>
  /// Per level `d`, whether level `d + 1` was found bottom-up (its predecessors were recorded).
  let foundBottomUp: UnsafeMutablePointer<Bool>
  /// `[0, all ones]`: selects a value or +0 by indexing, which the compiler cannot turn back into
  /// a branch.
  let selectionMasks: UnsafeMutablePointer<UInt64>
  /// One bit per node, all zero between uses (see `sortLevel`).
  let levelBits: UnsafeMutablePointer<UInt64>
  /// Nodes not reached yet, kept once the search first goes bottom-up.
  let unreached: UnsafeMutablePointer<Int32>
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
    dagArcs = .allocate(capacity: arcCount + 1)
    successorStart = .allocate(capacity: n)
    successorStart.initialize(repeating: 0, count: n)
    successorEnd = .allocate(capacity: n)
    successorEnd.initialize(repeating: 0, count: n)
    predecessorStart = .allocate(capacity: n)
    predecessorStart.initialize(repeating: 0, count: n)
    predecessorEnd = .allocate(capacity: n)
    predecessorEnd.initialize(repeating: 0, count: n)
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
    coefficient.deallocate()
    dependencySum.deallocate()
    order.deallocate()
    levelStart.deallocate()
    levelMark.deallocate()
    levelNumber.deallocate()
    dagArcs.deallocate()
    successorStart.deallocate()
    successorEnd.deallocate()
    predecessorStart.deallocate()
    predecessorEnd.deallocate()
    foundBottomUp.deallocate()
    unreached.deallocate()
    levelBits.deallocate()
    selectionMasks.deallocate()
    heapKeys.deallocate()
    heapNodes.deallocate()
  }

  /// Breadth-first search from `source`, counting shortest paths and recording the shortest-path
  /// DAG, direction-optimising (Beamer, Asanović and Patterson, "Direction-optimizing breadth-first
  /// search", SC 2012).
  ///
  /// Each level is expanded **top-down** (scan the out-links of the current level; record each
  /// node's successors) or **bottom-up** (scan the in-links of every unreached node; a node with
  /// an in-neighbour on the current level joins the next level, with σ the sum of those
  /// neighbours' σ; record its predecessors), whichever scans fewer arcs. Neither stops early, as
  /// σ needs every predecessor; the gain is that the largest levels of a small-world graph — most
  /// of its nodes, whose out-links mostly lead back — are never scanned top-down: once few nodes
  /// remain unreached, the last levels are found from those few. Path counts are exact integers
  /// (below 2⁵³), so the order in which they are summed does not matter.
  ///
  /// - Parameters:
  ///   - out: the out-links; `incoming`: the in-links (the same view for an undirected graph).
  /// - Complexity: O(reached nodes + scanned arcs) ≤ O(n + m), plus O(n) the first time the search
  ///   goes bottom-up.
  func breadthFirst(from source: Int, out: CSRView, in incoming: CSRView, directed: Bool) {
    if directed {
      search(from: source, out: out, in: incoming, levels: levelNumber, wraps: false)
    } else {
      search(from: source, out: out, in: incoming, levels: levelMark, wraps: true)
    }
  }

  /// ``breadthFirst(from:out:in:directed:)`` with levels stored as `Level` (1-based, 0 =
  /// unreached), counting 1, 2, 3, 1, 2, 3… when `wraps`.
  @inline(__always)
  private func search<Level: FixedWidthInteger & UnsignedInteger>(
    from source: Int, out: CSRView, in incoming: CSRView, levels: UnsafeMutablePointer<Level>,
    wraps: Bool
  ) {
    let n = nodeCount
    let outOffsets = out.offsets.baseAddress!
    let outNeighbors = out.neighbors.baseAddress!
    let inOffsets = incoming.offsets.baseAddress!
    let inNeighbors = incoming.neighbors.baseAddress!
    let sigma = self.sigma
    let order = self.order
    let dag = self.dagArcs
    let masks = self.selectionMasks
    let totalInArcs = inOffsets[n]
    levels[source] = 1
    sigma[source] = 1
    order[0] = Int32(source)
    levelStart[0] = 0
    levelStart[1] = 1
    var visitedInArcs = inOffsets[source + 1] - inOffsets[source]
    var frontierOutArcs = outOffsets[source + 1] - outOffsets[source]
    var tail = 1
    var arcs = 0
    var unreachedCount = -1  // the list is built on the first bottom-up step
    var mark: Level = 1
    var depth = 0
    while true {
      let first = levelStart[depth]
      let end = levelStart[depth + 1]
      let next: Level = wraps && mark == 3 ? 1 : mark &+ 1
      // Arcs and nodes each direction would scan (building the unreached list costs n once).
      let bottomUpCost = totalInArcs - visitedInArcs + (n - tail) + (unreachedCount < 0 ? n : 0)
      let bottomUp = bottomUpCost < frontierOutArcs + (end - first)
      foundBottomUp[depth] = bottomUp
      if bottomUp {
        if unreachedCount < 0 {
          unreachedCount = 0
          for v in 0..<n where levels[v] == 0 {
            unreached[unreachedCount] = Int32(truncatingIfNeeded: v)
            unreachedCount &+= 1
          }
        }
        var kept = 0
        for k in 0..<unreachedCount {
          let w = Int(unreached[k])
          if levels[w] != 0 { continue }  // reached by a top-down step since the list was built
          let start = arcs
          var paths = 0.0
          var e = inOffsets[w]
          let stop = inOffsets[w &+ 1]
          while e < stop {
            let u = inNeighbors[e]
            e &+= 1
            let isPredecessor = levels[Int(u)] == mark  // branch-free, as top-down below
            paths += Double(bitPattern: sigma[Int(u)].bitPattern & masks[isPredecessor ? 1 : 0])
            dag[arcs] = u
            arcs &+= isPredecessor ? 1 : 0
          }
          if arcs > start {
            levels[w] = next
            sigma[w] = paths
            predecessorStart[tail] = start
            predecessorEnd[tail] = arcs
            order[tail] = Int32(truncatingIfNeeded: w)
            tail &+= 1
          } else {
            unreached[kept] = Int32(truncatingIfNeeded: w)
            kept &+= 1
          }
        }
        unreachedCount = kept
      } else {
        if (end - first) * 32 > n { sortLevel(first..<end) }
        for position in first..<end {
          let v = Int(order[position])
          let svBits = sigma[v].bitPattern
          successorStart[position] = arcs
          var e = outOffsets[v]
          let stop = outOffsets[v &+ 1]
          while e < stop {
            let w = outNeighbors[e]
            e &+= 1
            // Branch-free: which case applies is unpredictable, so every case does the same
            // work, with the slot of `order`/`dagArcs` kept only when it applies and σ(v)
            // masked to +0 (σ(w) is 0 while w is unreached) unless w is a successor.
            let lw = levels[Int(w)]
            let isNew = lw == 0
            let level = isNew ? next : lw
            levels[Int(w)] = level
            order[tail] = w
            tail &+= isNew ? 1 : 0
            let isSuccessor = level == next
            dag[arcs] = w
            arcs &+= isSuccessor ? 1 : 0
            sigma[Int(w)] += Double(bitPattern: svBits & masks[isSuccessor ? 1 : 0])
          }
          successorEnd[position] = arcs
        }
      }
      levelStart[depth + 2] = tail
      if tail == end {
        levelCount = depth + 1
        break
      }
      frontierOutArcs = 0
      for position in end..<tail {
        let w = Int(order[position])
        frontierOutArcs &+= outOffsets[w &+ 1] &- outOffsets[w]
        visitedInArcs &+= inOffsets[w &+ 1] &- inOffsets[w]
      }
      mark = next
      depth += 1
    }
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

  /// Sorts `order[positions]` by node index, through the bitmap `levelBits` (left all zero):
  /// scanning a large level in index order reads the adjacency arrays front to back, which the
  /// hardware prefetcher follows, instead of jumping around them.
  ///
  /// - Complexity: O(positions.count + n / 64).
  private func sortLevel(_ positions: Range<Int>) {
    let bits = levelBits
    for position in positions {
      let v = Int(order[position])
      bits[v >> 6] |= 1 << UInt64(v & 63)
    }
    var position = positions.lowerBound
    for word in 0..<(nodeCount + 63) / 64 {
      var remaining = bits[word]
      if remaining == 0 { continue }
      bits[word] = 0
      while remaining != 0 {
        order[position] = Int32(truncatingIfNeeded: word << 6 | remaining.trailingZeroBitCount)
        position &+= 1
        remaining &= remaining &- 1
      }
    }
  }

  /// Restores the "unreached" state of every node the last search touched.
  func reset(weighted: Bool) {
    // Dijkstra may have given a tentative length to nodes it then settled; all touched nodes
    // are settled when the heap empties, so `order` lists them all.
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
