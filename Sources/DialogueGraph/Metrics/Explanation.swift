/// The dataset rows behind a figure: what each row says, where it is (`file:line` from its
/// `origin`), its citation and the full reference of each source it cites (from `sources.csv`),
/// plus the rows whose *absence* the figure rests on.
///
/// ```swift
/// let gaps = try network.participationGaps(frameworkKind: "mobility-partnership", asOf: Day("2013-12-31"))
/// let why = try network.explain(gaps, memberState: "AT")
/// print(why.table.rendered(as: .table))
/// // evidence  row            id                  what                                   citation                         reference
/// // member    nodes.csv:2    AT                  member state since 1995-01-01          accession-1994 in force 1 Jan…   European Union: Treaty of Accession of Austria, …
/// // existed   nodes.csv:210  mp-armenia          mobility-partnership since 2011-10-27  …
/// // absent    —              AT → mp-armenia     no participates-in row                 —
/// ```
public struct Explanation: Sendable, Equatable {
  /// One line of evidence.
  public struct Evidence: Sendable, Equatable {
    /// What part the row plays (`member`, `existed`, `joined`, `absent`, `covers`, …).
    public let role: String
    /// The row, or `nil` for an absence.
    public let row: RowReference?
    /// `file:line` of the row ("—" for an absence).
    public let location: String
    /// The id of the node or edge (for an absence: `source → target`).
    public let id: String
    /// What the row says, in words.
    public let what: String
    /// The row's citation ("" for an absence).
    public let citation: String
    /// The full reference of each source the citation names, joined by " | " ("" for an absence,
    /// or when the dataset has no sources table).
    public let reference: String
  }

  /// The figure explained, in one sentence.
  public let statement: String
  /// The evidence, rows first in the order they support the statement, absences last.
  public let evidence: [Evidence]

  /// The rows (not absences) among the evidence.
  public var rows: [Evidence] { evidence.filter { $0.row != nil } }
  /// The absences among the evidence.
  public var absences: [Evidence] { evidence.filter { $0.row == nil } }

  /// `evidence, row, id, what, citation, reference`: one line per piece of evidence.
  public var table: ResultTable {
    var table = ResultTable(columns: [
      Column("evidence"), Column("row"), Column("id"), Column("what"), Column("citation"), Column("reference"),
    ])
    for e in evidence {
      table.append([
        .text(e.role), .text(e.location), .text(e.id), .text(e.what), .text(e.citation), .text(e.reference),
      ])
    }
    return table
  }

  /// `{statement, evidence: [{evidence, row, id, what, citation, reference}]}`.
  public var json: JSONValue { .object([("statement", .string(statement)), ("evidence", table.json)]) }
}

extension DialogueNetwork {
  /// The evidence line for a node row.
  func evidence(_ role: String, node n: Int, what: String? = nil) -> Explanation.Evidence {
    let node = nodes[n]
    let dates =
      node.start.map { " since \($0)" }
      ?? (isProspective(n) ? " (not yet concluded: \(node.status ?? ""))" : " (undated)")
    return .init(
      role: role, row: .node(n), location: node.origin.description, id: node.id,
      what: what ?? "\(node.kind) “\(node.label)”" + dates, citation: node.citation,
      reference: references(node.citation))
  }

  /// The evidence line for an edge row.
  func evidence(_ role: String, edge e: Int) -> Explanation.Evidence {
    let edge = edges[e]
    var what = "\(edge.source) \(edge.kind) \(edge.target)"
    if let role = edge.role { what += " (\(role))" }
    if let start = edge.start { what += " from \(start)" }
    if let end = edge.end { what += " until \(end)" }
    if let status = edge.status { what += " [\(status)]" }
    if let amount = edge.amountEUR { what += " €\(amount)" }
    return .init(
      role: role, row: .edge(e), location: edge.origin.description, id: edge.id, what: what,
      citation: edge.citation, reference: references(edge.citation))
  }

  /// An absence: no row of `kind` from `source` to `target`.
  func absence(_ source: String, _ kind: String, _ target: String) -> Explanation.Evidence {
    .init(
      role: "absent", row: nil, location: "—", id: "\(source) → \(target)", what: "no \(kind) row",
      citation: "", reference: "")
  }

  /// The full references of the sources a citation names.
  private func references(_ citation: String) -> String {
    sources(forCitation: citation).map(\.fullReference).joined(separator: " | ")
  }
}
