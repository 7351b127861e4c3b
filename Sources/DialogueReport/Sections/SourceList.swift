import DialogueGraph

/// The dataset rows behind one table, printed under it as a "Sources" list.
///
/// Rows are grouped by their citation text (so "COM(2014) 96 Annex I" appears once, followed by
/// every row that cites it); within a group rows are listed as `file:line (id)` in file order —
/// `nodes.csv` before `edges.csv`, then by line. Groups are ordered by their first row. Rows
/// without a citation (a bare edge list) are grouped under "(no citation given)". When the dataset
/// has a sources table, the list ends with the full reference of every source those citations
/// name, in order of first citation ("References: com-2014-96 — European Commission: Rapport om …").
///
/// - Complexity: O(r log r) for r rows.
struct SourceList {
  private var rows = Set<RowReference>()

  /// Adds a row.
  mutating func add(_ row: RowReference?) {
    if let row { rows.insert(row) }
  }

  /// Adds node rows by index.
  mutating func add(nodes: some Sequence<Int>) { for n in nodes { rows.insert(.node(n)) } }

  /// Adds edge rows by index.
  mutating func add(edges: some Sequence<Int>) { for e in edges { rows.insert(.edge(e)) } }

  /// Whether no row was added.
  var isEmpty: Bool { rows.isEmpty }

  /// Writes the "Sources" heading and list (or nothing when empty).
  func write(to out: inout HTMLBuilder, network: DialogueNetwork, about: String) {
    guard !rows.isEmpty else { return }
    let ordered = rows.sorted { a, b in SourceList.order(a, network) < SourceList.order(b, network) }
    var groups: [(citation: String, items: [String])] = []
    var position: [String: Int] = [:]
    for row in ordered {
      let (citation, item) = SourceList.describe(row, network)
      if let i = position[citation] {
        groups[i].items.append(item)
      } else {
        position[citation] = groups.count
        groups.append((citation, [item]))
      }
    }
    out.open("div", [("class", "sources")])
    // A paragraph, not a heading: it follows tables under h2 and h3 alike, and heading levels
    // must not skip.
    out.element(
      "p", [("class", "sources-title")], text: "Sources: \(about) (\(SourceList.rowCount(ordered.count)))")
    out.open("ul")
    for group in groups {
      out.open("li")
      out.element("cite", text: group.citation)
      out.text(" — " + group.items.joined(separator: ", "))
      out.close("li")
      out.newline()
    }
    out.close("ul")
    writeReferences(groups.map(\.citation), to: &out, network: network)
    out.close("div")
    out.newline()
  }

  /// The full reference of each source the citations name (nothing when none is known).
  private func writeReferences(_ citations: [String], to out: inout HTMLBuilder, network: DialogueNetwork) {
    var seen = Set<String>()
    let sources = citations.flatMap { network.sources(forCitation: $0) }.filter { seen.insert($0.id).inserted }
    guard !sources.isEmpty else { return }
    out.element("p", [("class", "sources-title")], text: "References")
    out.open("ul", [("class", "references")])
    for source in sources {
      out.open("li")
      out.element("b", text: source.id)
      out.text(" — " + source.fullReference)
      out.close("li")
      out.newline()
    }
    out.close("ul")
  }

  private static func rowCount(_ n: Int) -> String { n == 1 ? "1 dataset row" : "\(n) dataset rows" }

  /// Sort key: file name, line, then kind and index for rows made in code.
  private static func order(_ row: RowReference, _ network: DialogueNetwork) -> (Int, String, Int, Int) {
    switch row {
    case .node(let n):
      let origin = network.nodes[n].origin
      return (0, origin.file, origin.line, n)
    case .edge(let e):
      let origin = network.edges[e].origin
      return (1, origin.file, origin.line, e)
    }
  }

  /// The citation and the `file:line (id)` text of a row.
  private static func describe(_ row: RowReference, _ network: DialogueNetwork) -> (String, String) {
    switch row {
    case .node(let n):
      let node = network.nodes[n]
      return (citationText(node.citation), "\(node.origin) (\(node.id))")
    case .edge(let e):
      let edge = network.edges[e]
      return (citationText(edge.citation), "\(edge.origin) (\(edge.source) → \(edge.target))")
    }
  }

  private static func citationText(_ citation: String) -> String {
    citation.isEmpty ? "(no citation given)" : citation
  }
}
