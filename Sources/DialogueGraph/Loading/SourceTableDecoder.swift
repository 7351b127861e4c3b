/// Turns the rows of `sources.csv` into a ``SourceTable``, reporting what is wrong with each.
///
/// Columns (any order; others are ignored): `id` and `title` required, `author`,
/// `document_number`, `date` (a partial date, checked), `language`, `locator`, `note` optional. An id must be given, unique,
/// and free of spaces and semicolons — the characters that end a source id in a citation (see
/// ``Citation``).
enum SourceTableDecoder {
  static let file = "sources.csv"
  static let columns = ["id", "author", "title", "document_number", "date", "language", "locator", "note"]
  static let required = ["id", "title"]

  /// Decodes every row. A row with a bad or repeated id is reported and left out; its id is still
  /// returned in ``Decoded/rejectedIds`` so that citations naming it are not reported again.
  /// - Complexity: O(size of the file).
  static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, cells: CellParser, problems: inout ProblemCollector
  ) -> (table: SourceTable, rejectedIds: Set<String>, readable: Bool) {
    var table = CSVTable(bytes: bytes, file: file, problems: &problems)
    guard table.hasHeader else { return (SourceTable(), [], false) }
    let header = TableColumns(
      header: table.header, known: columns, required: required, file: file, line: table.line,
      delimiter: table.delimiter, problems: &problems)
    let p = header.position
    guard header.hasAll(required, of: columns) else { return (SourceTable(), [], false) }
    var sources: [Source] = []
    var firstLine: [String: Int] = [:]
    var rejected = Set<String>()
    func report(_ line: Int, _ column: Int?, _ value: String?, _ expected: String, _ message: String) {
      problems.add(
        DatasetProblem(
          file: file, line: line, column: column.map { $0 + 1 }, value: value, expected: expected, message: message))
    }
    while true {
      switch table.next(problems: &problems) {
      case .end:
        return (SourceTable(sources), rejected, !table.stoppedEarly)
      case .ragged:
        if let i = p[0], i < table.fields.count, let id = cells.text(table, i) { rejected.insert(id) }
      case .row:
        let line = table.line
        guard let id = cells.text(table, p[0]) else {
          report(line, p[0], nil, "a value (the column is required)", "missing id")
          continue
        }
        if id.contains(where: { $0 == " " || $0 == ";" || $0.isNewline }) {
          report(
            line, p[0], id, "an id without spaces or semicolons, such as com-2014-96",
            "source id \(DatasetProblem.quoted(id)) cannot start a citation")
          rejected.insert(id)
          continue
        }
        if let first = firstLine[id] {
          report(
            line, p[0], id, "a unique id (first used on line \(first))", "duplicate id \(DatasetProblem.quoted(id))")
          continue
        }
        guard let title = cells.text(table, p[2]) else {
          report(line, p[2], nil, "a value (the column is required)", "missing title")
          rejected.insert(id)
          continue
        }
        let date = cells.text(table, p[4])
        if let date, PartialDate(date) == nil {
          report(
            line, p[4], date, "a date YYYY, YYYY-MM or YYYY-MM-DD",
            "bad date \(DatasetProblem.quoted(date)) in column \"date\"")
        }
        firstLine[id] = line
        sources.append(
          Source(
            id: id, author: cells.text(table, p[1]), title: title, documentNumber: cells.text(table, p[3]),
            date: date, language: cells.text(table, p[5]), locator: cells.text(table, p[6]),
            note: cells.text(table, p[7]), origin: RowLocation(file: file, line: line)))
      }
    }
  }
}
