import DialogueGraph

/// A centrality measure the CLI offers, computed on the simple undirected graph of a view with
/// networkx's default normalisation (see `dialogue centrality --help`).
enum CentralityMeasure: String, CaseIterable, Sendable {
  case degree, betweenness, closeness, harmonic, eigenvector, pagerank, katz

  /// One line for analysts, shown in `--help`.
  var explanation: String {
    switch self {
    case .degree: "share of the other nodes a node is directly linked to (links ÷ (n − 1))"
    case .betweenness:
      "share of shortest routes between two other nodes that pass through the node (a broker)"
    case .closeness:
      "how few steps the node needs to reach everyone it can reach, scaled by how many it reaches"
    case .harmonic: "sum of 1 ÷ distance to every other node (unreachable nodes add 0); not scaled"
    case .eigenvector: "being linked to well-linked nodes (unit length: squares sum to 1)"
    case .pagerank:
      "chance that a random walk following links (jumping anywhere 15% of the time) is at the node; sums to 1"
    case .katz:
      "number of walks reaching the node, longer walks counting less (factor --alpha per step); unit length"
    }
  }

  /// The networkx function the values match.
  var networkxFunction: String {
    switch self {
    case .degree: "degree_centrality"
    case .betweenness: "betweenness_centrality"
    case .closeness: "closeness_centrality"
    case .harmonic: "harmonic_centrality"
    case .eigenvector: "eigenvector_centrality"
    case .pagerank: "pagerank"
    case .katz: "katz_centrality"
    }
  }

  /// The value `--alpha` takes by default for the measures that have one.
  var defaultAlpha: Double? {
    switch self {
    case .pagerank: 0.85
    case .katz: 0.1
    default: nil
    }
  }

  /// The value of every node of `graph`.
  ///
  /// With `weighting == .weighted`, betweenness, closeness and harmonic read weights as lengths;
  /// eigenvector, PageRank and Katz as strengths; degree ignores them.
  func values(of graph: AdjacencyGraph, weighting: Weighting, alpha: Double?) throws -> [Double] {
    switch self {
    case .degree: return graph.degreeCentrality()
    case .betweenness: return try graph.betweennessCentrality(weighting: weighting)
    case .closeness: return try graph.closenessCentrality(weighting: weighting)
    case .harmonic: return try graph.harmonicCentrality(weighting: weighting)
    case .eigenvector: return try graph.eigenvectorCentrality(weighting: weighting)
    case .pagerank: return try graph.pageRank(damping: alpha ?? 0.85, weighting: weighting)
    case .katz: return try graph.katzCentrality(alpha: alpha ?? 0.1, weighting: weighting)
    }
  }
}

/// Nodes ranked by a centrality value: `id, label, kind, value`, highest value first, ties by id.
struct CentralityRanking {
  struct Entry {
    let node: Node
    let value: Double
  }

  let entries: [Entry]

  /// Ranks the nodes of `view` by `measure`, or by `estimate` when given (a sampled estimate of
  /// the measure); keeps the first `top` when given.
  /// - Throws: ``CommandFailure`` when the measure cannot be computed (no convergence, weights ≤ 0…).
  init(
    view: NetworkView, measure: CentralityMeasure, weighting: Weighting, alpha: Double?, top: Int?,
    estimate: ((AdjacencyGraph) throws -> [Double])? = nil
  ) throws(CommandFailure) {
    let (graph, nodeIndices) = view.adjacency(weighted: weighting == .weighted)
    let ids = nodeIndices.map { view.network.nodes[$0].id }
    let values: [Double]
    do {
      values = try estimate?(graph) ?? measure.values(of: graph, weighting: weighting, alpha: alpha)
    } catch GraphAlgorithmError.failedToConverge where measure == .katz {
      throw CentralityRanking.katzAdvice(graph: graph, weighting: weighting, alpha: alpha ?? 0.1)
    } catch {
      throw CommandFailure.algorithm(error, nodeIds: ids)
    }
    let ranked = zip(nodeIndices, values).map { Entry(node: view.network.nodes[$0], value: $1) }
      .sorted { $0.value != $1.value ? $0.value > $1.value : $0.node.id < $1.node.id }
    entries = top.map { Array(ranked.prefix($0)) } ?? ranked
  }

  /// Explains a Katz computation that diverged: the series converges only for `alpha < 1/λ`, with
  /// `λ` the largest eigenvalue of the adjacency matrix (estimated by the Rayleigh quotient of the
  /// eigenvector centrality vector).
  static func katzAdvice(graph: AdjacencyGraph, weighting: Weighting, alpha: Double) -> CommandFailure {
    var message =
      "Katz centrality does not converge with --alpha \(alpha): alpha must be below 1/λ, λ being the largest eigenvalue of the network"
    if let x = try? graph.eigenvectorCentrality(weighting: weighting, maximumIterations: 1000) {
      var lambda = 0.0
      for v in 0..<graph.nodeCount {
        for e in graph.offsets[v]..<graph.offsets[v + 1] {
          lambda += x[v] * x[Int(graph.neighbors[e])] * (weighting == .weighted ? graph.weights[e] : 1)
        }
      }
      if lambda > 0 {
        let suggestion = (0.9 / lambda * 1000).rounded(.down) / 1000
        message += " (here λ ≈ \(NetworkSummary.fixed(lambda)), so try --alpha \(suggestion))"
      }
    }
    return CommandFailure(message)
  }

  /// The ranking as a table; `withRank` adds a leading `rank` column (for people).
  func table(withRank: Bool) -> ResultTable {
    var columns = [Column("id"), Column("label"), Column("kind"), Column("value")]
    if withRank { columns.insert(Column("rank"), at: 0) }
    var table = ResultTable(columns: columns, decimals: 6)
    for (i, entry) in entries.enumerated() {
      var row: [Cell] = [
        .text(entry.node.id), .text(entry.node.label), .text(entry.node.kind), .number(entry.value),
      ]
      if withRank { row.insert(.integer(i + 1), at: 0) }
      table.append(row)
    }
    return table
  }
}
