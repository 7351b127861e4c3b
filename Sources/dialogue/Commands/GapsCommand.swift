import ArgumentParser
import DialogueGraph
import Foundation

/// `dialogue gaps`: which member states stay out of which frameworks.
struct GapsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gaps",
    abstract: "Rank member states by engagement; name those that joined no framework of a kind.",
    discussion: """
      A member state is disengaged when it joined no framework of the kind (e.g. no mobility \
      partnership) although at least one existed while it was a member and the sources record it \
      stayed out of each. It could have joined a framework once both existed; a framework still \
      under negotiation (no start date) counts for no one.

      The ranking puts the disengaged first, then orders by participation in the kind: the rate \
      joined / (joined + recorded absences), then frameworks joined, fewest first. The engagement \
      score is its own column and only breaks ties: a weighted mean of participation across all \
      framework kinds (0.4), leadership roles (0.2), events hosted (0.15), funding given (0.15) and \
      other commitments (0.1), each divided by its largest value among the member states (so 0–1). \
      A component that is 0 for every member state has no data and is left out of the weights. \
      Change the weights with --weights (a weight of 0 drops a signal) and measure funding in euros \
      with --funding-measure euros. A note (and the low_score_under field) says whether the five \
      lowest scores change under equal weights, participation only, or with one component left out.

      --by-framework turns the table around: per framework, which member states are in and out. \
      --matrix prints member state × framework (yes / no / "not recorded" / empty when not eligible). \
      --explain ID lists the dataset rows (file:line, citation and the full reference of each source \
      it cites) behind one member state's figures, and the arithmetic of its score.

      Tables and CSV show 3 decimals; JSON keeps full precision. JSON/CSV fields (default view): \
      id, label, joined, eligible, not_recorded, rate, score, disengaged, absent_from, \
      participation_all, leadership_roles, events_hosted, funds_given, funds_eur, commitments, \
      low_score_under, as_of.

      Examples:
        dialogue gaps --as-of 2013-12-31
        dialogue gaps --framework-kind common-agenda --by-framework
        dialogue gaps --as-of 2013-12-31 --explain AT
        dialogue gaps --as-of 2013-12-31 --weights participation=1,leadership=0,hosting=0,funding=0,commitments=0
      """)

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The kind of framework, e.g. mobility-partnership, common-agenda, regional-process (default: the dataset's focus kind).",
      valueName: "kind")
  )
  var frameworkKind: String?

  @OptionGroup var date: AsOfOptions

  @Flag(name: .long, help: "One row per framework: member states in and out.")
  var byFramework = false

  @Flag(name: .long, help: "Member state × framework table.")
  var matrix = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Show the dataset rows behind one member state's figures (EL and UK accepted).", valueName: "id"))
  var explain: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Score weights as name=value pairs: participation, leadership, hosting, funding, commitments (default 0.4, 0.2, 0.15, 0.15, 0.1); names left out keep their default.",
      valueName: "weights"))
  var weights: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Measure funding by the number of grants (count, default) or their amount (euros).", valueName: "measure"))
  var fundingMeasure: EngagementWeights.FundingMeasure = .count

  @OptionGroup var dataset: DatasetOptions
  @OptionGroup var output: OutputOptions

  /// The weights the analyst asked for.
  func engagementWeights() throws -> EngagementWeights {
    var result = EngagementWeights.default
    result.fundingMeasure = fundingMeasure
    guard let weights else { return result }
    for pair in weights.split(separator: ",") {
      let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
      guard parts.count == 2, let value = Double(parts[1]), value.isFinite, value >= 0 else {
        throw ValidationError(
          "--weights takes name=value pairs with values ≥ 0, e.g. participation=0.5,funding=0.3 (got '\(pair)').")
      }
      switch parts[0] {
      case "participation": result.participation = value
      case "leadership": result.leadership = value
      case "hosting": result.hosting = value
      case "funding": result.funding = value
      case "commitments": result.commitments = value
      default:
        throw ValidationError(
          "unknown weight '\(parts[0])': use participation, leadership, hosting, funding or commitments.")
      }
    }
    if let problem = result.problem { throw ValidationError("--weights: \(problem).") }
    return result
  }

  func validate() throws {
    if [byFramework, matrix, explain != nil].filter({ $0 }).count > 1 {
      throw ValidationError("choose one of --by-framework, --matrix and --explain.")
    }
    _ = try engagementWeights()
  }

  func run() throws {
    let network = try dataset.load(verbose: output.verbose)
    let frameworkKind = frameworkKind ?? network.conventions.focusFrameworkKind
    let context = date.context(for: network, filters: ["framework kind " + frameworkKind])
    do {
      let gaps = try network.participationGaps(
        frameworkKind: frameworkKind, asOf: context.asOf, weights: try engagementWeights())
      if let explain {
        let why = try network.explain(gaps, memberState: explain)
        return try output.emit(why)
      }
      let table = byFramework ? gaps.matrix.frameworkTable : matrix ? gaps.matrix.table : gaps.table
      try output.emit(output.format == .csv ? table.roundingNumbers(to: 3) : table, about: context)
    } catch let error as MetricError {
      throw CommandFailure.metric(error)
    }
  }
}

extension EngagementWeights.FundingMeasure: ExpressibleByArgument {}
