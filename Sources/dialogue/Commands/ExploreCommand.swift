import ArgumentParser
import DialogueGraph
import Foundation
import NetworkExplorer

/// `dialogue explore`: the whole network at any date, in one offline HTML file.
struct ExploreCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explore",
    abstract: "Write an interactive HTML explorer of the network: any date, filters, sources one click away.",
    discussion: """
      One self-contained file that needs no internet connection (it can travel on a USB stick or \
      as an e-mail attachment). It draws the whole network with Graphviz's layout, computed once \
      for all dates, and shows what existed on the date chosen with a slider; filters by kind, \
      region and confidence; highlights the member states that joined no framework of a kind; \
      and shows, for any node or link clicked, every dataset row behind it with its file, line \
      and citation. The date, filters and selection are kept in the address (after #), so a view \
      can be shared as a link.

      Examples:
        dialogue explore --output explorer.html
        dialogue explore --dataset circular-migration-2007 --as-of 2007 --output cm-explorer.html
      """)

  @OptionGroup var page: HTMLPageOutput

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The date the page opens on: YYYY-MM-DD, YYYY-MM or YYYY (its last day). Default: the dataset's reference date (2013-12-31 for GAMM), else its last date.",
      valueName: "date"))
  var asOf: DateArgument?

  @OptionGroup var dataset: DatasetOptions

  func run() throws {
    let network = try dataset.load(verbose: false)
    let html = try Self.html(network, asOf: asOf?.day, quiet: page.quiet)
    try page.write(html, defaultFile: "explorer.html")
  }

  static func html(_ network: DialogueNetwork, asOf: Day?, quiet: Bool) throws(CommandFailure) -> String {
    let progress = ProgressReporter(task: "writing the explorer", enabled: !quiet)
    defer { progress.finish() }
    do {
      return try NetworkExplorer.html(for: network, options: ExplorerOptions(asOf: asOf))
    } catch {
      throw CommandFailure(error.description)
    }
  }
}
