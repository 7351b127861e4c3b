/// A dated, sourced link between two nodes: one row of `edges.csv`.
///
/// It reads "``source`` *``kind``* ``target``" ("DE participates-in mp-moldova"). Fields mirror the
/// columns of `Datasets/SCHEMA.md`; empty cells are `nil`.
public struct Edge: Hashable, Sendable, Identifiable {
  /// The `id` column, or `edges.csv:LINE` when the row has none.
  ///
  /// A row without an id stores no string: its id is made from ``origin`` when asked for (most rows
  /// of a large dataset have none, and making 200,000 such strings was a fifth of the load time).
  /// Setting ``origin`` first fixes the id, so an id never changes behind the caller's back.
  public var id: String {
    get { explicitId ?? Edge.automaticId(origin) }
    set { explicitId = newValue }
  }
  /// The id given in the row or in code; `nil` when ``id`` is made from ``origin``.
  private(set) var explicitId: String?
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
  public var origin: RowLocation {
    get { storedOrigin }
    set {
      if explicitId == nil { explicitId = Edge.automaticId(storedOrigin) }  // keep the id it had
      storedOrigin = newValue
    }
  }
  private var storedOrigin: RowLocation

  /// A link; unspecified fields are empty and the weight is 1.
  public init(
    id: String, source: String, target: String, kind: String, role: String? = nil,
    start: PartialDate? = nil, end: PartialDate? = nil, status: String? = nil, amountEUR: Double? = nil,
    weight: Double = 1, citation: String, confidence: String, note: String? = nil,
    attributes: [String: String] = [:], origin: RowLocation = .code
  ) {
    self.init(
      loadedId: id, index: -1, source: source, target: target, kind: kind, role: role, start: start, end: end,
      status: status, amountEUR: amountEUR, weight: weight, citation: citation, confidence: confidence, note: note,
      attributes: attributes, origin: origin)
  }

  /// A link read from a file, numbered `index`; `id` is `nil` when the row has none (its id is then
  /// `file:line` of `origin`).
  init(
    loadedId id: String?, index: Int, source: String, target: String, kind: String, role: String?,
    start: PartialDate?, end: PartialDate?, status: String?, amountEUR: Double?, weight: Double,
    citation: String, confidence: String, note: String?, attributes: [String: String], origin: RowLocation
  ) {
    self.explicitId = id
    self.index = index
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
    self.storedOrigin = origin
  }

  /// The id of a row without one: `file:line`.
  static func automaticId(_ origin: RowLocation) -> String { "\(origin.file):\(origin.line)" }

  /// Whether this edge's ``id`` is made from its ``origin`` (the row had no id).
  var hasAutomaticId: Bool { explicitId == nil }

  /// Whether the link holds on `day`: `start.firstDay ≤ day < end.dayAfterLastDay`, a missing bound
  /// being no limit (see ``PartialDate``).
  ///
  /// - Complexity: O(1).
  public func holds(on day: Day) -> Bool { DialogueGraph.holds(start: start, end: end, on: day) }
}

extension Edge {
  /// Edges are equal when all their fields are, ``id`` included (whether it was written or made
  /// from ``origin``).
  public static func == (a: Edge, b: Edge) -> Bool {
    guard a.index == b.index, a.origin == b.origin, a.source == b.source, a.target == b.target, a.kind == b.kind,
      a.role == b.role, a.start == b.start, a.end == b.end, a.status == b.status, a.amountEUR == b.amountEUR,
      a.weight == b.weight, a.citation == b.citation, a.confidence == b.confidence, a.note == b.note,
      a.attributes == b.attributes
    else { return false }
    switch (a.explicitId, b.explicitId) {
    case (nil, nil): return true  // both made from the same origin
    case let (x?, y?): return x == y
    default: return a.id == b.id
    }
  }

  /// Hashes every field but ``id`` (equal edges have equal origins, so the hash stays consistent
  /// with ``==`` without making an id string).
  public func hash(into hasher: inout Hasher) {
    hasher.combine(index)
    hasher.combine(origin)
    hasher.combine(source)
    hasher.combine(target)
    hasher.combine(kind)
    hasher.combine(role)
    hasher.combine(start)
    hasher.combine(end)
    hasher.combine(status)
    hasher.combine(amountEUR)
    hasher.combine(weight)
    hasher.combine(citation)
    hasher.combine(confidence)
    hasher.combine(note)
    hasher.combine(attributes)
  }
}
