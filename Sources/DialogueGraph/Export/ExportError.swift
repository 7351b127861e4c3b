/// Why a network or view could not be exported, or an export could not be written.
///
/// Every case names what to change: the attribute, node or edge, and the format that cannot carry it.
public enum ExportError: Error, Equatable, Sendable, CustomStringConvertible {
  /// An extra attribute (a column the toolkit does not know) has a name the format already uses
  /// for a standard field (`kind`, `label`, `start`… or, in node-link JSON, an edge's `key`), or an
  /// empty name.
  case reservedAttributeName(String, element: String, format: String)
  /// Two distinct node ids, or two distinct edge ids, become the same text once characters the
  /// format cannot hold are replaced (U+FFFD for control characters in XML and DOT; DOT also
  /// writes every line break as `\n`).
  case idCollision(first: String, second: String, format: String)
  /// A value holds a character the format cannot carry at all (a NUL in a dataset CSV: the loader
  /// rejects NUL bytes as a sign of a binary file).
  case unrepresentableCharacter(value: String, element: String, format: String)
  /// A file or folder could not be written.
  case writeFailed(path: String, reason: String)
  /// A dataset folder was asked for, but nodes or links lack the citation or confidence every row
  /// of a dataset must have (a network read from a bare edge list): the folder would not load.
  case missingProvenance(rows: Int, example: String)

  /// A one-line explanation.
  public var description: String {
    switch self {
    case .reservedAttributeName(let name, let element, let format):
      "\(format): the \(element) attribute \(DatasetProblem.quoted(name)) clashes with a standard field of the format"
        + " — expected a non-empty column name other than the standard ones; rename the column"
    case .idCollision(let first, let second, let format):
      "\(format): the ids \(DatasetProblem.quoted(first)) and \(DatasetProblem.quoted(second)) become the same"
        + " once characters the format cannot hold are replaced — expected ids without control characters"
    case .unrepresentableCharacter(let value, let element, let format):
      "\(format): the \(element) value \(DatasetProblem.quoted(value)) holds a NUL character, which the format"
        + " cannot carry — expected text without U+0000"
    case .writeFailed(let path, let reason):
      "cannot write \(DatasetProblem.quoted(path)): \(reason)"
    case .missingProvenance(let rows, let example):
      "dataset CSV: \(rows) node\(rows == 1 ? "" : "s") or link\(rows == 1 ? "" : "s") (first: \(example)) have no citation"
        + " or confidence, which every row of a dataset folder needs, so the folder would not load (a bare edge list"
        + " has neither) — export as graphml, gexf, json or dot, or build nodes.csv and edges.csv with those columns"
    }
  }
}
