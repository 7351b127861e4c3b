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
  init(
    header: [String], known: [String], required: [String], file: String, line: Int,
    problems: inout ProblemCollector
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
    for name in required where numbers[name] == nil {
      problems.add(
        DatasetProblem(
          file: file, line: line, column: nil, value: nil,
          expected: "the columns \(required.joined(separator: ", "))",
          message: "missing required column \"\(name)\""))
    }
    position = known.map { name in numbers[name].map { $0 - 1 } }
    self.attributes = attributes
    self.numbers = numbers
  }

  /// Whether every required column is present.
  func hasAll(_ required: [String], of known: [String]) -> Bool {
    required.allSatisfy { name in known.firstIndex(of: name).flatMap { position[$0] } != nil }
  }
}
