/// Why a network algorithm could not produce a result.
///
/// Every case names what was wrong and what was expected, so that a caller can tell the analyst how
/// to fix the input (for example "PageRank did not converge in 100 iterations: raise
/// `maximumIterations` or the tolerance").
public enum GraphAlgorithmError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A numeric parameter is outside its valid range.
  case invalidParameter(name: String, value: Double, expected: String)
  /// A per-node vector (personalisation, start vector…) has the wrong length.
  case wrongVectorLength(name: String, count: Int, expected: Int)
  /// A weighted shortest-path measure met a link whose weight is not strictly positive.
  case nonPositiveWeight(source: Int, target: Int, weight: Double)
  /// The algorithm is defined for undirected graphs only.
  case requiresUndirectedGraph(algorithm: String)
  /// A power iteration did not reach the tolerance within the allowed number of iterations.
  case failedToConverge(algorithm: String, iterations: Int)
  /// The measure is undefined on a graph without nodes.
  case emptyGraph(algorithm: String)
  /// The measure needs every node to reach every other (a connected graph).
  case disconnectedGraph(algorithm: String)

  /// A one-line message for the analyst: what was wrong and what was expected.
  public var description: String {
    switch self {
    case .invalidParameter(let name, let value, let expected):
      return "invalid \(name) \(value): expected \(expected)"
    case .wrongVectorLength(let name, let count, let expected):
      return "\(name) has \(count) entries: expected one per node (\(expected))"
    case .nonPositiveWeight(let source, let target, let weight):
      return "link \(source)–\(target) has weight \(weight): weighted shortest paths need weights > 0"
    case .requiresUndirectedGraph(let algorithm):
      return "\(algorithm) is defined for undirected graphs only"
    case .failedToConverge(let algorithm, let iterations):
      return
        "\(algorithm) did not converge in \(iterations) iterations: raise the iteration limit or the tolerance"
    case .emptyGraph(let algorithm):
      return "\(algorithm) is undefined on a graph without nodes"
    case .disconnectedGraph(let algorithm):
      return "\(algorithm) is infinite on a graph that is not connected: compute it within each component"
    }
  }
}

/// Whether an algorithm uses link weights.
///
/// Path-based measures (betweenness, closeness, harmonic) read a weight as a **distance** (the
/// length of the link, as networkx's `weight=`/`distance=` arguments do); spectral measures
/// (eigenvector, PageRank, Katz) and modularity read it as a **strength**. Each algorithm's
/// documentation says which.
public enum Weighting: Sendable, Equatable {
  /// Every link counts as 1.
  case unweighted
  /// Every link counts with its (collapsed, summed) weight.
  case weighted
}

extension AdjacencyGraph {
  /// Throws ``GraphAlgorithmError/nonPositiveWeight(source:target:weight:)`` for the first link whose
  /// weight is not > 0 (weighted shortest paths need strictly positive lengths).
  func requirePositiveWeights() throws {
    for v in 0..<nodeCount {
      for e in offsets[v]..<offsets[v + 1] where !(weights[e] > 0) {
        throw GraphAlgorithmError.nonPositiveWeight(source: v, target: Int(neighbors[e]), weight: weights[e])
      }
    }
  }

  /// Throws unless `threads` ≥ 1.
  static func requireThreads(_ threads: Int) throws {
    if threads < 1 {
      throw GraphAlgorithmError.invalidParameter(name: "threads", value: Double(threads), expected: "≥ 1")
    }
  }

  /// The graph with every link reversed (the graph itself when undirected).
  ///
  /// - Complexity: O(1): the in-adjacency is already stored.
  var reversed: AdjacencyGraph {
    isDirected
      ? AdjacencyGraph(
        nodeCount: nodeCount, isDirected: true, offsets: inOffsets, neighbors: inNeighbors,
        weights: inWeights,
        inOffsets: offsets, inNeighbors: neighbors, inWeights: weights)
      : self
  }

  /// Assembles a graph from ready-made CSR arrays (no sorting or merging is done).
  ///
  /// The caller guarantees the arrays describe a simple graph laid out as the stored properties
  /// document (sorted neighbours, no self-loops, each undirected link in both directions).
  init(
    nodeCount: Int, isDirected: Bool, offsets: [Int], neighbors: [Int32], weights: [Double],
    inOffsets: [Int], inNeighbors: [Int32], inWeights: [Double]
  ) {
    self.nodeCount = nodeCount
    self.isDirected = isDirected
    self.offsets = offsets
    self.neighbors = neighbors
    self.weights = weights
    self.inOffsets = inOffsets
    self.inNeighbors = inNeighbors
    self.inWeights = inWeights
    self.multiplicities = [Int32](repeating: 1, count: neighbors.count)
  }

  /// Assembles an undirected graph from ready-made symmetric CSR arrays.
  init(undirectedNodeCount nodeCount: Int, offsets: [Int], neighbors: [Int32], weights: [Double]) {
    self.init(
      nodeCount: nodeCount, isDirected: false, offsets: offsets, neighbors: neighbors, weights: weights,
      inOffsets: offsets, inNeighbors: neighbors, inWeights: weights)
  }
}
