import ArgumentParser
import DialogueGraph

/// `dialogue status`: where each bilateral framework stands, country by country.
struct StatusCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "status",
    abstract: "Country × status of the bilateral frameworks of a kind (the GAMM report's Annexes I and II).",
    discussion: """
      Every row shows the status on the date (the dataset's reference date unless --as-of), derived \
      from dated rows only: concluded once the framework exists; otherwise the latest dated status \
      (of a link or of an event such as "talks concluded") before the date; otherwise "under \
      negotiation" when an event of the framework took place; otherwise none. Beside it, the status \
      the source prints (Annex I's "Indgået"), in English too, with the date the sources give for it. \
      --as-of all shows the printed status only. "since" is never a later date borrowed from the \
      framework: it is the date the sources give for that status, or empty.

      JSON/CSV fields: country, label, framework, status, since, printed, printed_en, printed_since, \
      citation, as_of.

      Examples:
        dialogue status
        dialogue status --framework-kind common-agenda
        dialogue status --as-of 2012-12-31 --explain MA
      """)

  @Option(
    name: .long,
    help: ArgumentHelp("The kind of bilateral framework (default: the dataset's focus kind).", valueName: "kind"))
  var frameworkKind: String?

  @OptionGroup var date: AsOfOptions

  @Option(
    name: .long, help: ArgumentHelp("Show the dataset rows behind one country's status.", valueName: "id"))
  var explain: String?

  @OptionGroup var dataset: DatasetOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let network = try dataset.load(verbose: output.verbose)
    let frameworkKind = frameworkKind ?? network.conventions.focusFrameworkKind
    let context = date.context(for: network, filters: ["framework kind " + frameworkKind])
    do {
      let table = try network.statusTable(frameworkKind: frameworkKind, asOf: context.asOf)
      if let explain {
        let why = try network.explain(table, country: explain)
        return try output.emit(why)
      }
      try output.emit(table.table, about: context)
    } catch let error as MetricError {
      throw CommandFailure.metric(error)
    }
  }
}
