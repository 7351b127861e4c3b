import ArgumentParser
import DialogueGraph
import Foundation

/// `dialogue export`: the network (or a filtered view of it) in a format other tools read.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write the network for other tools: Gephi, yEd, Graphviz, networkx, or a dataset folder.",
    discussion: """
      Formats:
        graphml  GraphML, for yEd, Cytoscape, networkx.read_graphml
        gexf     GEXF, for Gephi
        json     node-link JSON, for networkx.node_link_graph and d3
        dot      Graphviz DOT, for dot/neato or further styling
        csv      a dataset folder (nodes.csv, edges.csv, datapackage.json, vocabulary.json) that \
      'dialogue --dataset' reads back — --output names the folder

      Every node and link keeps its kind, dates, status, citation and confidence. Filters \
      (--as-of, --kinds, --edge-kinds, --region) export only that part of the network. The output \
      is replaced only once it is completely written.

      Examples:
        dialogue export --format graphml --output gamm.graphml
        dialogue export --format gexf --as-of 2013-12-31 --output gamm-2013.gexf
        dialogue export --format csv --kinds member-state,mobility-partnership --output mp-subset
      """)

  /// The export formats.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case graphml, gexf, json, dot, csv
  }

  @Option(
    name: .long,
    help: ArgumentHelp("graphml, gexf, json, dot, or csv (a dataset folder).", valueName: "format"))
  var format: Format

  @Option(
    name: [.short, .long],
    help: ArgumentHelp(
      "The file to write ('-' = standard output, not for csv); for csv, the folder.", valueName: "path"))
  var output: String

  @Flag(name: .shortAndLong, help: "List every problem of a dataset that does not load, not just the first.")
  var verbose = false

  @OptionGroup var dataset: DatasetOptions
  @OptionGroup var filters: FilterOptions

  func validate() throws {
    if output.isEmpty { throw ValidationError("--output needs a path.") }
    if format == .csv && output == "-" {
      throw ValidationError("--format csv writes a dataset folder: give --output a folder path, not '-'.")
    }
  }

  func run() throws {
    let network = try dataset.load(verbose: verbose)
    let view = try filters.view(of: network)
    try Self.write(view, as: format, to: output)
  }

  /// Writes `view` in `format` to `output` (a file, '-' for standard output, or a folder for csv).
  static func write(_ view: NetworkView, as format: Format, to output: String) throws {
    do {
      let text: String
      switch format {
      case .csv: return try view.writeDataset(to: URL(fileURLWithPath: output))
      case .graphml: text = try view.graphML()
      case .gexf: text = try view.gexf()
      case .json: text = try view.nodeLinkJSON()
      case .dot: text = try view.dot()
      }
      if output == "-" { return StandardStreams.writeOut(text) }
      try AtomicWrite.write(Data(text.utf8), to: URL(fileURLWithPath: output))
    } catch {
      if case .writeFailed = error { throw CommandFailure(error.description, status: .cannotWrite) }
      throw CommandFailure(error.description)
    }
  }
}
