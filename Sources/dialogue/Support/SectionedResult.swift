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
  /// What the result is about (dataset, date, filters): the first line of the table format, an
  /// `as_of` field at the end of the JSON document and of every CSV row. Results whose own rows
  /// name the dataset and date (the summary) leave it out of the table format.
  var context: OutputContext? = nil

  /// The result in `format`, ending with a newline.
  func rendered(as format: ResultFormat) -> String {
    switch format {
    case .table:
      (context.map { "\($0.title)\n\n" } ?? "")
        + sections.map { "\($0.title)\n\n\($0.table.textTable())" }.joined(separator: "\n")
    case .json: jsonWithContext.serialized(pretty: true) + "\n"
    case .csv: csvWithContext.csv()
    }
  }

  /// ``csvTable`` about ``context``, when there is one (its rows then end with `as_of`).
  private var csvWithContext: ResultTable {
    guard let context else { return csvTable }
    var table = csvTable
    table.context = context
    return table
  }

  /// ``json`` with `dataset` and `as_of` appended when there is a context and the document does
  /// not already name them.
  private var jsonWithContext: JSONValue {
    guard let context, case .object(var fields) = json else { return json }
    if !fields.contains(where: { $0.0 == "dataset" }) { fields.append(("dataset", .string(context.dataset))) }
    if !fields.contains(where: { $0.0 == "as_of" }) { fields.append(("as_of", .string(context.asOfField))) }
    return .object(fields)
  }
}
