extension AdjacencyGraph {
  /// Which links a degree counts in a directed graph.
  public enum DegreeDirection: Sendable, Equatable {
    /// In-links plus out-links (the only choice that matters for an undirected graph).
    case all
    /// In-links only.
    case incoming
    /// Out-links only.
    case outgoing
  }

  /// How many neighbours each node has, counting each collapsed link once.
  ///
  /// For a directed graph, `.all` adds in- and out-degree, so a reciprocated pair counts twice
  /// (networkx's `G.degree`).
  ///
  /// - Complexity: O(n).
  public func degrees(direction: DegreeDirection = .all) -> [Int] {
    (0..<nodeCount).map { v in
      let outDegree = offsets[v + 1] - offsets[v]
      let inDegree = inOffsets[v + 1] - inOffsets[v]
      guard isDirected else { return outDegree }
      switch direction {
      case .all: return outDegree + inDegree
      case .incoming: return inDegree
      case .outgoing: return outDegree
      }
    }
  }

  /// Degree centrality: each node's degree divided by `n − 1`, the largest degree possible.
  ///
  /// **Definition.** `C_D(v) = deg(v) / (n − 1)`; for a directed graph `deg` follows `direction`
  /// (`.all` can exceed 1, as in networkx).
  ///
  /// **Normalisation.** `1/(n − 1)`; for `n ≤ 1` every node scores 1 (networkx's convention).
  /// Isolated nodes score 0. Link weights are ignored.
  ///
  /// - Complexity: O(n).
  ///
  /// Reference: L. C. Freeman, "Centrality in social networks: conceptual clarification", *Social
  /// Networks* 1, 1979. Cross-checked against `networkx.degree_centrality`,
  /// `in_degree_centrality` and `out_degree_centrality`.
  public func degreeCentrality(direction: DegreeDirection = .all) -> [Double] {
    guard nodeCount > 1 else { return [Double](repeating: 1, count: nodeCount) }
    let scale = 1 / Double(nodeCount - 1)
    return degrees(direction: direction).map { Double($0) * scale }
  }

  /// The weighted degree (strength) of each node: the sum of its links' weights, per `direction`.
  ///
  /// - Complexity: O(n + m).
  public func strengths(direction: DegreeDirection = .all) -> [Double] {
    (0..<nodeCount).map { v in
      let outgoing = weights[offsets[v]..<offsets[v + 1]].reduce(0, +)
      guard isDirected else { return outgoing }
      let incoming = inWeights[inOffsets[v]..<inOffsets[v + 1]].reduce(0, +)
      switch direction {
      case .all: return outgoing + incoming
      case .incoming: return incoming
      case .outgoing: return outgoing
      }
    }
  }
}
