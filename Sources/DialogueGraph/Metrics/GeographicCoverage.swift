/// The countries an instrument reaches among a set of countries (a region or a list), as of a date.
///
/// **Instruments** (``CoverageInstrument``):
/// - an **edge kind** K: country c is covered when a link of kind K touches c (either direction);
/// - a **framework kind** K: c is covered when c has a `participates-in` link (any role — for a
///   bilateral framework, the partner) to a framework of kind K that exists on d (prospective
///   frameworks — no `start`, a prospective status — do not cover anyone);
/// - an **actor** A (optionally with an edge kind): c is covered when a link between A and c
///   (either direction; of that kind if given) exists — e.g. `frontex` + `working-arrangement`.
///
/// Links count when they hold on d by the toolkit's one rule (``DialogueNetwork/presence(ofEdge:asOf:)``:
/// a link without `start` counts from its target's `start`; a link whose status is prospective and
/// that has no `start` — a FRONTEX *negotiating mandate* — does not hold, whatever its kind). A
/// link's other statuses (`ongoing`, `in-force`, `completed`…) do not stop it from counting.
///
/// **Countries.** A region's countries are the country nodes with an `in-region` link to it that
/// holds on d; a list is taken as given (ids resolved with the `EL`/`UK` aliases). Countries that
/// do not exist on d (a third country that became a member state…) are kept: the question is
/// about the list as asked.
///
/// **Figures.** `covered`, `uncovered` (country ids, in the order of the set) and
/// `ratio` = |covered| / |countries| (0 for an empty set).
///
/// ```swift
/// let eap = try network.geographicCoverage(
///   of: .region("eastern-partnership"), by: .actor("frontex", edgeKind: "working-arrangement"),
///   asOf: Day("2013-12-31"))
/// eap.ratio   // 1.0 — "FRONTEX now has working arrangements with all Eastern Partnership countries"
/// ```
public struct GeographicCoverage: Sendable, Equatable {
  /// The countries asked about, as given.
  public let countries: CountrySet
  /// The instrument.
  public let instrument: CoverageInstrument
  /// The date (`nil`: regardless of date).
  public let asOf: Day?
  /// The node indices of the countries, in order.
  public let countryNodes: [Int]
  /// Covered country ids, in order.
  public let covered: [String]
  /// Uncovered country ids, in order.
  public let uncovered: [String]
  /// For each covered country id, the links that cover it (edge indices).
  public let evidence: [String: [Int]]

  /// `covered / countries` (0 for no country).
  public var ratio: Double {
    let total = covered.count + uncovered.count
    return total == 0 ? 0 : Double(covered.count) / Double(total)
  }

  /// The printed object: `{ratio, covered, uncovered}` with country ids.
  public var json: JSONValue {
    .object([
      ("ratio", .number(ratio)), ("covered", .array(covered.map(JSONValue.string))),
      ("uncovered", .array(uncovered.map(JSONValue.string))),
    ])
  }

  /// The same as a one-row table: `ratio, covered, uncovered`.
  public var table: ResultTable {
    ResultTable(
      columns: [Column("ratio"), Column("covered"), Column("uncovered")],
      rows: [[.number(ratio), .list(covered), .list(uncovered)]], decimals: 2)
  }
}

/// The countries a coverage question is about.
public enum CountrySet: Sendable, Equatable {
  /// The countries in a region node (`in-region` links).
  case region(String)
  /// Countries by id (ISO codes; `EL`/`UK` accepted).
  case countries([String])
}

/// What reaches a country in a coverage question (see ``GeographicCoverage``).
public enum CoverageInstrument: Sendable, Equatable {
  /// Any link of this edge kind touching the country.
  case edgeKind(String)
  /// Participation of the country in a framework of this kind.
  case frameworkKind(String)
  /// A link between this node and the country, optionally only of one edge kind.
  case actor(String, edgeKind: String? = nil)
}

extension CoverageInstrument {
  /// Reads a typed instrument: an edge kind of the vocabulary, else a framework kind, else a
  /// node id (an actor such as `frontex`).
  /// - Throws: ``MetricError/unknownInstrument(_:edgeKinds:frameworkKinds:)``.
  public init(parsing text: String, in network: DialogueNetwork) throws(MetricError) {
    if network.vocabulary.edgeKind(text) != nil {
      self = .edgeKind(text)
    } else if network.vocabulary.isFramework(kind: text) {
      self = .frameworkKind(text)
    } else if let node = network.node(text) {
      self = .actor(node.id)
    } else {
      throw .unknownInstrument(
        text, edgeKinds: network.vocabulary.edgeKinds.map(\.id), frameworkKinds: network.frameworkKinds)
    }
  }
}

extension DialogueNetwork {
  /// Geographic coverage of a set of countries by an instrument (see ``GeographicCoverage``).
  ///
  /// - Throws: ``MetricError`` for an unknown region, country, edge kind, framework kind or actor.
  /// - Complexity: O(n + Σ degree of the countries).
  public func geographicCoverage(
    of countries: CountrySet, by instrument: CoverageInstrument, asOf: Day?
  ) throws(MetricError) -> GeographicCoverage {
    let countryNodes = try resolve(countries, asOf: asOf)
    let matches = try instrumentMatcher(instrument, asOf: asOf)
    var covered: [String] = [], uncovered: [String] = []
    var evidence: [String: [Int]] = [:]
    for c in countryNodes {
      var found: [Int] = []
      for e in outgoingEdges(of: c) where matches(e, targetIndices[e]) && edgeHolds(e, asOf: asOf) {
        found.append(e)
      }
      for e in incomingEdges(of: c) where matches(e, sourceIndices[e]) && edgeHolds(e, asOf: asOf) {
        found.append(e)
      }
      let id = nodes[c].id
      if found.isEmpty {
        uncovered.append(id)
      } else {
        covered.append(id)
        evidence[id] = found.sorted()
      }
    }
    return GeographicCoverage(
      countries: countries, instrument: instrument, asOf: asOf, countryNodes: countryNodes, covered: covered,
      uncovered: uncovered, evidence: evidence)
  }

  /// The country nodes of a set, in order, without duplicates.
  func resolve(_ set: CountrySet, asOf: Day?) throws(MetricError) -> [Int] {
    switch set {
    case .region(let id):
      guard let region = index(of: id), nodes[region].kind == conventions.regionKind else {
        throw .unknownRegion(id, valid: nodeIndices(ofKind: conventions.regionKind).map { nodes[$0].id })
      }
      var seen = Set<Int>()
      return incomingEdges(of: region).compactMap { e in
        let c = sourceIndices[e]
        guard edges[e].kind == conventions.inRegionEdgeKind, vocabulary.isCountry(kind: nodes[c].kind),
          edgeHolds(e, asOf: asOf), seen.insert(c).inserted
        else { return nil }
        return c
      }
    case .countries(let ids):
      var seen = Set<Int>()
      var result: [Int] = []
      for id in ids {
        let c = try requireCountry(id)
        if seen.insert(c).inserted { result.append(c) }
      }
      return result
    }
  }

  /// A test `(edge, other end) -> Bool` for the links that make an instrument cover a country.
  func instrumentMatcher(
    _ instrument: CoverageInstrument, asOf: Day?
  ) throws(MetricError) -> (Int, Int) -> Bool {
    switch instrument {
    case .edgeKind(let kind):
      guard vocabulary.edgeKind(kind) != nil else {
        throw .unknownEdgeKind(kind, valid: vocabulary.edgeKinds.map(\.id))
      }
      return { e, _ in self.edges[e].kind == kind }
    case .frameworkKind(let kind):
      try requireFrameworkKind(kind)
      return { e, other in
        self.edges[e].kind == self.conventions.participationEdgeKind && self.targetIndices[e] == other
          && self.nodes[other].kind == kind && self.frameworkExists(other, asOf: asOf)
      }
    case .actor(let id, let edgeKind):
      guard let actor = index(of: id) else { throw .unknownNode(id) }
      if let edgeKind, vocabulary.edgeKind(edgeKind) == nil {
        throw .unknownEdgeKind(edgeKind, valid: vocabulary.edgeKinds.map(\.id))
      }
      return { e, other in other == actor && (edgeKind.map { self.edges[e].kind == $0 } ?? true) }
    }
  }
}
