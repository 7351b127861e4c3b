import ArgumentParser
import DialogueGraph

/// `dialogue centrality`: which nodes are central, by one measure.
struct CentralityCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "centrality",
    abstract: "Rank nodes by a centrality measure (who is well connected, who brokers).",
    discussion: """
      Measures:
      \(CentralityMeasure.allCases.map { "  \($0.rawValue): \($0.explanation)" }.joined(separator: "\n"))

      How it is computed: on the network of the view as a simple undirected graph — every pair of \
      linked nodes counts once whatever the number or direction of links between them, links of a \
      node to itself are ignored — and scaled as networkx does by default for that measure \
      (networkx.<measure>_centrality, networkx.pagerank), so the values can be checked against it. \
      With --weighted, betweenness, closeness and harmonic read a weight as a distance (a heavier \
      link is longer) and two links between the same pair count as the shorter one; eigenvector, \
      PageRank and Katz read it as a strength and add up the weights of repeated links (networkx's \
      rules for a multigraph); degree ignores weights. Unlike networkx's pagerank, weights are used \
      only with --weighted.

      Direction: by default direction is ignored. With --directed each link goes from its source \
      to its target (links of a kind the vocabulary calls undirected go both ways), with networkx's \
      directed definitions: degree counts in- plus out-links ÷ (n − 1) (--direction in/out for one \
      side); betweenness follows directed paths, normalised by (n − 1)(n − 2); closeness and \
      harmonic use the distances TO the node (incoming paths); eigenvector and Katz count \
      in-links (being pointed to by important nodes); PageRank follows out-links and jumps from \
      nodes without out-links.

      Which network: --as-of, --edge-kinds and --region choose the network the measure is \
      computed on. --kinds only chooses which nodes are SHOWN: the measure is still computed on the \
      whole network of the view, so a member state's betweenness counts the routes through the \
      frameworks it belongs to. Add --subgraph to compute on the nodes of those kinds alone (links \
      to other kinds then vanish).

      JSON: an array of {id, label, kind, value}, highest value first, ties by id.

      Examples:
        dialogue centrality --measure betweenness --top 10
        dialogue centrality --measure betweenness --kinds member-state --top 5
        dialogue centrality --measure degree --kinds member-state,mobility-partnership --subgraph --format json
        dialogue centrality --measure pagerank --as-of 2013-12-31 --format csv --output pagerank.csv
        dialogue centrality --measure betweenness --epsilon 0.01 --delta 0.1 --seed 7 --top 20
      """)

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Which measure to rank by (explained above).", valueName: "measure"))
  var measure: CentralityMeasure

  @Flag(
    name: .long,
    help:
      "Use link weights (the weight column): repeated links count as the shortest for betweenness, closeness and harmonic, summed for the others."
  )
  var weighted = false

  @Flag(
    name: .long,
    help:
      "Compute on the nodes of --kinds alone (the subgraph), instead of computing on the whole view and showing only those kinds."
  )
  var subgraph = false

  @Option(name: .long, help: ArgumentHelp("Show only the N highest-ranked nodes.", valueName: "n"))
  var top: Int?

  @Flag(
    name: .long,
    help: "Keep link directions (source → target), with networkx's directed definitions (see above).")
  var directed = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "PageRank: probability of following a link (networkx alpha, default 0.85). Katz: attenuation per step (alpha, default 0.1).",
      valueName: "number"))
  var alpha: Double?

  @Option(
    name: .long,
    help: ArgumentHelp("Katz: the weight every node starts with (networkx beta, default 1).", valueName: "number"))
  var beta: Double?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Degree with --directed: all (in + out, networkx degree_centrality), in (in_degree_centrality) or out (out_degree_centrality).",
      valueName: "all|in|out"))
  var direction: DegreeDirectionArgument = .all

  @Flag(
    inversion: .prefixedNo,
    help:
      "Betweenness: scale by the number of pairs (networkx normalized, default on); --no-normalized gives raw pair counts."
  )
  var normalized = true

  @Flag(name: .long, help: "Betweenness: count the ends of each path too (networkx endpoints).")
  var endpoints = false

  @Option(
    name: .customLong("k"),
    help: ArgumentHelp(
      "Betweenness: estimate from K randomly drawn source nodes (networkx k; faster on large networks).",
      valueName: "k"))
  var sampleSize: Int?

  @Option(
    name: .long, help: ArgumentHelp("Betweenness with --k or --epsilon: seed of the random draw (same seed, same values).", valueName: "n"))
  var seed: UInt64 = 1

  @Flag(
    name: .customLong("wf-improved"), inversion: .prefixedNo,
    help: "Closeness: scale by the share of nodes reached, Wasserman–Faust (networkx wf_improved, default on).")
  var wfImproved = true

  @Option(
    name: .long,
    help: ArgumentHelp(
      "PageRank: where the random jumps land, as ID=WEIGHT pairs, comma-separated (networkx personalization; other nodes 0).",
      valueName: "id=w,…"))
  var personalization: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "PageRank: where walks leave nodes without out-links, as ID=WEIGHT pairs (networkx dangling; default: as personalization).",
      valueName: "id=w,…"))
  var dangling: String?

  @Option(
    name: .customLong("tol"),
    help: ArgumentHelp(
      "PageRank, eigenvector, Katz: convergence tolerance (networkx tol, default 1e-6).", valueName: "number"))
  var tolerance: Double?

  @Option(
    name: .customLong("max-iter"),
    help: ArgumentHelp(
      "PageRank, eigenvector, Katz: iteration limit (networkx max_iter; default 100, Katz 1000).", valueName: "n"))
  var maximumIterations: Int?


  @OptionGroup var sampling: SamplingOptions
  @OptionGroup var dataset: DatasetOptions
  @OptionGroup var filters: FilterOptions
  @OptionGroup var output: OutputOptions

  func validate() throws {
    if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
    if subgraph && filters.nodeKindSet == nil {
      throw ValidationError("--subgraph needs --kinds: it computes on the nodes of those kinds alone.")
    }
    try sampling.validate(measure: measure, weighted: weighted)
    if let alpha {
      guard measure.defaultAlpha != nil else {
        throw ValidationError("--alpha applies to --measure pagerank or katz only.")
      }
      if !alpha.isFinite || alpha <= 0 || (measure == .pagerank && alpha > 1) {
        throw ValidationError(
          measure == .pagerank
            ? "--alpha for pagerank must be in (0, 1]." : "--alpha for katz must be a number > 0.")
      }
    }
    func only(_ measures: [CentralityMeasure], _ option: String, given: Bool) throws {
      if given && !measures.contains(measure) {
        throw ValidationError(
          "\(option) applies to --measure \(measures.map(\.rawValue).joined(separator: " or ")) only.")
      }
    }
    try only([.katz], "--beta", given: beta != nil)
    try only([.degree], "--direction", given: direction != .all)
    try only([.betweenness], "--no-normalized", given: !normalized)
    try only([.betweenness], "--endpoints", given: endpoints)
    try only([.betweenness], "--k", given: sampleSize != nil)
    try only([.closeness], "--no-wf-improved", given: !wfImproved)
    try only([.pagerank], "--personalization", given: personalization != nil)
    try only([.pagerank], "--dangling", given: dangling != nil)
    try only([.pagerank, .eigenvector, .katz], "--tol", given: tolerance != nil)
    try only([.pagerank, .eigenvector, .katz], "--max-iter", given: maximumIterations != nil)
    if direction != .all && !directed { throw ValidationError("--direction in/out needs --directed.") }
    if let beta, !(beta.isFinite) { throw ValidationError("--beta must be a number.") }
    if let sampleSize, sampleSize < 2 {
      throw ValidationError("--k must be at least 2 (with one source its own value is undefined).")
    }
    if let tolerance, !(tolerance > 0 && tolerance.isFinite) { throw ValidationError("--tol must be a number > 0.") }
    if let maximumIterations, maximumIterations < 1 { throw ValidationError("--max-iter must be at least 1.") }
    _ = try Self.pairs(personalization, option: "--personalization")
    _ = try Self.pairs(dangling, option: "--dangling")
  }

  /// `ID=WEIGHT,…` as a dictionary.
  static func pairs(_ text: String?, option: String) throws -> [String: Double]? {
    guard let text else { return nil }
    var result: [String: Double] = [:]
    for item in text.split(separator: ",") {
      let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      guard parts.count == 2, !parts[0].isEmpty, let weight = Double(parts[1]), weight >= 0, weight.isFinite else {
        throw ValidationError("\(option) takes ID=WEIGHT pairs with weights ≥ 0, e.g. \(option) DE=1,FR=0.5")
      }
      result[parts[0]] = weight
    }
    if result.isEmpty || result.values.allSatisfy({ $0 == 0 }) {
      throw ValidationError("\(option) needs at least one weight above 0.")
    }
    return result
  }

  func run() throws {
    let network = try dataset.load(verbose: output.verbose)
    let view = try filters.view(of: network, applyingKinds: subgraph)
    let ranking = try output.progress("computing \(measure.rawValue) for \(view.nodeIndices.count) nodes").run {
      () throws(CommandFailure) in
      try CentralityRanking(
        view: view, measure: measure, weighting: weighted ? .weighted : .unweighted, directed: directed,
        settings: settings, nodeWeights: nodeWeights, shownKinds: filters.nodeKindSet, top: top,
        estimate: sampling.estimator(seed: seed, quiet: output.quiet))
    }
    try output.emit(ranking.table(withRank: output.format == .table), about: filters.context(for: network))
  }

  var settings: CentralitySettings {
    CentralitySettings(
      alpha: alpha, beta: beta, direction: direction.direction, normalized: normalized, endpoints: endpoints,
      sampleSize: sampleSize, seed: seed, wfImproved: wfImproved, tolerance: tolerance,
      maximumIterations: maximumIterations)
  }

  var nodeWeights: CentralityRanking.NodeWeights {
    CentralityRanking.NodeWeights(
      personalization: (try? Self.pairs(personalization, option: "")) ?? nil,
      dangling: (try? Self.pairs(dangling, option: "")) ?? nil)
  }
}

extension CentralityMeasure: ExpressibleByArgument {}

/// `--direction all|in|out`.
enum DegreeDirectionArgument: String, ExpressibleByArgument, CaseIterable {
  case all, `in`, out

  var direction: AdjacencyGraph.DegreeDirection {
    switch self {
    case .all: .all
    case .in: .incoming
    case .out: .outgoing
    }
  }
}
