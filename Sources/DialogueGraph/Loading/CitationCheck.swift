/// Checks that every citation of a dataset names known sources: each reference of a `citation`
/// (see ``Citation``) must start with an id from `sources.csv`.
///
/// Applies only when the dataset has a sources table; a problem points at the row's `citation`
/// column. Citations are shared strings repeated across many rows, so each distinct text is
/// checked once.
/// - Complexity: O(total length of the distinct citations + rows) expected.
struct CitationCheck {
  let sources: SourceTable
  /// Ids of `sources.csv` rows already reported: citations naming them are not reported again.
  var rejectedIds: Set<String> = []
  private var verdicts: [String: String?] = [:]

  init(sources: SourceTable, rejectedIds: Set<String>) {
    self.sources = sources
    self.rejectedIds = rejectedIds
  }

  /// Checks the citations of every node and edge, reporting through `validator` (for columns).
  mutating func check(
    nodes: [Node], edges: [Edge], validator: NetworkValidator, problems: inout ProblemCollector
  ) {
    for node in nodes { check(node.citation, node.origin, validator, &problems) }
    for edge in edges { check(edge.citation, edge.origin, validator, &problems) }
  }

  private mutating func check(
    _ citation: String, _ origin: RowLocation, _ validator: NetworkValidator, _ problems: inout ProblemCollector
  ) {
    guard !citation.isEmpty else { return }  // a missing citation is the validator's problem
    let verdict: String?
    if let known = verdicts[citation] {
      verdict = known
    } else {
      verdict = Self.unknownId(in: citation, sources: sources, rejected: rejectedIds)
      verdicts[citation] = verdict
    }
    guard let unknown = verdict else { return }
    validator.report(
      origin, "citation", citation,
      "a citation starting with a source id from sources.csv (\(sources.idSample)), then a pinpoint such as §2.3",
      "unknown source \(DatasetProblem.quoted(unknown)) in citation", into: &problems)
  }

  /// The first source id of a citation that the table does not know (and that was not already
  /// reported as a bad row), or `nil`.
  static func unknownId(in citation: String, sources: SourceTable, rejected: Set<String>) -> String? {
    for reference in Citation.references(in: citation) where sources[reference.sourceId] == nil {
      if rejected.contains(reference.sourceId) { continue }
      return reference.sourceId
    }
    return nil
  }
}
