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
      linked nodes counts once whatever the number or direction of links between them (with \
      --weighted their weights are summed), links of a node to itself are ignored — and scaled as \
      networkx does by default for that measure (networkx.<measure>_centrality, networkx.pagerank), \
      so the values can be checked against it. With --weighted, betweenness, closeness and harmonic \
      read a weight as a distance (a heavier link is longer); eigenvector, PageRank and Katz read it \
      as a strength; degree ignores weights. Unlike networkx's pagerank, weights are used only with \
      --weighted.

      JSON: an array of {id, label, kind, value}, highest value first, ties by id.

      Examples:
        dialogue centrality --measure betweenness --top 10
        dialogue centrality --measure degree --kinds member-state,mobility-partnership --format json
        dialogue centrality --measure pagerank --as-of 2013-12-31 --format csv --output pagerank.csv
        dialogue centrality --measure betweenness --epsilon 0.01 --delta 0.1 --seed 7 --top 20
      """)

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Which measure to rank by (explained above).", valueName: "measure"))
  var measure: CentralityMeasure

  @Flag(name: .long, help: "Use link weights (the weight column; summed over repeated links).")
  var weighted = false

  @Option(name: .long, help: ArgumentHelp("Show only the N highest-ranked nodes.", valueName: "n"))
  var top: Int?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "PageRank: probability of following a link (default 0.85). Katz: attenuation per step (default 0.1).",
      valueName: "number"))
  var alpha: Double?

  @OptionGroup var sampling: SamplingOptions
  @OptionGroup var dataset: DatasetOptions
  @OptionGroup var filters: FilterOptions
  @OptionGroup var output: OutputOptions

  func validate() throws {
    if let top, top < 1 { throw ValidationError("--top must be at least 1.") }
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
  }

  func run() throws {
    let network = try dataset.load(verbose: output.verbose)
    let view = try filters.view(of: network)
    let ranking = try output.progress("computing \(measure.rawValue) for \(view.nodeIndices.count) nodes").run {
      () throws(CommandFailure) in
      try CentralityRanking(
        view: view, measure: measure, weighting: weighted ? .weighted : .unweighted, alpha: alpha, top: top,
        estimate: sampling.estimator(quiet: output.quiet))
    }
    try output.emit(ranking.table(withRank: output.format == .table))
  }
}

extension CentralityMeasure: ExpressibleByArgument {}
