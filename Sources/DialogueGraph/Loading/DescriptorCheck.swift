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
/// - Complexity: O(size of the descriptor + the header rows): set look-ups and one pass over the
///   text for positions.
enum DescriptorCheck {
  static let file = "datapackage.json"

  /// - Parameter header: the header row of a table of the folder (`nodes.csv`, `edges.csv`), or
  ///   `nil` for another file; called only when the folder has a descriptor.
  static func check(
    folder: URL, problems: inout ProblemCollector, header: (String) -> [String]?
  ) {
    let url = folder.appendingPathComponent(file)
    guard FileManager.default.fileExists(atPath: url.path) else { return }
    let limit = InputLimits.current.maximumJSONBytes
    do {
      _ = try InputLimits(maximumJSONBytes: limit).check(url, limit: limit)
    } catch {
      if case .unreadable(_, let reason) = error {
        problems.add(
          DatasetProblem(
            file: file, line: 1, column: 1, value: nil,
            expected: "a regular file of at most \(InputLimits.size(limit))",
            message: "the descriptor cannot be read: \(reason)"))
      }
      return
    }
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
    var positions: [String: (Int, Int)]? = nil
    for resource in resources {
      guard let path = resource["path"] as? String, let header = header(path) else { continue }
      let fields = ((resource["schema"] as? [String: Any])?["fields"] as? [[String: Any]] ?? [])
        .compactMap { $0["name"] as? String }
      let headerSet = Set(header)
      let fieldSet = Set(fields)
      for name in fields where !headerSet.contains(name) {
        if positions == nil { positions = namePositions(in: text) }
        let (line, column) = positions?[name] ?? (1, 1)
        problems.add(
          DatasetProblem(
            file: file, line: line, column: column, value: name,
            expected: "a column of \(path) (its header: \(header.joined(separator: ",")))",
            message: "field \(DatasetProblem.quoted(name)) of \(path) is not in that file"))
      }
      for column in header where !fieldSet.contains(column) {
        problems.add(
          DatasetProblem(
            file: file, line: 1, column: 1, value: column,
            expected: "every column of \(path) described in the resource's schema",
            message: "column \(DatasetProblem.quoted(column)) of \(path) is missing from the descriptor"))
      }
    }
  }

  /// 1-based line and column of the first `"name": "<name>"` of each name in the descriptor's text,
  /// found in one pass (a search per name made the check quadratic: a 400 KB descriptor with
  /// thousands of fields took minutes). Names are compared as written in the JSON text, so a name
  /// with escapes (`\"`, `\u00e9`) falls back to (1, 1) in the caller.
  /// - Complexity: O(length of `text`).
  static func namePositions(in text: String) -> [String: (Int, Int)] {
    guard let regex = try? NSRegularExpression(pattern: "\"name\"\\s*:\\s*\"((?:[^\"\\\\\\n])*)\"") else { return [:] }
    var result: [String: (Int, Int)] = [:]
    let utf16 = Array(text.utf16)
    var line = 1
    var column = 1  // in Unicode scalars from the start of the line
    var scanned = 0
    regex.enumerateMatches(in: text, range: NSRange(location: 0, length: utf16.count)) { match, _, _ in
      guard let match, let nameRange = Range(match.range(at: 1), in: text) else { return }
      let start = match.range.location
      while scanned < start {
        let unit = utf16[scanned]
        if unit == 0x0A {
          line += 1
          column = 1
        } else if !UTF16.isTrailSurrogate(unit) {
          column += 1
        }
        scanned += 1
      }
      let name = String(text[nameRange])
      if result[name] == nil { result[name] = (line, column) }
    }
    return result
  }

  /// 1-based line and column of `"name": "<name>"` in the descriptor's text, or (1, 1).
  static func position(ofName name: String, in text: String) -> (Int, Int) {
    namePositions(in: text)[name] ?? (1, 1)
  }

  /// The header row of a CSV file's bytes (empty when it cannot be read).
  static func header(_ bytes: UnsafeBufferPointer<UInt8>, file: String) -> [String] {
    var ignored = ProblemCollector(fileOrder: [])
    return CSVTable(bytes: bytes, file: file, problems: &ignored).header
  }
}
