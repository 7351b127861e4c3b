import Foundation

/// What a dataset folder's `datapackage.json` says about the dataset as a whole: its reference
/// date (the `referenceDate` property, `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: the date every command
/// answers for when no `--as-of` is given; see `Datasets/SCHEMA.md`, "Dates and existence").
enum DatasetMetadata {
  /// The reference date declared by the descriptor, read as the last day of its period; `nil` when
  /// the folder has no descriptor or it declares none.
  /// A `referenceDate` that is not a date is a problem of the descriptor.
  static func referenceDate(folder: URL, problems: inout ProblemCollector) -> Day? {
    let url = folder.appendingPathComponent("datapackage.json")
    // Only a regular file within the size limit is read (a FIFO would block forever); the
    // descriptor check reports anything else.
    let limit = InputLimits.current.maximumJSONBytes
    guard (try? InputLimits(maximumJSONBytes: limit).check(url, limit: limit)) != nil,
      let data = try? Data(contentsOf: url),
      let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let value = object["referenceDate"]
    else { return nil }
    guard let text = value as? String, let date = PartialDate(text) else {
      problems.add(
        DatasetProblem(
          file: "datapackage.json", line: nil, column: nil, value: "\(value)",
          expected: "a date YYYY-MM-DD, YYYY-MM or YYYY", message: "bad referenceDate"))
      return nil
    }
    return Day(daysSince1970: date.dayAfterLastDay.daysSince1970 - 1)
  }
}
