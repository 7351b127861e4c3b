/// One cell of a ``ResultTable``.
public enum Cell: Sendable, Equatable {
  /// Text from a dataset or computed; untrusted, escaped by every renderer.
  case text(String)
  /// A whole number.
  case integer(Int)
  /// A measurement; shown with ``ResultTable/decimals`` decimals in tables, exactly in JSON and CSV.
  case number(Double)
  /// Yes or no.
  case bool(Bool)
  /// A list of ids or labels: a JSON array, a `;`-separated CSV cell, a `, `-separated table cell.
  case list([String])
  /// No value: `null` in JSON, an empty cell elsewhere.
  case empty

  /// The cell as JSON.
  public var json: JSONValue {
    switch self {
    case .text(let s): .string(s)
    case .integer(let i): .integer(i)
    case .number(let d): .number(d)
    case .bool(let b): .bool(b)
    case .list(let l): .array(l.map(JSONValue.string))
    case .empty: .null
    }
  }
}

/// A column of a ``ResultTable``: `key` names the field in JSON and the CSV header; `header` is what
/// people read in the aligned table.
public struct Column: Sendable, Equatable {
  public var key: String
  public var header: String
  public init(_ key: String, header: String? = nil) {
    self.key = key
    self.header = header ?? key
  }
}

/// The tabular result of an analysis, rendered for people (an aligned table) or for programs (JSON,
/// CSV). Every command of the `dialogue` tool that prints rows builds one of these.
///
/// Field order is the column order, so JSON objects and CSV headers are stable across runs.
public struct ResultTable: Sendable, Equatable {
  public var columns: [Column]
  public var rows: [[Cell]]
  /// Decimals shown for ``Cell/number(_:)`` in the aligned table (JSON and CSV keep full precision).
  public var decimals: Int
  /// Lines printed under the aligned table: what is not recorded, how a figure is read.
  public var notes: [String] = []
  /// What the table is about — dataset, date, filters — printed as its title for people and as the
  /// `as_of` field of every JSON object and CSV row (see ``OutputContext``); `nil` for none.
  public var context: OutputContext?

  public init(columns: [Column], rows: [[Cell]] = [], decimals: Int = 4) {
    self.columns = columns
    self.rows = rows
    self.decimals = decimals
  }

  /// Appends a row; it must have one cell per column (a programmer error otherwise).
  public mutating func append(_ row: [Cell]) {
    precondition(row.count == columns.count, "a row needs one cell per column")
    rows.append(row)
  }

  /// The rows as a JSON array of objects whose keys follow the column order; with a ``context``,
  /// each object ends with `as_of` (the date, or `all`).
  public var json: JSONValue {
    let asOf = context.map { [("as_of", JSONValue.string($0.asOfField))] } ?? []
    return .array(rows.map { row in .object(zip(columns, row).map { ($0.key, $1.json) } + asOf) })
  }
}

/// What an output is about: its dataset, the date its answer is for, and its filters. Every
/// command's output carries one, so that no answer is read without its date.
public struct OutputContext: Sendable, Equatable {
  /// The dataset's name.
  public var dataset: String
  /// The date the answer is for; `nil` = regardless of date.
  public var asOf: Day?
  /// Whether ``asOf`` is the dataset's reference date taken by default.
  public var asOfIsReferenceDate: Bool
  /// Filters and options that narrow the answer, as `name value` phrases (e.g. `kinds member-state`).
  public var filters: [String]

  public init(dataset: String, asOf: Day?, asOfIsReferenceDate: Bool = false, filters: [String] = []) {
    self.dataset = dataset
    self.asOf = asOf
    self.asOfIsReferenceDate = asOfIsReferenceDate
    self.filters = filters
  }

  /// The value of the `as_of` field: the date, or `all` for an answer regardless of date.
  public var asOfField: String { asOf?.description ?? "all" }

  /// One line for people: `gamm-2012-2013 · as of 2013-12-31 (the dataset's reference date) · kinds member-state`.
  public var title: String {
    var parts = [dataset.isEmpty ? "(unnamed dataset)" : dataset]
    if let asOf {
      parts.append("as of \(asOf)" + (asOfIsReferenceDate ? " (the dataset's reference date)" : ""))
    } else {
      parts.append("all dates (regardless of date; prospective items marked)")
    }
    parts += filters
    return parts.joined(separator: " · ")
  }
}
