/// One direction of an ``AdjacencyGraph``'s CSR arrays, copied into the narrowest index types that
/// hold them, for the inner loops of breadth-first searches.
///
/// A graph of at most 65,536 nodes stores each neighbour in 2 bytes instead of 4, and one of fewer
/// than 2³² arcs each offset in 4 bytes instead of 8: on the 20,000-node, 200,000-link benchmark
/// graph the arrays shrink from 1.8 MB to 0.9 MB, which with the per-thread arrays of a search fits
/// in a core's 2 MB level-2 cache (two threads on hyperthreads of one core share it).
///
/// Valid only inside ``AdjacencyGraph/withCompactAdjacency(_:_:reversed:_:)``.
struct CompactAdjacency<Offset: FixedWidthInteger, Neighbor: FixedWidthInteger>: @unchecked Sendable {
  let offsets: UnsafePointer<Offset>
  let neighbors: UnsafePointer<Neighbor>

  /// Where the arcs of `v` start (and those of `v − 1` end).
  @inline(__always) func start(_ v: Int) -> Int { Int(truncatingIfNeeded: offsets[v]) }

  /// The node at the far end of arc `e`.
  @inline(__always) func neighbor(_ e: Int) -> Int { Int(truncatingIfNeeded: neighbors[e]) }
}

extension AdjacencyGraph {
  /// Whether the compact form `CompactAdjacency<UInt32, UInt16>` can hold this graph.
  var fitsCompactAdjacency: Bool {
    nodeCount <= Int(UInt16.max) + 1 && neighbors.count < Int(UInt32.max)
  }

  /// Calls `body` with the out-links (or, when `reversed`, the in-links) copied into `Offset` and
  /// `Neighbor`, which must hold every offset and node index.
  ///
  /// - Complexity: O(n + m) time and memory for the copy.
  func withCompactAdjacency<Offset, Neighbor, R>(
    _: Offset.Type, _: Neighbor.Type, reversed: Bool = false,
    _ body: (CompactAdjacency<Offset, Neighbor>) throws -> R
  ) rethrows -> R {
    let offsets = (reversed ? inOffsets : self.offsets).map { Offset(truncatingIfNeeded: $0) }
    var neighbors = (reversed ? inNeighbors : self.neighbors).map { Neighbor(truncatingIfNeeded: $0) }
    neighbors.append(0)  // never empty, so its buffer always has an address; never read
    return try offsets.withUnsafeBufferPointer { o in
      try neighbors.withUnsafeBufferPointer { nb in
        try body(CompactAdjacency(offsets: o.baseAddress!, neighbors: nb.baseAddress!))
      }
    }
  }
}
