/// One cell of an ``HTMLTable``.
enum TableCell: Equatable {
  /// Text, left-aligned.
  case text(String)
  /// Text with a smaller second line (e.g. a label and its id).
  case labelled(String, detail: String)
  /// A list of items (a compact `<ul>`); empty lists show "none".
  case list([String])
  /// A figure, right-aligned (already formatted).
  case number(String)
  /// A participation or coverage mark: ✓ (yes), — (no) or blank (not applicable), each with
  /// words for screen readers.
  case mark(Mark)
  /// Nothing.
  case empty

  /// The three states of a matrix cell.
  enum Mark: Equatable {
    case yes, no, notApplicable, notRecorded
  }
}

/// An accessible data table: a `<caption>`, column headers with `scope="col"`, and a first column
/// of row headers with `scope="row"`.
struct HTMLTable {
  /// The caption (what the table shows, with the date).
  var caption: String
  /// The column headers; the first names the row-header column.
  var columns: [String]
  /// A longer description of a column, shown as its header's `title` (e.g. a framework's label
  /// when the header is its id), by column index.
  var columnTitles: [Int: String] = [:]
  /// The rows; the first cell of each is the row header.
  var rows: [[TableCell]] = []
  /// Rows for `<tfoot>` (totals), same shape as ``rows``.
  var footer: [[TableCell]] = []
  /// Extra class names for the `<table>` (e.g. `matrix` for narrow rotated headers).
  var classes: [String] = []
  /// What to say instead of an empty table.
  var emptyNote = "No rows for this date."

  /// Writes the table, or a "no data" note when it has no rows.
  func write(to out: inout HTMLBuilder) {
    guard !rows.isEmpty else {
      out.element("p", [("class", "no-data")], text: caption + ": " + emptyNote)
      return
    }
    out.open("div", [("class", "table-scroll")])
    out.open("table", [("class", classes.isEmpty ? nil : classes.joined(separator: " "))])
    out.element("caption", text: caption)
    out.newline()
    out.open("thead")
    out.open("tr")
    for (i, header) in columns.enumerated() {
      out.open("th", [("scope", "col"), ("title", columnTitles[i])])
      out.element("span", text: header)
      out.close("th")
    }
    out.close("tr")
    out.close("thead")
    out.newline()
    out.open("tbody")
    for row in rows { write(row: row, to: &out) }
    out.close("tbody")
    if !footer.isEmpty {
      out.open("tfoot")
      for row in footer { write(row: row, to: &out) }
      out.close("tfoot")
    }
    out.close("table")
    out.close("div")
    out.newline()
  }

  private func write(row: [TableCell], to out: inout HTMLBuilder) {
    out.open("tr")
    for (i, cell) in row.enumerated() {
      let tag = i == 0 ? "th" : "td"
      var attributes: [(String, String?)] = i == 0 ? [("scope", "row")] : []
      switch cell {
      case .text(let text):
        out.element(tag, attributes, text: text)
      case .labelled(let text, let detail):
        out.element(tag, attributes) { out in
          out.text(text)
          out.open("br")
          out.element("span", [("class", "detail")], text: detail)
        }
      case .list(let items):
        out.element(tag, attributes) { out in
          guard !items.isEmpty else { return out.element("span", [("class", "detail")], text: "none") }
          out.element("ul", [("class", "cell-list")]) { out in
            for item in items { out.element("li", text: item) }
          }
        }
      case .number(let text):
        attributes.append(("class", "num"))
        out.element(tag, attributes, text: text)
      case .mark(let mark):
        let (symbol, words, style) =
          switch mark {
          case .yes: ("✓", "yes", "yes")
          case .no: ("—", "no", "no")
          case .notApplicable: ("", "not applicable", "na")
          case .notRecorded: ("?", "not recorded in the sources", "unknown")
          }
        attributes.append(("class", "mark " + style))
        out.element(tag, attributes) { out in
          out.element("span", [("aria-hidden", "true")], text: symbol)
          out.element("span", [("class", "visually-hidden")], text: words)
        }
      case .empty:
        out.element(tag, attributes, text: "")
      }
    }
    out.close("tr")
    out.newline()
  }
}
