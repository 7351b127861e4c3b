import Foundation

extension DialogueNetwork {
  /// Loads a dataset folder (`nodes.csv`, `edges.csv`, optionally `vocabulary.json`) or a bare
  /// edge-list CSV (`source,target` and optionally `weight`, `kind`).
  ///
  /// Every problem of the files is collected — unknown references, duplicate ids, unknown kinds,
  /// bad dates, malformed numbers, ragged rows, encoding errors… — and reported together, each with
  /// its file, line and column.
  ///
  /// ```swift
  /// do {
  ///   let network = try DialogueNetwork.load(from: URL(fileURLWithPath: "Datasets/gamm-2012-2013"))
  ///   print(network.nodes.count, network.edges.count)
  /// } catch {
  ///   print(error)   // edges.csv:12:3: unknown node "XX" in column "target" — expected an id from nodes.csv
  /// }
  /// ```
  /// - Throws: ``DatasetError``.
  /// - Complexity: O(size of the files) expected.
  ///
  /// A single file may also be GraphML, GEXF or node-link JSON (by extension, or by content for
  /// other names): see ``GraphFileFormat``. A bare edge list takes its nodes — kinds, labels,
  /// isolated nodes — from `nodes` when given, else from a `nodes.csv` beside it when there is one
  /// (columns `id` and optionally `kind`, `label` and the other node columns of `Datasets/SCHEMA.md`).
  public static func load(from url: URL, nodes: URL? = nil) throws(DatasetError) -> DialogueNetwork {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
      throw .missingFile(path: url.path)
    }
    if isDirectory.boolValue {
      if let nodes {
        throw .unreadable(
          path: nodes.path, reason: "a nodes file goes with an edge-list CSV, not with a dataset folder")
      }
      return try DatasetLoader.loadFolder(url)
    }
    // The format by extension, else by the first bytes; GraphML and GEXF are streamed from the
    // file, so only an edge list (and a stream of unknown format) is read whole here.
    var bytes: [UInt8]? = nil
    var format = GraphFileFormat(extension: url.pathExtension)
    if format == nil {
      let head = try DatasetLoader.head(url)
      if head == nil { bytes = try DatasetLoader.readBytes(url) }
      format = GraphFileFormat.of(bytes: head ?? bytes ?? [])
    }
    guard let format, format == .edgeList else {
      if let nodes {
        throw .unreadable(
          path: nodes.path, reason: "a nodes file goes with an edge-list CSV; \(url.lastPathComponent) has its nodes")
      }
      return try DatasetLoader.loadGraphFile(url, format: format!, bytes: bytes)
    }
    if bytes == nil { bytes = try DatasetLoader.readBytes(url) }
    return try DatasetLoader.loadEdgeList(url, bytes: bytes!, nodes: nodes ?? DatasetLoader.nodesFile(beside: url))
  }

  /// Loads a dataset folder or a single file from a file-system path; see ``load(from:nodes:)``.
  public static func load(path: String, nodes: String? = nil) throws(DatasetError) -> DialogueNetwork {
    try load(from: URL(fileURLWithPath: path), nodes: nodes.map { URL(fileURLWithPath: $0) })
  }
}

/// Reads dataset folders and bare edge lists into a ``DialogueNetwork``.
enum DatasetLoader {
  static let nodeColumns = [
    "id", "kind", "label", "subtype", "start", "end", "status", "city", "amount_eur", "citation", "confidence", "note",
  ]
  static let requiredNodeColumns = ["id", "kind", "label", "citation", "confidence"]
  static let edgeColumns = [
    "id", "source", "target", "kind", "role", "start", "end", "status", "amount_eur", "weight", "citation",
    "confidence", "note",
  ]
  static let requiredEdgeColumns = ["source", "target", "kind", "citation", "confidence"]
  static let requiredEdgeListColumns = ["source", "target"]

  /// Loads `nodes.csv`, `edges.csv` and the optional `vocabulary.json` and `sources.csv` of a folder.
  /// With a `sources.csv`, every citation must name its sources by id (see ``CitationCheck``).
  static func loadFolder(_ folder: URL) throws(DatasetError) -> DialogueNetwork {
    let nodesURL = folder.appendingPathComponent("nodes.csv")
    let edgesURL = folder.appendingPathComponent("edges.csv")
    let vocabularyURL = folder.appendingPathComponent("vocabulary.json")
    let jsonLimit = InputLimits.current.maximumJSONBytes
    let hasVocabulary = FileManager.default.fileExists(atPath: vocabularyURL.path)
    if hasVocabulary { _ = try InputLimits(maximumJSONBytes: jsonLimit).check(vocabularyURL, limit: jsonLimit) }
    let vocabulary = hasVocabulary ? try Vocabulary.load(from: vocabularyURL) : .default
    let nodeBytes = try readBytes(nodesURL)
    let edgeBytes = try readBytes(edgesURL)
    let sourcesURL = folder.appendingPathComponent(SourceTableDecoder.file)
    let sourceBytes = FileManager.default.fileExists(atPath: sourcesURL.path) ? try readBytes(sourcesURL) : nil

    var problems = ProblemCollector(
      fileOrder: ["vocabulary.json", "sources.csv", "nodes.csv", "edges.csv", "unrecorded.csv", "datapackage.json"])
    // The header rows are read again only when the folder has a descriptor to compare them with.
    DescriptorCheck.check(folder: folder, problems: &problems) { file in
      switch file {
      case "nodes.csv": nodeBytes.withUnsafeBufferPointer { DescriptorCheck.header($0, file: file) }
      case "edges.csv": edgeBytes.withUnsafeBufferPointer { DescriptorCheck.header($0, file: file) }
      case "sources.csv": sourceBytes?.withUnsafeBufferPointer { DescriptorCheck.header($0, file: file) }
      default: nil
      }
    }
    var cells = CellParser(vocabulary: vocabulary)
    let sources = sourceBytes.map { bytes in
      bytes.withUnsafeBufferPointer { SourceTableDecoder.decode($0, cells: cells, problems: &problems) }
    }
    var validator = NetworkValidator(vocabulary: vocabulary, policy: .dataset)
    validator.checksVocabulary = false  // the decoders check each distinct value once
    let nodes = nodeBytes.withUnsafeBufferPointer { bytes in
      NodeTableDecoder.decode(bytes, file: "nodes.csv", cells: &cells, validator: &validator, problems: &problems)
    }
    let decoded = edgeBytes.withUnsafeBufferPointer { bytes in
      EdgeTableDecoder.decode(
        bytes, file: "edges.csv", required: requiredEdgeColumns, nodes: nodes, cells: &cells,
        validator: &validator, problems: &problems)
    }
    let resolution = validator.validate(
      nodes: nodes, edges: decoded.edges, resolved: (decoded.sources, decoded.targets), into: &problems)
    let readableSources = sources.flatMap { $0.readable ? (table: $0.table, rejectedIds: $0.rejectedIds) : nil }
    let unrecorded = try readUnrecorded(
      folder: folder, nodes: nodes, vocabulary: vocabulary, sources: readableSources, problems: &problems)
    let referenceDate = DatasetMetadata.referenceDate(folder: folder, problems: &problems)
    // Citations are judged only against a sources table that could be read to its end.
    if let sources, sources.readable {
      var citations = CitationCheck(sources: sources.table, rejectedIds: sources.rejectedIds)
      citations.check(nodes: nodes, edges: decoded.edges, validator: validator, problems: &problems)
    }
    if let error = problems.error { throw error }
    return DialogueNetwork(
      validated: nodes, edges: decoded.edges, resolution: resolution, vocabulary: vocabulary,
      name: folder.lastPathComponent, referenceDate: referenceDate, unrecorded: unrecorded,
      sources: sources?.table ?? SourceTable())
  }

  /// The declarations of `unrecorded.csv`, when the folder has one.
  static func readUnrecorded(
    folder: URL, nodes: [Node], vocabulary: Vocabulary,
    sources: (table: SourceTable, rejectedIds: Set<String>)? = nil, problems: inout ProblemCollector
  ) throws(DatasetError) -> [Unrecorded] {
    let url = folder.appendingPathComponent("unrecorded.csv")
    guard FileManager.default.fileExists(atPath: url.path) else { return [] }
    let bytes = try readBytes(url)
    let ids = Set(nodes.map(\.id))
    return bytes.withUnsafeBufferPointer {
      UnrecordedTableDecoder.decode(
        $0, file: "unrecorded.csv", nodeIds: ids, vocabulary: vocabulary, sources: sources, problems: &problems)
    }
  }

  /// Loads a bare edge list: its nodes are the ids it mentions (kind `node`), its links have kind
  /// `link` unless a `kind` column says otherwise; the default vocabulary applies.
  ///
  /// With a `nodes` table, the nodes are that table's rows instead (only `id` is required; a node
  /// without `kind` is a `node`, without `label` is labelled with its id), so nodes keep their kinds
  /// and isolated nodes exist; an edge naming an id the table lacks is an error. A `vocabulary.json`
  /// beside the edge list then applies.
  static func loadEdgeList(_ file: URL, bytes: [UInt8], nodes nodesURL: URL? = nil) throws(DatasetError)
    -> DialogueNetwork
  {
    let name = file.lastPathComponent
    let nodesName = nodesURL?.lastPathComponent ?? "nodes.csv"
    let vocabulary = nodesURL == nil ? Vocabulary.default : try vocabulary(beside: file)
    var problems = ProblemCollector(fileOrder: [nodesName, name])
    var cells = CellParser(vocabulary: vocabulary)
    var validator = NetworkValidator(vocabulary: vocabulary, policy: .edgeList)
    validator.checksVocabulary = false  // the decoders check each distinct value once
    var nodes: [Node] = []
    let decoded: EdgeTableDecoder.Result
    if let nodesURL {
      let nodeBytes = try readBytes(nodesURL)
      validator.nodesFile = nodesName
      nodes = nodeBytes.withUnsafeBufferPointer { buffer in
        NodeTableDecoder.decode(
          buffer, file: nodesName, required: ["id"], cells: &cells, validator: &validator, problems: &problems)
      }
      for i in nodes.indices {
        if nodes[i].kind.isEmpty { nodes[i].kind = "node" }
        if nodes[i].label.isEmpty { nodes[i].label = nodes[i].id }
      }
      decoded = bytes.withUnsafeBufferPointer { buffer in
        EdgeTableDecoder.decode(
          buffer, file: name, required: requiredEdgeListColumns, nodes: nodes, cells: &cells,
          validator: &validator, problems: &problems)
      }
    } else {
      decoded = bytes.withUnsafeBufferPointer { buffer in
        EdgeTableDecoder.decode(
          buffer, file: name, required: requiredEdgeListColumns, mentionedNodes: &nodes, cells: &cells,
          validator: &validator, problems: &problems)
      }
    }
    var edges = decoded.edges
    if nodesURL != nil {
      for e in edges.indices where edges[e].kind.isEmpty { edges[e].kind = "link" }
    }
    let resolution = validator.validate(
      nodes: nodes, edges: edges, resolved: (decoded.sources, decoded.targets), into: &problems)
    if let error = problems.error { throw error }
    return DialogueNetwork(
      validated: nodes, edges: edges, resolution: resolution, vocabulary: vocabulary,
      name: file.deletingPathExtension().lastPathComponent)
  }

  /// The `nodes.csv` in the folder of an edge list, unless the edge list is that file itself.
  static func nodesFile(beside file: URL) -> URL? {
    let nodes = file.deletingLastPathComponent().appendingPathComponent("nodes.csv")
    guard file.lastPathComponent != "nodes.csv", FileManager.default.fileExists(atPath: nodes.path) else {
      return nil
    }
    return nodes
  }

  /// A file opened for reading after ``InputLimits/check(_:limit:)``: only a regular file of at most
  /// `limit` bytes (or, when allowed, a stream). The caller closes the descriptor.
  static func openChecked(_ url: URL, limit: Int) throws(DatasetError) -> (
    descriptor: Int32, isStream: Bool, info: stat
  ) {
    let isStream = try InputLimits.current.check(url, limit: limit)
    // O_NONBLOCK: opening a FIFO that became one after the check must not wait for a writer.
    let descriptor = open(url.path, O_RDONLY | O_CLOEXEC | (isStream ? 0 : O_NONBLOCK))
    guard descriptor >= 0 else {
      throw .unreadable(path: url.path, reason: String(cString: strerror(errno)))
    }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else {
      let reason = String(cString: strerror(errno))
      close(descriptor)
      throw .unreadable(path: url.path, reason: reason)
    }
    if !isStream && info.st_mode & S_IFMT != S_IFREG {
      close(descriptor)
      throw .unreadable(path: url.path, reason: "it changed into something other than a regular file while opened")
    }
    return (descriptor, isStream, info)
  }

  /// Reads a file piece by piece: `body` gets a function that fills a buffer with the next bytes
  /// and returns their count (0 at the end, -errno on failure), and never more than `limit` bytes
  /// in all (a stream that goes on is cut there, and `failure` says so).
  static func withChunkedReader<T>(
    _ url: URL, limit: Int = InputLimits.current.maximumTableBytes,
    _ body: (_ read: @escaping (UnsafeMutableRawBufferPointer) -> Int) throws(DatasetError) -> T
  ) throws(DatasetError) -> T {
    let (descriptor, _, _) = try openChecked(url, limit: limit)
    defer { close(descriptor) }
    var total = 0
    let read: (UnsafeMutableRawBufferPointer) -> Int = { buffer in
      while true {
        let n = systemRead(descriptor, buffer.baseAddress, min(buffer.count, limit + 1 - total))
        if n < 0 && errno == EINTR { continue }
        if n < 0 { return -Int(errno) }
        total += n
        return total > limit ? -Int(EFBIG) : n
      }
    }
    return try body(read)
  }

  /// Up to the first `count` bytes of a regular file (to recognise its format), or `nil` for a
  /// stream, which cannot be read twice.
  static func head(_ url: URL, count: Int = 4096) throws(DatasetError) -> [UInt8]? {
    // A stream is recognised before it is opened: opening a FIFO waits for its writer, and
    // closing it again would lose what the writer sends.
    if try InputLimits.current.check(url, limit: InputLimits.current.maximumTableBytes) { return nil }
    let (descriptor, isStream, _) = try openChecked(url, limit: InputLimits.current.maximumTableBytes)
    defer { close(descriptor) }
    if isStream { return nil }
    return [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      initialized = 0
      while initialized < count {
        let n = systemRead(descriptor, buffer.baseAddress! + initialized, count - initialized)
        if n < 0 && errno == EINTR { continue }
        if n <= 0 { return }
        initialized += n
      }
    }
  }

  /// The bytes of a file, after ``InputLimits/check(_:limit:)``: only a regular file of at most
  /// `limit` bytes (or, when allowed, a stream read up to `limit`).
  /// - Throws: ``DatasetError/missingFile(path:)`` or ``DatasetError/unreadable(path:reason:)``.
  static func readBytes(_ url: URL, limit: Int = InputLimits.current.maximumTableBytes) throws(DatasetError)
    -> [UInt8]
  {
    let (descriptor, isStream, info) = try openChecked(url, limit: limit)
    defer { close(descriptor) }
    // Read straight into the array (no intermediate `Data`, no zero-filling), growing if the file
    // grew meanwhile.
    var bytes: [UInt8] = []
    var capacity = min(isStream ? 1 << 16 : max(Int(info.st_size), 0) + 1, limit + 1)
    while true {
      var failure: Int32 = 0
      var full = false
      bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
        // Keep what was read before a regrowth.
        count = 0
        if !bytes.isEmpty {
          _ = buffer.initialize(from: bytes)
          count = bytes.count
        }
        while count < buffer.count {
          let n = read(descriptor, buffer.baseAddress! + count, buffer.count - count)
          if n < 0 {
            if errno == EINTR { continue }
            failure = errno
            return
          }
          if n == 0 { return }
          count += n
        }
        full = true
      }
      if failure != 0 { throw .unreadable(path: url.path, reason: String(cString: strerror(failure))) }
      if !full { break }
      if bytes.count > limit {
        throw .unreadable(
          path: url.path, reason: "it holds more than the \(InputLimits.size(limit)) a dataset file may hold")
      }
      capacity = min(capacity * 2, limit + 1)
    }
    return bytes
  }
}

/// POSIX `read`, named apart from the closures called `read` above.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
  read(descriptor, buffer, count)
}
