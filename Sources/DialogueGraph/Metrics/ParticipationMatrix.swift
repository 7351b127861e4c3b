/// Which member states take part in which frameworks of one kind, as of a date.
///
/// **Definition.** For a framework kind K and a date d (or no date):
/// - the *member states* are the nodes of kind `member-state` that hold on d (accession ≤ d);
/// - the *frameworks* are the nodes of kind K that exist on d: they are not prospective (no
///   `start` and a prospective status: they never count) and hold on d;
/// - member state m is **eligible** for framework f when both exist on d. Without a date, when f
///   is not prospective and the periods of m and f overlap (f did not end before m's accession);
/// - m has **joined** f when an eligible pair has a `participates-in` edge m → f (any role) that
///   holds on d; an edge without `start` counts from f's `start`. Without a date, any such edge.
///
/// **Figures.** Per member state: `joined` = |{f : m joined f}|, `eligible` = |{f : m eligible for
/// f}|, `rate` = joined / eligible (0 when eligible = 0). Per framework: `in` = member states that
/// joined, `out` = eligible member states that did not, `share` = in / (in + out).
///
/// ```swift
/// let matrix = try network.participationMatrix(frameworkKind: "mobility-partnership", asOf: Day("2013-12-31"))
/// matrix.memberStates.filter { $0.joined == 0 }.map(\.id)   // ["AT", "FI", "HR", "IE", "MT"]
/// ```
public struct ParticipationMatrix: Sendable, Equatable {
  /// One cell of the matrix.
  public enum Entry: Sendable, Equatable {
    /// The member state joined; the `participates-in` edges (indices) that show it.
    case joined(edges: [Int])
    /// The member state could have joined but did not.
    case absent
    /// The pair is not eligible (the framework did not exist while the state was a member).
    case notEligible
  }

  /// One row of the matrix: a member state.
  public struct MemberStateRow: Sendable, Equatable {
    /// Node index of the member state.
    public let node: Int
    /// Its id (ISO code).
    public let id: String
    /// Its label.
    public let label: String
    /// Frameworks joined (node indices, file order).
    public let joined: [Int]
    /// Frameworks it could have joined (node indices, file order).
    public let eligible: [Int]
    /// Frameworks it could have joined but did not (node indices, file order).
    public let absentFrom: [Int]
    /// `joined.count / eligible.count`, 0 when nothing was eligible.
    public var rate: Double { eligible.isEmpty ? 0 : Double(joined.count) / Double(eligible.count) }
  }

  /// One column of the matrix: a framework.
  public struct FrameworkColumn: Sendable, Equatable {
    /// Node index of the framework.
    public let node: Int
    /// Its id.
    public let id: String
    /// Its label.
    public let label: String
    /// Member states that joined (node indices, file order).
    public let memberStatesIn: [Int]
    /// Eligible member states that did not join (node indices, file order).
    public let memberStatesOut: [Int]
    /// `in / (in + out)`, 0 when no member state was eligible.
    public var share: Double {
      let total = memberStatesIn.count + memberStatesOut.count
      return total == 0 ? 0 : Double(memberStatesIn.count) / Double(total)
    }
  }

  /// The framework kind asked about.
  public let frameworkKind: String
  /// The date asked about (`nil`: regardless of date).
  public let asOf: Day?
  /// One row per member state on the date, in file order.
  public let memberStates: [MemberStateRow]
  /// One column per framework existing on the date, in file order.
  public let frameworks: [FrameworkColumn]
  /// `entries[r][c]`: member state `memberStates[r]` and framework `frameworks[c]`.
  public let entries: [[Entry]]

  /// The row of a member state (aliases `EL`/`UK` accepted), or `nil`.
  /// - Complexity: O(rows).
  public func row(of id: String) -> MemberStateRow? {
    let code = countryCode(id)
    return memberStates.first { $0.id == id } ?? memberStates.first { $0.id == code }
  }

  /// Member state × framework as a table: `id, label, joined, eligible, rate`, then one column
  /// per framework id holding `yes`, `no` (eligible, absent) or empty (not eligible).
  public var table: ResultTable {
    var columns = [Column("id"), Column("label"), Column("joined"), Column("eligible"), Column("rate")]
    columns += frameworks.map { Column($0.id) }
    var table = ResultTable(columns: columns, decimals: 2)
    for (r, row) in memberStates.enumerated() {
      var cells: [Cell] = [
        .text(row.id), .text(row.label), .integer(row.joined.count), .integer(row.eligible.count),
        .number(row.rate),
      ]
      for entry in entries[r] {
        switch entry {
        case .joined: cells.append(.bool(true))
        case .absent: cells.append(.bool(false))
        case .notEligible: cells.append(.empty)
        }
      }
      table.append(cells)
    }
    return table
  }

  /// Per framework: `framework, label, in, out, share, members_in, members_out`.
  public var frameworkTable: ResultTable {
    var table = ResultTable(
      columns: [
        Column("framework"), Column("label"), Column("in"), Column("out"), Column("share"),
        Column("members_in"), Column("members_out"),
      ], decimals: 2)
    let idOf = Dictionary(uniqueKeysWithValues: memberStates.map { ($0.node, $0.id) })
    for column in frameworks {
      table.append([
        .text(column.id), .text(column.label), .integer(column.memberStatesIn.count),
        .integer(column.memberStatesOut.count), .number(column.share),
        .list(column.memberStatesIn.compactMap { idOf[$0] }),
        .list(column.memberStatesOut.compactMap { idOf[$0] }),
      ])
    }
    return table
  }
}

extension DialogueNetwork {
  /// The member state × framework participation matrix for a framework kind (see
  /// ``ParticipationMatrix`` for the definition).
  ///
  /// - Parameters:
  ///   - frameworkKind: a node kind with `framework: true` in the vocabulary.
  ///   - asOf: the date; `nil` counts every row regardless of date (prospective frameworks still
  ///     excluded).
  /// - Throws: ``MetricError/unknownFrameworkKind(_:valid:)``.
  /// - Complexity: O(n + M·F + E_M) for M member states, F frameworks and E_M edges leaving them.
  public func participationMatrix(
    frameworkKind: String, asOf: Day?, conventions: MetricConventions = .default
  ) throws(MetricError) -> ParticipationMatrix {
    try requireFrameworkKind(frameworkKind)
    let states = memberStates(asOf: asOf, conventions: conventions)
    let frameworks = nodeIndices(ofKind: frameworkKind).filter { frameworkExists($0, asOf: asOf) }
    let column = Dictionary(uniqueKeysWithValues: frameworks.enumerated().map { ($1, $0) })
    var entries: [[ParticipationMatrix.Entry]] = []
    var rows: [ParticipationMatrix.MemberStateRow] = []
    var columnIn = [[Int]](repeating: [], count: frameworks.count)
    var columnOut = [[Int]](repeating: [], count: frameworks.count)
    for m in states {
      var evidence = [[Int]](repeating: [], count: frameworks.count)
      for e in outgoingEdges(of: m) where edges[e].kind == conventions.participationEdgeKind {
        if let c = column[targetIndices[e]], edgeHolds(e, asOf: asOf) { evidence[c].append(e) }
      }
      var rowEntries: [ParticipationMatrix.Entry] = []
      var joined: [Int] = [], eligible: [Int] = [], absent: [Int] = []
      for (c, f) in frameworks.enumerated() {
        guard asOf != nil || periodsOverlap(m, f) else {
          rowEntries.append(.notEligible)
          continue
        }
        eligible.append(f)
        if evidence[c].isEmpty {
          absent.append(f)
          columnOut[c].append(m)
          rowEntries.append(.absent)
        } else {
          joined.append(f)
          columnIn[c].append(m)
          rowEntries.append(.joined(edges: evidence[c]))
        }
      }
      entries.append(rowEntries)
      rows.append(
        .init(
          node: m, id: nodes[m].id, label: nodes[m].label, joined: joined, eligible: eligible,
          absentFrom: absent))
    }
    let columns = frameworks.enumerated().map { c, f in
      ParticipationMatrix.FrameworkColumn(
        node: f, id: nodes[f].id, label: nodes[f].label, memberStatesIn: columnIn[c],
        memberStatesOut: columnOut[c])
    }
    return ParticipationMatrix(
      frameworkKind: frameworkKind, asOf: asOf, memberStates: rows, frameworks: columns, entries: entries)
  }

  /// Whether the periods of two nodes overlap (a missing bound is no limit).
  func periodsOverlap(_ a: Int, _ b: Int) -> Bool {
    let x = nodes[a], y = nodes[b]
    if let xEnd = x.end, let yStart = y.start, xEnd.dayAfterLastDay <= yStart.firstDay { return false }
    if let yEnd = y.end, let xStart = x.start, yEnd.dayAfterLastDay <= xStart.firstDay { return false }
    return true
  }
}
