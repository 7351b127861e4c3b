/// Turns the rows of `edges.csv` (or of a bare edge list) into ``Edge``s, reporting malformed cells.
///
/// Vocabulary membership, required values, ids and references are checked afterwards by
/// ``NetworkValidator``.
enum EdgeTableDecoder {
  /// Decodes the edges of a dataset folder, whose nodes are already known.
  static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, file: String, required: [String], nodes: [Node], vocabulary: Vocabulary,
    cells: inout CellParser, validator: inout NetworkValidator, problems: inout ProblemCollector
  ) -> [Edge] {
    var ids = ByteInterner(capacity: nodes.count)
    for node in nodes { _ = ids.intern(node.id) }
    var mentioned: [Node]? = nil
    return decode(
      bytes, file: file, required: required, ids: &ids, mentioned: &mentioned, vocabulary: vocabulary,
      cells: &cells, validator: &validator, problems: &problems)
  }

  /// Decodes a bare edge list, creating a node (kind `node`) for each id at its first mention.
  static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, file: String, required: [String], mentionedNodes: inout [Node],
    vocabulary: Vocabulary, cells: inout CellParser, validator: inout NetworkValidator,
    problems: inout ProblemCollector
  ) -> [Edge] {
    var ids = ByteInterner(capacity: 1024)
    var mentioned: [Node]? = []
    let edges = decode(
      bytes, file: file, required: required, ids: &ids, mentioned: &mentioned, vocabulary: vocabulary,
      cells: &cells, validator: &validator, problems: &problems)
    mentionedNodes = mentioned ?? []
    return edges
  }

  /// The shared row loop. `ids` maps node ids to node indices; when `mentioned` is not `nil`, unknown
  /// ids become new nodes appended to it.
  private static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, file: String, required: [String], ids: inout ByteInterner,
    mentioned: inout [Node]?, vocabulary: Vocabulary, cells: inout CellParser, validator: inout NetworkValidator,
    problems: inout ProblemCollector
  ) -> [Edge] {
    var table = CSVTable(bytes: bytes, file: file, problems: &problems)
    guard table.hasHeader else { return [] }
    let known = DatasetLoader.edgeColumns
    let columns = TableColumns(
      header: table.header, known: known, required: required, file: file, line: table.line, problems: &problems)
    validator.setColumns(file: file, columns.numbers)
    guard columns.hasAll(required, of: known) else { return [] }
    let p = columns.position
    let defaultKind = mentioned == nil ? "" : "link"
    var edges: [Edge] = []
    edges.reserveCapacity(max(16, bytes.count / 80))

    /// The shared id string of an endpoint cell, creating a node for a bare edge list.
    func endpoint(_ index: Int?) -> String {
      guard let index, !table.isEmpty(index) else { return "" }
      if table.hasEscapedQuotes(index) {
        let text = table.string(index)
        var copy = text
        return copy.withUTF8 { endpoint(bytes: $0, text: text) }
      }
      return endpoint(bytes: table.bytes(index), text: nil)
    }
    func endpoint(bytes: UnsafeBufferPointer<UInt8>, text: String?) -> String {
      if mentioned != nil {
        let before = ids.count
        let index = ids.intern(bytes) { text ?? String(decoding: bytes, as: UTF8.self) }
        if ids.count > before {
          let id = ids.strings[index]
          mentioned!.append(
            Node(
              id: id, kind: "node", label: id, citation: "", confidence: "",
              origin: RowLocation(file: file, line: table.line)))
        }
        return ids.strings[index]
      }
      if let index = ids.find(bytes) { return ids.strings[index] }
      return text ?? String(decoding: bytes, as: UTF8.self)
    }

    while true {
      switch table.next(problems: &problems) {
      case .end: return edges
      case .ragged: continue
      case .row:
        var attributes: [String: String] = [:]
        for (index, name) in columns.attributes where !table.isEmpty(index) { attributes[name] = table.string(index) }
        let source = endpoint(p[1])
        let target = endpoint(p[2])
        edges.append(
          Edge(
            id: cells.text(table, p[0]) ?? "\(file):\(table.line)",
            source: source,
            target: target,
            kind: cells.shared(table, p[3]) ?? defaultKind,
            role: cells.shared(table, p[4]),
            start: cells.date(table, p[5], column: "start", problems: &problems),
            end: cells.date(table, p[6], column: "end", problems: &problems),
            status: cells.shared(table, p[7]).map { NodeTableDecoder.canonicalStatus($0, vocabulary) },
            amountEUR: cells.decimal(table, p[8], column: "amount_eur", problems: &problems),
            weight: cells.decimal(table, p[9], column: "weight", problems: &problems) ?? 1,
            citation: cells.shared(table, p[10]) ?? "",
            confidence: cells.shared(table, p[11]) ?? "",
            note: cells.text(table, p[12]),
            attributes: attributes,
            origin: RowLocation(file: file, line: table.line)))
      }
    }
  }
}
