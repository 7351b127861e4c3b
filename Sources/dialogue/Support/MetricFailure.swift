import DialogueGraph

extension CommandFailure {
  /// A metric question the dataset cannot answer (unknown kind, region, country…): exit 1. A
  /// dataset without the nodes a measure is about gets the way to give nodes their kinds.
  static func metric(_ error: MetricError) -> CommandFailure {
    if case .noNodes = error { return CommandFailure(error.description + ": " + nodeKindsSource) }
    return CommandFailure(error.description)
  }

  /// Where a bare edge list gets a nodes table from (its nodes are otherwise all of kind `node`).
  static let nodeKindsSource = "--nodes FILE, or a nodes.csv beside the edge list"
}
