/// One thing wrong with a dataset, with everything a person needs to fix it.
///
/// ```
/// edges.csv:12:3: unknown node "XX" in column "target" — expected an id from nodes.csv
/// ```
public struct DatasetProblem: Hashable, Sendable, CustomStringConvertible {
  /// The file name (e.g. `edges.csv`).
  public let file: String
  /// The 1-based physical line where the record starts; `nil` for a problem of the whole file.
  public let line: Int?
  /// The 1-based column: the field number for a problem in a cell, the character position in the
  /// line for a syntax or encoding problem; `nil` for a problem of the whole row or file.
  public let column: Int?
  /// The offending value as written, if there is one.
  public let value: String?
  /// What was expected instead.
  public let expected: String?
  /// What is wrong.
  public let message: String

  /// A problem.
  public init(file: String, line: Int?, column: Int?, value: String?, expected: String?, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.value = value
    self.expected = expected
    self.message = message
  }

  /// One line: `file:line:column: message — expected …`. Control characters in dataset text are
  /// escaped so the description stays on one line.
  public var description: String {
    var text = file
    if let line { text += ":\(line)" }
    if let line, line > 0, let column { text += ":\(column)" }
    text += ": " + DatasetProblem.oneLine(message)
    if let expected { text += " — expected " + DatasetProblem.oneLine(expected) }
    return text
  }

  /// `value` in double quotes, with quotes, backslashes and control characters escaped, shortened to
  /// 80 characters: safe to embed in a one-line message.
  static func quoted(_ value: String) -> String {
    var text = "\""
    for (count, scalar) in value.unicodeScalars.enumerated() {
      if count == 80 {
        text += "…"
        break
      }
      switch scalar {
      case "\"": text += "\\\""
      case "\\": text += "\\\\"
      case "\n": text += "\\n"
      case "\r": text += "\\r"
      case "\t": text += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F || (0x80..<0xA0).contains(scalar.value)
          || scalar.value == 0x2028 || scalar.value == 0x2029
        {
          text += "\\u{\(String(scalar.value, radix: 16))}"
        } else {
          text.unicodeScalars.append(scalar)
        }
      }
    }
    return text + "\""
  }

  /// Replaces line breaks so that a message stays on one line.
  private static func oneLine(_ text: String) -> String {
    guard text.contains(where: \.isNewline) else { return text }
    return text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " ")
  }
}

/// Why a dataset could not be loaded.
public enum DatasetError: Error, Equatable, Sendable, CustomStringConvertible {
  /// A file or folder that must exist does not.
  case missingFile(path: String)
  /// A file exists but cannot be read.
  case unreadable(path: String, reason: String)
  /// The files were read, but their content is wrong. `problems` holds the first 100 problems in
  /// file and line order; `total` counts them all.
  case invalid(problems: [DatasetProblem], total: Int)

  /// The most problems ``invalid(problems:total:)`` keeps.
  public static let problemLimit = 100

  /// One line per problem (and a count of those left out).
  public var description: String {
    switch self {
    case .missingFile(let path): return "\(path): no such file — expected a dataset folder or an edge-list CSV"
    case .unreadable(let path, let reason): return "\(path): cannot be read: \(reason)"
    case .invalid(let problems, let total):
      var lines = problems.map(\.description)
      if total > problems.count { lines.append("… and \(total - problems.count) more problems") }
      return lines.joined(separator: "\n")
    }
  }

  /// The problems, if the error is ``invalid(problems:total:)``; empty otherwise.
  public var problems: [DatasetProblem] {
    if case .invalid(let problems, _) = self { return problems }
    return []
  }
}

/// Collects problems, keeping the earliest ``DatasetError/problemLimit`` in (file, line, column) order
/// and counting all of them.
struct ProblemCollector {
  /// The order of files in reports.
  private let fileOrder: [String]
  private(set) var kept: [DatasetProblem] = []
  private(set) var total = 0

  init(fileOrder: [String]) { self.fileOrder = fileOrder }

  var isEmpty: Bool { total == 0 }

  /// Adds a problem. - Complexity: O(limit) at worst.
  mutating func add(_ problem: DatasetProblem) {
    total += 1
    let key = sortKey(problem)
    if kept.count == DatasetError.problemLimit, let last = kept.last, !(key < sortKey(last)) { return }
    var low = 0
    var high = kept.count
    while low < high {
      let mid = (low + high) / 2
      if sortKey(kept[mid]) <= key { low = mid + 1 } else { high = mid }
    }
    kept.insert(problem, at: low)
    if kept.count > DatasetError.problemLimit { kept.removeLast() }
  }

  /// The error to throw, or `nil` when nothing was wrong.
  var error: DatasetError? { total == 0 ? nil : .invalid(problems: kept, total: total) }

  private func sortKey(_ problem: DatasetProblem) -> SortKey {
    SortKey(
      file: fileOrder.firstIndex(of: problem.file) ?? fileOrder.count, line: problem.line ?? 0,
      column: problem.column ?? 0)
  }

  private struct SortKey: Comparable {
    var file: Int
    var line: Int
    var column: Int
    static func < (a: SortKey, b: SortKey) -> Bool {
      (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
  }
}
