import ArgumentParser
import DialogueGraph

/// `dialogue gaps`: which member states stay out of which frameworks.
struct GapsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "gaps",
    abstract: "Rank member states by engagement; name those that joined no framework of a kind.",
    discussion: """
      A member state is disengaged when it joined no framework of the kind (e.g. no mobility \
      partnership) among those that existed while it was a member. It could have joined a \
      framework once both existed; a framework still under negotiation (no start date) counts for \
      no one. The ranking puts the disengaged first, then the lowest engagement score: a weighted \
      mix of participation (0.4), leadership roles (0.2), events hosted (0.15), funding given (0.15) \
      and other commitments (0.1), each scaled to 0–1 across member states.

      --by-framework turns the table around: per framework, which member states are in and out. \
      --matrix prints member state × framework (yes / no / empty when not eligible). \
      --explain ID lists the dataset rows (file:line and citation) behind one member state's figures.

      JSON/CSV fields (default view): id, label, joined, eligible, rate, score, disengaged, \
      absent_from, participation_all, leadership_roles, events_hosted, funds_given, funds_eur, \
      commitments.

      Examples:
        dialogue gaps --as-of 2013-12-31
        dialogue gaps --framework-kind common-agenda --by-framework
        dialogue gaps --as-of 2013-12-31 --explain AT
      """)

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The kind of framework, e.g. mobility-partnership, common-agenda, regional-process.", valueName: "kind")
  )
  var frameworkKind = "mobility-partnership"

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The date (YYYY-MM-DD, YYYY-MM or YYYY: its last day); default: all dates.", valueName: "date"))
  var asOf: DateArgument?

  @Flag(name: .long, help: "One row per framework: member states in and out.")
  var byFramework = false

  @Flag(name: .long, help: "Member state × framework table.")
  var matrix = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Show the dataset rows behind one member state's figures (EL and UK accepted).", valueName: "id"))
  var explain: String?

  @OptionGroup var dataset: DatasetOptions
  @OptionGroup var output: OutputOptions

  func validate() throws {
    if [byFramework, matrix, explain != nil].filter({ $0 }).count > 1 {
      throw ValidationError("choose one of --by-framework, --matrix and --explain.")
    }
  }

  func run() throws {
    let network = try dataset.load(verbose: output.verbose)
    do {
      let gaps = try network.participationGaps(frameworkKind: frameworkKind, asOf: asOf?.day)
      if let explain {
        let why = try network.explain(gaps, memberState: explain)
        return try output.emit(why)
      }
      try output.emit(byFramework ? gaps.matrix.frameworkTable : matrix ? gaps.matrix.table : gaps.table)
    } catch let error as MetricError {
      throw CommandFailure.metric(error)
    }
  }
}
