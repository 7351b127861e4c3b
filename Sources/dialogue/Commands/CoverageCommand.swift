import ArgumentParser
import DialogueGraph

/// `dialogue coverage`: which countries an instrument reaches, and which priorities frameworks address.
struct CoverageCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "coverage",
    abstract: "Geographic coverage (countries reached) and thematic coverage (GAMM priorities addressed).",
    discussion: """
      Examples:
        dialogue coverage countries --region eastern-partnership --by frontex --edge-kind working-arrangement
        dialogue coverage themes --framework-kind mobility-partnership
      """,
    subcommands: [CountryCoverageCommand.self, ThemeCoverageCommand.self],
    defaultSubcommand: CountryCoverageCommand.self)
}

/// `dialogue coverage countries`.
struct CountryCoverageCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "countries",
    abstract: "Which countries of a region (or list) an instrument reaches.",
    discussion: """
      The instrument (--by) is one of:
        an edge kind (e.g. working-arrangement): any such link touching the country;
        a framework kind (e.g. mobility-partnership): the country takes part in one that exists;
        an actor id (e.g. frontex), optionally with --edge-kind: a link between the actor and the country.
      Links under negotiation (a status other than concluded, e.g. a mandate) do not count.

      JSON fields: {ratio, covered [id], uncovered [id]}; with --from/--to: {from, to, ratio_from, \
      ratio_to, ratio_change, gained, lost}.

      Examples:
        dialogue coverage countries --region eastern-partnership --by frontex --edge-kind working-arrangement --as-of 2013-12-31
        dialogue coverage countries --countries MA,TN,JO,LB,EG --by mobility-partnership
        dialogue coverage countries --region eastern-partnership --by frontex --from 2011-12-31 --to 2013-12-31 --explain AZ
      """)

  @Option(name: .long, help: ArgumentHelp("The region whose countries are asked about.", valueName: "id"))
  var region: String?

  @Option(
    name: .long, parsing: .singleValue,
    help: ArgumentHelp("Country ids instead of a region (comma-separated).", valueName: "ids"))
  var countries: [String] = []

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The instrument: an edge kind, a framework kind, or an actor id.", valueName: "instrument"))
  var by: String

  @Option(name: .long, help: ArgumentHelp("With an actor: count only links of this kind.", valueName: "kind"))
  var edgeKind: String?

  @Option(
    name: .long, help: ArgumentHelp("The date (a month or year means its last day).", valueName: "date"))
  var asOf: DateArgument?

  @Option(name: .long, help: ArgumentHelp("Compare two dates: the earlier one.", valueName: "date"))
  var from: DateArgument?

  @Option(name: .long, help: ArgumentHelp("Compare two dates: the later one.", valueName: "date"))
  var to: DateArgument?

  @Option(name: .long, help: ArgumentHelp("Show the links behind one country's coverage.", valueName: "id"))
  var explain: String?

  @OptionGroup var dataset: DatasetOptions
  @OptionGroup var output: OutputOptions

  func validate() throws {
    if (region == nil) == (FilterOptions.split(countries) == nil) {
      throw ValidationError("give either --region ID or --countries ID,ID,….")
    }
    if (from == nil) != (to == nil) { throw ValidationError("--from and --to go together.") }
    if from != nil && asOf != nil { throw ValidationError("use --as-of or --from/--to, not both.") }
    if let from, let to, to.day < from.day {
      throw ValidationError("--to (\(to)) is before --from (\(from)).")
    }
    if from != nil && explain != nil {
      throw ValidationError("--explain works with --as-of, not with --from/--to.")
    }
  }

  func run() throws {
    let network = try dataset.load(verbose: output.verbose)
    let set: CountrySet =
      region.map { .region($0) } ?? .countries(Array(FilterOptions.split(countries) ?? []).sorted())
    do {
      var instrument = try CoverageInstrument(parsing: by, in: network)
      if let edgeKind {
        guard case .actor(let actor, _) = instrument else {
          throw CommandFailure("--edge-kind applies when --by names an actor (a node id such as frontex)")
        }
        instrument = .actor(actor, edgeKind: edgeKind)
      }
      if let from, let to {
        let change = try network.coverageChange(of: set, by: instrument, from: from.day, to: to.day)
        return try output.emit(change.table, json: change.json)
      }
      let coverage = try network.geographicCoverage(of: set, by: instrument, asOf: asOf?.day)
      if let explain {
        let why = try network.explain(coverage, country: explain)
        return try output.emit(why)
      }
      try output.emit(coverage.table, json: coverage.json)
    } catch let error as MetricError {
      throw CommandFailure.metric(error)
    }
  }
}

/// `dialogue coverage themes`.
struct ThemeCoverageCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "themes",
    abstract: "Which GAMM thematic priorities each framework of a kind addresses.",
    discussion: """
      A framework addresses a priority when the dataset has an "addresses" link to it. Frameworks \
      under negotiation (no start date) are left out. The second table counts, per priority, the \
      frameworks addressing it; balance = fewest ÷ most (1 = even).

      JSON/CSV fields: framework, label, themes [id], missing [id], ratio.

      Examples:
        dialogue coverage themes
        dialogue coverage themes --framework-kind common-agenda --as-of 2013-12-31
        dialogue coverage themes --format csv --output themes.csv
      """)

  @Option(name: .long, help: ArgumentHelp("The kind of framework.", valueName: "kind"))
  var frameworkKind = "mobility-partnership"

  @Option(
    name: .long, help: ArgumentHelp("The date (a month or year means its last day).", valueName: "date"))
  var asOf: DateArgument?

  @OptionGroup var dataset: DatasetOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let network = try dataset.load(verbose: output.verbose)
    do {
      let coverage = try network.thematicCoverage(frameworkKind: frameworkKind, asOf: asOf?.day)
      guard output.format == .table else { return try output.emit(coverage.table) }
      let themes = coverage.themeTable { network.node($0)?.label ?? $0 }
      try output.emit(
        coverage.table.textTable()
          + "\nFrameworks per priority (balance \(NetworkSummary.fixed(coverage.balance)))\n\n"
          + themes.textTable())
    } catch let error as MetricError {
      throw CommandFailure.metric(error)
    }
  }
}
