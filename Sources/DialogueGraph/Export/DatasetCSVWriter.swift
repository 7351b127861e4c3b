/// Writes `nodes.csv` and `edges.csv` in the dialect of `Datasets/SCHEMA.md`.
///
/// RFC 4180: a field is quoted when it contains a comma, a double quote, a line feed or a carriage
/// return, or begins or ends with a space or tab (spaces are data, and quoting shows they are meant);
/// a quote inside a quoted field is doubled. Records end with CRLF (RFC 4180 §2.1; the loader reads
/// LF and CRLF alike). Missing values are empty fields.
///
/// These files are **data**: values are written exactly, so the dataset loader reads back the same
/// network. No spreadsheet "formula neutralising" is applied (a label starting with `=` stays so);
/// the spreadsheet-safe tables are the analysis outputs of `--format csv` (``ResultTable``).
enum DatasetCSVWriter {
  /// The standard columns of `nodes.csv`, in the order the toolkit writes them.
  static let nodeColumns = ["id"] + ExportFields.nodeFields.map(\.name)
  /// The standard columns of `edges.csv`, in the order the toolkit writes them.
  static let edgeColumns = ["id", "source", "target"] + ExportFields.edgeFields.map(\.name)

  /// The text of `nodes.csv`: standard columns, then the extra attribute columns `extras`.
  /// - Throws: ``ExportError/unrepresentableCharacter(value:element:format:)`` for a NUL.
  static func nodesCSV(_ view: NetworkView, extras: [String]) throws(ExportError) -> String {
    var out = ""
    try appendRecord(nodeColumns + extras, element: "nodes.csv header", to: &out)
    for node in view.nodes {
      var byName: [String: String] = ["id": node.id]
      for (name, value) in ExportFields.standardValues(of: node) { byName[name] = value.text }
      try appendRecord(
        nodeColumns.map { byName[$0] ?? "" } + extras.map { node.attributes[$0] ?? "" },
        element: "node \(node.id)", to: &out)
    }
    return out
  }

  /// The text of `edges.csv`: standard columns, then the extra attribute columns `extras`.
  /// - Throws: ``ExportError/unrepresentableCharacter(value:element:format:)`` for a NUL.
  static func edgesCSV(_ view: NetworkView, extras: [String]) throws(ExportError) -> String {
    var out = ""
    try appendRecord(edgeColumns + extras, element: "edges.csv header", to: &out)
    for edge in view.edges {
      var byName: [String: String] = ["id": edge.id, "source": edge.source, "target": edge.target]
      for (name, value) in ExportFields.standardValues(of: edge) { byName[name] = value.text }
      try appendRecord(
        edgeColumns.map { byName[$0] ?? "" } + extras.map { edge.attributes[$0] ?? "" },
        element: "edge \(edge.id)", to: &out)
    }
    return out
  }

  /// The columns of `sources.csv`, in `Datasets/SCHEMA.md` order.
  static let sourceColumns = ["id", "author", "title", "document_number", "date", "language", "locator", "note"]

  /// `sources.csv`: one record per source, in the network's order.
  static func sourcesCSV(_ sources: [Source]) throws(ExportError) -> String {
    var out = ""
    try appendRecord(sourceColumns, element: "header", to: &out)
    for s in sources {
      try appendRecord(
        [
          s.id, s.author ?? "", s.title, s.documentNumber ?? "", s.date ?? "", s.language ?? "", s.locator ?? "",
          s.note ?? "",
        ],
        element: "source \(s.id)", to: &out)
    }
    return out
  }

  /// Appends one record and its CRLF.
  static func appendRecord(_ fields: [String], element: String, to out: inout String) throws(ExportError) {
    for (i, field) in fields.enumerated() {
      if i > 0 { out += "," }
      try appendField(field, element: element, to: &out)
    }
    out += "\r\n"
  }

  /// Appends one field, quoted when RFC 4180 (or significant surrounding blanks) needs it.
  static func appendField(_ field: String, element: String, to out: inout String) throws(ExportError) {
    var needsQuotes = false
    for scalar in field.unicodeScalars {
      switch scalar {
      case "\0": throw .unrepresentableCharacter(value: field, element: element, format: "dataset CSV")
      case ",", "\"", "\n", "\r": needsQuotes = true
      default: break
      }
    }
    if let first = field.unicodeScalars.first, first == " " || first == "\t" { needsQuotes = true }
    if let last = field.unicodeScalars.last, last == " " || last == "\t" { needsQuotes = true }
    guard needsQuotes else {
      out += field
      return
    }
    out += "\""
    for scalar in field.unicodeScalars {
      if scalar == "\"" { out += "\"\"" } else { out.unicodeScalars.append(scalar) }
    }
    out += "\""
  }
}
