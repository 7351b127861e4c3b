/// What exists on a date: the toolkit's **one** rule (see `Datasets/SCHEMA.md`, "Dates and
/// existence"). Every view, metric, status table, coverage, diff, diagram, report section and the
/// explorer asks these functions; none decides existence on its own.
///
/// **Nodes.** A node is *prospective* when it has no `start` and a `status` the vocabulary flags
/// `prospective` (talks ongoing, to be considered, proposed, planned…): it has not come into being
/// and never exists on any date. Any other node *holds* on day d when `start.firstDay ≤ d <
/// end.dayAfterLastDay` (a missing bound is no limit; a member state counts from its accession).
///
/// **Links.** A link is *prospective* when it has no `start` and a prospective status (a FRONTEX
/// negotiating mandate is not a working arrangement), or when an end of it is prospective. Any
/// other link holds on d when both its ends hold on d and it holds by its dates, where a link
/// without `start` takes its target's `start` (a participation counts from the framework's
/// conclusion, a hosting from the event's day) — except when the target is a country, whose
/// `start` (an accession) says nothing about the link.
///
/// **Regardless of date** (`asOf == nil`): everything holds except what is prospective.
///
/// **History.** ``edgeBegun(_:asOf:)`` asks a different question — *has it happened by d?* — for
/// cumulative facts (events hosted, grants given): a meeting hosted in 2012 still counts for
/// engagement at the end of 2013, although the meeting no longer "exists" then.
///
/// ```swift
/// network.presence(ofNode: network.index(of: "mp-belarus")!, asOf: Day("2013-12-31"))  // .prospective
/// network.presence(ofNode: network.index(of: "mp-jordan")!, asOf: Day("2013-12-31"))   // .absent (signed 2014)
/// ```
public enum Presence: String, Sendable, Equatable {
  /// It exists on the date.
  case holds
  /// It has not come into being (no start, a prospective status): on no date.
  case prospective
  /// It does not exist on the date (not yet begun, or ended).
  case absent

  /// Whether a view of `asOf` shows it: regardless of date everything (prospective items marked
  /// as such), on a date what holds.
  public func isShown(asOf: Day?) -> Bool { asOf == nil || self == .holds }
}

extension DialogueNetwork {
  /// Whether node `index` exists on `asOf` (``Presence``; `nil` = regardless of date).
  /// - Complexity: O(1).
  public func presence(ofNode index: Int, asOf: Day?) -> Presence {
    if isProspective(index) { return .prospective }
    guard let asOf else { return .holds }
    return nodes[index].holds(on: asOf) ? .holds : .absent
  }

  /// Whether edge `edge` holds on `asOf` (``Presence``; `nil` = regardless of date).
  /// - Complexity: O(1).
  public func presence(ofEdge edge: Int, asOf: Day?) -> Presence {
    // A country's `start` is an accession date: Croatia's links from before it joined the EU held
    // (a view still hides them with the member-state node; country lists in coverage keep them).
    func end(_ v: Int) -> Presence {
      let p = presence(ofNode: v, asOf: asOf)
      return p == .absent && vocabulary.isCountry(kind: nodes[v].kind) ? .holds : p
    }
    let source = end(sourceIndices[edge])
    let target = end(targetIndices[edge])
    if source == .absent || target == .absent { return .absent }
    if source == .prospective || target == .prospective || isProspective(edge: edge) { return .prospective }
    guard let asOf else { return .holds }
    return DialogueGraph.holds(start: effectiveStart(ofEdge: edge), end: edges[edge].end, on: asOf) ? .holds : .absent
  }

  /// Whether node `index` exists on `asOf` (it holds and is not prospective).
  /// - Complexity: O(1).
  public func nodeExists(_ index: Int, asOf: Day?) -> Bool { presence(ofNode: index, asOf: asOf) == .holds }

  /// Whether framework node `index` has been concluded or launched and exists on `asOf`; the same
  /// as ``nodeExists(_:asOf:)``, named for the question the metrics ask.
  /// - Complexity: O(1).
  public func frameworkExists(_ index: Int, asOf: Day?) -> Bool { nodeExists(index, asOf: asOf) }

  /// Whether edge `edge` holds on `asOf` (both ends exist, not prospective, within its dates).
  /// - Complexity: O(1).
  public func edgeHolds(_ edge: Int, asOf: Day?) -> Bool { presence(ofEdge: edge, asOf: asOf) == .holds }

  /// Whether node `index` has not come into being: no `start`, and a status the vocabulary marks
  /// `prospective`.
  /// - Complexity: O(1).
  public func isProspective(_ index: Int) -> Bool {
    let node = nodes[index]
    return node.start == nil && isProspective(status: node.status)
  }

  /// Whether edge `edge` itself is prospective: no `start` and a prospective status.
  /// - Complexity: O(1).
  public func isProspective(edge: Int) -> Bool {
    edges[edge].start == nil && isProspective(status: edges[edge].status)
  }

  /// Whether the vocabulary flags `status` prospective.
  func isProspective(status: String?) -> Bool {
    guard let status else { return false }
    return vocabulary.status(status)?.prospective ?? false
  }

  /// The start a link is read with: its own, else its target's (a framework's conclusion, an
  /// event's day) unless the target is a country.
  /// - Complexity: O(1).
  public func effectiveStart(ofEdge edge: Int) -> PartialDate? {
    if let start = edges[edge].start { return start }
    let target = nodes[targetIndices[edge]]
    return vocabulary.isCountry(kind: target.kind) ? nil : target.start
  }

  /// Whether edge `edge` has happened by `asOf` — for cumulative facts (an event hosted or a grant
  /// given before the date still counts after its own period is over): it is not prospective and
  /// its ``effectiveStart(ofEdge:)`` is on or before the date (an undated link has always happened).
  /// - Complexity: O(1).
  public func edgeBegun(_ edge: Int, asOf: Day?) -> Bool {
    if isProspective(edge: edge) || isProspective(sourceIndices[edge]) || isProspective(targetIndices[edge]) {
      return false
    }
    guard let asOf, let start = effectiveStart(ofEdge: edge) else { return true }
    return start.firstDay <= asOf
  }

  /// Frameworks and instruments (``MetricConventions/instrumentKinds``) with neither `start` nor
  /// `status`: they hold on every date, which is rarely what the sources mean — `dialogue validate`
  /// warns about them. Node indices, file order.
  /// - Complexity: O(n).
  public var undatedWithoutStatus: [Int] {
    nodes.indices.filter { v in
      let node = nodes[v]
      return node.start == nil && node.status == nil
        && (vocabulary.isFramework(kind: node.kind) || conventions.instrumentKinds.contains(node.kind))
    }
  }

  /// The member states on `asOf`, in file order.
  /// - Complexity: O(n).
  func memberStates(asOf: Day?) -> [Int] {
    nodeIndices(ofKind: conventions.memberStateKind).filter { nodeExists($0, asOf: asOf) }
  }

  /// The first and last dates the dataset mentions (any `start` or `end`), or `nil` when it has
  /// none: the range a date slider or a consistency sweep covers.
  /// - Complexity: O(n + m).
  public var dateRange: ClosedRange<Day>? {
    var low: Day?, high: Day?
    func see(_ date: PartialDate?, end: Bool) {
      guard let date else { return }
      let day = end ? Day(daysSince1970: date.dayAfterLastDay.daysSince1970 - 1) : date.firstDay
      if low == nil || day < low! { low = day }
      if high == nil || day > high! { high = day }
    }
    for node in nodes {
      see(node.start, end: false)
      see(node.end, end: true)
    }
    for edge in edges {
      see(edge.start, end: false)
      see(edge.end, end: true)
    }
    guard let low, let high else { return nil }
    return low...high
  }
}
