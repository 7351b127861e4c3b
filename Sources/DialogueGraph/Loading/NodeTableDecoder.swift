/// Turns the rows of `nodes.csv` into ``Node``s, reporting malformed cells.
///
/// Vocabulary membership, required values and ids are checked afterwards by ``NetworkValidator``.
enum NodeTableDecoder {
  /// Decodes every row; rows with the wrong number of fields are left out (their id, if readable,
  /// goes to `validator.rejectedIds`). Column numbers are handed to `validator` for its problems.
  static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, file: String, required: [String] = DatasetLoader.requiredNodeColumns,
    cells: inout CellParser, validator: inout NetworkValidator, problems: inout ProblemCollector
  ) -> [Node] {
    var table = CSVTable(bytes: bytes, file: file, problems: &problems)
    guard table.hasHeader else {
      validator.referencesUnknowable = true
      return []
    }
    let columns = TableColumns(
      header: table.header, known: DatasetLoader.nodeColumns, required: required,
      file: file, line: table.line, delimiter: table.delimiter, problems: &problems)
    validator.setColumns(file: file, columns.numbers)
    let p = columns.position
    guard columns.hasAll(required, of: DatasetLoader.nodeColumns) else {
      // Rows cannot be read without their required columns; remember their ids, if any.
      while table.next(problems: &problems) != .end {
        if let id = p[0], let text = cells.text(table, id) { validator.rejectedIds.insert(text) }
      }
      if p[0] == nil { validator.referencesUnknowable = true }
      return []
    }
    var nodes: [Node] = []
    while true {
      switch table.next(problems: &problems) {
      case .end:
        // Rows after a syntax error were never read: references to them cannot be judged, and
        // reporting each as an unknown node would bury the one real problem.
        if table.stoppedEarly { validator.referencesUnknowable = true }
        return nodes
      case .ragged:
        if let id = p[0], id < table.fields.count, let text = cells.text(table, id) {
          validator.rejectedIds.insert(text)
        }
      case .row:
        var attributes: [String: String] = [:]
        for (index, name) in columns.attributes where !table.isEmpty(index) { attributes[name] = table.string(index) }
        nodes.append(
          Node(
            id: cells.identifier(table, p[0]) ?? "",
            kind: cells.vocabulary(.nodeKind, table, p[1], problems: &problems) ?? "",
            label: cells.text(table, p[2]) ?? "",
            subtype: cells.shared(table, p[3]),
            start: cells.date(table, p[4], column: "start", problems: &problems),
            end: cells.date(table, p[5], column: "end", problems: &problems),
            status: cells.vocabulary(.status, table, p[6], problems: &problems),
            city: cells.shared(table, p[7]),
            amountEUR: cells.decimal(table, p[8], column: "amount_eur", problems: &problems),
            citation: cells.shared(table, p[9]) ?? "",
            confidence: cells.vocabulary(.confidence, table, p[10], problems: &problems) ?? "",
            note: cells.text(table, p[11]),
            attributes: attributes,
            origin: RowLocation(file: file, line: table.line)))
      }
    }
  }
}
