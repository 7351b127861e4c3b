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
/// number of shortest paths from the source (σ in Brandes 2001). Unreached nodes have `hops == -1`
/// and `length == +∞`.
final class ShortestPathScratch {
  let nodeCount: Int
  let hops: UnsafeMutablePointer<Int32>
  let length: UnsafeMutablePointer<Double>
  let sigma: UnsafeMutablePointer<Double>
  let coefficient: UnsafeMutablePointer<Double>
  let order: UnsafeMutablePointer<Int32>
  /// Breadth-first level modulo 3, plus 1 (0 = unreached): one byte per node keeps the array in the
  /// L1 cache, and a neighbour's level is always the node's level − 1, + 0 or + 1, which mod 3 tells
  /// apart.
  let levelMark: UnsafeMutablePointer<UInt8>
  /// Successors on shortest paths (the DAG of the last BFS), grouped by BFS position:
  /// `successors[successorStart[i]..<successorStart[i + 1]]` belong to `order[i]`.
  let successors: UnsafeMutablePointer<Int32>
  let successorStart: UnsafeMutablePointer<Int>
  private(set) var reachedCount = 0
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
    order = .allocate(capacity: n)
    order.initialize(repeating: 0, count: n)
    levelMark = .allocate(capacity: n)
    levelMark.initialize(repeating: 0, count: n)
    successors = .allocate(capacity: max(arcCount, 1))
    successorStart = .allocate(capacity: n + 1)
    successorStart.initialize(repeating: 0, count: n + 1)
    heapKeys = .allocate(capacity: arcCount + 1)
    heapNodes = .allocate(capacity: arcCount + 1)
  }

  deinit {
    hops.deallocate()
    length.deallocate()
    sigma.deallocate()
    coefficient.deallocate()
    order.deallocate()
    levelMark.deallocate()
    successors.deallocate()
    successorStart.deallocate()
    heapKeys.deallocate()
    heapNodes.deallocate()
  }

  /// Breadth-first search from `source`, counting shortest paths.
  ///
  /// - Complexity: O(reached nodes + their arcs).
  func breadthFirst(from source: Int, in g: CSRView) {
    let offsets = g.offsets
    let neighbors = g.neighbors
    hops[source] = 0
    sigma[source] = 1
    order[0] = Int32(source)
    var head = 0
    var tail = 1
    while head < tail {
      let v = Int(order[head])
      head += 1
      let next = hops[v] + 1
      let sv = sigma[v]
      for e in offsets[v]..<offsets[v + 1] {
        let w = Int(neighbors[e])
        let hw = hops[w]
        if hw < 0 {
          hops[w] = next
          sigma[w] = sv
          order[tail] = Int32(w)
          tail += 1
        } else if hw == next {
          sigma[w] += sv
        }
      }
    }
    reachedCount = tail
  }

  /// Breadth-first search from `source`, counting shortest paths and recording, for each reached
  /// node, its successors on shortest paths (for Brandes's accumulation).
  ///
  /// In an undirected graph a neighbour's level is always the node's level − 1, + 0 or + 1, so
  /// levels are kept modulo 3 in the one-byte `levelMark` (the array stays in the L1 cache); a
  /// directed graph can link back to any earlier level, so `directed` keeps exact `hops`.
  ///
  /// - Complexity: O(reached nodes + their arcs).
  func breadthFirstWithSuccessors(from source: Int, in g: CSRView, directed: Bool) {
    let offsets = g.offsets
    let neighbors = g.neighbors
    levelMark[source] = 1
    hops[source] = 0
    sigma[source] = 1
    order[0] = Int32(source)
    var head = 0
    var tail = 1
    var edges = 0
    while head < tail {
      let v = Int(order[head])
      successorStart[head] = edges
      head += 1
      let sv = sigma[v]
      if directed {
        let next = hops[v] + 1
        for e in offsets[v]..<offsets[v + 1] {
          let w = neighbors[e]
          let hw = hops[Int(w)]
          if hw < 0 {
            hops[Int(w)] = next
            levelMark[Int(w)] = 1
            sigma[Int(w)] = sv
            order[tail] = w
            tail += 1
            successors[edges] = w
            edges += 1
          } else if hw == next {
            sigma[Int(w)] += sv
            successors[edges] = w
            edges += 1
          }
        }
      } else {
        let mark = levelMark[v]
        let nextMark: UInt8 = mark == 3 ? 1 : mark + 1
        for e in offsets[v]..<offsets[v + 1] {
          let w = neighbors[e]
          let lw = levelMark[Int(w)]
          if lw == 0 {
            levelMark[Int(w)] = nextMark
            sigma[Int(w)] = sv
            order[tail] = w
            tail += 1
            successors[edges] = w
            edges += 1
          } else if lw == nextMark {
            sigma[Int(w)] += sv
            successors[edges] = w
            edges += 1
          }
        }
      }
    }
    successorStart[tail] = edges
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
    if weighted {
      // Dijkstra may have given a tentative length to nodes it then settled; all touched nodes
      // are settled when the heap empties, so `order` lists them all.
      for i in 0..<reachedCount {
        let v = Int(order[i])
        hops[v] = -1
        length[v] = .infinity
      }
    } else {
      for i in 0..<reachedCount {
        let v = Int(order[i])
        hops[v] = -1
        levelMark[v] = 0
      }
    }
    reachedCount = 0
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
