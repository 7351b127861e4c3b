/// The compact form every algorithm runs on: a simple graph in compressed sparse row (CSR) layout.
///
/// Nodes are the integers `0..<nodeCount`. Self-loops are dropped and parallel links are collapsed
/// into one link whose weight follows a ``ParallelLinks`` rule: the **sum** of theirs by default (so a
/// projection's "number of shared frameworks" survives the collapse, and strengths add up as in
/// networkx's multigraph matrices), or the **shortest** for path lengths (as networkx's shortest
/// paths on a `MultiGraph`). How many links were collapsed into each is kept in
/// ``multiplicities``, so a doubled link is not a bridge. An undirected graph stores each link in
/// both directions.
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
  /// How many links of the input each out-link stands for (≥ 1), parallel to `neighbors`.
  public let multiplicities: [Int32]

  /// Builds the simple graph of a list of links.
  ///
  /// - Parameters:
  ///   - nodeCount: the number of nodes; every endpoint must be in `0..<nodeCount`.
  ///   - links: `(source, target, weight)` triples; weights must be finite and ≥ 0.
  ///   - directed: whether the links have a direction.
  ///   - parallelLinks: how the weights of parallel links become one weight (``ParallelLinks``).
  /// - Complexity: O(n + m log m).
  public init(
    nodeCount: Int, links: [(Int, Int, Double)], directed: Bool = false, parallelLinks: ParallelLinks = .summed
  ) {
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
    let out = AdjacencyGraph.compress(nodeCount: nodeCount, arcs: arcs, rule: parallelLinks)
    offsets = out.offsets
    neighbors = out.neighbors
    weights = out.weights
    multiplicities = out.multiplicities
    if directed {
      let incoming = AdjacencyGraph.compress(
        nodeCount: nodeCount, arcs: arcs.map { ($0.1, $0.0, $0.2) }, rule: parallelLinks)
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

  /// Sorts arcs by (source, target), merges duplicates by `rule`, and lays them out as CSR.
  private static func compress(nodeCount: Int, arcs: [(Int, Int, Double)], rule: ParallelLinks)
    -> (offsets: [Int], neighbors: [Int32], weights: [Double], multiplicities: [Int32])
  {
    let sorted = arcs.sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
    var offsets = [Int](repeating: 0, count: nodeCount + 1)
    var neighbors: [Int32] = []
    var weights: [Double] = []
    var multiplicities: [Int32] = []
    neighbors.reserveCapacity(sorted.count)
    weights.reserveCapacity(sorted.count)
    multiplicities.reserveCapacity(sorted.count)
    var previous: (Int, Int)? = nil
    for (s, t, w) in sorted {
      if let p = previous, p.0 == s, p.1 == t {
        let last = weights.count - 1
        switch rule {
        case .summed: weights[last] += w
        case .shortest: weights[last] = min(weights[last], w)
        }
        multiplicities[last] += 1
        continue
      }
      neighbors.append(Int32(t))
      weights.append(w)
      multiplicities.append(1)
      offsets[s + 1] += 1
      previous = (s, t)
    }
    for v in 0..<nodeCount { offsets[v + 1] += offsets[v] }
    return (offsets, neighbors, weights, multiplicities)
  }
}

/// How parallel links (several links between the same two nodes, in the same direction when
/// directed) become the one link an algorithm sees — networkx's rules for a `MultiGraph`.
///
/// - Measures that read a weight as a **distance** (betweenness, closeness, harmonic) take the
///   ``shortest``: two ties between a pair never put it farther apart than one. networkx's shortest
///   paths on a `MultiGraph` use `min(weight of each parallel link)`.
/// - Measures that read a weight as a **strength** (PageRank, eigenvector, Katz, modularity and
///   Louvain) take the ``summed`` weight: two ties count twice. networkx's `to_scipy_sparse_array`,
///   which PageRank and `eigenvector_centrality_numpy` use on a `MultiGraph`, sums them.
/// - Without weights every collapsed link weighs 1 either way; structure (bridges) reads
///   ``AdjacencyGraph/multiplicities`` instead, so a doubled link is not a bridge.
public enum ParallelLinks: Sendable, Equatable {
  /// The collapsed link weighs the sum of the parallel links' weights.
  case summed
  /// The collapsed link weighs the smallest of the parallel links' weights.
  case shortest
}
