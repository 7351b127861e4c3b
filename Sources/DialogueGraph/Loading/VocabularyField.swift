/// A column whose values must come from the vocabulary, with the check and the problem text shared
/// by the loader (which checks each distinct cell value once) and ``NetworkValidator`` (which checks
/// networks built in code).
enum VocabularyField: Int, CaseIterable {
  case nodeKind, edgeKind, role, status, confidence

  /// The column name in the CSV files.
  var column: String {
    switch self {
    case .nodeKind, .edgeKind: "kind"
    case .role: "role"
    case .status: "status"
    case .confidence: "confidence"
    }
  }

  /// The vocabulary's id for `value`, or `nil` if the vocabulary does not know it. Statuses may
  /// also be given as the text the source prints ("Indgået" → "concluded").
  func canonical(_ value: String, in vocabulary: Vocabulary) -> String? {
    switch self {
    case .nodeKind: vocabulary.nodeKind(value) != nil ? value : nil
    case .edgeKind: vocabulary.edgeKind(value) != nil ? value : nil
    case .role: vocabulary.hasRole(value) ? value : nil
    case .status: vocabulary.status(value) != nil ? value : vocabulary.status(printed: value)?.id
    case .confidence: vocabulary.confidenceRank(value) != nil ? value : nil
    }
  }

  /// The problem's message for an unknown `value`.
  func message(_ value: String) -> String {
    let name =
      switch self {
      case .nodeKind: "node kind"
      case .edgeKind: "edge kind"
      case .role: "role"
      case .status: "status"
      case .confidence: "confidence"
      }
    return "unknown \(name) \(DatasetProblem.quoted(value))"
  }

  /// What the problem says was expected.
  func expected(_ vocabulary: Vocabulary) -> String {
    switch self {
    case .nodeKind: "a node kind from the vocabulary"
    case .edgeKind: "an edge kind from the vocabulary"
    case .role: "a role from the vocabulary"
    case .status: "a status from the vocabulary"
    case .confidence: "one of \(vocabulary.confidences.joined(separator: ", "))"
    }
  }
}
