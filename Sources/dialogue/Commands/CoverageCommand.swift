import ArgumentParser
import DialogueGraph

/// `dialogue coverage`: which countries an instrument reaches (geographic coverage), and with
/// `--themes` which GAMM priorities frameworks address (thematic coverage).
struct CoverageCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "coverage",
    abstract:
      "Which countries of a region an instrument reaches; with --themes, which GAMM priorities frameworks address.",
    discussion: """
      Geographic coverage: the countries of a region (--region) or a list (--countries) and one \
      instrument:
        --edge-kind KIND       any link of that kind touching the country (e.g. working-arrangement);
        --framework-kind KIND  the country takes part in a framework of that kind that exists;
        --actor ID             a link between that actor and the country (add --edge-kind to count
                               only links of that kind, e.g. FRONTEX's working arrangements).
      Links under negotiation (a status other than concluded, e.g. a mandate) do not count.
      JSON fields: {ratio, covered [id], uncovered [id]}; with --from/--to: {from, to, ratio_from, \
      ratio_to, ratio_change, gained, lost}.

      Thematic coverage (--themes): for each framework of --framework-kind (default \
      mobility-partnership), the GAMM priorities it addresses; JSON fields: framework, label, \
      themes [id], missing [id], ratio (themes ÷ 4). With --from/--to: {from, to, balance_from, \
      balance_to, balance_change, frameworks: [framework, label, exists_from, exists_to, ratio_from, \
      ratio_to, ratio_change, gained, lost]}.

      Examples:
        dialogue coverage --region eastern-partnership --actor frontex --edge-kind working-arrangement --as-of 2013-12-31
        dialogue coverage --region southern-mediterranean --framework-kind mobility-partnership --from 2013-12-31 --to 2014-12-31
        dialogue coverage --countries MA,TN,JO,LB,EG --framework-kind mobility-partnership --explain TN
        dialogue coverage --themes --framework-kind mobility-partnership
        dialogue coverage --themes --from 2012-12-31 --to 2013-12-31
      """,
    subcommands: [ThemeCoverageCommand.self])

  @Flag(name: .long, help: "Thematic coverage: which GAMM priorities each framework addresses.")
  var themes = false

  @Option(name: .long, help: ArgumentHelp("The region whose countries are asked about.", valueName: "id"))
  var region: String?

  @Option(
    name: .long, parsing: .singleValue,
    help: ArgumentHelp("Country ids instead of a region (comma-separated).", valueName: "ids"))
  var countries: [String] = []

  @Option(
    name: .long, help: ArgumentHelp("Instrument: links of this kind (with --actor: only this kind).", valueName: "kind")
  )
  var edgeKind: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Instrument: frameworks of this kind (with --themes: the frameworks to inspect).", valueName: "kind"))
  var frameworkKind: String?

  @Option(name: .long, help: ArgumentHelp("Instrument: links with this actor (e.g. frontex).", valueName: "id"))
  var actor: String?

  @OptionGroup var date: AsOfOptions

  @Option(name: .long, help: ArgumentHelp("Compare two dates: the earlier one.", valueName: "date"))
  var from: DateArgument?

  @Option(name: .long, help: ArgumentHelp("Compare two dates: the later one.", valueName: "date"))
  var to: DateArgument?

  @Option(name: .long, help: ArgumentHelp("Show the rows behind one country's coverage.", valueName: "id"))
  var explain: String?

  @OptionGroup var dataset: DatasetOptions
  @OptionGroup var output: OutputOptions

  func validate() throws {
    if themes {
      if region != nil || !countries.isEmpty || edgeKind != nil || actor != nil || explain != nil {
        throw ValidationError("--themes takes only --framework-kind, --as-of, or --from and --to.")
      }
      if (from == nil) != (to == nil) { throw ValidationError("--from and --to go together.") }
      if from != nil && date.asOf != nil { throw ValidationError("use --as-of or --from/--to, not both.") }
      if let from, let to, to.day < from.day { throw ValidationError("--to (\(to)) is before --from (\(from)).") }
      return
    }
    if (region == nil) == (FilterOptions.split(countries) == nil) {
      throw ValidationError("give either --region ID or --countries ID,ID,….")
    }
    let instruments = [actor != nil, frameworkKind != nil, edgeKind != nil && actor == nil].filter { $0 }.count
    if instruments != 1 {
      throw ValidationError("give one instrument: --edge-kind KIND, --framework-kind KIND or --actor ID.")
    }
    if (from == nil) != (to == nil) { throw ValidationError("--from and --to go together.") }
    if from != nil && date.asOf != nil { throw ValidationError("use --as-of or --from/--to, not both.") }
    if let from, let to, to.day < from.day {
      throw ValidationError("--to (\(to)) is before --from (\(from)).")
    }
    if from != nil && explain != nil {
      throw ValidationError("--explain works with --as-of, not with --from/--to.")
    }
  }

  func run() throws {
    if themes {
      if let from, let to {
        let network = try dataset.load(verbose: output.verbose)
        let kind = frameworkKind ?? network.conventions.focusFrameworkKind
        do {
          let change = try network.thematicChange(frameworkKind: kind, from: from.day, to: to.day)
          return try output.emit(change.table, json: change.json)
        } catch let error as MetricError {
          throw CommandFailure.metric(error)
        }
      }
      return try ThemeCoverageCommand.run(frameworkKind: frameworkKind, date: date, dataset: dataset, output: output)
    }
    let network = try dataset.load(verbose: output.verbose)
    let set: CountrySet =
      region.map { .region($0) } ?? .countries(Array(FilterOptions.split(countries) ?? []).sorted())
    let instrument: CoverageInstrument
    if let actor {
      guard let node = network.node(actor) else {
        throw CommandFailure("unknown actor \"\(actor)\" — expected a node id from the dataset, such as frontex")
      }
      instrument = .actor(node.id, edgeKind: edgeKind)
    } else if let frameworkKind {
      instrument = .frameworkKind(frameworkKind)
    } else {
      instrument = .edgeKind(edgeKind!)
    }
    do {
      if let from, let to {
        let change = try network.coverageChange(of: set, by: instrument, from: from.day, to: to.day)
        return try output.emit(change.table, json: change.json)
      }
      let context = date.context(for: network)
      let coverage = try network.geographicCoverage(of: set, by: instrument, asOf: context.asOf)
      if let explain {
        let why = try network.explain(coverage, country: explain)
        return try output.emit(why)
      }
      var table = coverage.table
      table.context = context
      try output.emit(table, json: coverage.json.adding("as_of", .string(context.asOfField)))
    } catch let error as MetricError {
      throw CommandFailure.metric(error)
    }
  }
}

/// `dialogue coverage themes`.
struct ThemeCoverageCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "themes",
    abstract: "Which GAMM thematic priorities each framework of a kind addresses (same as coverage --themes).",
    discussion: """
      A framework addresses a priority when the dataset has an "addresses" link to it. Frameworks \
      under negotiation (no start date) are left out. The second table counts, per priority, the \
      frameworks addressing it; balance = fewest ÷ most (1 = even).

      JSON/CSV fields: framework, label, themes [id], missing [id], ratio.

      Examples:
        dialogue coverage --themes
        dialogue coverage --themes --framework-kind common-agenda --as-of 2013-12-31
        dialogue coverage --themes --format csv --output themes.csv
      """)

  @Option(
    name: .long, help: ArgumentHelp("The kind of framework (default: the dataset's focus kind).", valueName: "kind"))
  var frameworkKind: String?

  @OptionGroup var date: AsOfOptions

  @OptionGroup var dataset: DatasetOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    try Self.run(frameworkKind: frameworkKind, date: date, dataset: dataset, output: output)
  }

  static func run(frameworkKind: String?, date: AsOfOptions, dataset: DatasetOptions, output: OutputOptions) throws {
    let network = try dataset.load(verbose: output.verbose)
    let frameworkKind = frameworkKind ?? network.conventions.focusFrameworkKind
    let context = date.context(for: network, filters: ["framework kind " + frameworkKind])
    do {
      let coverage = try network.thematicCoverage(frameworkKind: frameworkKind, asOf: context.asOf)
      var table = coverage.table
      table.context = context
      guard output.format == .table else { return try output.emit(table) }
      let themes = coverage.themeTable { network.node($0)?.label ?? $0 }
      try output.emit(
        table.textTable()
          + "\nFrameworks per priority (balance \(NetworkSummary.fixed(coverage.balance)))\n\n"
          + themes.textTable())
    } catch let error as MetricError {
      throw CommandFailure.metric(error)
    }
  }
}
