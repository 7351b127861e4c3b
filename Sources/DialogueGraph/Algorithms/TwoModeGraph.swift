/// A two-mode (affiliation, bipartite) network: links only between a **top** node set and a
/// **bottom** node set — for example member states (top) × dialogue frameworks (bottom).
///
/// Top nodes are `0..<topCount` and bottom nodes `0..<bottomCount`, numbered separately. Repeated
/// links are collapsed into one (a member takes part in a framework or not); link weights play no
/// part in two-mode measures, as in `networkx.algorithms.bipartite`.
///
/// ```swift
/// let g = try TwoModeGraph(topCount: 2, bottomCount: 2, links: [(0, 0), (0, 1), (1, 1)])
/// let shared = g.projection(onto: .top, weighting: .sharedNeighbors)  // one link 0–1, weight 1
/// ```
///
/// - Complexity: building is O(n + m log m).
public struct TwoModeGraph: Sendable {
  /// One of the two node sets.
  public enum Side: Sendable, Equatable {
    /// The first node set (networkx's `nodes` argument / the rows of the biadjacency matrix).
    case top
    /// The second node set (the columns of the biadjacency matrix).
    case bottom
  }

  /// How many top nodes there are.
  public let topCount: Int
  /// How many bottom nodes there are.
  public let bottomCount: Int
  /// The top → bottom links, as an undirected ``AdjacencyGraph`` whose top nodes keep their index and
  /// bottom node `j` becomes `topCount + j` (the layout networkx's functions see).
  public let unipartite: AdjacencyGraph

  /// Builds the two-mode graph of `(top, bottom)` links.
  ///
  /// - Throws: ``GraphAlgorithmError/invalidParameter(name:value:expected:)`` for a negative count
  ///   or an endpoint outside its side's range.
  public init(topCount: Int, bottomCount: Int, links: [(top: Int, bottom: Int)]) throws {
    guard topCount >= 0, bottomCount >= 0 else {
      throw GraphAlgorithmError.invalidParameter(
        name: "node count", value: Double(min(topCount, bottomCount)), expected: "≥ 0")
    }
    for link in links {
      if !(0..<topCount).contains(link.top) {
        throw GraphAlgorithmError.invalidParameter(
          name: "top endpoint", value: Double(link.top), expected: "an index in 0..<\(topCount)")
      }
      if !(0..<bottomCount).contains(link.bottom) {
        throw GraphAlgorithmError.invalidParameter(
          name: "bottom endpoint", value: Double(link.bottom), expected: "an index in 0..<\(bottomCount)")
      }
    }
    self.topCount = topCount
    self.bottomCount = bottomCount
    // Build with weight 1 per link, then reset collapsed weights to 1: membership is binary.
    let summed = AdjacencyGraph(
      nodeCount: topCount + bottomCount, links: links.map { ($0.top, topCount + $0.bottom, 1.0) })
    unipartite = AdjacencyGraph(
      undirectedNodeCount: summed.nodeCount, offsets: summed.offsets, neighbors: summed.neighbors,
      weights: [Double](repeating: 1, count: summed.neighbors.count))
  }

  /// How many nodes `side` has.
  public func count(of side: Side) -> Int { side == .top ? topCount : bottomCount }

  /// The index in ``unipartite`` of node `index` of `side`.
  @inlinable public func unipartiteIndex(of index: Int, on side: Side) -> Int {
    side == .top ? index : topCount + index
  }

  /// The neighbours of node `index` of `side`, as indices on the other side, sorted.
  public func neighbors(of index: Int, on side: Side) -> [Int] {
    let shift = side == .top ? topCount : 0
    return unipartite.neighbors(of: unipartiteIndex(of: index, on: side)).map { Int($0) - shift }
  }

  /// The number of distinct neighbours of node `index` of `side`.
  public func degree(of index: Int, on side: Side) -> Int {
    unipartite.degree(of: unipartiteIndex(of: index, on: side))
  }
}

/// Values of a two-mode measure for both node sets.
public struct TwoModeValues: Sendable, Equatable {
  /// One value per top node.
  public let top: [Double]
  /// One value per bottom node.
  public let bottom: [Double]

  /// The values of `side`.
  public subscript(side: TwoModeGraph.Side) -> [Double] { side == .top ? top : bottom }
}
