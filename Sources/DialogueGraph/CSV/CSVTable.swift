/// A CSV file read as a table: a header row, then records with the header's number of fields.
///
/// Built on ``ByteCSVReader`` and adding the table rules of `Datasets/SCHEMA.md`:
/// - the first non-blank record is the header; a file without one is an "empty file" problem;
/// - **blank lines are skipped**: a record that is one empty field (an empty line, as CSV.swift
///   also returns it: `[""]`) is not a row;
/// - a record with a different number of fields from the header is a "wrong column count" problem
///   (the record is handed back as ``Step/ragged`` so the caller can still learn its id);
/// - a syntax or encoding error ends the table with a problem at its line and column.
struct CSVTable {
  /// The outcome of ``next(problems:)``.
  enum Step {
    /// ``fields`` holds a row with the header's number of fields.
    case row
    /// ``fields`` holds a row with the wrong number of fields (already reported).
    case ragged
    /// No more rows (or a syntax error, already reported).
    case end
  }

  /// The file name used in problems.
  let file: String
  /// The field separator, forced (``CSVDelimiter/forced``) or detected from the header line.
  let delimiter: CSVDelimiter
  /// The header's column names.
  private(set) var header: [String] = []
  /// The fields of the current row.
  let fields = FieldBuffer()
  /// The physical line where the current row starts.
  private(set) var line = 0
  private var reader: ByteCSVReader?

  /// Opens a table over `bytes` and reads its header; problems (encoding, syntax, empty file) go to
  /// `problems` and leave the table without rows.
  init(bytes: UnsafeBufferPointer<UInt8>, file: String, problems: inout ProblemCollector) {
    self.file = file
    delimiter = CSVDelimiter.forced ?? CSVDelimiter.detect(in: bytes)
    do {
      reader = try ByteCSVReader(bytes: bytes, delimiter: delimiter)
    } catch {
      report(error, into: &problems)
      return
    }
    while true {
      do {
        guard let headerLine = try reader!.nextRecord(into: fields) else {
          problems.add(
            DatasetProblem(
              file: file, line: nil, column: nil, value: nil, expected: "a header row naming the columns",
              message: "file is empty"))
          reader = nil
          return
        }
        if isBlank { continue }
        line = headerLine
        header = (0..<fields.count).map { reader!.string(fields[$0]) }
        return
      } catch {
        report(error, into: &problems)
        reader = nil
        return
      }
    }
  }

  /// Whether the table has a header (it was read without problems).
  var hasHeader: Bool { !header.isEmpty }

  /// Whether reading stopped at a syntax or encoding error, so rows after it were never read.
  private(set) var stoppedEarly = false

  /// Advances to the next non-blank record.
  mutating func next(problems: inout ProblemCollector) -> Step {
    guard reader != nil else { return .end }
    while true {
      let recordLine: Int?
      do {
        recordLine = try reader!.nextRecord(into: fields)
      } catch {
        report(error, into: &problems)
        reader = nil
        stoppedEarly = true
        return .end
      }
      guard let recordLine else { return .end }
      if isBlank { continue }
      line = recordLine
      if fields.count != header.count {
        problems.add(
          DatasetProblem(
            file: file, line: line, column: nil, value: nil,
            expected: "\(header.count) fields, as in the header",
            message: "wrong column count: \(fields.count) field\(fields.count == 1 ? "" : "s")"))
        return .ragged
      }
      return .row
    }
  }

  /// The raw bytes of field `index` of the current row (doubled quotes not undone).
  func bytes(_ index: Int) -> UnsafeBufferPointer<UInt8> { reader!.rawBytes(fields[index]) }

  /// Whether field `index` of the current row is empty.
  func isEmpty(_ index: Int) -> Bool { fields[index].start == fields[index].end }

  /// Whether field `index` holds doubled quotes (and so cannot be used as raw bytes).
  func hasEscapedQuotes(_ index: Int) -> Bool { fields[index].hasEscapedQuotes }

  /// The text of field `index` of the current row.
  func string(_ index: Int) -> String { reader!.string(fields[index]) }

  private var isBlank: Bool { fields.count == 1 && fields[0].start == fields[0].end }

  private func report(_ error: CSVSyntaxError, into problems: inout ProblemCollector) {
    problems.add(
      DatasetProblem(
        file: file, line: error.line, column: error.column, value: nil, expected: error.expected,
        message: error.message))
  }
}
