/// The sources of a dataset (`sources.csv`), in file order, with O(1) lookup by id.
public struct SourceTable: Sendable, Equatable {
  /// The sources, in file order.
  public let sources: [Source]
  private let indexById: [String: Int]

  /// A table of these sources; a repeated id keeps its first row.
  public init(_ sources: [Source] = []) {
    self.sources = sources
    var index: [String: Int] = [:]
    for (i, source) in sources.enumerated() where index[source.id] == nil { index[source.id] = i }
    indexById = index
  }

  /// Whether the dataset has no sources table (or an empty one).
  public var isEmpty: Bool { sources.isEmpty }

  /// The source with this id, or `nil`.
  /// - Complexity: O(1) expected.
  public subscript(id: String) -> Source? { indexById[id].map { sources[$0] } }

  /// A few ids, for error messages: the first three and a count of the rest.
  var idSample: String {
    let shown = sources.prefix(3).map(\.id).joined(separator: ", ")
    return sources.count > 3 ? shown + ", … \(sources.count - 3) more" : shown
  }
}
