/// Reads `unrecorded.csv`: `subject,aspect,extent,citation,note` (see ``Unrecorded``).
///
/// `subject` is a node id of `nodes.csv` or a node kind of the vocabulary (a value that is both is
/// a problem: the row would be ambiguous); `aspect` is `membership`, `themes` or `funding`;
/// `extent` is `not-recorded` (default when empty) or `partial`; `citation` is required and, when
/// the dataset has a readable sources table, must name its sources by id (as in nodes and edges).
enum UnrecordedTableDecoder {
  static let columns = ["subject", "aspect", "extent", "citation", "note"]
  static let required = ["subject", "aspect", "citation"]

  static func decode(
    _ bytes: UnsafeBufferPointer<UInt8>, file: String, nodeIds: Set<String>, vocabulary: Vocabulary,
    sources: (table: SourceTable, rejectedIds: Set<String>)? = nil, problems: inout ProblemCollector
  ) -> [Unrecorded] {
    var table = CSVTable(bytes: bytes, file: file, problems: &problems)
    guard table.hasHeader else { return [] }
    let header = TableColumns(
      header: table.header, known: columns, required: required, file: file, line: table.line,
      delimiter: table.delimiter, problems: &problems)
    guard header.hasAll(required, of: columns) else { return [] }
    let p = header.position
    func text(_ k: Int) -> String? {
      guard let i = p[k], i < table.fields.count, !table.isEmpty(i) else { return nil }
      return table.string(i)
    }
    func problem(_ column: String, _ value: String?, expected: String, _ message: String) {
      problems.add(
        DatasetProblem(
          file: file, line: table.line, column: header.numbers[column], value: value, expected: expected,
          message: message))
    }
    var result: [Unrecorded] = []
    var seen: [String: Int] = [:]
    while true {
      switch table.next(problems: &problems) {
      case .end: return result
      case .ragged: continue
      case .row:
        guard let subject = text(0) else {
          problem("subject", nil, expected: "a node id or a node kind", "missing subject")
          continue
        }
        let isNode = nodeIds.contains(subject)
        let isKind = vocabulary.nodeKind(subject) != nil
        if isNode && isKind {
          problem(
            "subject", subject, expected: "a value that is a node id or a node kind, not both",
            "ambiguous subject \(DatasetProblem.quoted(subject))")
          continue
        }
        guard isNode || isKind else {
          problem(
            "subject", subject, expected: "a node id from nodes.csv or a node kind from the vocabulary",
            "unknown subject \(DatasetProblem.quoted(subject))")
          continue
        }
        guard let aspectText = text(1), let aspect = Unrecorded.Aspect(rawValue: aspectText) else {
          problem(
            "aspect", text(1), expected: Unrecorded.Aspect.allCases.map(\.rawValue).joined(separator: ", "),
            "unknown aspect \(DatasetProblem.quoted(text(1) ?? ""))")
          continue
        }
        let extentText = text(2) ?? Unrecorded.Extent.notRecorded.rawValue
        guard let extent = Unrecorded.Extent(rawValue: extentText) else {
          problem(
            "extent", extentText, expected: Unrecorded.Extent.allCases.map(\.rawValue).joined(separator: ", "),
            "unknown extent \(DatasetProblem.quoted(extentText))")
          continue
        }
        guard let citation = text(3) else {
          problem("citation", nil, expected: "where the dataset says so", "missing citation")
          continue
        }
        if let sources,
          let unknown = CitationCheck.unknownId(in: citation, sources: sources.table, rejected: sources.rejectedIds)
        {
          problem(
            "citation", citation,
            expected:
              "a citation starting with a source id from sources.csv (\(sources.table.idSample)), then a pinpoint such as §2.3",
            "unknown source \(DatasetProblem.quoted(unknown)) in citation")
          continue
        }
        let key = DialogueNetwork.unrecordedKey(aspect, subject, kind: isKind)
        if let first = seen[key] {
          problem(
            "subject", subject, expected: "one row per subject and aspect (first on line \(first))",
            "duplicate declaration for \(DatasetProblem.quoted(subject)) \(aspect.rawValue)")
          continue
        }
        seen[key] = table.line
        result.append(
          Unrecorded(
            subject: subject, subjectIsKind: isKind, aspect: aspect, extent: extent, citation: citation,
            note: text(4), origin: RowLocation(file: file, line: table.line)))
      }
    }
  }
}
