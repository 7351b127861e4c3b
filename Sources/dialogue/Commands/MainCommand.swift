import ArgumentParser
import DialogueGraph
import Foundation
import NetworkDiagrams

/// `dialogue main`: the main job on the shipped GAMM dataset (what `make gamm` runs).
struct MainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "main",
    abstract: "The GAMM analysis in one go: the disengaged member states, the diagrams and the HTML report.",
    discussion: """
      Prints the member states ranked by engagement in mobility partnerships as of the date (the \
      disengaged first), and writes into the output folder:
        network.svg              the whole network
        mobility-partnerships.svg  member states × mobility partnerships, disengaged highlighted
        disengaged.csv           the table printed, for a spreadsheet
        report.html              the self-contained HTML report

      The default date, 2013-12-31, is the end of the period COM(2014) 96 reports on.

      Examples:
        dialogue main
        dialogue main --output gamm-output --as-of 2012-12-31
      """)

  @Option(
    name: [.short, .long],
    help: ArgumentHelp(
      "The folder to write: a new one, or one an earlier 'dialogue main' wrote (replaced as a whole).",
      valueName: "folder"))
  var output = "output"

  @Option(name: .long, help: ArgumentHelp("The date of the analysis: YYYY-MM-DD, YYYY-MM or YYYY.", valueName: "date"))
  var asOf = DateArgument(argument: "2013-12-31")!

  @Option(name: .long, help: ArgumentHelp("The kind of framework analysed.", valueName: "kind"))
  var frameworkKind = "mobility-partnership"

  @Flag(name: .shortAndLong, help: "Print no progress messages.")
  var quiet = false

  @OptionGroup var dataset: DatasetOptions

  /// The command a `main` output folder's marker names (see ``AtomicWrite/writeFolder(_:to:madeBy:)``).
  static let folderWriter = "dialogue main"

  func validate() throws {
    if output.isEmpty { throw ValidationError("--output needs a folder path.") }
  }

  func run() throws {
    let network = try dataset.loadWithoutVerboseOption()
    let folder = URL(fileURLWithPath: output, isDirectory: true)
    let day = asOf.day
    let gaps: ParticipationGaps
    do {
      gaps = try network.participationGaps(frameworkKind: frameworkKind, asOf: day)
    } catch {
      throw CommandFailure.metric(error)
    }
    let kindLabel = network.vocabulary.nodeKind(frameworkKind)?.label ?? frameworkKind
    var summary = "Member states and \(kindLabel)s as of \(day) (\(network.name)); disengaged first:\n\n"
    summary += Self.peopleTable(gaps).textTable()
    let disengaged = gaps.disengaged.map { "\($0.label) (\($0.id))" }
    summary += "\n\(disengaged.count) member state\(disengaged.count == 1 ? "" : "s") joined no \(kindLabel)"
    summary += disengaged.isEmpty ? ".\n" : ": " + disengaged.joined(separator: ", ") + ".\n"
    StandardStreams.writeOut(summary)

    let highlight = try DiagramArguments.disengaged(in: network, frameworkKind: frameworkKind, asOf: day)
    let diagrams: [(String, DiagramOptions)] = [
      ("network.svg", DiagramOptions(subject: .network, asOf: day, sizing: .degree)),
      (
        "mobility-partnerships.svg",
        DiagramOptions(subject: .twoMode(frameworkKind: frameworkKind), asOf: day, highlight: highlight)
      ),
    ]
    // Every file is made first and the folder written as one unit: an interrupted run leaves the
    // previous complete set (or none), never a mix of old and new files.
    var files: [(name: String, contents: Data)] = []
    for (name, options) in diagrams {
      files.append((name, try RenderCommand.render(network, options: options, format: .svg, quiet: quiet)))
    }
    files.append(("disengaged.csv", Data(gaps.table.csv().utf8)))
    let html = ReportCommand.html(network, asOf: day, frameworkKind: frameworkKind, quiet: quiet)
    files.append(("report.html", Data(html.utf8)))
    do {
      try AtomicWrite.writeFolder(files, to: folder, madeBy: Self.folderWriter)
    } catch {
      throw CommandFailure(error.description, status: .cannotWrite)
    }
    let written = files.map(\.name).joined(separator: ", ")
    StandardStreams.writeOut("\nWritten to \(TerminalText.safe(folder.path))/: \(written)\n")
  }

  /// The columns an analyst reads first.
  static func peopleTable(_ gaps: ParticipationGaps) -> ResultTable {
    var table = ResultTable(
      columns: [
        Column("id", header: "Id"), Column("label", header: "Member state"), Column("joined", header: "Joined"),
        Column("eligible", header: "Could join"), Column("score", header: "Engagement"),
        Column("absent_from", header: "Absent from"),
      ], decimals: 3)
    for row in gaps.rows {
      table.append([
        .text(row.id), .text(row.label), .integer(row.joined), .integer(row.eligible), .number(row.score),
        .integer(row.absentFrom.count),
      ])
    }
    return table
  }
}
