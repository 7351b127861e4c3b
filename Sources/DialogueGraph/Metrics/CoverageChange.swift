/// The same geographic-coverage question at two dates, and what changed.
///
/// **Definition.** With coverage C₁ on `from` and C₂ on `to` (``GeographicCoverage``, same
/// countries and instrument): `gained` = countries covered on `to` but not on `from`, `lost` =
/// covered on `from` but not on `to`, `ratioChange` = ratio₂ − ratio₁. For a region, the country
/// set itself is taken at each date, so a country that joins the region counts in the later
/// figure only.
///
/// - Complexity: twice that of ``DialogueNetwork/geographicCoverage(of:by:asOf:conventions:)``.
public struct CoverageChange: Sendable, Equatable {
  /// Coverage on the first date.
  public let before: GeographicCoverage
  /// Coverage on the second date.
  public let after: GeographicCoverage
  /// Country ids covered on the second date and not on the first, in the second date's order.
  public var gained: [String] { after.covered.filter { !before.covered.contains($0) } }
  /// Country ids covered on the first date and not on the second, in the first date's order.
  public var lost: [String] { before.covered.filter { !after.covered.contains($0) } }
  /// `after.ratio − before.ratio`.
  public var ratioChange: Double { after.ratio - before.ratio }

  /// The printed object: `{from, to, ratio_from, ratio_to, ratio_change, gained, lost}`.
  public var json: JSONValue {
    .object([
      ("from", before.asOf.map { .string($0.description) } ?? .null),
      ("to", after.asOf.map { .string($0.description) } ?? .null),
      ("ratio_from", .number(before.ratio)), ("ratio_to", .number(after.ratio)),
      ("ratio_change", .number(ratioChange)),
      ("gained", .array(gained.map(JSONValue.string))), ("lost", .array(lost.map(JSONValue.string))),
    ])
  }

  /// One row per date: `date, ratio, covered, uncovered`, then a `change` row with the ratio
  /// difference, the gained countries under `covered` and the lost ones under `uncovered`.
  public var table: ResultTable {
    var table = ResultTable(
      columns: [Column("date"), Column("ratio"), Column("covered"), Column("uncovered")], decimals: 2)
    for c in [before, after] {
      table.append([
        .text(c.asOf?.description ?? "any"), .number(c.ratio), .list(c.covered), .list(c.uncovered),
      ])
    }
    table.append([
      .text("change"), .number(ratioChange), .list(gained.map { "+" + $0 }), .list(lost.map { "-" + $0 }),
    ])
    return table
  }
}

/// Participation figures of one framework kind at two dates, per member state.
///
/// A member state that is one on only one of the dates appears with zeros on the other.
public struct ParticipationChange: Sendable, Equatable {
  /// One member state.
  public struct Row: Sendable, Equatable {
    /// ISO code.
    public let id: String
    /// Label.
    public let label: String
    /// Frameworks joined on the first date.
    public let joinedBefore: Int
    /// Frameworks joined on the second date.
    public let joinedAfter: Int
    /// Rate on the first date.
    public let rateBefore: Double
    /// Rate on the second date.
    public let rateAfter: Double
  }

  /// The matrix on the first date.
  public let before: ParticipationMatrix
  /// The matrix on the second date.
  public let after: ParticipationMatrix
  /// Member states of either date, in the second matrix's order then the ones only in the first.
  public let rows: [Row]

  /// `id, label, joined_from, joined_to, joined_change, rate_from, rate_to, rate_change`.
  public var table: ResultTable {
    var table = ResultTable(
      columns: [
        Column("id"), Column("label"), Column("joined_from"), Column("joined_to"), Column("joined_change"),
        Column("rate_from"), Column("rate_to"), Column("rate_change"),
      ], decimals: 2)
    for r in rows {
      table.append([
        .text(r.id), .text(r.label), .integer(r.joinedBefore), .integer(r.joinedAfter),
        .integer(r.joinedAfter - r.joinedBefore),
        .number(r.rateBefore), .number(r.rateAfter), .number(r.rateAfter - r.rateBefore),
      ])
    }
    return table
  }
}

extension DialogueNetwork {
  /// Geographic coverage on two dates and the difference (see ``CoverageChange``).
  /// - Throws: ``MetricError/datesOutOfOrder(from:to:)`` if `from` is after `to`, and the errors of
  ///   ``geographicCoverage(of:by:asOf:conventions:)``.
  public func coverageChange(
    of countries: CountrySet, by instrument: CoverageInstrument, from: Day, to: Day
  ) throws(MetricError) -> CoverageChange {
    guard from <= to else { throw .datesOutOfOrder(from: from, to: to) }
    return CoverageChange(
      before: try geographicCoverage(of: countries, by: instrument, asOf: from),
      after: try geographicCoverage(of: countries, by: instrument, asOf: to))
  }

  /// Participation in a framework kind on two dates, per member state (see ``ParticipationChange``).
  /// - Throws: ``MetricError/datesOutOfOrder(from:to:)``, ``MetricError/unknownFrameworkKind(_:valid:)``.
  public func participationChange(
    frameworkKind: String, from: Day, to: Day
  ) throws(MetricError) -> ParticipationChange {
    guard from <= to else { throw .datesOutOfOrder(from: from, to: to) }
    let before = try participationMatrix(frameworkKind: frameworkKind, asOf: from)
    let after = try participationMatrix(frameworkKind: frameworkKind, asOf: to)
    let beforeByNode = Dictionary(uniqueKeysWithValues: before.memberStates.map { ($0.node, $0) })
    let afterNodes = Set(after.memberStates.map(\.node))
    var rows = after.memberStates.map { a in
      let b = beforeByNode[a.node]
      return ParticipationChange.Row(
        id: a.id, label: a.label, joinedBefore: b?.joined.count ?? 0, joinedAfter: a.joined.count,
        rateBefore: b?.rate ?? 0, rateAfter: a.rate)
    }
    for b in before.memberStates where !afterNodes.contains(b.node) {
      rows.append(
        .init(
          id: b.id, label: b.label, joinedBefore: b.joined.count, joinedAfter: 0, rateBefore: b.rate,
          rateAfter: 0))
    }
    return ParticipationChange(before: before, after: after, rows: rows)
  }
}
