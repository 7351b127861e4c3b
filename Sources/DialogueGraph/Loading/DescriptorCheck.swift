import Foundation

/// Checks a dataset folder's `datapackage.json` against its CSV files, when the folder has one.
///
/// The descriptor is part of the dataset format (`Datasets/SCHEMA.md`): Frictionless tools read the
/// tables through it, so a descriptor that disagrees with the tables is an error of the dataset, not
/// a detail. Checked here: the file is a JSON object with a `resources` list; for the resources
/// whose `path` is `nodes.csv` or `edges.csv`, every field the schema names is a column of that file
/// and every column of the file is named by the schema. (Types and constraints are Frictionless's
/// own business: `frictionless validate` checks them.)
///
/// Problems point at the field's `"name"` in the descriptor (line and column), or at line 1.
/// - Complexity: O(size of the descriptor + the header rows).
enum DescriptorCheck {
  static let file = "datapackage.json"

  /// - Parameter header: the header row of a table of the folder (`nodes.csv`, `edges.csv`), or
  ///   `nil` for another file; called only when the folder has a descriptor.
  static func check(
    folder: URL, problems: inout ProblemCollector, header: (String) -> [String]?
  ) {
    let url = folder.appendingPathComponent(file)
    guard let data = FileManager.default.contents(atPath: url.path) else { return }
    let text = String(decoding: data, as: UTF8.self)
    guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let resources = object["resources"] as? [[String: Any]]
    else {
      problems.add(
        DatasetProblem(
          file: file, line: 1, column: 1, value: nil,
          expected: "a Frictionless Data Package descriptor: a JSON object with a \"resources\" list",
          message: "the descriptor cannot be read"))
      return
    }
    for resource in resources {
      guard let path = resource["path"] as? String, let header = header(path) else { continue }
      let fields = ((resource["schema"] as? [String: Any])?["fields"] as? [[String: Any]] ?? [])
        .compactMap { $0["name"] as? String }
      for name in fields where !header.contains(name) {
        let (line, column) = position(ofName: name, in: text)
        problems.add(
          DatasetProblem(
            file: file, line: line, column: column, value: name,
            expected: "a column of \(path) (its header: \(header.joined(separator: ",")))",
            message: "field \(DatasetProblem.quoted(name)) of \(path) is not in that file"))
      }
      for column in header where !fields.contains(column) {
        problems.add(
          DatasetProblem(
            file: file, line: 1, column: 1, value: column,
            expected: "every column of \(path) described in the resource's schema",
            message: "column \(DatasetProblem.quoted(column)) of \(path) is missing from the descriptor"))
      }
    }
  }

  /// 1-based line and column of `"name": "<name>"` in the descriptor's text, or (1, 1).
  static func position(ofName name: String, in text: String) -> (Int, Int) {
    let escaped = NSRegularExpression.escapedPattern(for: name)
    guard let regex = try? NSRegularExpression(pattern: "\"name\"\\s*:\\s*\"\(escaped)\""),
      let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
      let range = Range(match.range, in: text)
    else { return (1, 1) }
    let before = text[..<range.lowerBound]
    let line = before.reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    let column =
      before.distance(
        from: before.lastIndex(of: "\n").map { before.index(after: $0) } ?? before.startIndex, to: before.endIndex) + 1
    return (line, column)
  }

  /// The header row of a CSV file's bytes (empty when it cannot be read).
  static func header(_ bytes: UnsafeBufferPointer<UInt8>, file: String) -> [String] {
    var ignored = ProblemCollector(fileOrder: [])
    return CSVTable(bytes: bytes, file: file, problems: &ignored).header
  }
}
