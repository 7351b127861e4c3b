import Foundation

extension NetworkView {
  /// The files of a dataset folder holding this view, by file name: `nodes.csv`, `edges.csv`,
  /// `datapackage.json` and `vocabulary.json` (always written, so the folder carries the vocabulary
  /// it was validated against even when that is the default).
  ///
  /// Loading the folder with ``DialogueNetwork/load(from:nodes:)`` gives back the view's nodes and edges
  /// field for field (only ``Node/origin``/``Edge/origin`` differ, and edges the loader had named
  /// `edges.csv:LINE` keep that name as an explicit id). Columns: the standard ones of
  /// `Datasets/SCHEMA.md` in schema order, then the extra attributes sorted by name. See
  /// ``DatasetCSVWriter`` for the CSV dialect: these files are data and are not "formula
  /// neutralised" — the spreadsheet-safe tables are the analysis outputs of `--format csv`.
  ///
  /// A network read from a bare edge list has no citations or confidence levels; its folder loads
  /// again only once those columns are filled in (the loader says which rows lack them).
  ///
  /// - Throws: ``ExportError`` for a NUL character in a value (the loader rejects NUL bytes) or an
  ///   extra attribute named like a standard column.
  /// - Complexity: O(n + m + total text length + a log a) for a distinct attribute names.
  public func datasetFiles() throws(ExportError) -> [(name: String, contents: Data)] {
    let names = try ExportFields.attributeNames(of: self, format: "dataset CSV")
    let nodes = try DatasetCSVWriter.nodesCSV(self, extras: names.nodes)
    let edges = try DatasetCSVWriter.edgesCSV(self, extras: names.edges)
    let package = DatasetDescriptor.dataPackage(
      name: network.name, vocabulary: network.vocabulary, nodeExtras: names.nodes, edgeExtras: names.edges)
    let vocabulary = DatasetDescriptor.vocabularyJSON(network.vocabulary)
    return [
      ("nodes.csv", Data(nodes.utf8)),
      ("edges.csv", Data(edges.utf8)),
      ("datapackage.json", Data((package.serialized(pretty: true) + "\n").utf8)),
      ("vocabulary.json", Data((vocabulary.serialized(pretty: true) + "\n").utf8)),
    ]
  }

  /// Writes ``datasetFiles()`` as the folder `url`, atomically: the files go to a temporary sibling
  /// folder that replaces `url` (and whatever was there) only once every file is written (see
  /// ``AtomicWrite/writeFolder(to:_:)``).
  ///
  /// ```swift
  /// try network.view(asOf: Day("2013-06-30")!).writeDataset(to: URL(fileURLWithPath: "out/gamm-mid-2013"))
  /// ```
  /// - Throws: ``ExportError`` (see ``datasetFiles()``, and ``ExportError/writeFailed(path:reason:)``).
  public func writeDataset(to url: URL) throws(ExportError) {
    let files = try datasetFiles()
    try AtomicWrite.writeFolder(to: url) { folder in
      for (name, contents) in files { try contents.write(to: folder.appendingPathComponent(name)) }
    }
  }
}
