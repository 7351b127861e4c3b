import Foundation

extension NetworkView {
  /// The files of a dataset folder holding this view, by file name: `nodes.csv`, `edges.csv`,
  /// `datapackage.json` and `vocabulary.json` (always written, so the folder carries the vocabulary
  /// it was validated against even when that is the default), and `sources.csv` when the network
  /// has a sources table (all of it, so the citations of any view resolve).
  ///
  /// Loading the folder with ``DialogueNetwork/load(from:nodes:)`` gives back the view's nodes and edges
  /// field for field (only ``Node/origin``/``Edge/origin`` differ, and edges the loader had named
  /// `edges.csv:LINE` keep that name as an explicit id). Columns: the standard ones of
  /// `Datasets/SCHEMA.md` in schema order, then the extra attributes sorted by name. See
  /// ``DatasetCSVWriter`` for the CSV dialect: these files are data and are not "formula
  /// neutralised" — the spreadsheet-safe tables are the analysis outputs of `--format csv`.
  ///
  /// A network read from a bare edge list has no citations or confidence levels, and inventing them
  /// would misstate the evidence: such a view is refused
  /// (``ExportError/missingProvenance(rows:example:)``) rather than written as a folder that
  /// `dialogue` itself would reject.
  ///
  /// - Throws: ``ExportError`` for a NUL character in a value (the loader rejects NUL bytes) or an
  ///   extra attribute named like a standard column.
  /// - Complexity: O(n + m + total text length + a log a) for a distinct attribute names.
  public func datasetFiles() throws(ExportError) -> [(name: String, contents: Data)] {
    try checkProvenance()
    let names = try ExportFields.attributeNames(of: self, format: "dataset CSV")
    let nodes = try DatasetCSVWriter.nodesCSV(self, extras: names.nodes)
    let edges = try DatasetCSVWriter.edgesCSV(self, extras: names.edges)
    let hasSources = !network.sources.isEmpty
    let package = DatasetDescriptor.dataPackage(
      name: network.name, vocabulary: network.vocabulary, nodeExtras: names.nodes, edgeExtras: names.edges,
      sources: hasSources, referenceDate: asOf ?? network.referenceDate)
    let vocabulary = DatasetDescriptor.vocabularyJSON(network.vocabulary)
    var files = [
      ("nodes.csv", Data(nodes.utf8)),
      ("edges.csv", Data(edges.utf8)),
      ("datapackage.json", Data((package.serialized(pretty: true) + "\n").utf8)),
      ("vocabulary.json", Data((vocabulary.serialized(pretty: true) + "\n").utf8)),
    ]
    if hasSources { files.append(("sources.csv", Data(try DatasetCSVWriter.sourcesCSV(network.sources).utf8))) }
    // Declarations about nodes the view leaves out would name unknown nodes: they go with them.
    let declarations = network.unrecordedDeclarations.filter { d in
      d.subjectIsKind || network.index(of: d.subject).map { contains(node: $0) } ?? false
    }
    if !declarations.isEmpty {
      let unrecorded = try DatasetCSVWriter.unrecordedCSV(declarations)
      files.append(("unrecorded.csv", Data(unrecorded.utf8)))
    }
    return files
  }

  /// Every node and link of the view has a citation and a confidence level.
  /// - Complexity: O(n + m).
  func checkProvenance() throws(ExportError) {
    var missing = 0
    var example: String? = nil
    for v in nodeIndices where network.nodes[v].citation.isEmpty || network.nodes[v].confidence.isEmpty {
      missing += 1
      if example == nil { example = "node \(DatasetProblem.quoted(network.nodes[v].id))" }
    }
    for e in edgeIndices where network.edges[e].citation.isEmpty || network.edges[e].confidence.isEmpty {
      missing += 1
      if example == nil {
        example =
          "link \(DatasetProblem.quoted(network.edges[e].source))–\(DatasetProblem.quoted(network.edges[e].target))"
      }
    }
    if let example { throw .missingProvenance(rows: missing, example: example) }
  }

  /// The command a dataset folder's marker names: a folder written by ``writeDataset(to:)`` may be
  /// replaced by the next one (see ``AtomicWrite/writeFolder(_:to:madeBy:)``).
  public static let datasetFolderWriter = "dialogue export --format csv"

  /// Writes ``datasetFiles()`` as the folder `url`, atomically: the files go to a temporary sibling
  /// folder that takes the place of `url` only once every file is written. `url` must not exist, be
  /// an empty folder, or hold a previous dataset folder written here (see
  /// ``AtomicWrite/writeFolder(_:to:madeBy:)``): anything else is refused, never deleted.
  ///
  /// ```swift
  /// try network.view(asOf: Day("2013-06-30")!).writeDataset(to: URL(fileURLWithPath: "out/gamm-mid-2013"))
  /// ```
  /// - Throws: ``ExportError`` (see ``datasetFiles()``, and ``ExportError/writeFailed(path:reason:)``).
  public func writeDataset(to url: URL) throws(ExportError) {
    try AtomicWrite.writeFolder(try datasetFiles(), to: url, madeBy: Self.datasetFolderWriter)
  }
}
