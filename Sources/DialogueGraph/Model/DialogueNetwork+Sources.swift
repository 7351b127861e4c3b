extension DialogueNetwork {
  /// The documents the dataset cites (`sources.csv`), in file order; empty without a sources table.
  public var sources: [Source] { sourceTable.sources }

  /// The source with this id, or `nil`.
  /// - Complexity: O(1) expected.
  public func source(_ id: String) -> Source? { sourceTable[id] }

  /// The first source a citation names (`com-2014-96 §2.3` → COM(2014) 96), or `nil` when the
  /// dataset has no sources table or does not know the id.
  /// - Complexity: O(length of the citation).
  public func source(forCitation citation: String) -> Source? {
    Citation.sourceIds(in: citation).lazy.compactMap { self.sourceTable[$0] }.first
  }

  /// Every source a citation names, in order, without repeats (unknown ids left out).
  /// - Complexity: O(length of the citation).
  public func sources(forCitation citation: String) -> [Source] {
    Citation.sourceIds(in: citation).compactMap { sourceTable[$0] }
  }

  /// The citation followed by the full reference of each source it names — what a reader needs
  /// to find the passage: `com-2014-96 §2.3 — European Commission: Rapport om … CELEX 52014DC0096`.
  /// The citation alone when no source is known.
  public func fullCitation(_ citation: String) -> String {
    let references = sources(forCitation: citation).map(\.fullReference)
    return references.isEmpty ? citation : citation + " — " + references.joined(separator: " | ")
  }

  /// How many rows cite each source, in the order of ``sources``.
  /// - Complexity: O(n + m) plus the length of the distinct citations.
  public func sourceUsage() -> [SourceUsage] {
    var nodeRows = [Int](repeating: 0, count: sources.count)
    var edgeRows = [Int](repeating: 0, count: sources.count)
    var position: [String: Int] = [:]
    for (i, source) in sources.enumerated() { position[source.id] = i }
    var parsed: [String: [Int]] = [:]
    func indices(_ citation: String) -> [Int] {
      if let known = parsed[citation] { return known }
      let found = Citation.sourceIds(in: citation).compactMap { position[$0] }
      parsed[citation] = found
      return found
    }
    for node in nodes { for i in indices(node.citation) { nodeRows[i] += 1 } }
    for edge in edges { for i in indices(edge.citation) { edgeRows[i] += 1 } }
    return sources.indices.map { SourceUsage(source: sources[$0], nodeRows: nodeRows[$0], edgeRows: edgeRows[$0]) }
  }
}

/// How many rows of a dataset cite one source.
public struct SourceUsage: Sendable, Equatable {
  /// The source.
  public let source: Source
  /// Rows of `nodes.csv` whose citation names it.
  public let nodeRows: Int
  /// Rows of `edges.csv` whose citation names it.
  public let edgeRows: Int
  /// All rows that cite it.
  public var rows: Int { nodeRows + edgeRows }
}
