import ArgumentParser
import DialogueGraph
import Foundation

/// `--dataset PATH`: which network to analyse.
struct DatasetOptions: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "A dataset folder (nodes.csv, edges.csv), a GraphML, GEXF or node-link JSON file (from this toolkit, networkx, Gephi or yEd), a bare edge-list CSV (source,target[,weight,kind]), or the name of a shipped dataset (e.g. circular-migration-2007).",
      discussion: """
        Default: the shipped GAMM 2012–2013 dataset, found from any working directory. In GraphML, GEXF \
        and JSON files, attributes named like the dataset's columns (kind, label, start, end, status, \
        citation, confidence, weight…) become those fields; others are kept as they are.
        """,
      valueName: "path"))
  var dataset: String?

  @Flag(
    name: .long,
    help: ArgumentHelp(
      "Also read a FIFO or device as a dataset file (e.g. --dataset <(zcat edges.csv.gz)), up to the 1 GiB size limit."
    ))
  var allowStream = false

  @Flag(
    name: .long,
    help:
      "Refuse a dataset with look-alike node ids (invisible characters, mixed Latin/Cyrillic/Greek letters, ids that look the same) instead of warning."
  )
  var strict = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "With an edge-list CSV: the nodes table (id[,kind,label,…]) that gives kinds, labels and isolated nodes. Default: a nodes.csv beside the edge list, if any.",
      valueName: "file"))
  var nodes: String?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "The field separator of CSV tables: comma, semicolon or tab. Default: detected from each file's header line (Excel writes ';' in much of Europe).",
      valueName: "separator"))
  var delimiter: CSVDelimiter?

  func validate() throws {
    if let dataset, dataset.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError("--dataset needs a path: a dataset folder or an edge-list CSV file.")
    }
    if let nodes, nodes.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError("--nodes needs the path of a nodes table (CSV with an id column).")
    }
  }

  /// The path to load and the folder that problem locations are relative to.
  func resolvedPath() throws(CommandFailure) -> (path: String, folderForMessages: String?) {
    let fileManager = FileManager.default
    if let dataset {
      var isDirectory: ObjCBool = false
      if fileManager.fileExists(atPath: dataset, isDirectory: &isDirectory) {
        return (
          dataset,
          isDirectory.boolValue
            ? dataset : URL(fileURLWithPath: dataset).deletingLastPathComponent().relativePath
        )
      }
      if !dataset.contains("/"),
        let shipped = DatasetLocator.datasetsFolder()?.appendingPathComponent(dataset),
        fileManager.fileExists(atPath: shipped.path)
      {
        return (shipped.path, shipped.path)
      }
      let shipped = DatasetLocator.shippedDatasetNames()
      var message =
        "\(dataset): no such file or folder — expected a dataset folder, an edge-list CSV, or a shipped dataset's name"
      if !shipped.isEmpty {
        let near = Suggestions.nearest(to: dataset, among: shipped)
        message +=
          (near.isEmpty ? "" : " (did you mean \(near.joined(separator: ", "))?)")
          + "; shipped datasets: \(shipped.joined(separator: ", "))"
      }
      throw CommandFailure(message)
    }
    guard let folder = DatasetLocator.datasetsFolder() else {
      throw CommandFailure(
        "cannot find the shipped dataset \(DatasetLocator.defaultDatasetName) — pass --dataset PATH or set DIALOGUE_DATASETS to the repository's Datasets folder"
      )
    }
    let path = folder.appendingPathComponent(DatasetLocator.defaultDatasetName).path
    return (path, path)
  }

  /// Loads the network, turning dataset problems into one-line messages.
  func load(verbose: Bool) throws(CommandFailure) -> DialogueNetwork {
    try load(verbose: verbose, hint: "use --verbose")
  }

  /// Loads the network for a command that has no `--verbose` (render, report, main): the message
  /// about further problems points to `dialogue validate --verbose` instead.
  func loadWithoutVerboseOption() throws(CommandFailure) -> DialogueNetwork {
    try load(verbose: false, hint: "'dialogue validate --verbose' lists them")
  }

  private func load(verbose: Bool, hint: String) throws(CommandFailure) -> DialogueNetwork {
    let (path, folder) = try resolvedPath()
    if allowStream { InputLimits.current.allowsStreams = true }
    CSVDelimiter.forced = delimiter
    let network: DialogueNetwork
    do {
      network = try DialogueNetwork.load(path: path, nodes: nodes)
    } catch {
      throw CommandFailure.dataset(error, folder: folder, verbose: verbose, hint: hint)
    }
    try reportLookAlikes(in: network)
    return network
  }

  /// Warns about look-alike node ids (see ``LookAlikeIds``) on standard error, or refuses the
  /// dataset under `--strict`.
  func reportLookAlikes(in network: DialogueNetwork) throws(CommandFailure) {
    let findings = LookAlikeIds.findings(in: network.nodes.map(\.id))
    guard !findings.isEmpty else { return }
    var lines = findings.prefix(10).map { "nodes.csv: \($0.description)" }
    if findings.count > 10 { lines.append("(and \(findings.count - 10) more look-alike ids)") }
    if strict { throw CommandFailure(lines: lines) }
    for line in lines {
      StandardStreams.writeError("dialogue: warning: \(TerminalText.safe(line)) (--strict makes this an error)\n")
    }
  }
}

extension CSVDelimiter: ExpressibleByArgument {
  /// `comma`, `semicolon` or `tab`, or the character itself (`,`, `;`, a tab character).
  public init?(argument: String) {
    switch argument.lowercased() {
    case "comma", ",": self = .comma
    case "semicolon", ";": self = .semicolon
    case "tab", "\t", "\\t": self = .tab
    default: return nil
    }
  }

  public static var allValueStrings: [String] { ["comma", "semicolon", "tab"] }
}
