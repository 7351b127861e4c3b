/// A partition of a graph's nodes into communities, with its modularity.
public struct CommunityPartition: Sendable, Equatable {
  /// The community of each node, numbered `0..<count` in order of each community's smallest node.
  public let communityOfNode: [Int]
  /// How many communities there are.
  public let count: Int
  /// The modularity of the partition (see ``AdjacencyGraph/modularity(of:weighting:resolution:)``).
  public let modularity: Double

  /// The nodes of every community, each sorted, communities in numbering order.
  ///
  /// - Complexity: O(n).
  public var members: [[Int]] {
    var lists = [[Int]](repeating: [], count: count)
    for (node, community) in communityOfNode.enumerated() { lists[community].append(node) }
    return lists
  }

  /// Renumbers `labels` (any integers) so communities are numbered by their smallest node.
  static func canonicalLabels(_ labels: [Int]) -> (labels: [Int], count: Int) {
    var renumber: [Int: Int] = [:]
    let canonical = labels.map { label in
      if let known = renumber[label] { return known }
      let fresh = renumber.count
      renumber[label] = fresh
      return fresh
    }
    return (canonical, renumber.count)
  }
}

extension AdjacencyGraph {
  /// The modularity of a partition of the nodes into communities.
  ///
  /// **Definition.** Undirected: `Q = Σ_c [ L_c / m − γ (D_c / 2m)² ]`, where `m` is the total link
  /// weight, `L_c` the weight of links inside community `c` and `D_c` the sum of its nodes'
  /// (weighted) degrees. Directed: `Q = Σ_c [ L_c / m − γ D_c^out D_c^in / m² ]`. `γ` is the
  /// resolution (1 is Newman–Girvan modularity; larger favours smaller communities).
  ///
  /// **Normalisation.** `Q ∈ [−1/2, 1]` for `γ = 1`. A graph with no link weight has no defined
  /// modularity; this returns 0 for it.
  ///
  /// **Assumptions.** `labels` holds one integer per node (any values; equal values mean the same
  /// community). Weights ≥ 0 (`.weighted`, the default as in networkx) or all 1.
  ///
  /// - Complexity: O(n + m).
  ///
  /// Reference: M. E. J. Newman and M. Girvan, "Finding and evaluating community structure in
  /// networks", *Physical Review E* 69, 026113, 2004; resolution: J. Reichardt and S. Bornholdt,
  /// *Physical Review E* 74, 016110, 2006. Cross-checked against `networkx.community.modularity`.
  public func modularity(of labels: [Int], weighting: Weighting = .weighted, resolution: Double = 1) throws
    -> Double
  {
    guard labels.count == nodeCount else {
      throw GraphAlgorithmError.wrongVectorLength(
        name: "community labels", count: labels.count, expected: nodeCount)
    }
    let (community, count) = CommunityPartition.canonicalLabels(labels)
    let weighted = weighting == .weighted
    var inside = [Double](repeating: 0, count: count)
    var outDegree = [Double](repeating: 0, count: count)
    var inDegree = [Double](repeating: 0, count: count)
    var total = 0.0
    for u in 0..<nodeCount {
      let cu = community[u]
      for e in offsets[u]..<offsets[u + 1] {
        let w = weighted ? weights[e] : 1
        total += w
        outDegree[cu] += w
        inDegree[community[Int(neighbors[e])]] += w
        if community[Int(neighbors[e])] == cu { inside[cu] += w }
      }
    }
    // Undirected links are stored twice: halve the link totals, not the degrees.
    let m = isDirected ? total : total / 2
    guard m > 0 else { return 0 }
    var q = 0.0
    for c in 0..<count {
      let within = isDirected ? inside[c] : inside[c] / 2
      let expected =
        isDirected
        ? outDegree[c] * inDegree[c] / (m * m) : (outDegree[c] / (2 * m)) * (outDegree[c] / (2 * m))
      q += within / m - resolution * expected
    }
    return q
  }
}
