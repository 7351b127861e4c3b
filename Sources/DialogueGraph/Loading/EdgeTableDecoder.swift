/// Turns the rows of `edges.csv` (or of a bare edge list) into ``Edge``s, reporting malformed cells
/// and values the vocabulary does not know.
///
/// Required values, ids and references are checked afterwards by ``NetworkValidator``; the node
/// indices of the endpoints found here are handed to it.
enum EdgeTableDecoder {
  /// Decoded edges with the node indices of their endpoints (-1 where the id is unknown or empty).
  struct Result {
    var edges: [Edge] = []
    var sources: [Int] = []
    var targets: [Int] = []
  }

  /// Decodes the edges of a dataset folder, whose nodes are already known.
  static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, file: String, required: [String], nodes: [Node],
    cells: inout CellParser, validator: inout NetworkValidator, problems: inout ProblemCollector
  ) -> Result {
    var ids = ByteInterner(capacity: nodes.count)
    var duplicates: [Int: Int] = [:]  // interned index → first node index, where they differ
    for (i, node) in nodes.enumerated() {
      let slot = ids.intern(node.id)
      if slot != i { duplicates[i] = slot }
    }
    var mentioned: [Node]? = nil
    var result = decode(
      bytes, file: file, required: required, ids: &ids, mentioned: &mentioned, cells: &cells,
      validator: &validator, problems: &problems)
    if !duplicates.isEmpty || ids.count != nodes.count {
      // Duplicate or empty node ids shift interned indices: let the validator resolve endpoints.
      result.sources = [Int](repeating: -1, count: result.edges.count)
      result.targets = result.sources
    }
    return result
  }

  /// Decodes a bare edge list, creating a node (kind `node`) for each id at its first mention.
  static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, file: String, required: [String], mentionedNodes: inout [Node],
    cells: inout CellParser, validator: inout NetworkValidator, problems: inout ProblemCollector
  ) -> Result {
    var ids = ByteInterner(capacity: 1024)
    var mentioned: [Node]? = []
    let result = decode(
      bytes, file: file, required: required, ids: &ids, mentioned: &mentioned, cells: &cells,
      validator: &validator, problems: &problems)
    mentionedNodes = mentioned ?? []
    return result
  }

  /// The shared row loop. `ids` maps node ids to node indices; when `mentioned` is not `nil`, unknown
  /// ids become new nodes appended to it.
  private static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, file: String, required: [String], ids: inout ByteInterner,
    mentioned: inout [Node]?, cells: inout CellParser, validator: inout NetworkValidator,
    problems: inout ProblemCollector
  ) -> Result {
    var table = CSVTable(bytes: bytes, file: file, problems: &problems)
    guard table.hasHeader else { return Result() }
    let known = DatasetLoader.edgeColumns
    let columns = TableColumns(
      header: table.header, known: known, required: required, file: file, line: table.line, delimiter: table.delimiter,
      problems: &problems)
    validator.setColumns(file: file, columns.numbers)
    guard columns.hasAll(required, of: known) else { return Result() }
    let p = columns.position
    let defaultKind = mentioned == nil ? "" : "link"
    // Separate arrays rather than `Result`'s fields while reading (appending to a field of a struct
    // variable made the compiler copy each edge once more).
    var edges: [Edge] = []
    var sources: [Int] = []
    var targets: [Int] = []
    var edgeCount = 0
    let estimate = max(16, bytes.count / 80)
    edges.reserveCapacity(estimate)
    sources.reserveCapacity(estimate)
    targets.reserveCapacity(estimate)

    /// The node index of an endpoint cell (-1 if empty or unknown), creating a node for a bare list.
    func endpoint(_ index: Int?) -> Int {
      guard let index, !table.isEmpty(index) else { return -1 }
      if table.hasEscapedQuotes(index) {
        var text = table.string(index)
        return text.withUTF8 { endpoint(bytes: $0) }
      }
      return endpoint(bytes: table.bytes(index))
    }
    func endpoint(bytes: UnsafeBufferPointer<UInt8>) -> Int {
      if bytes.contains(where: { $0 >= 0x80 }) {
        // Compare ids in NFC, as node ids are (see CellParser.identifier).
        var normalised = CellParser.normalisedIdentifier(String(decoding: bytes, as: UTF8.self))
        return normalised.withUTF8 { endpointNormalised(bytes: $0) }
      }
      return endpointNormalised(bytes: bytes)
    }
    func endpointNormalised(bytes: UnsafeBufferPointer<UInt8>) -> Int {
      guard mentioned != nil else { return ids.find(bytes) ?? -1 }
      let before = ids.count
      let index = ids.intern(bytes) { String(decoding: bytes, as: UTF8.self) }
      if ids.count > before {
        let id = ids.strings[index]
        mentioned!.append(
          Node(
            id: id, kind: "node", label: id, citation: "", confidence: "",
            origin: RowLocation(file: file, line: table.line)))
      }
      return index
    }
    func idText(_ index: Int?, _ node: Int) -> String {
      node >= 0 ? ids.strings[node] : cells.identifier(table, index) ?? ""
    }

    while true {
      switch table.next(problems: &problems) {
      case .end: return Result(edges: edges, sources: sources, targets: targets)
      case .ragged: continue
      case .row:
        var attributes: [String: String] = [:]
        for (index, name) in columns.attributes where !table.isEmpty(index) { attributes[name] = table.string(index) }
        let source = endpoint(p[1])
        let target = endpoint(p[2])
        let id = cells.identifier(table, p[0])
        let sourceId = idText(p[1], source)
        let targetId = idText(p[2], target)
        let kind = cells.vocabulary(.edgeKind, table, p[3], problems: &problems) ?? defaultKind
        let role = cells.vocabulary(.role, table, p[4], problems: &problems)
        let start = cells.date(table, p[5], column: "start", problems: &problems)
        let end = cells.date(table, p[6], column: "end", problems: &problems)
        let status = cells.vocabulary(.status, table, p[7], problems: &problems)
        let amount = cells.decimal(table, p[8], column: "amount_eur", problems: &problems)
        let weight = cells.decimal(table, p[9], column: "weight", problems: &problems) ?? 1
        let citation = cells.shared(table, p[10]) ?? ""
        let confidence = cells.vocabulary(.confidence, table, p[11], problems: &problems) ?? ""
        let note = cells.text(table, p[12])
        edges.append(
          Edge(
            loadedId: id, index: edgeCount, source: sourceId, target: targetId, kind: kind, role: role,
            start: start, end: end, status: status, amountEUR: amount, weight: weight, citation: citation,
            confidence: confidence, note: note, attributes: attributes,
            origin: RowLocation(file: file, line: table.line)))
        edgeCount += 1
        sources.append(source)
        targets.append(target)
      }
    }
  }
}
