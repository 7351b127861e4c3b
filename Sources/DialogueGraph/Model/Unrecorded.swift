/// A gap in the sources: what a dataset declares it does **not** know, so that no analysis reports
/// the missing data as absence (one row of `unrecorded.csv`; see `Datasets/SCHEMA.md`, "What the
/// sources do not record").
///
/// A declaration names a node (a framework such as `budapest-process`) or a whole node kind
/// (`bilateral-dialogue`), the aspect that is not recorded, and why (a citation, a note). A
/// declaration on a node wins over one on its kind.
///
/// ```swift
/// network.unrecorded(.membership, of: network.index(of: "budapest-process")!)?.citation
/// // "com-2014-96 §2.2: the report names the process but not its members"
/// ```
public struct Unrecorded: Sendable, Equatable {
  /// What is not recorded.
  public enum Aspect: String, Sendable, CaseIterable {
    /// Who takes part (member states and others): a missing participation link is *not recorded*,
    /// not an absence.
    case membership
    /// Which thematic priorities it addresses.
    case themes
    /// Who funds it and how much.
    case funding
  }

  /// How much of it the sources give.
  public enum Extent: String, Sendable, CaseIterable {
    /// Nothing: every recorded link is a fact, every missing one is unknown.
    case notRecorded = "not-recorded"
    /// Some: recorded links are facts, missing ones are unknown.
    case partial
    /// Fully recorded: on a node, overrides a declaration on its kind (e.g. the one project whose
    /// participants the source lists).
    case recorded
  }

  /// The node id or node kind the declaration is about.
  public let subject: String
  /// Whether ``subject`` names a node kind (all its nodes) rather than one node.
  public let subjectIsKind: Bool
  /// What is not recorded.
  public let aspect: Aspect
  /// How much of it the sources give.
  public let extent: Extent
  /// Where the dataset says so (or where one would look).
  public let citation: String
  /// Free text.
  public let note: String?
  /// The row in `unrecorded.csv`.
  public let origin: RowLocation

  public init(
    subject: String, subjectIsKind: Bool, aspect: Aspect, extent: Extent, citation: String, note: String? = nil,
    origin: RowLocation = .code
  ) {
    self.subject = subject
    self.subjectIsKind = subjectIsKind
    self.aspect = aspect
    self.extent = extent
    self.citation = citation
    self.note = note
    self.origin = origin
  }

  /// "not recorded", "partly recorded" or "recorded", as outputs print it.
  public var phrase: String {
    switch extent {
    case .notRecorded: "not recorded"
    case .partial: "partly recorded"
    case .recorded: "recorded"
    }
  }
}

extension DialogueNetwork {
  /// The declaration that `aspect` of node `index` is not (fully) recorded: one on the node itself,
  /// else one on its kind; `nil` when the sources record it.
  /// - Complexity: O(1) expected.
  public func unrecorded(_ aspect: Unrecorded.Aspect, of index: Int) -> Unrecorded? {
    let declaration =
      unrecordedIndex[Self.unrecordedKey(aspect, nodes[index].id, kind: false)]
      ?? unrecordedIndex[Self.unrecordedKey(aspect, nodes[index].kind, kind: true)]
    return declaration?.extent == .recorded ? nil : declaration
  }

  static func unrecordedKey(_ aspect: Unrecorded.Aspect, _ subject: String, kind: Bool) -> String {
    "\(aspect.rawValue)\u{0}\(kind ? "kind" : "node")\u{0}\(subject)"
  }
}
