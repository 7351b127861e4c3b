import Foundation

extension DialogueNetwork {
  /// Why a member state has its figures in a gaps result: its member-state row (accession), the
  /// frameworks of the kind that existed on the date, the participation rows it has, the absence
  /// of a participation row for every framework it is absent from, and the rows behind the
  /// engagement components.
  /// - Throws: ``MetricError/notInResult(_:result:)`` if the member state is not in the result.
  /// - Complexity: O(F + evidence).
  public func explain(_ gaps: ParticipationGaps, memberState id: String) throws(MetricError) -> Explanation {
    guard let row = gaps.row(of: id), let matrixRow = gaps.matrix.row(of: id) else {
      throw .notInResult(id, result: "participation gaps")
    }
    let date = gaps.asOf.map { "on \($0)" } ?? "at any date"
    let c = row.components
    var statement =
      "\(row.id) joined \(row.joined) of the \(row.eligible) \(gaps.frameworkKind) frameworks it could have joined \(date)"
    statement += row.disengaged ? " — disengaged (joined none)" : ""
    statement += String(
      format:
        "; engagement score %.3f = weighted mean of participation %.3f (%d/%d frameworks of all kinds), "
        + "leadership %d, events hosted %d, funds given %d (€%.0f), commitments %d", row.score,
      c.participationRate,
      c.frameworksJoined, c.frameworksEligible, c.leadershipRoles, c.eventsHosted, c.fundsGiven, c.fundsEUR,
      c.commitments)
    var lines: [Explanation.Evidence] = [
      evidence(
        "member", node: row.node,
        what: "member state since \(nodes[row.node].start?.description ?? "(no accession date)")")
    ]
    let gapIndex = gaps.matrix.memberStates.firstIndex { $0.node == row.node }!
    for (c, framework) in gaps.matrix.frameworks.enumerated()
    where gaps.matrix.entries[gapIndex][c] != .notEligible {
      lines.append(evidence("existed", node: framework.node))
    }
    for (c, _) in gaps.matrix.frameworks.enumerated() {
      if case .joined(let edges) = gaps.matrix.entries[gapIndex][c] {
        lines += edges.map { evidence("joined", edge: $0) }
      }
    }
    let shown = Set(lines.compactMap { line -> Int? in if case .edge(let e) = line.row { e } else { nil } })
    lines += row.components.evidence.filter { !shown.contains($0) }.map { evidence("engagement", edge: $0) }
    lines += matrixRow.absentFrom.map { absence(row.id, "participates-in", nodes[$0].id) }
    return Explanation(statement: statement, evidence: lines)
  }

  /// Why a country is covered or not: the region membership row, the rows that cover it, or the
  /// absence of any covering row.
  /// - Throws: ``MetricError/notInResult(_:result:)`` if the country is not in the coverage's set.
  public func explain(_ coverage: GeographicCoverage, country id: String) throws(MetricError) -> Explanation {
    guard let c = index(of: id), coverage.countryNodes.contains(c) else {
      throw .notInResult(id, result: "coverage")
    }
    let countryId = nodes[c].id
    var lines = [evidence("country", node: c, what: "\(nodes[c].kind) “\(nodes[c].label)”")]
    if case .region(let region) = coverage.countries, let r = index(of: region) {
      lines += incomingEdges(of: r).filter { sourceIndices[$0] == c && edgeHolds($0, asOf: coverage.asOf) }
        .map { evidence("in-region", edge: $0) }
    }
    let covering = coverage.evidence[countryId] ?? []
    lines += covering.map { evidence("covers", edge: $0) }
    let instrument: String
    switch coverage.instrument {
    case .edgeKind(let kind): instrument = "a \(kind) link"
    case .frameworkKind(let kind): instrument = "participation in a \(kind)"
    case .actor(let actor, let kind): instrument = "a \(kind ?? "link") with \(actor)"
    }
    if covering.isEmpty {
      lines.append(absence(countryId, instrument, coverage.asOf.map { "on \($0)" } ?? "at any date"))
    }
    let date = coverage.asOf.map { " on \($0)" } ?? ""
    let statement = "\(countryId) is \(covering.isEmpty ? "not covered" : "covered") by \(instrument)\(date)"
    return Explanation(statement: statement, evidence: lines)
  }

  /// Which themes a framework addresses: its row, the `addresses` rows, and an absence for each
  /// missing theme.
  /// - Throws: ``MetricError/notInResult(_:result:)`` if the framework is not in the result.
  public func explain(_ coverage: ThematicCoverage, framework id: String) throws(MetricError) -> Explanation {
    guard let row = coverage.rows.first(where: { $0.framework == id }) else {
      throw .notInResult(id, result: "thematic coverage")
    }
    var lines = [evidence("framework", node: row.node)]
    lines += row.evidence.map { evidence("addresses", edge: $0) }
    lines += row.missing.map { absence(row.framework, "addresses", $0) }
    let statement =
      "\(row.framework) addresses \(row.themes.count) of \(coverage.allThemes.count) themes"
      + (row.missing.isEmpty ? "" : "; missing: " + row.missing.joined(separator: ", "))
    return Explanation(statement: statement, evidence: lines)
  }

  /// Where a country's status comes from: the row that gives it (or none).
  /// - Throws: ``MetricError/notInResult(_:result:)`` if the country has no row.
  public func explain(_ table: StatusTable, country id: String) throws(MetricError) -> Explanation {
    guard let row = table.row(of: id) else { throw .notInResult(id, result: "status table") }
    var lines: [Explanation.Evidence] = []
    if let f = index(of: row.framework) { lines.append(evidence("framework", node: f)) }
    switch row.source {
    case .edge(let e): lines.append(evidence("status", edge: e))
    case .node(let n): lines.append(evidence("status", node: n))
    case nil:
      lines.append(absence(row.country, "dated status", table.asOf.map { "by \($0)" } ?? row.framework))
    }
    let mode = table.asOf.map { " on \($0), derived from dated rows" } ?? ", as printed"
    let status =
      row.status.isEmpty
      ? "no status — " + (table.asOf.map { "nothing dated shows \(row.framework) on the agenda by \($0)" }
        ?? "the source prints none")
      : "“\(row.status)”" + (row.since.map { " since \($0)" } ?? "")
    var statement = "\(row.country) (\(row.framework))\(mode): \(status)"
    if !row.printed.isEmpty {
      statement += "; the source prints “\(row.printed)” (\(row.printedEnglish))"
        + (row.printedSince.map { " since \($0)" } ?? "")
    }
    return Explanation(statement: statement, evidence: lines)
  }
}
