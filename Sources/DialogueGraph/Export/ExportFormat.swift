import Foundation

/// The single-file formats a network or view exports to (the dataset CSV folder is
/// ``NetworkView/writeDataset(to:)``).
///
/// ```swift
/// let view = try network.view(asOf: Day("2013-06-30")!)
/// for format in ExportFormat.allCases {
///   try AtomicWrite.write(try view.exported(as: format), to: URL(fileURLWithPath: "out/gamm." + format.fileExtension))
/// }
/// ```
public enum ExportFormat: String, CaseIterable, Sendable {
  /// GraphML (networkx, igraph, yEd, Gephi, Cytoscape): ``NetworkView/graphML()``.
  case graphml
  /// GEXF 1.3 with spells (Gephi's timeline): ``NetworkView/gexf()``.
  case gexf
  /// Node-link JSON (networkx `node_link_graph`, d3): ``NetworkView/nodeLinkJSON(pretty:)``.
  case json
  /// Graphviz DOT text: ``NetworkView/dot()``.
  case dot

  /// The usual file extension, without the dot.
  public var fileExtension: String { rawValue }

  /// The media type of the format.
  public var mediaType: String {
    switch self {
    case .graphml: "application/graphml+xml"
    case .gexf: "application/gexf+xml"
    case .json: "application/json"
    case .dot: "text/vnd.graphviz"
    }
  }
}

extension NetworkView {
  /// The view in `format`, as UTF-8 bytes ready for ``AtomicWrite/write(_:to:)``.
  /// - Throws: ``ExportError`` (see each format's function).
  /// - Complexity: that of the format's function.
  public func exported(as format: ExportFormat) throws(ExportError) -> Data {
    let text: String
    switch format {
    case .graphml: text = try graphML()
    case .gexf: text = try gexf()
    case .json: text = try nodeLinkJSON()
    case .dot: text = try dot()
    }
    return Data(text.utf8)
  }
}
