import DialogueGraph

/// A result with several parts (a summary, a structure report): titled tables for people, one JSON
/// document for programs, and one flat table for CSV.
struct SectionedResult {
  /// Titled tables, printed one after the other in the aligned-table format.
  var sections: [(title: String, table: ResultTable)]
  /// The whole result as one JSON document (fields in a fixed, documented order).
  var json: JSONValue
  /// The rows written for `--format csv`.
  var csvTable: ResultTable

  /// The result in `format`, ending with a newline.
  func rendered(as format: ResultFormat) -> String {
    switch format {
    case .table: sections.map { "\($0.title)\n\n\($0.table.textTable())" }.joined(separator: "\n")
    case .json: json.serialized(pretty: true) + "\n"
    case .csv: csvTable.csv()
    }
  }
}
