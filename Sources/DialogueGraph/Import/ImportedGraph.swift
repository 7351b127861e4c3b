/// A graph read from GraphML, GEXF or node-link JSON, before it becomes a ``DialogueNetwork``:
/// nodes and edges with their attributes as text, and the line each was read from.
///
/// The readers only decode their format; ``network(vocabulary:)`` maps attribute names onto the
/// dataset's fields once for all three formats (see ``ImportedGraph/network(vocabulary:)``).
struct ImportedGraph {
  /// One node or edge as read: its attributes by name, where it was found.
  struct Item {
    /// The id (`nil` for an edge the file gives none).
    var id: String?
    /// For edges: the endpoint ids.
    var source = ""
    var target = ""
    /// Attribute values as text, by attribute name (the file's names, e.g. `kind`, `label`).
    var attributes: [String: String] = [:]
    /// The 1-based line of the element (GraphML/GEXF) or object (JSON).
    var line: Int
  }

  /// The file name problems are reported against.
  let file: String
  /// The graph's name, when the file gives one.
  var name: String?
  var nodes: [Item] = []
  var edges: [Item] = []
  /// Problems found while decoding (bad structure, missing ids…), with their lines.
  var problems: [DatasetProblem] = []

  init(file: String) { self.file = file }

  /// Records a problem at `line` (0 = the whole file).
  mutating func problem(line: Int, _ message: String, value: String? = nil, expected: String? = nil) {
    problems.append(
      DatasetProblem(
        file: file, line: line > 0 ? line : nil, column: nil, value: value, expected: expected, message: message))
  }
}
