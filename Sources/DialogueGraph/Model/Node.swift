/// An actor, framework, event, project, theme or region: one row of `nodes.csv`.
///
/// Fields mirror the columns of `Datasets/SCHEMA.md`; empty cells are `nil`. Columns the toolkit
/// does not know are kept in ``attributes``.
public struct Node: Hashable, Sendable, Identifiable {
  /// Stable, unique id: an ISO 3166-1 alpha-2 code for countries, a kebab-case slug otherwise.
  public var id: String
  /// A node kind from the vocabulary.
  public var kind: String
  /// The name shown to people.
  public var label: String
  /// A finer kind from the vocabulary's subtypes for ``kind``.
  public var subtype: String?
  /// When the entity begins to exist (a member state's accession, a framework's launch…).
  public var start: PartialDate?
  /// When it ceases to exist (read as the day after the period's last day; exclusive).
  public var end: PartialDate?
  /// A status from the vocabulary.
  public var status: String?
  /// For events: the city where the meeting was held.
  public var city: String?
  /// For projects and programmes: the total budget in euros (≥ 0).
  public var amountEUR: Double?
  /// Where the fact comes from ("" for nodes of a bare edge list).
  public var citation: String
  /// A confidence level from the vocabulary ("" for nodes of a bare edge list).
  public var confidence: String
  /// Free text.
  public var note: String?
  /// Values of columns the toolkit does not know, by column name.
  public var attributes: [String: String]
  /// The file and line of the row.
  public var origin: RowLocation

  /// A node; unspecified fields are empty.
  public init(
    id: String, kind: String, label: String, subtype: String? = nil, start: PartialDate? = nil,
    end: PartialDate? = nil, status: String? = nil, city: String? = nil, amountEUR: Double? = nil,
    citation: String, confidence: String, note: String? = nil, attributes: [String: String] = [:],
    origin: RowLocation = .code
  ) {
    self.id = id
    self.kind = kind
    self.label = label
    self.subtype = subtype
    self.start = start
    self.end = end
    self.status = status
    self.city = city
    self.amountEUR = amountEUR
    self.citation = citation
    self.confidence = confidence
    self.note = note
    self.attributes = attributes
    self.origin = origin
  }

  /// Whether the node exists on `day`: `start.firstDay ≤ day < end.dayAfterLastDay`; a node without
  /// `start` always exists (see ``PartialDate``).
  ///
  /// - Complexity: O(1).
  public func holds(on day: Day) -> Bool { DialogueGraph.holds(start: start, end: end, on: day) }
}
