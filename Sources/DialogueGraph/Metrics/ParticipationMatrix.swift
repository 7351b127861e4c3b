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
/// **Not recorded is not absent.** When the dataset declares a framework's membership (or its
/// kind's) not recorded or partly recorded (``Unrecorded``), an eligible member state without a
/// participation link is **not recorded**, never absent: the sources cannot say it stayed out.
///
/// **Figures.** Per member state: `joined` = |{f : m joined f}|, `eligible` = |{f : m eligible for
/// f}|, `notRecorded` = eligible frameworks whose membership the sources do not give and m is not
/// recorded in, `absent` = the rest; `rate` = joined / (joined + absent), over the frameworks where
/// the answer is known (0 when there is none). Per framework: `in` = member states that joined,
/// `out` = eligible member states recorded as not joining, `not recorded` = the unknown ones,
/// `share` = in / (in + out).
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
    /// The sources do not record whether the member state takes part (see ``Unrecorded``).
    case notRecorded

    /// How tables print the entry: `yes`, `no`, `not recorded`, or empty (not eligible).
    public var text: String? {
      switch self {
      case .joined: "yes"
      case .absent: "no"
      case .notRecorded: "not recorded"
      case .notEligible: nil
      }
    }
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
    /// Frameworks it could have joined and, by the sources, did not (node indices, file order).
    public let absentFrom: [Int]
    /// Eligible frameworks whose membership the sources do not record, and that it is not recorded
    /// in (node indices, file order).
    public let notRecorded: [Int]
    /// `joined / (joined + absent)`: the share of the frameworks whose answer is known; 0 when none is.
    public var rate: Double {
      let known = joined.count + absentFrom.count
      return known == 0 ? 0 : Double(joined.count) / Double(known)
    }
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
    /// Eligible member states recorded as not joining (node indices, file order).
    public let memberStatesOut: [Int]
    /// Eligible member states whose participation the sources do not record (node indices).
    public let memberStatesNotRecorded: [Int]
    /// Why the membership is not (fully) recorded, or `nil` when it is.
    public let unrecorded: Unrecorded?
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

  /// How many cells are not recorded (see ``Entry/notRecorded``).
  public var notRecordedCount: Int { memberStates.reduce(0) { $0 + $1.notRecorded.count } }

  /// One line saying how many cells are unknown, or `nil` when every cell is known.
  public var notRecordedNote: String? {
    let n = notRecordedCount
    guard n > 0 else { return nil }
    let frameworks = self.frameworks.filter { $0.unrecorded != nil }.count
    return "\(n) member state × framework \(n == 1 ? "cell is" : "cells are") not recorded in the sources "
      + "(membership of \(frameworks) framework\(frameworks == 1 ? "" : "s") not listed): shown as “not recorded”, never as absent."
  }

  /// The row of a member state (aliases `EL`/`UK` accepted), or `nil`.
  /// - Complexity: O(rows).
  public func row(of id: String) -> MemberStateRow? {
    let code = countryCode(id)
    return memberStates.first { $0.id == id } ?? memberStates.first { $0.id == code }
  }

  /// Member state × framework as a table: `id, label, joined, eligible, not_recorded, rate`, then
  /// one column per framework id holding `yes`, `no` (eligible, recorded as absent), `not recorded`
  /// or empty (not eligible).
  public var table: ResultTable {
    var columns = [
      Column("id"), Column("label"), Column("joined"), Column("eligible"), Column("not_recorded"), Column("rate"),
    ]
    columns += frameworks.map { Column($0.id) }
    var table = ResultTable(columns: columns, decimals: 2)
    for (r, row) in memberStates.enumerated() {
      var cells: [Cell] = [
        .text(row.id), .text(row.label), .integer(row.joined.count), .integer(row.eligible.count),
        .integer(row.notRecorded.count), .number(row.rate),
      ]
      cells += entries[r].map { $0.text.map(Cell.text) ?? .empty }
      table.append(cells)
    }
    table.notes = notRecordedNote.map { [$0] } ?? []
    return table
  }

  /// Per framework: `framework, label, membership, in, out, not_recorded, share, members_in,
  /// members_out`; `membership` is `recorded`, `not recorded` or `partly recorded`, and `out` and
  /// `share` are empty when the membership is not recorded at all.
  public var frameworkTable: ResultTable {
    var table = ResultTable(
      columns: [
        Column("framework"), Column("label"), Column("membership"), Column("in"), Column("out"),
        Column("not_recorded"), Column("share"), Column("members_in"), Column("members_out"),
      ], decimals: 2)
    let idOf = Dictionary(uniqueKeysWithValues: memberStates.map { ($0.node, $0.id) })
    for column in frameworks {
      let unknown = column.unrecorded?.extent == .notRecorded
      table.append([
        .text(column.id), .text(column.label), .text(column.unrecorded?.phrase ?? "recorded"),
        .integer(column.memberStatesIn.count), unknown ? .empty : .integer(column.memberStatesOut.count),
        .integer(column.memberStatesNotRecorded.count), unknown ? .empty : .number(column.share),
        .list(column.memberStatesIn.compactMap { idOf[$0] }),
        .list(column.memberStatesOut.compactMap { idOf[$0] }),
      ])
    }
    table.notes = notRecordedNote.map { [$0] } ?? []
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
  /// - Throws: ``MetricError/unknownFrameworkKind(_:valid:)``; ``MetricError/noNodes(ofKind:plural:)``
  ///   when the dataset has no member state at all (e.g. a bare edge list without node kinds).
  /// - Complexity: O(n + M·F + E_M) for M member states, F frameworks and E_M edges leaving them.
  public func participationMatrix(
    frameworkKind: String, asOf: Day?
  ) throws(MetricError) -> ParticipationMatrix {
    try requireFrameworkKind(frameworkKind)
    try requireMemberStates()
    let states = memberStates(asOf: asOf)
    let frameworks = nodeIndices(ofKind: frameworkKind).filter { frameworkExists($0, asOf: asOf) }
    let unrecordedMembership = frameworks.map { unrecorded(.membership, of: $0) }
    let column = Dictionary(uniqueKeysWithValues: frameworks.enumerated().map { ($1, $0) })
    var entries: [[ParticipationMatrix.Entry]] = []
    var rows: [ParticipationMatrix.MemberStateRow] = []
    var columnIn = [[Int]](repeating: [], count: frameworks.count)
    var columnOut = [[Int]](repeating: [], count: frameworks.count)
    var columnUnknown = [[Int]](repeating: [], count: frameworks.count)
    for m in states {
      var evidence = [[Int]](repeating: [], count: frameworks.count)
      for e in outgoingEdges(of: m) where edges[e].kind == conventions.participationEdgeKind {
        if let c = column[targetIndices[e]], edgeHolds(e, asOf: asOf) { evidence[c].append(e) }
      }
      var rowEntries: [ParticipationMatrix.Entry] = []
      var joined: [Int] = [], eligible: [Int] = [], absent: [Int] = [], unknown: [Int] = []
      for (c, f) in frameworks.enumerated() {
        guard asOf != nil || periodsOverlap(m, f) else {
          rowEntries.append(.notEligible)
          continue
        }
        eligible.append(f)
        if evidence[c].isEmpty && unrecordedMembership[c] != nil {
          unknown.append(f)
          columnUnknown[c].append(m)
          rowEntries.append(.notRecorded)
        } else if evidence[c].isEmpty {
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
          absentFrom: absent, notRecorded: unknown))
    }
    let columns = frameworks.enumerated().map { c, f in
      ParticipationMatrix.FrameworkColumn(
        node: f, id: nodes[f].id, label: nodes[f].label, memberStatesIn: columnIn[c],
        memberStatesOut: columnOut[c], memberStatesNotRecorded: columnUnknown[c], unrecorded: unrecordedMembership[c])
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
