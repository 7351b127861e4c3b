import ArgumentParser
import DialogueGraph
import Foundation

/// `dialogue convert`: one network file format to another.
struct ConvertCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "convert",
    abstract: "Convert a network between formats: dataset folder, GraphML, GEXF, node-link JSON, edge list, DOT.",
    discussion: """
      Reads INPUT as --dataset does (a dataset folder, a GraphML, GEXF or node-link JSON file, or an \
      edge-list CSV with an optional nodes.csv beside it or --nodes), and writes OUTPUT in the format \
      its extension names (.graphml, .gexf, .json, .dot; a path without extension is a dataset \
      folder) or --to. Nodes and links keep their ids, kinds, dates, statuses, citations, confidence \
      and every other attribute, so converting back gives the same network. The output is replaced \
      only once it is completely written.

      Examples:
        dialogue convert Datasets/gamm-2012-2013 gamm.graphml
        dialogue convert edited-in-gephi.gexf edited-dataset
        dialogue convert links.csv --nodes actors.csv links.json
        dialogue convert networkx.json --to gexf network.gexf
      """)

  @Argument(help: ArgumentHelp("The network to read (folder or file).", valueName: "input"))
  var input: String

  @Argument(help: ArgumentHelp("Where to write it ('-' = standard output).", valueName: "output"))
  var output: String

  @Option(
    name: .long,
    help: ArgumentHelp(
      "graphml, gexf, json, dot, or csv (a dataset folder). Default: from OUTPUT's extension.",
      valueName: "format"))
  var to: ExportCommand.Format?

  @Option(
    name: .long,
    help: ArgumentHelp("With an edge-list CSV input: its nodes table (id[,kind,label,…]).", valueName: "file"))
  var nodes: String?

  @Flag(name: .shortAndLong, help: "List every problem of an input that does not load, not just the first.")
  var verbose = false

  /// The output format: `--to`, else OUTPUT's extension, else a dataset folder.
  var format: ExportCommand.Format {
    if let to { return to }
    switch URL(fileURLWithPath: output).pathExtension.lowercased() {
    case "graphml", "xml": return .graphml
    case "gexf": return .gexf
    case "json": return .json
    case "dot", "gv": return .dot
    default: return .csv
    }
  }

  func validate() throws {
    if input.isEmpty || output.isEmpty { throw ValidationError("convert needs an input and an output path.") }
    if output == "-" && (to ?? .csv) == .csv {
      throw ValidationError("Writing to standard output needs --to graphml, gexf, json or dot.")
    }
    if format == .csv, URL(fileURLWithPath: output).pathExtension.lowercased() == "csv" {
      throw ValidationError(
        "A dataset is written as a folder (nodes.csv, edges.csv…): give OUTPUT a folder path without .csv.")
    }
  }

  func run() throws {
    let options = try DatasetOptions.parse(["--dataset", input] + (nodes.map { ["--nodes", $0] } ?? []))
    let network = try options.load(verbose: verbose)
    try ExportCommand.write(network.wholeView, as: format, to: output)
  }
}
