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
      Prints the member states ranked by engagement in the dataset's focus frameworks (mobility \
      partnerships for GAMM) as of the date (the disengaged first) — the same ranking as \
      'dialogue gaps' — and writes into the output folder:
        network.svg              the whole network in overview: one box per kind (countries per \
      region), lines counting the links; every node: explorer.html
        mobility-partnerships.svg  member states × the focus frameworks, disengaged highlighted
        participation-by-year.svg  member states × the focus frameworks at every year-end, one page
        disengaged.csv           the ranking, for a spreadsheet
        report.html              the self-contained HTML report
        explorer.html            the interactive explorer (see dialogue explore)

      Both diagrams fit an A4-landscape page with every label at 7 pt or more once printed.

      The default date is the dataset's reference date: 2013-12-31 for GAMM, the end of the \
      period COM(2014) 96 reports on.

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

  @OptionGroup var date: AsOfOptions

  @Option(
    name: .long,
    help: ArgumentHelp("The kind of framework analysed (default: the dataset's focus kind).", valueName: "kind"))
  var frameworkKind: String?

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
    let frameworkKind = frameworkKind ?? network.conventions.focusFrameworkKind
    let context = date.context(for: network, filters: ["framework kind " + frameworkKind])
    let day = context.asOf
    let gaps: ParticipationGaps
    do {
      gaps = try network.participationGaps(frameworkKind: frameworkKind, asOf: day)
    } catch {
      throw CommandFailure.metric(error)
    }
    let kindLabel = network.vocabulary.label(ofKind: frameworkKind)
    let memberStates = network.vocabulary.pluralLabel(ofKind: network.conventions.memberStateKind)
    let disengaged = gaps.disengaged.map { "\($0.label) (\($0.id))" }
    let memberState = network.vocabulary.label(ofKind: network.conventions.memberStateKind)
    var summary = "\(disengaged.count) \(disengaged.count == 1 ? memberState : memberStates) joined no \(kindLabel)"
    summary += disengaged.isEmpty ? ".\n\n" : ": " + disengaged.joined(separator: ", ") + ".\n\n"
    let heading = memberStates.prefix(1).uppercased() + memberStates.dropFirst()
    summary +=
      "\(heading) ranked by participation in \(network.vocabulary.pluralLabel(ofKind: frameworkKind)), "
      + "least engaged first:\n"
    var people = Self.peopleTable(gaps)
    people.context = context
    summary += people.textTable()
    StandardStreams.writeOut(summary)

    let highlight = try DiagramArguments.disengaged(in: network, frameworkKind: frameworkKind, asOf: day)
    // Both fitted to an A4 landscape page, every label at 7 pt or more once printed; the whole
    // network in overview (every node and link: explorer.html).
    var overview = DiagramOptions(subject: .overview, asOf: day)
    overview.page = .a4Landscape
    var twoMode = DiagramOptions(subject: .twoMode(frameworkKind: frameworkKind), asOf: day, highlight: highlight)
    twoMode.page = .a4Landscape
    let diagrams: [(String, DiagramOptions)] = [
      ("network.svg", overview),
      (Self.fileName(network.vocabulary.pluralLabel(ofKind: frameworkKind)) + ".svg", twoMode),
    ]
    // Every file is made first and the folder written as one unit: an interrupted run leaves the
    // previous complete set (or none), never a mix of old and new files.
    var files: [(name: String, contents: Data)] = []
    for (name, options) in diagrams {
      files.append((name, try RenderCommand.render(network, options: options, format: .svg, quiet: quiet)))
    }
    if let page = try? SmallMultiplesCommand.svg(
      network, frameworkKind: frameworkKind, from: nil, to: day.flatMap { Int($0.description.prefix(4)) })
    {
      files.append(("participation-by-year.svg", Data(page.utf8)))
    }
    var csv = gaps.table.roundingNumbers(to: 3)
    csv.context = context
    files.append(("disengaged.csv", Data(csv.csv().utf8)))
    let html = ReportCommand.html(
      network, asOf: day, frameworkKind: frameworkKind, quiet: quiet, explorerLink: "explorer.html")
    files.append(("report.html", Data(html.utf8)))
    files.append(("explorer.html", Data(try ExploreCommand.html(network, asOf: day, quiet: quiet).utf8)))
    do {
      try AtomicWrite.writeFolder(files, to: folder, madeBy: Self.folderWriter)
    } catch {
      throw CommandFailure(error.description, status: .cannotWrite)
    }
    let written = files.map(\.name).joined(separator: ", ")
    StandardStreams.writeOut("\nWritten to \(TerminalText.safe(folder.path))/: \(written)\n")
  }

  /// A file name from a label: lower case, words joined by hyphens ("mobility partnerships" →
  /// "mobility-partnerships").
  static func fileName(_ label: String) -> String {
    let words = label.lowercased().split { !($0.isLetter || $0.isNumber) }
    return words.isEmpty ? "frameworks" : words.joined(separator: "-")
  }

  /// The columns an analyst reads first, in the ranking's order (which follows "joined / could
  /// join"; the engagement score only breaks ties), with the ranking's notes.
  static func peopleTable(_ gaps: ParticipationGaps) -> ResultTable {
    var table = ResultTable(
      columns: [
        Column("id", header: "Id"), Column("label", header: "Member state"), Column("joined", header: "Joined"),
        Column("eligible", header: "Could join"), Column("not_recorded", header: "Not recorded"),
        Column("absent_from", header: "Absent from"), Column("rate", header: "Rate"),
        Column("score", header: "Engagement score"),
      ], decimals: 3)
    for row in gaps.rows {
      table.append([
        .text(row.id), .text(row.label), .integer(row.joined), .integer(row.eligible), .integer(row.notRecorded),
        .integer(row.absentFrom.count), .number(row.rate), .number(row.score),
      ])
    }
    table.notes = gaps.notes
    return table
  }
}
