/// Participation gaps of the member states for one framework kind as of a date, ranked from the
/// least engaged: the `gaps` command's result.
///
/// **Disengaged** means *joined no framework of the requested kind although there was at least
/// one to join, and the sources record that it stayed out of every one* (joined = 0, absent > 0,
/// not recorded = 0), whatever the other signals; a member state with nothing to join (before the
/// first framework existed, say) is not disengaged, and neither is one whose participation the
/// sources do not record (``Unrecorded``): unknown is not absent.
///
/// **Ranking** (least engaged first): disengaged first; then by participation in the requested
/// kind — the rate `joined / (joined + recorded absences)`, lowest first, then frameworks joined,
/// fewest first; then by the engagement score (see ``EngagementComponents``), lowest first; then
/// by id. Member states none of whose memberships of the kind is recorded (rate unknown) come
/// last. So the order always agrees with the joined / could-join columns; the composite score is
/// its own column and only breaks ties.
///
/// ```swift
/// let gaps = try network.participationGaps(frameworkKind: "mobility-partnership", asOf: Day("2013-12-31"))
/// gaps.rows.filter(\.disengaged).map(\.id)   // AT, FI, HR, IE, MT (§5.2.2: "five member states")
/// print(gaps.table.rendered(as: .table))
/// ```
public struct ParticipationGaps: Sendable {
  /// One member state.
  public struct Row: Sendable, Equatable {
    /// Node index.
    public let node: Int
    /// ISO code.
    public let id: String
    /// Label.
    public let label: String
    /// Frameworks of the requested kind joined.
    public let joined: Int
    /// Frameworks of the requested kind it could have joined.
    public let eligible: Int
    /// Eligible frameworks whose membership the sources do not record.
    public let notRecorded: Int
    /// `joined / (joined + absent)` over the frameworks whose answer is known (0 when none is).
    public let rate: Double
    /// Engagement score in [0, 1] (see ``EngagementComponents``).
    public let score: Double
    /// `joined == 0 && absent > 0 && notRecorded == 0`: the sources show it joined none of the
    /// frameworks of the kind it could have joined.
    public let disengaged: Bool
    /// Ids of the frameworks of the requested kind it could have joined but did not.
    public let absentFrom: [String]
    /// The score's components.
    public let components: EngagementComponents

    /// Whether any of its memberships of the kind is known (joined or recorded absent).
    public var rateKnown: Bool { joined + absentFrom.count > 0 }
  }

  /// The framework kind asked about.
  public let frameworkKind: String
  /// The date asked about.
  public let asOf: Day?
  /// The weights used.
  public let weights: EngagementWeights
  /// The matrix behind the figures.
  public let matrix: ParticipationMatrix
  /// The engagement scores behind the score column (maxima, components with no data).
  public let engagement: EngagementScores
  /// Whether the five lowest scores depend on the weights.
  public let sensitivity: EngagementSensitivity
  /// Ranked rows (see the type's documentation).
  public let rows: [Row]

  /// The disengaged member states, in ranking order.
  public var disengaged: [Row] { rows.filter(\.disengaged) }

  /// The printed table, with exactly these fields in this order: `id, label, joined, eligible,
  /// not_recorded, rate, score, disengaged, absent_from`, then the raw components
  /// `participation_all` (rate across all framework kinds), `leadership_roles`, `events_hosted`,
  /// `funds_given`, `funds_eur`, `commitments`, then `low_score_under` (the weightings under which
  /// the member state is among the five lowest scores: `asked`, `equal weights`, …; see
  /// ``EngagementSensitivity``). Notes: the scaling, the components with no data, the
  /// sensitivity, the cells not recorded.
  public var table: ResultTable {
    var table = ResultTable(
      columns: [
        Column("id"), Column("label"), Column("joined"), Column("eligible"), Column("not_recorded"), Column("rate"),
        Column("score"),
        Column("disengaged"), Column("absent_from"), Column("participation_all"), Column("leadership_roles"),
        Column("events_hosted"), Column("funds_given"), Column("funds_eur"), Column("commitments"),
        Column("low_score_under"),
      ], decimals: 3)
    for row in rows {
      let c = row.components
      table.append([
        .text(row.id), .text(row.label), .integer(row.joined), .integer(row.eligible), .integer(row.notRecorded),
        .number(row.rate),
        .number(row.score), .bool(row.disengaged), .list(row.absentFrom), .number(c.participationRate),
        .integer(c.leadershipRoles), .integer(c.eventsHosted), .integer(c.fundsGiven), .number(c.fundsEUR),
        .integer(c.commitments), .list(sensitivity.weightings(withBottom: row.id)),
      ])
    }
    table.notes = notes
    return table
  }

  /// How to read the table: ranking, score scaling, no-data components, sensitivity, unknowns.
  public var notes: [String] {
    var notes = [
      "Order: disengaged first, then participation in this kind (rate = joined / (joined + recorded absences), "
        + "then joined); the score (0–1) only breaks ties.",
      "Score = weighted mean of components each divided by its largest value among the member states "
        + "(weights \(engagement.weights.description)).",
    ]
    let noData = engagement.noData
    if !noData.isEmpty {
      notes.append(
        "No data (0 for every member state), left out of the weights: "
          + noData.map(\.title).joined(separator: ", ") + ".")
    }
    notes.append(sensitivity.sentence)
    if let unknown = matrix.notRecordedNote { notes.append(unknown) }
    return notes
  }

  /// The row of a member state (aliases `EL`/`UK` accepted), or `nil`.
  public func row(of id: String) -> Row? {
    guard let matrixRow = matrix.row(of: id) else { return nil }
    return rows.first { $0.node == matrixRow.node }
  }
}

extension DialogueNetwork {
  /// Participation gaps and the disengagement ranking for a framework kind (see
  /// ``ParticipationGaps``).
  ///
  /// - Throws: ``MetricError/unknownFrameworkKind(_:valid:)``, ``MetricError/invalidWeight(_:value:)``,
  ///   ``MetricError/noNodes(ofKind:plural:)`` (no member state in the dataset).
  /// - Complexity: O(K·(n + M·F) + E + M log M).
  public func participationGaps(
    frameworkKind: String, asOf: Day?, weights: EngagementWeights = .default
  ) throws(MetricError) -> ParticipationGaps {
    try weights.validate()
    let matrix = try participationMatrix(frameworkKind: frameworkKind, asOf: asOf)
    let engagement = engagement(asOf: asOf, weights: weights)
    var rows = matrix.memberStates.map { m in
      let components = engagement.byNode[m.node]!
      return ParticipationGaps.Row(
        node: m.node, id: m.id, label: m.label, joined: m.joined.count, eligible: m.eligible.count,
        notRecorded: m.notRecorded.count, rate: m.rate,
        score: components.score, disengaged: m.joined.isEmpty && !m.absentFrom.isEmpty && m.notRecorded.isEmpty,
        absentFrom: m.absentFrom.map { nodes[$0].id },
        components: components)
    }
    rows.sort(by: ParticipationGaps.ranksBefore)
    return ParticipationGaps(
      frameworkKind: frameworkKind, asOf: asOf, weights: weights, matrix: matrix, engagement: engagement,
      sensitivity: engagement.sensitivity { self.nodes[$0].id }, rows: rows)
  }
}

extension ParticipationGaps {
  /// The ranking order (see the type's documentation): whether `a` is less engaged than `b`.
  static func ranksBefore(_ a: Row, _ b: Row) -> Bool {
    if a.disengaged != b.disengaged { return a.disengaged }
    if a.rateKnown != b.rateKnown { return a.rateKnown }
    if a.rate != b.rate { return a.rate < b.rate }
    if a.joined != b.joined { return a.joined < b.joined }
    if a.score != b.score { return a.score < b.score }
    return a.id < b.id
  }
}

extension EngagementWeights {
  /// Checks that every weight is finite and ≥ 0.
  /// - Throws: ``MetricError/invalidWeight(_:value:)`` naming the first bad weight.
  public func validate() throws(MetricError) {
    for k in EngagementComponent.allCases where !(self[k].isFinite && self[k] >= 0) {
      throw .invalidWeight(k.rawValue, value: self[k])
    }
  }
}
