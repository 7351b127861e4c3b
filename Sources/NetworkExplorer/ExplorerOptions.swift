import DialogueGraph

/// What the explorer page starts on.
public struct ExplorerOptions: Sendable {
  /// The date the page opens on (nil: the dataset's reference date, else its last date boundary).
  /// Any date of the slider's range can be chosen in the page.
  public var asOf: Day?

  public init(asOf: Day? = nil) {
    self.asOf = asOf
  }
}

/// Why the explorer could not be written.
public enum ExplorerError: Error, Sendable, Equatable, CustomStringConvertible {
  /// Graphviz could not lay out or draw the network.
  case layout(String)
  /// A resource of the module (the page's script or style) is missing from the installation.
  case missingResource(String)

  public var description: String {
    switch self {
    case .layout(let message): "the network could not be laid out: \(message)"
    case .missingResource(let name):
      "the explorer's \(name) is missing from this installation — reinstall the toolkit (swift build)"
    }
  }
}
