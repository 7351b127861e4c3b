/// Where a node or edge comes from: a file and the physical line its row starts on, so that every
/// figure can be traced back to its row. (Not named `SourceLocation`, which Swift Testing exports.)
public struct RowLocation: Hashable, Sendable, CustomStringConvertible {
  /// The file name (not the full path), e.g. `edges.csv`.
  public let file: String
  /// The 1-based physical line where the row starts; 0 for things built in code.
  public let line: Int

  /// A location in a file.
  public init(file: String, line: Int) {
    self.file = file
    self.line = line
  }

  /// The location of nodes and edges built in code rather than read from a file.
  public static let code = RowLocation(file: "(code)", line: 0)

  /// `file:line`, or `file` when the line is unknown.
  public var description: String { line > 0 ? "\(file):\(line)" : file }
}
