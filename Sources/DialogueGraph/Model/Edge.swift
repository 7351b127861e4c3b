/// A dated, sourced link between two nodes: one row of `edges.csv`.
///
/// It reads "``source`` *``kind``* ``target``" ("DE participates-in mp-moldova"). Fields mirror the
/// columns of `Datasets/SCHEMA.md`; empty cells are `nil`.
public struct Edge: Hashable, Sendable, Identifiable {
  /// The `id` column, or `edges.csv:LINE` when the row has none.
  public var id: String
  /// The position of the edge in ``DialogueNetwork/edges`` (set when the network is built).
  public internal(set) var index: Int
  /// The id of the source node.
  public var source: String
  /// The id of the target node.
  public var target: String
  /// An edge kind from the vocabulary.
  public var kind: String
  /// For `participates-in`: a role from the vocabulary.
  public var role: String?
  /// When the link begins.
  public var start: PartialDate?
  /// When the link ends (read as the day after the period's last day; exclusive).
  public var end: PartialDate?
  /// A status from the vocabulary.
  public var status: String?
  /// For `funds`: the amount in euros (≥ 0).
  public var amountEUR: Double?
  /// An analyst's weight (≥ 0, default 1).
  public var weight: Double
  /// Where the fact comes from ("" when a bare edge list gives none).
  public var citation: String
  /// A confidence level from the vocabulary ("" when a bare edge list gives none).
  public var confidence: String
  /// Free text.
  public var note: String?
  /// Values of columns the toolkit does not know, by column name.
  public var attributes: [String: String]
  /// The file and line of the row.
  public var origin: RowLocation

  /// A link; unspecified fields are empty and the weight is 1.
  public init(
    id: String, source: String, target: String, kind: String, role: String? = nil,
    start: PartialDate? = nil, end: PartialDate? = nil, status: String? = nil, amountEUR: Double? = nil,
    weight: Double = 1, citation: String, confidence: String, note: String? = nil,
    attributes: [String: String] = [:], origin: RowLocation = .code
  ) {
    self.id = id
    self.index = -1
    self.source = source
    self.target = target
    self.kind = kind
    self.role = role
    self.start = start
    self.end = end
    self.status = status
    self.amountEUR = amountEUR
    self.weight = weight
    self.citation = citation
    self.confidence = confidence
    self.note = note
    self.attributes = attributes
    self.origin = origin
  }

  /// Whether the link holds on `day`: `start.firstDay ≤ day < end.dayAfterLastDay`, a missing bound
  /// being no limit (see ``PartialDate``).
  ///
  /// - Complexity: O(1).
  public func holds(on day: Day) -> Bool { DialogueGraph.holds(start: start, end: end, on: day) }
}
