import ArgumentParser
import DialogueGraph
import DialogueReport
import Foundation

/// `dialogue small-multiples`: member state × framework participation at every year-end, on one
/// page with a fixed layout, so a reader sees who joined when.
struct SmallMultiplesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "small-multiples",
    abstract: "Member state × framework participation at every year-end, side by side on one A4 page (SVG).",
    discussion: """
      One panel per year-end with the same rows (every member state, by name) and the same columns \
      (every framework of the kind, by start date) in each, so the same cell is in the same place: \
      dark = joined, light red with a cross = could have joined and did not, grey "?" = not recorded \
      in the sources, blank = could not have joined (not yet a member, framework not yet concluded). \
      At most 8 panels fit the page. Text is at least 7.5 pt on A4 landscape.

      Examples:
        dialogue small-multiples --output participation-by-year.svg
        dialogue small-multiples --from 2008 --to 2014 --framework-kind mobility-partnership --output mp.svg
      """)

  @Option(
    name: .long,
    help: ArgumentHelp("The kind of framework (default: the dataset's focus kind).", valueName: "kind"))
  var frameworkKind: String?

  @Option(
    name: .long,
    help: ArgumentHelp("First year (default: the year of the first framework of the kind).", valueName: "year"))
  var from: Int?

  @Option(
    name: .long, help: ArgumentHelp("Last year (default: the year of the dataset's reference date).", valueName: "year")
  )
  var to: Int?

  @Option(
    name: [.short, .long], help: ArgumentHelp("The SVG file to write ('-' = standard output).", valueName: "file"))
  var output: String

  @OptionGroup var dataset: DatasetOptions

  func validate() throws {
    if output.isEmpty { throw ValidationError("--output needs a file path (or '-' for standard output).") }
    if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to).") }
  }

  func run() throws {
    let network = try dataset.load(verbose: false)
    let svg = try Self.svg(network, frameworkKind: frameworkKind, from: from, to: to)
    if output == "-" {
      StandardStreams.writeOut(svg)
    } else {
      try OutputOptions.writeAtomically(Data(svg.utf8), to: output)
    }
  }

  /// The page for `network` (defaults as the options describe).
  static func svg(_ network: DialogueNetwork, frameworkKind: String?, from: Int?, to: Int?) throws -> String {
    let kind = frameworkKind ?? network.conventions.focusFrameworkKind
    let last = to ?? network.referenceDate.flatMap { Int($0.description.prefix(4)) }
    guard let first = from ?? ParticipationSmallMultiples.firstYear(of: kind, in: network), let last else {
      throw CommandFailure("no dated \(kind) and no --from/--to years: nothing to draw over time.")
    }
    var years = ParticipationSmallMultiples.yearEnds(from: first, to: last)
    if years.count > 8 { years = Array(years.suffix(8)) }
    guard !years.isEmpty else { throw CommandFailure("no year between \(first) and \(last).") }
    do {
      return try ParticipationSmallMultiples(network: network, frameworkKind: kind, dates: years).svg()
    } catch {
      throw CommandFailure.metric(error)
    }
  }
}
