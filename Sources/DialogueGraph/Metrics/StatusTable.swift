/// Country × status for the bilateral frameworks of one kind: the report's Annex I (mobility
/// partnerships) and Annex II (common agendas) rebuilt from data.
///
/// **Rows.** One per `participates-in` link with the partner role into a framework of the kind,
/// in file order of the frameworks, then of the links: the partner country and its framework.
///
/// **As printed** (every row): the status the source prints — the partner link's `status`, else
/// the framework's — shown as the vocabulary's `printed` text (Annex I's Danish, e.g. "Indgået")
/// and its English label. Its *since* is the date the sources give **for that status**, or empty:
/// the partner link's own `start` for a link status; the framework's `start` for the framework's
/// own status only when that status is not prospective (a framework's later conclusion is never
/// the date its "talks ongoing" began).
///
/// **On a date d** (`asOf` given), derived from dated rows only, first rule that applies:
/// 1. the framework exists on d (the core's one rule) → the concluded status, since its `start`;
/// 2. the latest dated row about the framework that has begun by d and carries a `status` — a link
///    touching it, or an event `part-of` it (e.g. "talks concluded" in November 2013) → that
///    status, since that row's start;
/// 3. the latest event `part-of` the framework without a status that began by d (a draft
///    presented, a round of talks) → the work-in-progress status
///    (``MetricConventions/workInProgressStatus``, `negotiating`), since the event's start;
/// 4. otherwise no status (`status` = "", `since` = null): nothing dated shows the framework on
///    the agenda by d.
/// Undated rows (Annex I's printed statuses) never decide a derived status. Without a date
/// (`asOf == nil`) the status is the printed one.
///
/// - Complexity: O(n + Σ degree of the frameworks).
public struct StatusTable: Sendable, Equatable {
  /// One country.
  public struct Row: Sendable, Equatable {
    /// Country id.
    public let country: String
    /// Country label.
    public let label: String
    /// Framework id.
    public let framework: String
    /// Status id on the date (the printed one without a date), or `nil` when none applies.
    public let statusId: String?
    /// That status in English (the vocabulary's label; "" for none).
    public let status: String
    /// Since when that status holds, as the sources date it, or `nil`.
    public let since: String?
    /// The status id the source prints, or `nil`.
    public let printedStatusId: String?
    /// The status as the source prints it (the vocabulary's `printed` text, else its label).
    public let printed: String
    /// The printed status in English (the vocabulary's label).
    public let printedEnglish: String
    /// The date the sources give for the printed status, or `nil`.
    public let printedSince: String?
    /// The citation of the row that gives the status ("" when none).
    public let citation: String
    /// The row that gives the status, or `nil`.
    public let source: RowReference?
  }

  /// The framework kind.
  public let frameworkKind: String
  /// `nil` for the statuses as printed; else the date of a derived table.
  public let asOf: Day?
  /// The rows.
  public let rows: [Row]

  /// The row of a country (aliases `EL`/`UK` accepted), or `nil`.
  public func row(of country: String) -> Row? {
    let code = countryCode(country)
    return rows.first { $0.country == country } ?? rows.first { $0.country == code }
  }

  /// The printed table: `country, label, framework, status, since, printed, printed_en,
  /// printed_since, citation` — the status on the date in English, then the status as the source
  /// prints it (and in English).
  public var table: ResultTable {
    var table = ResultTable(columns: [
      Column("country"), Column("label"), Column("framework"), Column("status"), Column("since"), Column("printed"),
      Column("printed_en"), Column("printed_since"), Column("citation"),
    ])
    func optional(_ s: String?) -> Cell { s.map(Cell.text) ?? .empty }
    for r in rows {
      table.append([
        .text(r.country), .text(r.label), .text(r.framework), .text(r.status), optional(r.since), .text(r.printed),
        .text(r.printedEnglish), optional(r.printedSince), .text(r.citation),
      ])
    }
    return table
  }
}

/// A dataset row behind a figure: a node or an edge, by index.
public enum RowReference: Sendable, Equatable, Hashable {
  /// `network.nodes[index]`.
  case node(Int)
  /// `network.edges[index]`.
  case edge(Int)
}

extension DialogueNetwork {
  /// The status table of a framework kind (see ``StatusTable``).
  /// - Throws: ``MetricError/unknownFrameworkKind(_:valid:)``.
  public func statusTable(frameworkKind: String, asOf: Day? = nil) throws(MetricError) -> StatusTable {
    try requireFrameworkKind(frameworkKind)
    var rows: [StatusTable.Row] = []
    for f in nodeIndices(ofKind: frameworkKind) {
      for e in incomingEdges(of: f)
      where edges[e].kind == conventions.participationEdgeKind && edges[e].role == conventions.partnerRole {
        let c = sourceIndices[e]
        let printed = printedStatus(partnerEdge: e, framework: f)
        let (statusId, since, source) = asOf.map { derivedStatus(of: f, on: $0) } ?? printed
        let citation: String
        switch source {
        case .node(let n): citation = nodes[n].citation
        case .edge(let x): citation = edges[x].citation
        case nil: citation = ""
        }
        rows.append(
          .init(
            country: nodes[c].id, label: nodes[c].label, framework: nodes[f].id, statusId: statusId,
            status: statusLabel(statusId), since: since, printedStatusId: printed.0,
            printed: statusText(printed.0), printedEnglish: statusLabel(printed.0), printedSince: printed.1,
            citation: citation, source: source))
      }
    }
    return StatusTable(frameworkKind: frameworkKind, asOf: asOf, rows: rows)
  }

  /// A status id as the source prints it: printed text, else label, else the id itself.
  func statusText(_ id: String?) -> String {
    guard let id else { return "" }
    guard let status = vocabulary.status(id) else { return id }
    return status.printed.isEmpty ? status.label : status.printed
  }

  /// A status id in English: the vocabulary's label, else the id itself.
  func statusLabel(_ id: String?) -> String {
    guard let id else { return "" }
    return vocabulary.status(id)?.label ?? id
  }

  /// The status as the source prints it: the partner link's (since the link's own start), else the
  /// framework's (since its start, unless the status is prospective).
  private func printedStatus(partnerEdge e: Int, framework f: Int) -> (String?, String?, RowReference?) {
    if let status = edges[e].status { return (status, edges[e].start?.description, .edge(e)) }
    if let status = nodes[f].status {
      let since = isProspective(status: status) ? nil : nodes[f].start?.description
      return (status, since, .node(f))
    }
    return (nil, nil, nil)
  }

  /// The status on `day` derived from dated rows (rules 1–4 of ``StatusTable``).
  private func derivedStatus(of f: Int, on day: Day) -> (String?, String?, RowReference?) {
    if frameworkExists(f, asOf: day) {
      return (conventions.concludedStatus, nodes[f].start?.description, .node(f))
    }
    var best: (start: PartialDate, row: RowReference, status: String)?
    func consider(_ start: PartialDate?, _ row: RowReference, _ status: String?) {
      guard let start, let status, start.firstDay <= day else { return }
      if best == nil || best!.start.firstDay < start.firstDay { best = (start, row, status) }
    }
    var latestEvent: (start: PartialDate, node: Int)?
    for e in Array(incomingEdges(of: f)) + Array(outgoingEdges(of: f)) {
      consider(edges[e].start, .edge(e), edges[e].status)
      guard edges[e].kind == conventions.partOfEdgeKind, targetIndices[e] == f else { continue }
      let event = sourceIndices[e]
      guard nodes[event].kind == conventions.eventKind else { continue }
      consider(nodes[event].start, .node(event), nodes[event].status)
      if let start = nodes[event].start, start.firstDay <= day, nodes[event].status == nil,
        latestEvent == nil || latestEvent!.start.firstDay < start.firstDay
      {
        latestEvent = (start, event)
      }
    }
    if let best { return (best.status, best.start.description, best.row) }
    if let latestEvent {
      return (conventions.workInProgressStatus, latestEvent.start.description, .node(latestEvent.node))
    }
    return (nil, nil, nil)
  }
}
