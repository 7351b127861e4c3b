import DialogueGraph

/// A centrality measure the CLI offers, computed on the simple undirected graph of a view with
/// networkx's default normalisation (see `dialogue centrality --help`).
enum CentralityMeasure: String, CaseIterable, Sendable {
  case degree, betweenness, closeness, harmonic, eigenvector, pagerank, katz
  case hub, authority, clustering, eccentricity
  case edgeBetweenness = "edge-betweenness"

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
    case .hub: "HITS hub score: linking to nodes many others link to (sums to 1)"
    case .authority: "HITS authority score: being linked from good hubs (sums to 1)"
    case .clustering: "share of the node's pairs of neighbours that are linked to each other (0–1)"
    case .eccentricity:
      "largest number of steps from the node to any node of its component (the component's diameter is the largest)"
    case .edgeBetweenness:
      "per LINK: share of shortest routes between two nodes that run along the link (rows: source, target)"
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
    case .hub, .authority: "hits"
    case .clustering: "clustering"
    case .eccentricity: "eccentricity"
    case .edgeBetweenness: "edge_betweenness_centrality"
    }
  }

  /// How parallel links combine for this measure (the core's rule, ``ParallelLinks``): distance
  /// measures take the shortest link, strength measures the summed weight.
  var parallelLinks: ParallelLinks {
    switch self {
    case .betweenness, .closeness, .harmonic, .eccentricity, .edgeBetweenness: .shortest
    case .degree, .eigenvector, .pagerank, .katz, .hub, .authority, .clustering: .summed
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

  /// The value of every node of `graph` with networkx's options in `settings`.
  ///
  /// With `weighting == .weighted`, betweenness, closeness and harmonic read weights as lengths;
  /// eigenvector, PageRank and Katz as strengths; degree ignores them.
  func values(of graph: AdjacencyGraph, weighting: Weighting, settings: CentralitySettings) throws -> [Double] {
    switch self {
    case .degree: return graph.degreeCentrality(direction: settings.direction)
    case .betweenness:
      let normalization: BetweennessNormalization = settings.normalized ? .networkx : .none
      let endpoints: EndpointCounting = settings.endpoints ? .included : .excluded
      if let k = settings.sampleSize {
        return try graph.betweennessCentrality(
          sources: try graph.sampleSources(count: min(k, graph.nodeCount), seed: settings.seed),
          weighting: weighting, normalization: normalization, endpoints: endpoints)
      }
      return try graph.betweennessCentrality(weighting: weighting, normalization: normalization, endpoints: endpoints)
    case .closeness:
      return try graph.closenessCentrality(
        weighting: weighting, normalization: settings.wfImproved ? .wassermanFaust : .reachableOnly)
    case .harmonic: return try graph.harmonicCentrality(weighting: weighting)
    case .eigenvector:
      return try graph.eigenvectorCentrality(
        weighting: weighting, maximumIterations: settings.maximumIterations ?? 100,
        tolerance: settings.tolerance ?? 1e-6)
    case .pagerank:
      return try graph.pageRank(
        damping: settings.alpha ?? 0.85, weighting: weighting, personalization: settings.personalization,
        dangling: settings.dangling, maximumIterations: settings.maximumIterations ?? 100,
        tolerance: settings.tolerance ?? 1e-6)
    case .katz:
      return try graph.katzCentrality(
        alpha: settings.alpha ?? 0.1, beta: settings.beta ?? 1, weighting: weighting,
        maximumIterations: settings.maximumIterations ?? 1000, tolerance: settings.tolerance ?? 1e-6)
    case .hub: return try graph.hubsAndAuthorities(weighting: weighting).hubs
    case .authority: return try graph.hubsAndAuthorities(weighting: weighting).authorities
    case .clustering: return try graph.clusteringCoefficients(weighting: weighting)
    case .eccentricity: return try graph.eccentricities(weighting: weighting, scope: .withinComponent)
    case .edgeBetweenness:
      preconditionFailure("edge betweenness ranks links: see LinkRanking")
    }
  }
}

/// networkx's options for the measures, as the command line gives them (defaults: networkx's).
struct CentralitySettings {
  /// PageRank's damping or Katz's attenuation (`alpha`).
  var alpha: Double?
  /// Katz's `beta`.
  var beta: Double?
  /// Degree on a directed graph: all links, in-links or out-links.
  var direction: AdjacencyGraph.DegreeDirection = .all
  /// Betweenness `normalized` and `endpoints`.
  var normalized = true
  var endpoints = false
  /// Betweenness `k` (sampled sources) and the seed that draws them.
  var sampleSize: Int?
  var seed: UInt64 = 1
  /// Closeness `wf_improved`.
  var wfImproved = true
  /// PageRank `personalization` and `dangling` (per node of the graph, `nil` = uniform / as `personalization`).
  var personalization: [Double]?
  var dangling: [Double]?
  /// `tol` and `max_iter` of the iterative measures.
  var tolerance: Double?
  var maximumIterations: Int?
}

/// Nodes ranked by a centrality value: `id, label, kind, value`, highest value first, ties by id.
struct CentralityRanking {
  struct Entry {
    let node: Node
    let value: Double
  }

  let entries: [Entry]

  /// Ranks the nodes of `view` by `measure`, computed on the whole view; shows only the nodes of
  /// `shownKinds` when given, and of those the first `top` when given; by `estimate` when given (a
  /// sampled estimate of the measure).
  /// - Throws: ``CommandFailure`` when the measure cannot be computed (no convergence, weights ≤ 0…).
  init(
    view: NetworkView, measure: CentralityMeasure, weighting: Weighting, directed: Bool = false,
    settings: CentralitySettings = CentralitySettings(), nodeWeights: NodeWeights = NodeWeights(),
    shownKinds: Set<String>? = nil, top: Int?, estimate: ((AdjacencyGraph) throws -> [Double])? = nil
  ) throws(CommandFailure) {
    let (graph, nodeIndices) = view.adjacency(
      weighted: weighting == .weighted, directed: directed, parallelLinks: measure.parallelLinks)
    let ids = nodeIndices.map { view.network.nodes[$0].id }
    var settings = settings
    if let weights = nodeWeights.personalization {
      settings.personalization = try Self.vector(weights, ids: ids, option: "--personalization")
    }
    if let weights = nodeWeights.dangling {
      settings.dangling = try Self.vector(weights, ids: ids, option: "--dangling")
    }
    let values: [Double]
    do {
      values = try estimate?(graph) ?? measure.values(of: graph, weighting: weighting, settings: settings)
    } catch GraphAlgorithmError.failedToConverge where measure == .katz {
      throw CentralityRanking.katzAdvice(graph: graph, weighting: weighting, alpha: settings.alpha ?? 0.1)
    } catch {
      throw CommandFailure.algorithm(error, nodeIds: ids)
    }
    var shown: [Entry] = []
    for (v, value) in zip(nodeIndices, values) {
      let node = view.network.nodes[v]
      if shownKinds?.contains(node.kind) ?? true { shown.append(Entry(node: node, value: value)) }
    }
    let ranked = shown.sorted { $0.value != $1.value ? $0.value > $1.value : $0.node.id < $1.node.id }
    entries = top.map { Array(ranked.prefix($0)) } ?? ranked
  }

  /// Per-node weights given on the command line as `ID=WEIGHT` pairs.
  struct NodeWeights {
    var personalization: [String: Double]?
    var dangling: [String: Double]?
  }

  /// A per-node vector from `ID=WEIGHT` pairs (unnamed nodes weigh 0, as networkx's dicts).
  static func vector(_ weights: [String: Double], ids: [String], option: String) throws(CommandFailure) -> [Double] {
    let known = Set(ids)
    if let unknown = weights.keys.sorted().first(where: { !known.contains($0) }) {
      throw CommandFailure("\(option): \(unknown) is not a node of the analysed network")
    }
    return ids.map { weights[$0] ?? 0 }
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
    // A usage error (64): the data is fine, the chosen --alpha is not.
    return CommandFailure(message, status: .usage)
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
