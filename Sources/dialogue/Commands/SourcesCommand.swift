import ArgumentParser
import DialogueGraph

/// `dialogue sources`: the documents a dataset cites, with how many rows cite each.
struct SourcesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "sources",
    abstract: "List the documents a dataset cites (sources.csv), with how many rows cite each.",
    discussion: """
      Every row of a dataset cites its sources by id followed by a pinpoint ("com-2014-96 §2.3"); \
      this lists the sources in the order of sources.csv with their full reference and the number \
      of node and edge rows whose citation names them (a row citing two sources counts for both). \
      A dataset without sources.csv (a bare edge list, an older folder) has an empty list.

      JSON fields: dataset, sources [{id, rows, nodeRows, edgeRows, author, title, documentNumber, \
      date, language, locator, reference}]. CSV: one row per source with the same fields.

      Examples:
        dialogue sources
        dialogue sources --dataset circular-migration-2007 --format csv
      """)

  @OptionGroup var dataset: DatasetOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let network = try dataset.load(verbose: output.verbose)
    let usage = network.sourceUsage()
    let full = SourcesCommand.table(usage, compact: false)
    switch output.format {
    case .table:
      guard !usage.isEmpty else {
        return try output.emit("\(network.name): no sources.csv — the citations are free text, not source ids\n")
      }
      let title =
        "\(network.name): \(usage.count) sources, cited by \(network.nodes.count) node rows and \(network.edges.count) edge rows"
      try output.emit(title + "\n\n" + SourcesCommand.table(usage, compact: true).textTable())
    case .json:
      try output.emit(
        JSONValue.object([("dataset", .string(network.name)), ("sources", full.json)]).serialized(pretty: true) + "\n")
    case .csv:
      try output.emit(full)
    }
  }

  /// One row per source; `compact` keeps what a person reads (id, counts, full reference).
  static func table(_ usage: [SourceUsage], compact: Bool) -> ResultTable {
    let counts = [
      Column("id"), Column("rows"), Column("nodeRows", header: "nodes"), Column("edgeRows", header: "edges"),
    ]
    let details = [
      Column("author"), Column("title"), Column("documentNumber"), Column("date"), Column("language"),
      Column("locator"),
    ]
    var table = ResultTable(columns: counts + (compact ? [] : details) + [Column("reference")])
    for u in usage {
      let s = u.source
      var row: [Cell] = [.text(s.id), .integer(u.rows), .integer(u.nodeRows), .integer(u.edgeRows)]
      if !compact {
        row += [s.author, s.title, s.documentNumber, s.date, s.language, s.locator].map { $0.map(Cell.text) ?? .empty }
      }
      row.append(.text(s.fullReference))
      table.append(row)
    }
    return table
  }
}
