/// The thematic-coverage question at two dates, and what changed.
///
/// **Definition.** With thematic coverage T₁ on `from` and T₂ on `to` (``ThematicCoverage``, same
/// framework kind): per framework present at either date, the themes addressed at each date,
/// `gained` = themes addressed on `to` but not on `from`, `lost` the reverse, and `ratioChange` =
/// ratio₂ − ratio₁ (a framework that does not exist on a date has ratio 0 there and is marked
/// absent). `balanceChange` = balance₂ − balance₁.
///
/// ```swift
/// let change = try network.thematicChange(frameworkKind: "mobility-partnership",
///                                         from: Day("2012-12-31")!, to: Day("2013-12-31")!)
/// change.rows.filter { !$0.gained.isEmpty }   // mp-morocco gains all four priorities in 2013
/// ```
///
/// - Complexity: twice that of ``DialogueNetwork/thematicCoverage(frameworkKind:asOf:conventions:)``.
public struct ThematicChange: Sendable, Equatable {
  /// One framework.
  public struct Row: Sendable, Equatable {
    /// Framework id.
    public let framework: String
    /// Label.
    public let label: String
    /// Whether the framework exists on the first and on the second date.
    public let existsFrom: Bool, existsTo: Bool
    /// Ratio (themes ÷ all themes) on each date.
    public let ratioFrom: Double, ratioTo: Double
    /// Themes addressed on the second date and not the first, and the reverse (theme order).
    public let gained: [String], lost: [String]
  }

  /// Coverage on the first date.
  public let before: ThematicCoverage
  /// Coverage on the second date.
  public let after: ThematicCoverage
  /// One row per framework existing on either date, in file order.
  public let rows: [Row]

  /// `after.balance − before.balance`.
  public var balanceChange: Double { after.balance - before.balance }

  init(before: ThematicCoverage, after: ThematicCoverage) {
    self.before = before
    self.after = after
    let first = Dictionary(uniqueKeysWithValues: before.rows.map { ($0.node, $0) })
    let second = Dictionary(uniqueKeysWithValues: after.rows.map { ($0.node, $0) })
    rows = Set(first.keys).union(second.keys).sorted().map { node in
      let a = first[node]
      let b = second[node]
      let themesA = Set(a?.themes ?? [])
      let themesB = Set(b?.themes ?? [])
      return Row(
        framework: (a ?? b)!.framework, label: (a ?? b)!.label, existsFrom: a != nil, existsTo: b != nil,
        ratioFrom: a?.ratio ?? 0, ratioTo: b?.ratio ?? 0,
        gained: after.allThemes.filter { themesB.contains($0) && !themesA.contains($0) },
        lost: before.allThemes.filter { themesA.contains($0) && !themesB.contains($0) })
    }
  }

  /// The printed table: `framework, label, exists_from, exists_to, ratio_from, ratio_to,
  /// ratio_change, gained, lost`.
  public var table: ResultTable {
    var table = ResultTable(
      columns: [
        Column("framework"), Column("label"), Column("exists_from"), Column("exists_to"), Column("ratio_from"),
        Column("ratio_to"), Column("ratio_change"), Column("gained"), Column("lost"),
      ], decimals: 2)
    for row in rows {
      table.append([
        .text(row.framework), .text(row.label), .bool(row.existsFrom), .bool(row.existsTo), .number(row.ratioFrom),
        .number(row.ratioTo), .number(row.ratioTo - row.ratioFrom), .list(row.gained), .list(row.lost),
      ])
    }
    return table
  }

  /// `{from, to, balance_from, balance_to, balance_change, frameworks: [table rows]}`.
  public var json: JSONValue {
    .object([
      ("from", before.asOf.map { .string($0.description) } ?? .null),
      ("to", after.asOf.map { .string($0.description) } ?? .null),
      ("balance_from", .number(before.balance)), ("balance_to", .number(after.balance)),
      ("balance_change", .number(balanceChange)), ("frameworks", table.json),
    ])
  }
}

extension DialogueNetwork {
  /// Thematic coverage of a framework kind at two dates and the difference (see ``ThematicChange``).
  /// - Throws: ``MetricError/unknownFrameworkKind(_:valid:)``.
  public func thematicChange(
    frameworkKind: String, from: Day, to: Day
  ) throws(MetricError) -> ThematicChange {
    ThematicChange(
      before: try thematicCoverage(frameworkKind: frameworkKind, asOf: from),
      after: try thematicCoverage(frameworkKind: frameworkKind, asOf: to))
  }
}
