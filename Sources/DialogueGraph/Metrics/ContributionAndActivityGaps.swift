/// Member states that take part without contributing or without being active, and frameworks
/// carried by few member states.
///
/// **Definitions** (for the framework kind and date of a ``ParticipationGaps``):
/// - **contribution gap**: the member state joined ≥ 1 framework of the kind but has no `funds`
///   link begun by the date (it funds nothing in the dataset);
/// - **activity gap**: it joined ≥ 1 framework of the kind but hosts no event and takes part in
///   no event (no `hosts` link, no `participates-in` link to a node of the event kind, begun by
///   the date);
/// - **under-supported framework**: a framework of the kind that existed on the date and that
///   at most `threshold` member states joined.
///
/// "Where the data allows": when the dataset holds no `funds` link at all (or no event-related
/// link at all), the corresponding gap cannot be told from missing data; ``contributionDataAvailable``
/// / ``activityDataAvailable`` are then `false` and the list is empty.
public struct ContributionAndActivityGaps: Sendable, Equatable {
  /// A member state with a gap.
  public struct MemberStateGap: Sendable, Equatable {
    /// Node index.
    public let node: Int
    /// ISO code.
    public let id: String
    /// Label.
    public let label: String
    /// Ids of the frameworks of the kind it joined.
    public let joined: [String]
  }

  /// A framework joined by few member states.
  public struct UnderSupported: Sendable, Equatable {
    /// Node index.
    public let node: Int
    /// Id.
    public let id: String
    /// Label.
    public let label: String
    /// Ids of the member states that joined.
    public let memberStatesIn: [String]
    /// Number of eligible member states.
    public let eligible: Int
  }

  /// Whether the dataset holds any `funds` link (otherwise the contribution gap is unknown).
  public let contributionDataAvailable: Bool
  /// Whether the dataset holds any `hosts` link or participation in an event.
  public let activityDataAvailable: Bool
  /// Member states that participate but fund nothing, in ranking order of the gaps.
  public let contributionGap: [MemberStateGap]
  /// Member states that participate but host or attend nothing, in ranking order of the gaps.
  public let activityGap: [MemberStateGap]
  /// The largest number of member states that still counts as "few".
  public let threshold: Int
  /// Frameworks joined by at most ``threshold`` member states, fewest first, then by id.
  public let underSupported: [UnderSupported]

  /// `gap, id, label, joined`: one row per member state and gap (`contribution` or `activity`).
  public var table: ResultTable {
    var table = ResultTable(columns: [Column("gap"), Column("id"), Column("label"), Column("joined")])
    for row in contributionGap {
      table.append([.text("contribution"), .text(row.id), .text(row.label), .list(row.joined)])
    }
    for row in activityGap {
      table.append([.text("activity"), .text(row.id), .text(row.label), .list(row.joined)])
    }
    return table
  }

  /// `framework, label, in, eligible, members_in`: the under-supported frameworks.
  public var underSupportedTable: ResultTable {
    var table = ResultTable(
      columns: [Column("framework"), Column("label"), Column("in"), Column("eligible"), Column("members_in")])
    for f in underSupported {
      table.append([
        .text(f.id), .text(f.label), .integer(f.memberStatesIn.count), .integer(f.eligible),
        .list(f.memberStatesIn),
      ])
    }
    return table
  }
}

extension DialogueNetwork {
  /// The contribution and activity gaps and the under-supported frameworks of a gaps result
  /// (see ``ContributionAndActivityGaps``).
  ///
  /// - Parameter threshold: frameworks joined by at most this many member states are listed
  ///   (default 3).
  /// - Complexity: O(E + F·M).
  public func contributionAndActivityGaps(
    _ gaps: ParticipationGaps, threshold: Int = 3
  ) -> ContributionAndActivityGaps {
    let asOf = gaps.asOf
    let hasFunding = edges.contains { $0.kind == conventions.fundsEdgeKind }
    let hasActivity = edges.indices.contains { e in
      edges[e].kind == conventions.hostsEdgeKind
        || (edges[e].kind == conventions.participationEdgeKind
          && nodes[targetIndices[e]].kind == conventions.eventKind)
    }
    var contribution: [ContributionAndActivityGaps.MemberStateGap] = []
    var activity: [ContributionAndActivityGaps.MemberStateGap] = []
    for row in gaps.rows where !row.disengaged {
      var funds = false, active = false
      for e in outgoingEdges(of: row.node) where edgeBegun(e, asOf: asOf) {
        let kind = edges[e].kind
        if kind == conventions.fundsEdgeKind { funds = true }
        if kind == conventions.hostsEdgeKind
          || (kind == conventions.participationEdgeKind
            && nodes[targetIndices[e]].kind == conventions.eventKind)
        {
          active = true
        }
      }
      let joined = gaps.matrix.row(of: row.id).map { $0.joined.map { nodes[$0].id } } ?? []
      let gap = ContributionAndActivityGaps.MemberStateGap(
        node: row.node, id: row.id, label: row.label, joined: joined)
      if hasFunding && !funds { contribution.append(gap) }
      if hasActivity && !active { activity.append(gap) }
    }
    let idOf = Dictionary(uniqueKeysWithValues: gaps.matrix.memberStates.map { ($0.node, $0.id) })
    let few = gaps.matrix.frameworks
      .filter { $0.memberStatesIn.count <= threshold }
      .map { column in
        ContributionAndActivityGaps.UnderSupported(
          node: column.node, id: column.id, label: column.label,
          memberStatesIn: column.memberStatesIn.compactMap { idOf[$0] },
          eligible: column.memberStatesIn.count + column.memberStatesOut.count)
      }
      .sorted { ($0.memberStatesIn.count, $0.id) < ($1.memberStatesIn.count, $1.id) }
    return ContributionAndActivityGaps(
      contributionDataAvailable: hasFunding, activityDataAvailable: hasActivity,
      contributionGap: contribution,
      activityGap: activity, threshold: threshold, underSupported: few)
  }
}
