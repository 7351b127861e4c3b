import ArgumentParser
import DialogueGraph
import DialogueReport
import Foundation

/// `dialogue report`: one self-contained HTML page with the figures, diagram, tables and sources.
struct ReportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "report",
    abstract: "Write a self-contained HTML report: headline figures, diagram, gaps, coverage, status tables.",
    discussion: """
      The page needs no internet connection and runs no script: styles and diagrams are inside the \
      file. Every table lists the dataset rows and citations it was computed from. Its diagrams — \
      member states × the focus frameworks, and the whole network in overview (one box per kind, \
      countries per region, the links between them counted) — are fitted to the printed A4 page \
      with every label at 7 pt or more; every single node is in the interactive explorer \
      (dialogue explore).

      Examples:
        dialogue report --as-of 2013-12-31 --output gamm-report.html
        dialogue report --dataset circular-migration-2007 --output cm-report.html
      """)

  @OptionGroup var page: HTMLPageOutput

  @OptionGroup var date: AsOfOptions

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The kind of framework for the disengagement analysis and the two-mode diagram (default: the dataset's focus kind).",
      valueName: "kind"))
  var frameworkKind: String?

  @OptionGroup var dataset: DatasetOptions

  func run() throws {
    let network = try dataset.loadWithoutVerboseOption()
    let html = Self.html(
      network, asOf: date.resolve(for: network).day, frameworkKind: frameworkKind, quiet: page.quiet)
    try page.write(html, defaultFile: "report.html")
  }

  static func html(
    _ network: DialogueNetwork, asOf: Day?, frameworkKind: String?, quiet: Bool, explorerLink: String? = nil
  ) -> String {
    let progress = ProgressReporter(task: "writing the report", enabled: !quiet)
    defer { progress.finish() }
    var options = ReportOptions(asOf: asOf, focusFrameworkKind: frameworkKind)
    options.explorerLink = explorerLink
    return HTMLReport(network: network, options: options).html
  }
}
