import DialogueGraph

extension CommandFailure {
  /// A metric question the dataset cannot answer (unknown kind, region, country…): exit 1.
  static func metric(_ error: MetricError) -> CommandFailure { CommandFailure(error.description) }
}
