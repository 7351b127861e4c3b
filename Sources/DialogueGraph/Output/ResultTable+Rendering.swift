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

  /// The width, in characters, that aligned tables are fitted to; `nil` = as wide as the content.
  ///
  /// A command-line tool sets it once at start-up (`nonisolated(unsafe)`: written only then, from
  /// one thread), from `COLUMNS` or the terminal's width, and only for text bound for standard
  /// output; tables written to files keep every character.
  nonisolated(unsafe) public static var displayWidth: Int?

  /// An aligned plain-text table for people: numbers right-aligned, text left-aligned, control
  /// characters in dataset text made visible so they cannot move the terminal's cursor.
  ///
  /// With a `width`, the table fits it: the widest text column is narrowed, one character at a
  /// time, until the row fits or every text column is down to ten characters (so dates and short
  /// codes stay whole); a cut cell ends with `…`. Numbers are never cut. A table still too wide gets a
  /// note saying so (the caller cuts its lines, see ``clipLines(_:to:)``). The title and notes are
  /// word-wrapped to the width.
  /// - Complexity: O(rows × columns + columns × excess width).
  public func textTable(width: Int? = ResultTable.displayWidth) -> String {
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
    if let width {
      let minimum = headers.indices.map { numeric[$0] ? widths[$0] : min(widths[$0], 10) }
      var total = widths.reduce(0, +) + 2 * max(0, widths.count - 1)
      while total > width {
        guard let widest = widths.indices.filter({ widths[$0] > minimum[$0] }).max(by: { widths[$0] < widths[$1] })
        else { break }
        widths[widest] -= 1
        total -= 1
      }
    }
    func line(_ cells: [String]) -> String {
      cells.enumerated().map { i, cell in
        let cell = cell.count > widths[i] ? String(cell.prefix(max(0, widths[i] - 1))) + "…" : cell
        let pad = String(repeating: " ", count: widths[i] - cell.count)
        return numeric[i] ? pad + cell : cell + pad
      }.joined(separator: "  ").trimmingTrailingSpaces()
    }
    func wrapped(_ text: String) -> String { width.map { ResultTable.wrap(text, to: $0) } ?? text }
    var out = context.map { wrapped(ResultTable.visible($0.title)) + "\n\n" } ?? ""
    out += line(headers) + "\n"
    out += widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ") + "\n"
    for row in body { out += line(row) + "\n" }
    if rows.isEmpty { out += "(no rows)\n" }
    var notes = self.notes.map(ResultTable.visible)
    if let width, widths.reduce(0, +) + 2 * max(0, widths.count - 1) > width {
      notes.append(
        "the table is wider than \(width) characters: its lines are cut (…); choose columns with --columns "
          + columns.prefix(3).map(\.key).joined(separator: ","))
    }
    if !notes.isEmpty { out += "\n" + notes.map { wrapped("Note: " + $0) + "\n" }.joined() }
    return out
  }

  /// `text` broken into lines of at most `width` characters at spaces, preferring spaces outside
  /// parentheses when the line stays at least two-thirds full (so that a formula such as
  /// `links ÷ (n − 1)` stays on one line when it can); a
  /// word longer than the width is cut with `…`. Existing line breaks are kept.
  public static func wrap(_ text: String, to width: Int) -> String {
    guard width > 1 else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph -> String in
      var lines: [String] = []
      var rest = Substring(paragraph)
      while rest.count > width {
        let window = rest.prefix(width + 1)
        var depth = 0
        var outside: String.Index?
        var any: String.Index?
        for index in window.indices {
          let c = window[index]
          if c == "(" { depth += 1 } else if c == ")" { depth = max(0, depth - 1) }
          if c == " " && index > window.startIndex {
            any = index
            if depth == 0 { outside = index }
          }
        }
        // A break outside parentheses is preferred unless it would leave the line less than
        // two-thirds full.
        if let o = outside, window.distance(from: window.startIndex, to: o) < width * 2 / 3 { outside = nil }
        guard let cut = outside ?? any else {
          lines.append(String(rest.prefix(width - 1)) + "…")
          rest = rest.drop { $0 != " " }.drop { $0 == " " }
          continue
        }
        lines.append(String(rest[..<cut]).trimmingTrailingSpaces())
        rest = rest[rest.index(after: cut)...].drop { $0 == " " }
      }
      lines.append(String(rest))
      return lines.joined(separator: "\n")
    }.joined(separator: "\n")
  }

  /// Every line of `text` longer than `width` cut to it, ending with `…`: the last guarantee that
  /// text fitted to a terminal fits, whatever produced it.
  public static func clipLines(_ text: String, to width: Int) -> String {
    guard width > 1 else { return text }
    return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.count > width ? String(line.prefix(width - 1)) + "…" : String(line)
    }.joined(separator: "\n")
  }

  /// Only the columns whose keys are `keys`, in that order (for `--columns id,label`).
  /// - Returns: the narrowed table, or the first unknown key and the table's keys.
  public func selecting(columns keys: [String]) -> Result<ResultTable, UnknownColumn> {
    var indices: [Int] = []
    for key in keys {
      guard let index = columns.firstIndex(where: { $0.key == key }) else {
        return .failure(UnknownColumn(key: key, available: columns.map(\.key)))
      }
      indices.append(index)
    }
    var table = self
    table.columns = indices.map { columns[$0] }
    table.rows = rows.map { row in indices.map { row[$0] } }
    return .success(table)
  }

  /// A column key that a table does not have.
  public struct UnknownColumn: Error, Sendable {
    public var key: String
    public var available: [String]
  }

  /// The UTF-8 byte-order mark (U+FEFF) that tells Excel a CSV file is UTF-8; without it, Excel on
  /// Windows reads the file in the system's legacy code page and turns `–` and `ö` into mojibake.
  public static let byteOrderMark = "\u{FEFF}"

  /// RFC 4180 CSV with a header row, in the forms spreadsheets read as values: numbers in
  /// plain or `1e-05` notation with a `.` decimal point, booleans as `TRUE`/`FALSE` (what Excel and
  /// LibreOffice write and read back as logical values), lists `;`-separated (each element neutralised on its own). Text cells that a spreadsheet would run as a formula (starting
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
    // Each element on its own: a spreadsheet that splits on ';' would otherwise run "=…" after one.
    case .list(let l): l.map(ResultTable.neutraliseFormula).joined(separator: ";")
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

extension StringProtocol {
  fileprivate func trimmingTrailingSpaces() -> String {
    var s = String(self)
    while s.last == " " { s.removeLast() }
    return s
  }
}
