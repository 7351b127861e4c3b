/// The date rules every metric shares (see `Datasets/SCHEMA.md`, "Dates").
///
/// - A **framework exists on d** when it holds on d by its dates and is not *prospective*: a
///   framework without `start` whose `status` the vocabulary marks `prospective` (talks ongoing,
///   to be considered, proposed, planned…) has not come into being and never exists; one without
///   `start` and with another status (or none) exists undated. With no date (`asOf == nil`) every
///   framework that is not prospective exists.
/// - A **member state is one on d** when its node holds on d (accession ≤ d < exit). With no date
///   every member-state node counts.
/// - A **link holds on d** when it holds by its own dates; a link without a `start` counts from
///   its target's `start` (a participation from the framework's conclusion, a hosting from the
///   event's day) unless the target is a country. With no date every link holds.
extension DialogueNetwork {
  /// Whether node `index` exists on `asOf` (see the rules above; `nil` = regardless of date).
  /// - Complexity: O(1).
  func nodeHolds(_ index: Int, asOf: Day?) -> Bool {
    guard let asOf else { return true }
    return nodes[index].holds(on: asOf)
  }

  /// Whether framework node `index` has been concluded or launched and exists on `asOf`.
  /// - Complexity: O(1).
  public func frameworkExists(_ index: Int, asOf: Day?) -> Bool {
    !isProspective(index) && nodeHolds(index, asOf: asOf)
  }

  /// Whether node `index` is a framework that has not come into being: no `start`, and a status
  /// the vocabulary marks `prospective`.
  /// - Complexity: O(1).
  public func isProspective(_ index: Int) -> Bool {
    let node = nodes[index]
    guard node.start == nil, let status = node.status else { return false }
    return vocabulary.status(status)?.prospective ?? false
  }

  /// Whether edge `edge` holds on `asOf`; an edge without `start` takes ``fallbackStart(_:)``.
  /// - Complexity: O(1).
  func edgeHolds(_ edge: Int, asOf: Day?) -> Bool {
    guard let asOf else { return true }
    let e = edges[edge]
    return DialogueGraph.holds(start: e.start ?? fallbackStart(edge), end: e.end, on: asOf)
  }

  /// Whether edge `edge` has begun by `asOf` (an event hosted or a grant given before the date
  /// still counts after its own period is over); its start falls back to ``fallbackStart(_:)``.
  /// - Complexity: O(1).
  func edgeBegun(_ edge: Int, asOf: Day?) -> Bool {
    guard let asOf else { return true }
    let e = edges[edge]
    guard let start = e.start ?? fallbackStart(edge) else { return true }
    return start.firstDay <= asOf
  }

  /// The start an undated link borrows: its target's `start` (a framework's conclusion, an
  /// event's day), except when the target is a country, whose `start` (an accession date) says
  /// nothing about the link.
  /// - Complexity: O(1).
  func fallbackStart(_ edge: Int) -> PartialDate? {
    let target = nodes[targetIndices[edge]]
    return vocabulary.isCountry(kind: target.kind) ? nil : target.start
  }

  /// The indices of the nodes of `kind`, in file order.
  /// - Complexity: O(n).
  func nodeIndices(ofKind kind: String) -> [Int] {
    nodes.indices.filter { nodes[$0].kind == kind }
  }

  /// The member states on `asOf`, in file order.
  /// - Complexity: O(n).
  func memberStates(asOf: Day?, conventions: MetricConventions) -> [Int] {
    nodeIndices(ofKind: conventions.memberStateKind).filter { nodeHolds($0, asOf: asOf) }
  }

  /// The framework kinds of the vocabulary, in its order.
  var frameworkKinds: [String] { vocabulary.nodeKinds.filter(\.framework).map(\.id) }

  /// Checks that `kind` is a framework kind.
  /// - Throws: ``MetricError/unknownFrameworkKind(_:valid:)`` naming the valid kinds.
  func requireFrameworkKind(_ kind: String) throws(MetricError) {
    guard vocabulary.isFramework(kind: kind) else { throw .unknownFrameworkKind(kind, valid: frameworkKinds) }
  }

  /// The node index of a country id (aliases `EL`, `UK` accepted).
  /// - Throws: ``MetricError/unknownCountry(_:)`` if no country node has the id.
  func requireCountry(_ id: String) throws(MetricError) -> Int {
    guard let index = index(of: id), vocabulary.isCountry(kind: nodes[index].kind) else {
      throw .unknownCountry(id)
    }
    return index
  }

  /// `file:line` of a node's row.
  func origin(ofNode index: Int) -> String { nodes[index].origin.description }
}

/// The ISO code a user means by a two-letter id: upper-cased, with the EU's `EL` and `UK` read as
/// `GR` and `GB` (other ids are returned unchanged).
func countryCode(_ id: String) -> String {
  guard id.utf8.count == 2, id.allSatisfy({ $0.isASCII && $0.isLetter }) else { return id }
  let upper = id.uppercased()
  return upper == "EL" ? "GR" : upper == "UK" ? "GB" : upper
}
