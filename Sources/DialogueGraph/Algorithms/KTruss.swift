/// The k-truss of a graph: its links and the nodes they touch.
public struct KTruss: Sendable, Equatable {
  /// The links that remain, sorted.
  public let links: [UndirectedLink]
  /// The nodes of those links, sorted.
  public let nodes: [Int]
}

extension AdjacencyGraph {
  /// The k-truss: the largest subgraph in which every link lies on at least `k − 2` triangles.
  ///
  /// **Definition.** Links whose endpoints share fewer than `k − 2` neighbours (in what remains)
  /// are removed, with the nodes left without links, round after round until none is removed
  /// (Cohen's original definition, as networkx's `k_truss`; some authors require k triangles).
  /// The 2-truss is the graph without isolated nodes; every k-truss lies inside the (k−1)-core.
  ///
  /// **Normalisation.** None. Parallel links count once.
  ///
  /// **Assumptions.** Undirected (throws ``GraphAlgorithmError/requiresUndirectedGraph(algorithm:)``).
  ///
  /// - Complexity: O(r · Σ_u deg(u)²) for r rounds (sorted intersections); r is small in practice.
  ///
  /// Reference: J. Cohen, "Trusses: cohesive subgraphs for social network analysis", National
  /// Security Agency technical report, 2008. Cross-checked against `networkx.k_truss`.
  public func kTruss(_ k: Int) throws -> KTruss {
    guard !isDirected else { throw GraphAlgorithmError.requiresUndirectedGraph(algorithm: "k-truss") }
    var adjacency: [Set<Int>] = (0..<nodeCount).map { u in Set(neighbors(of: u).map(Int.init)) }
    while true {
      var dropped: [(Int, Int)] = []
      for u in 0..<nodeCount {
        for v in adjacency[u] where u < v {
          let (small, large) = adjacency[u].count <= adjacency[v].count ? (u, v) : (v, u)
          var shared = 0
          for w in adjacency[small] where adjacency[large].contains(w) { shared += 1 }
          if shared < k - 2 { dropped.append((u, v)) }
        }
      }
      if dropped.isEmpty { break }
      for (u, v) in dropped {
        adjacency[u].remove(v)
        adjacency[v].remove(u)
      }
    }
    var links: [UndirectedLink] = []
    for u in 0..<nodeCount { for v in adjacency[u] where u < v { links.append(UndirectedLink(u, v)) } }
    return KTruss(links: links.sorted(), nodes: (0..<nodeCount).filter { !adjacency[$0].isEmpty })
  }
}
