import ArgumentParser
import DialogueGraph

/// `dialogue status`: where each bilateral framework stands, country by country.
struct StatusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status",
    abstract: "Country × status of the bilateral frameworks of a kind (the GAMM report's Annexes I and II).",
    discussion: """
      Without --as-of, the status is the one the source prints (Annex I's "Indgået" = concluded). \
      With --as-of, it is derived from dated rows only: concluded once the framework started; \
      otherwise the latest dated status or negotiation event before the date; otherwise none.

      JSON/CSV fields: country, label, status, since, citation.

      Examples:
        dialogue status
        dialogue status --framework-kind common-agenda
        dialogue status --as-of 2012-12-31 --explain MA
      """)

  @Option(name: .long, help: ArgumentHelp("The kind of bilateral framework.", valueName: "kind"))
  var frameworkKind = "mobility-partnership"

  @Option(
    name: .long,
    help: ArgumentHelp("Derive the status on this date instead of the printed one.", valueName: "date"))
  var asOf: DateArgument?

  @Option(
    name: .long, help: ArgumentHelp("Show the dataset rows behind one country's status.", valueName: "id"))
  var explain: String?

  @OptionGroup var dataset: DatasetOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let network = try dataset.load(verbose: output.verbose)
    do {
      let table = try network.statusTable(frameworkKind: frameworkKind, asOf: asOf?.day)
      if let explain {
        let why = try network.explain(table, country: explain)
        return try output.emit(why)
      }
      try output.emit(table.table)
    } catch let error as MetricError {
      throw CommandFailure.metric(error)
    }
  }
}
