import Foundation

/// The file formats `--dataset` reads besides a dataset folder, recognised by extension and, for
/// other names, by the first character (`<` XML, `{` JSON).
public enum GraphFileFormat: String, Sendable, CaseIterable {
  /// GraphML (`.graphml`; an XML file whose root is `<graphml>`).
  case graphml
  /// GEXF (`.gexf`; an XML file whose root is `<gexf>`).
  case gexf
  /// Node-link JSON (`.json`).
  case nodeLink = "json"
  /// A bare edge list CSV (`source,target[,weight,kind,…]`), with an optional `nodes.csv` beside it.
  case edgeList = "csv"

  /// The format of the file at `url`: by extension, else by its first non-blank byte.
  static func of(_ url: URL, bytes: [UInt8]) -> GraphFileFormat {
    switch url.pathExtension.lowercased() {
    case "graphml": return .graphml
    case "gexf": return .gexf
    case "json": return .nodeLink
    case "csv", "tsv", "txt": return .edgeList
    default: break
    }
    let first = bytes.drop { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }.first
    switch first {
    case UInt8(ascii: "{"): return .nodeLink
    case UInt8(ascii: "<"):
      // GraphML or GEXF: decided by the root element once parsed.
      let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
      return head.contains("<gexf") ? .gexf : .graphml
    default: return .edgeList
    }
  }
}

extension DatasetLoader {
  /// Loads a GraphML, GEXF or node-link JSON file (see ``ImportedGraph/network(vocabulary:)`` for
  /// how attributes become fields). A `vocabulary.json` beside the file is used when present.
  static func loadGraphFile(_ url: URL, format: GraphFileFormat, bytes: [UInt8]) throws(DatasetError)
    -> DialogueNetwork
  {
    let file = url.lastPathComponent
    var graph: ImportedGraph
    switch format {
    case .graphml, .gexf:
      let root = try XMLTree.parse(Data(bytes), file: file)
      graph =
        root.name == "gexf" || (format == .gexf && root.name != "graphml")
        ? GEXFReader.read(root, file: file) : GraphMLReader.read(root, file: file)
    case .nodeLink:
      if bytes.count > XMLTree.sizeLimit {
        throw .invalid(
          problems: [
            DatasetProblem(
              file: file, line: nil, column: nil, value: nil, expected: "a file of at most 256 MB",
              message: "file too large (\(bytes.count / (1 << 20)) MB) to read as JSON")
          ], total: 1)
      }
      do {
        graph = NodeLinkReader.read(try LocatedJSON.parse(bytes), file: file)
      } catch {
        throw .invalid(
          problems: [
            DatasetProblem(
              file: file, line: error.line, column: error.column, value: nil, expected: "valid JSON",
              message: "not valid JSON: \(error.message)")
          ], total: 1)
      }
    case .edgeList:
      preconditionFailure("edge lists are read by loadEdgeList")
    }
    if graph.name == nil { graph.name = url.deletingPathExtension().lastPathComponent }
    return try graph.network(vocabulary: try vocabulary(beside: url))
  }

  /// The `vocabulary.json` in the folder of `file`, or the default vocabulary.
  static func vocabulary(beside file: URL) throws(DatasetError) -> Vocabulary {
    let url = file.deletingLastPathComponent().appendingPathComponent("vocabulary.json")
    return FileManager.default.fileExists(atPath: url.path) ? try Vocabulary.load(from: url) : .default
  }
}
