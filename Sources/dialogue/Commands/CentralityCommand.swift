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

  @Option(
    name: .long,
    help: ArgumentHelp(
      "PageRank: probability of following a link (default 0.85). Katz: attenuation per step (default 0.1).",
      valueName: "number"))
  var alpha: Double?

  @OptionGroup var dataset: DatasetOptions
  @OptionGroup var filters: FilterOptions
  @OptionGroup var output: OutputOptions

  func validate() throws {
    if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
    if subgraph && filters.nodeKindSet == nil {
      throw ValidationError("--subgraph needs --kinds: it computes on the nodes of those kinds alone.")
    }
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
  }

  func run() throws {
    let network = try dataset.load(verbose: output.verbose)
    let view = try filters.view(of: network, applyingKinds: subgraph)
    let ranking = try output.progress("computing \(measure.rawValue) for \(view.nodeIndices.count) nodes").run {
      () throws(CommandFailure) in
      try CentralityRanking(
        view: view, measure: measure, weighting: weighted ? .weighted : .unweighted, alpha: alpha,
        shownKinds: filters.nodeKindSet, top: top)
    }
    try output.emit(ranking.table(withRank: output.format == .table))
  }
}

extension CentralityMeasure: ExpressibleByArgument {}
