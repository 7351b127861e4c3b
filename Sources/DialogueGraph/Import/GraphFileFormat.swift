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

  /// The format a file extension names (`graphml`, `gexf`, `json`, `csv`/`tsv`/`txt`), if any.
  init?(extension: String) {
    switch `extension`.lowercased() {
    case "graphml": self = .graphml
    case "gexf": self = .gexf
    case "json": self = .nodeLink
    case "csv", "tsv", "txt": self = .edgeList
    default: return nil
    }
  }

  /// The format of a file with no telling extension, by its first non-blank byte (`<` XML, `{`
  /// JSON, else an edge list) and, for XML, whether `<gexf` appears in its first bytes.
  static func of(bytes: [UInt8]) -> GraphFileFormat {
    let first = bytes.drop { [0x20, 0x09, 0x0A, 0x0D, 0xEF, 0xBB, 0xBF].contains($0) }.first
    switch first {
    case UInt8(ascii: "{"): return .nodeLink
    case UInt8(ascii: "<"):
      let head = String(decoding: bytes.prefix(4096), as: UTF8.self)
      return head.contains("<gexf") ? .gexf : .graphml
    default: return .edgeList
    }
  }
}

extension DatasetLoader {
  /// Loads a GraphML, GEXF or node-link JSON file (see ``ImportedGraph/network(vocabulary:)`` for
  /// how attributes become fields). A `vocabulary.json` beside the file is used when present.
  ///
  /// GraphML and GEXF are streamed (``XMLEventStream``): memory grows with the graph, not with
  /// the document, up to the table size limit (``InputLimits/maximumTableBytes``). Node-link JSON
  /// is read whole into a located tree (``LocatedJSON``) first, so it is limited to
  /// ``nodeLinkSizeLimit``. `bytes` are the file's, when they were already read (a stream).
  static func loadGraphFile(_ url: URL, format: GraphFileFormat, bytes: [UInt8]?) throws(DatasetError)
    -> DialogueNetwork
  {
    let file = url.lastPathComponent
    var graph: ImportedGraph
    switch format {
    case .graphml, .gexf:
      // A file named .graphml holding GEXF (or the reverse) is read by what its root says.
      var head = bytes ?? []
      if bytes == nil { head = try self.head(url) ?? [] }
      let isGEXF = GraphFileFormat.of(bytes: head) == .gexf
      func stream(_ read: @escaping (UnsafeMutableRawBufferPointer) -> Int) throws(DatasetError) -> ImportedGraph {
        isGEXF
          ? try GEXFReader.read(file: file, path: url.path, read: read)
          : try GraphMLReader.read(file: file, path: url.path, read: read)
      }
      if let bytes {
        var offset = 0
        graph = try stream { buffer in
          let count = min(buffer.count, bytes.count - offset)
          bytes.withUnsafeBytes { source in
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: source[offset..<offset + count]))
          }
          offset += count
          return count
        }
      } else {
        graph = try withChunkedReader(url) { read throws(DatasetError) in try stream(read) }
      }
    case .nodeLink:
      let tooLarge = DatasetError.unreadable(
        path: url.path,
        reason: "it holds more than the \(InputLimits.size(nodeLinkSizeLimit)) a node-link JSON file may hold"
          + " — write the graph as GraphML instead (networkx: write_graphml), which is read as a stream")
      var whole = bytes ?? []
      if bytes == nil {
        var info = stat()
        if stat(url.path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, Int(info.st_size) > nodeLinkSizeLimit {
          throw tooLarge
        }
        whole = try readBytes(url, limit: nodeLinkSizeLimit)
      }
      let bytes = whole
      if bytes.count > nodeLinkSizeLimit { throw tooLarge }
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

  /// The largest node-link JSON file read (256 MiB). Its reader keeps the whole document as a
  /// tree of located values before the graph is built: measured on a 78 MB file of 1,000,000
  /// edges, the peak (807 MB) was within 10 % of the same graph streamed from GraphML, since the
  /// graph dominates (docs/RELIABILITY.md, "Large graph files"); this limit bounds the tree.
  /// GraphML and GEXF, streamed, have only the table limit (``InputLimits/maximumTableBytes``).
  static let nodeLinkSizeLimit = 256 << 20

  /// The `vocabulary.json` in the folder of `file`, or the default vocabulary.
  static func vocabulary(beside file: URL) throws(DatasetError) -> Vocabulary {
    let url = file.deletingLastPathComponent().appendingPathComponent("vocabulary.json")
    return FileManager.default.fileExists(atPath: url.path) ? try Vocabulary.load(from: url) : .default
  }
}
