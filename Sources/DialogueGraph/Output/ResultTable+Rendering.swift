import Foundation

/// The three renderings a command offers with `--format`.
public enum ResultFormat: String, Sendable, CaseIterable {
  case table, json, csv
}

extension ResultTable {
  /// Renders the table in the chosen format, ending with a newline.
  public func rendered(as format: ResultFormat) -> String {
    switch format {
    case .table: textTable()
    case .json: json.serialized(pretty: true) + "\n"
    case .csv: csv()
    }
  }

  /// An aligned plain-text table for people: numbers right-aligned, text left-aligned, control
  /// characters in dataset text made visible so they cannot move the terminal's cursor.
  public func textTable() -> String {
    let headers = columns.map(\.header)
    let body = rows.map { $0.map(displayText) }
    var widths = headers.map(\.count)
    for row in body { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) } }
    let numeric = columns.indices.map { i in
      !rows.isEmpty
        && rows.allSatisfy { row in
          switch row[i] {
          case .integer, .number, .empty: true
          default: false
          }
        }
    }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { i, cell in
        let pad = String(repeating: " ", count: widths[i] - cell.count)
        return numeric[i] ? pad + cell : cell + pad
      }.joined(separator: "  ").trimmingTrailingSpaces()
    }
    var out = context.map { ResultTable.visible($0.title) + "\n\n" } ?? ""
    out += line(headers) + "\n"
    out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
    for row in body { out += line(row) + "\n" }
    if rows.isEmpty { out += "(no rows)\n" }
    if !notes.isEmpty { out += "\n" + notes.map { "Note: " + ResultTable.visible($0) + "\n" }.joined() }
    return out
  }

  /// The UTF-8 byte-order mark (U+FEFF) that tells Excel a CSV file is UTF-8; without it, Excel on
  /// Windows reads the file in the system's legacy code page and turns `–` and `ö` into mojibake.
  public static let byteOrderMark = "\u{FEFF}"

  /// RFC 4180 CSV with a header row, in the forms spreadsheets read as values: numbers in
  /// plain or `1e-05` notation with a `.` decimal point, booleans as `TRUE`/`FALSE` (what Excel and
  /// LibreOffice write and read back as logical values), lists `;`-separated. Text cells that a spreadsheet would run as a formula (starting
  /// with `=`, `+`, `-`, `@`, tab or carriage return) are prefixed with `'`, so they stay text. With
  /// a ``context``, every row ends with an `as_of` column (the date, or `all`).
  public func csv() -> String {
    let asOf = context.map { [ResultTable.csvField($0.asOfField)] } ?? []
    var out =
      (columns.map { ResultTable.csvField($0.key) } + (context == nil ? [] : ["as_of"]))
      .joined(separator: ",") + "\r\n"
    for row in rows {
      out += (row.map(csvText).map(ResultTable.csvField) + asOf).joined(separator: ",") + "\r\n"
    }
    return out
  }

  private func displayText(_ cell: Cell) -> String {
    switch cell {
    case .text(let s): ResultTable.visible(s)
    case .integer(let i): String(i)
    case .number(let d): d.isFinite ? String(format: "%.\(decimals)f", d) : "–"
    case .bool(let b): b ? "yes" : "no"
    case .list(let l): l.map(ResultTable.visible).joined(separator: ", ")
    case .empty: ""
    }
  }

  private func csvText(_ cell: Cell) -> String {
    switch cell {
    case .text(let s): ResultTable.neutraliseFormula(s)
    case .integer(let i): String(i)
    case .number(let d): d.isFinite ? "\(d)" : ""
    case .bool(let b): b ? "TRUE" : "FALSE"
    case .list(let l): ResultTable.neutraliseFormula(l.joined(separator: ";"))
    case .empty: ""
    }
  }

  /// Prefixes text that a spreadsheet would treat as a formula with an apostrophe.
  public static func neutraliseFormula(_ s: String) -> String {
    guard let first = s.unicodeScalars.first else { return s }
    return ["=", "+", "-", "@", "\t", "\r"].contains(first) ? "'" + s : s
  }

  /// Quotes a CSV field when it holds a comma, quote, or line break (RFC 4180).
  public static func csvField(_ s: String) -> String {
    guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
    else { return s }
    return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// Replaces control characters (including ESC, which starts terminal escape sequences) with
  /// visible placeholders (`�`, line breaks `↵`), and strips bidirectional overrides that could
  /// reorder a terminal line: dataset text made safe to print on a terminal.
  public static func visible(_ s: String) -> String {
    var out = ""
    for scalar in s.unicodeScalars {
      switch scalar.value {
      case 0x0A: out += "↵"
      case 0x09: out += " "
      case 0x00..<0x20, 0x7F, 0x80..<0xA0: out += "�"
      case 0x202A...0x202E, 0x2066...0x2069: continue
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

extension String {
  fileprivate func trimmingTrailingSpaces() -> String {
    var s = self
    while s.last == " " { s.removeLast() }
    return s
  }
}
