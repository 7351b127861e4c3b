/// How a table's header maps onto the columns the toolkit knows.
///
/// Known columns may come in any order; unknown ones become attributes. A missing required column
/// and a repeated column name are problems of the header line.
struct TableColumns {
  /// `position[k]` is the header index of known column `k`, or `nil` when absent.
  let position: [Int?]
  /// Header indices and names of the columns the toolkit does not know.
  let attributes: [(index: Int, name: String)]
  /// 1-based column numbers by column name (known and unknown), for problem positions.
  let numbers: [String: Int]

  /// Maps `header` onto `known` column names, reporting missing `required` ones and duplicates.
  ///
  /// A missing required column's message also says how the header line was split (its delimiter
  /// and the columns it gave), since a file separated by another character than the one detected
  /// shows up as exactly that.
  init(
    header: [String], known: [String], required: [String], file: String, line: Int,
    delimiter: CSVDelimiter = .comma, problems: inout ProblemCollector
  ) {
    var numbers: [String: Int] = [:]
    var attributes: [(Int, String)] = []
    for (index, name) in header.enumerated() {
      if let first = numbers[name] {
        problems.add(
          DatasetProblem(
            file: file, line: line, column: index + 1, value: name,
            expected: "each column name once (first in column \(first))",
            message: "duplicate column \(DatasetProblem.quoted(name))"))
        continue
      }
      numbers[name] = index + 1
      if !known.contains(name) { attributes.append((index, name)) }
    }
    let split = TableColumns.splitDescription(header, delimiter: delimiter)
    for name in required where numbers[name] == nil {
      problems.add(
        DatasetProblem(
          file: file, line: line, column: nil, value: nil,
          expected: "the columns \(required.joined(separator: ", "))",
          message: "missing required column \"\(name)\" (\(split))"))
    }
    position = known.map { name in numbers[name].map { $0 - 1 } }
    self.attributes = attributes
    self.numbers = numbers
  }

  /// `the header, split at ';', has 3 columns: id, kind, label` — shortened after eight names, and
  /// with a hint to choose the delimiter when the header is one column holding another candidate.
  static func splitDescription(_ header: [String], delimiter: CSVDelimiter) -> String {
    let names = header.prefix(8).map { DatasetProblem.quoted($0) }.joined(separator: ", ")
    var text =
      "the header, split at \(delimiter), has \(header.count) column\(header.count == 1 ? "" : "s"): \(names)"
      + (header.count > 8 ? ", …" : "")
    let others = CSVDelimiter.allCases.filter { candidate in
      candidate != delimiter && header.contains { $0.utf8.contains(candidate.rawValue) }
    }
    if !others.isEmpty {
      text +=
        "; if the file is separated by \(others.map(\.description).joined(separator: " or ")), say so with --delimiter"
    }
    return text
  }

  /// Whether every required column is present.
  func hasAll(_ required: [String], of known: [String]) -> Bool {
    required.allSatisfy { name in known.firstIndex(of: name).flatMap { position[$0] } != nil }
  }
}
