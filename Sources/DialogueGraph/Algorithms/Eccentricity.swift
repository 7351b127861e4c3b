/// Which nodes eccentricity is measured over.
public enum EccentricityScope: Sendable, Equatable {
  /// Every node must reach every other (networkx `eccentricity`, which fails otherwise).
  case wholeGraph
  /// Within each node's (weakly) connected component: networkx `eccentricity` on that component.
  case withinComponent
}

extension AdjacencyGraph {
  /// The eccentricity of every node: its largest shortest-path distance to another node.
  ///
  /// **Definition.** `ecc(u) = max_v d(u, v)`, with `d` the number of links (or the sum of
  /// weights, `.weighted`) of a shortest path, following out-links when directed. The
  /// **diameter** is the largest eccentricity, the **radius** the smallest (see
  /// ``diameterAndRadius(weighting:)``).
  ///
  /// **Normalisation.** None (distances). An isolated node has eccentricity 0.
  ///
  /// **Assumptions.** `.wholeGraph` throws ``GraphAlgorithmError/disconnectedGraph(algorithm:)`` when
  /// some node does not reach another (networkx raises); `.withinComponent` measures each node
  /// within its component (weakly connected for directed graphs — then every node of the
  /// component must reach the others, or this throws too). Weighted lengths must be > 0.
  ///
  /// - Complexity: O(n m) unweighted, O(n m log n) weighted.
  ///
  /// Reference: F. Harary, *Graph Theory*, 1969, ch. 2. Cross-checked against
  /// `networkx.eccentricity`, `diameter` and `radius`.
  public func eccentricities(weighting: Weighting = .unweighted, scope: EccentricityScope = .wholeGraph) throws
    -> [Double]
  {
    guard nodeCount > 0 else { throw GraphAlgorithmError.emptyGraph(algorithm: "eccentricity") }
    if weighting == .weighted { try requirePositiveWeights() }
    let components = connectedComponents()
    let sizes = components.sizes
    var values = [Double](repeating: 0, count: nodeCount)
    for u in 0..<nodeCount {
      let paths = SingleSourcePaths(graph: self, source: u, weighted: weighting == .weighted)
      let expected = scope == .wholeGraph ? nodeCount : sizes[components.componentOfNode[u]]
      guard paths.order.count == expected else {
        throw GraphAlgorithmError.disconnectedGraph(algorithm: "eccentricity")
      }
      values[u] = paths.order.map { paths.distance[$0] }.max() ?? 0
    }
    return values
  }

  /// The diameter (largest eccentricity) and radius (smallest) of a connected graph.
  /// - Throws: as ``eccentricities(weighting:scope:)`` with `.wholeGraph`.
  public func diameterAndRadius(weighting: Weighting = .unweighted) throws -> (diameter: Double, radius: Double) {
    let values = try eccentricities(weighting: weighting)
    return (values.max() ?? 0, values.min() ?? 0)
  }
}
