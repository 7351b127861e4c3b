/// The compact form every algorithm runs on: a simple graph in compressed sparse row (CSR) layout.
///
/// Nodes are the integers `0..<nodeCount`. Self-loops are dropped and parallel links are collapsed
/// into one link whose weight is the **sum** of theirs (so a projection's "number of shared
/// frameworks" survives the collapse). An undirected graph stores each link in both directions.
///
/// For a directed graph, `offsets`/`neighbors`/`weights` hold the out-links and
/// `inOffsets`/`inNeighbors`/`inWeights` the in-links; for an undirected graph both describe the
/// same adjacency.
///
/// - Complexity: building is O(n + m log m) for n nodes and m links; the neighbours of a node are a
///   contiguous slice, sorted by index.
public struct AdjacencyGraph: Sendable {
  /// How many nodes the graph has.
  public let nodeCount: Int
  /// Whether links have a direction.
  public let isDirected: Bool
  /// `offsets[v]..<offsets[v+1]` indexes the out-neighbours of `v` in `neighbors` and `weights`.
  public let offsets: [Int]
  /// Out-neighbour indices, grouped by node, sorted within each group.
  public let neighbors: [Int32]
  /// Link weights, parallel to `neighbors`.
  public let weights: [Double]
  /// `inOffsets[v]..<inOffsets[v+1]` indexes the in-neighbours of `v`.
  public let inOffsets: [Int]
  /// In-neighbour indices (equal to `neighbors` for an undirected graph).
  public let inNeighbors: [Int32]
  /// In-link weights, parallel to `inNeighbors`.
  public let inWeights: [Double]

  /// Builds the simple graph of a list of links.
  ///
  /// - Parameters:
  ///   - nodeCount: the number of nodes; every endpoint must be in `0..<nodeCount`.
  ///   - links: `(source, target, weight)` triples; weights must be finite and ≥ 0.
  ///   - directed: whether the links have a direction.
  /// - Complexity: O(n + m log m).
  public init(nodeCount: Int, links: [(Int, Int, Double)], directed: Bool = false) {
    precondition(nodeCount >= 0, "nodeCount must not be negative")
    self.nodeCount = nodeCount
    self.isDirected = directed
    var arcs: [(Int, Int, Double)] = []
    arcs.reserveCapacity(directed ? links.count : links.count * 2)
    for (s, t, w) in links where s != t {
      precondition(s >= 0 && s < nodeCount && t >= 0 && t < nodeCount, "link endpoint out of range")
      arcs.append((s, t, w))
      if !directed { arcs.append((t, s, w)) }
    }
    let out = AdjacencyGraph.compress(nodeCount: nodeCount, arcs: arcs)
    offsets = out.offsets
    neighbors = out.neighbors
    weights = out.weights
    if directed {
      let incoming = AdjacencyGraph.compress(nodeCount: nodeCount, arcs: arcs.map { ($0.1, $0.0, $0.2) })
      inOffsets = incoming.offsets
      inNeighbors = incoming.neighbors
      inWeights = incoming.weights
    } else {
      inOffsets = out.offsets
      inNeighbors = out.neighbors
      inWeights = out.weights
    }
  }

  /// The number of distinct links (each undirected link counted once).
  public var linkCount: Int { isDirected ? neighbors.count : neighbors.count / 2 }

  /// The out-neighbours of `v` (all neighbours when undirected).
  @inlinable public func neighbors(of v: Int) -> ArraySlice<Int32> { neighbors[offsets[v]..<offsets[v + 1]] }

  /// The out-degree of `v` (the degree when undirected), counting each collapsed link once.
  @inlinable public func degree(of v: Int) -> Int { offsets[v + 1] - offsets[v] }

  /// Sorts arcs by (source, target), merges duplicates by summing weights, and lays them out as CSR.
  private static func compress(nodeCount: Int, arcs: [(Int, Int, Double)])
    -> (offsets: [Int], neighbors: [Int32], weights: [Double])
  {
    let sorted = arcs.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    var offsets = [Int](repeating: 0, count: nodeCount + 1)
    var neighbors: [Int32] = []
    var weights: [Double] = []
    neighbors.reserveCapacity(sorted.count)
    weights.reserveCapacity(sorted.count)
    var previous: (Int, Int)? = nil
    for (s, t, w) in sorted {
      if let p = previous, p.0 == s, p.1 == t {
        weights[weights.count - 1] += w
        continue
      }
      neighbors.append(Int32(t))
      weights.append(w)
      offsets[s + 1] += 1
      previous = (s, t)
    }
    for v in 0..<nodeCount { offsets[v + 1] += offsets[v] }
    return (offsets, neighbors, weights)
  }
}
