/// Country × status for the bilateral frameworks of one kind: the report's Annex I (mobility
/// partnerships) and Annex II (common agendas) rebuilt from data.
///
/// **Rows.** One per `participates-in` link with the partner role into a framework of the kind,
/// in file order of the frameworks, then of the links: the partner country and its framework.
///
/// **As printed** (`asOf == nil`): the status is the partner link's `status` (else the
/// framework's); it is shown as the vocabulary's `printed` text (Annex I's Danish, e.g.
/// "Indgået"), or its label when the vocabulary prints nothing. `since` is the link's `start`,
/// else the framework's; `citation` is the link's.
///
/// **Derived as of d** (`asOf` given), from dated rows only, first rule that applies:
/// 1. the framework exists on d (a `start` ≤ d) → the concluded status, since its `start`,
///    cited by the framework's row;
/// 2. the latest link touching the framework that carries a `status` and has begun by d →
///    that status, since the link's start;
/// 3. the latest event `part-of` the framework that began by d (a draft presented, a round of
///    talks) → the work-in-progress status (``MetricConventions/workInProgressStatus``,
///    `negotiating`), since the event's start;
/// 4. otherwise no status (`status` = "", `since` = null): nothing dated shows the framework
///    on the agenda by d.
/// Undated rows (Annex I's printed statuses) never decide a derived status.
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
    /// Status id, or `nil` when none applies.
    public let statusId: String?
    /// The status as shown: the vocabulary's printed text, else its label, else the id ("" for none).
    public let status: String
    /// Since when (as written in the dataset), or `nil`.
    public let since: String?
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

  /// The printed table: `country, label, status, since, citation`.
  public var table: ResultTable {
    var table = ResultTable(columns: [
      Column("country"), Column("label"), Column("status"), Column("since"), Column("citation"),
    ])
    for r in rows {
      table.append([
        .text(r.country), .text(r.label), .text(r.status), r.since.map(Cell.text) ?? .empty,
        .text(r.citation),
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
  public func statusTable(
    frameworkKind: String, asOf: Day? = nil
  ) throws(MetricError) -> StatusTable {
    try requireFrameworkKind(frameworkKind)
    var rows: [StatusTable.Row] = []
    for f in nodeIndices(ofKind: frameworkKind) {
      for e in incomingEdges(of: f)
      where edges[e].kind == conventions.participationEdgeKind && edges[e].role == conventions.partnerRole {
        let c = sourceIndices[e]
        let (statusId, since, source) =
          asOf.map { derivedStatus(of: f, on: $0) }
          ?? printedStatus(partnerEdge: e, framework: f)
        let citation: String
        switch source {
        case .node(let n): citation = nodes[n].citation
        case .edge(let x): citation = edges[x].citation
        case nil: citation = ""
        }
        rows.append(
          .init(
            country: nodes[c].id, label: nodes[c].label, framework: nodes[f].id, statusId: statusId,
            status: statusText(statusId), since: since, citation: citation, source: source))
      }
    }
    return StatusTable(frameworkKind: frameworkKind, asOf: asOf, rows: rows)
  }

  /// A status id as shown: printed text, else label, else the id itself.
  func statusText(_ id: String?) -> String {
    guard let id else { return "" }
    guard let status = vocabulary.status(id) else { return id }
    return status.printed.isEmpty ? status.label : status.printed
  }

  /// The status as the source prints it: the partner link's, else the framework's.
  private func printedStatus(partnerEdge e: Int, framework f: Int) -> (String?, String?, RowReference?) {
    if let status = edges[e].status {
      return (status, (edges[e].start ?? nodes[f].start)?.description, .edge(e))
    }
    if let status = nodes[f].status { return (status, nodes[f].start?.description, .node(f)) }
    return (nil, nil, nil)
  }

  /// The status on `day` derived from dated rows (rules 1–4 of ``StatusTable``).
  private func derivedStatus(of f: Int, on day: Day) -> (
    String?, String?, RowReference?
  ) {
    if frameworkExists(f, asOf: day) {
      return (conventions.concludedStatus, nodes[f].start?.description, .node(f))
    }
    var best: (start: PartialDate, edge: Int)?
    for e in Array(incomingEdges(of: f)) + Array(outgoingEdges(of: f)) where edges[e].status != nil {
      guard let start = edges[e].start, start.firstDay <= day else { continue }
      if best == nil || best!.start.firstDay < start.firstDay { best = (start, e) }
    }
    if let best { return (edges[best.edge].status, best.start.description, .edge(best.edge)) }
    var latestEvent: (start: PartialDate, node: Int)?
    for e in incomingEdges(of: f) where edges[e].kind == conventions.partOfEdgeKind {
      let event = sourceIndices[e]
      guard nodes[event].kind == conventions.eventKind, let start = nodes[event].start, start.firstDay <= day
      else { continue }
      if latestEvent == nil || latestEvent!.start.firstDay < start.firstDay { latestEvent = (start, event) }
    }
    if let latestEvent {
      return (conventions.workInProgressStatus, latestEvent.start.description, .node(latestEvent.node))
    }
    return (nil, nil, nil)
  }
}
