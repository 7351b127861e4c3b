import DialogueGraph

/// What `dialogue summary` reports about a view: counts per kind, connectivity, dates.
///
/// Connectivity is measured on the simple undirected graph of the view (parallel links collapsed,
/// self-loops dropped): `density = 2L / (n(n − 1))` for its `L` distinct links among `n` nodes
/// (networkx `density` on the same graph; 0 when `n ≤ 1`).
struct NetworkSummary {
  let view: NetworkView

  /// The summary; `dateRange` is the earliest and latest date written in any kept node or link.
  func result() -> SectionedResult {
    let network = view.network
    let vocabulary = network.vocabulary
    let nodeCounts = Self.counts(view.nodes.map(\.kind), order: vocabulary.nodeKinds.map(\.id))
    let edgeCounts = Self.counts(view.edges.map(\.kind), order: vocabulary.edgeKinds.map(\.id))
    let (graph, _) = view.adjacency(weighted: false)
    let components = graph.connectedComponents()
    let n = graph.nodeCount
    let density = n > 1 ? 2 * Double(graph.linkCount) / (Double(n) * Double(n - 1)) : 0
    let largest = components.sizes.max() ?? 0
    let dates = view.nodes.flatMap { [$0.start, $0.end] } + view.edges.flatMap { [$0.start, $0.end] }
    let known = dates.compactMap { $0 }
    let earliest = known.min { $0.firstDay < $1.firstDay }
    let latest = known.max { $0.dayAfterLastDay < $1.dayAfterLastDay }

    var overview = ResultTable(columns: [Column("measure"), Column("value")], decimals: 4)
    overview.append([.text("dataset"), .text(network.name)])
    overview.append([.text("as of"), view.asOf.map { .text($0.description) } ?? .text("all dates")])
    overview.append([.text("nodes"), .text(String(view.nodeIndices.count))])
    if view.asOf == nil {
      let prospective = view.nodeIndices.filter(view.isProspective(node:)).count
      overview.append([.text("of which prospective (exist on no date)"), .text(String(prospective))])
    }
    overview.append([.text("links (rows of edges.csv)"), .text(String(view.edgeIndices.count))])
    overview.append([.text("distinct linked pairs"), .text(String(graph.linkCount))])
    overview.append([.text("connected components"), .text(String(components.count))])
    overview.append([.text("largest component (nodes)"), .text(String(largest))])
    overview.append([.text("density"), .text(Self.fixed(density))])
    overview.append([.text("earliest date"), .text(earliest?.description ?? "–")])
    overview.append([.text("latest date"), .text(latest?.description ?? "–")])

    func kindTable(_ counts: [(String, Int)], label: (String) -> String) -> ResultTable {
      var table = ResultTable(columns: [Column("kind"), Column("label"), Column("count")])
      for (kind, count) in counts { table.append([.text(kind), .text(label(kind)), .integer(count)]) }
      return table
    }
    let nodeLabel = { (kind: String) in vocabulary.nodeKind(kind)?.label ?? kind }
    let edgeLabel = { (kind: String) in vocabulary.edgeKind(kind)?.label ?? kind }

    var csv = ResultTable(columns: [Column("section"), Column("key"), Column("value")])
    csv.append([.text("overview"), .text("nodes"), .integer(view.nodeIndices.count)])
    csv.append([.text("overview"), .text("edges"), .integer(view.edgeIndices.count)])
    csv.append([.text("overview"), .text("linkedPairs"), .integer(graph.linkCount)])
    csv.append([.text("overview"), .text("components"), .integer(components.count)])
    csv.append([.text("overview"), .text("largestComponent"), .integer(largest)])
    csv.append([.text("overview"), .text("density"), .number(density)])
    csv.append([.text("overview"), .text("earliestDate"), earliest.map { .text($0.description) } ?? .empty])
    csv.append([.text("overview"), .text("latestDate"), latest.map { .text($0.description) } ?? .empty])
    for (kind, count) in nodeCounts { csv.append([.text("nodeKind"), .text(kind), .integer(count)]) }
    for (kind, count) in edgeCounts { csv.append([.text("edgeKind"), .text(kind), .integer(count)]) }

    let json = JSONValue.object([
      ("dataset", .string(network.name)),
      ("asOf", view.asOf.map { .string($0.description) } ?? .null),
      ("as_of", .string(view.asOf?.description ?? "all")),
      ("nodes", .integer(view.nodeIndices.count)),
      ("edges", .integer(view.edgeIndices.count)),
      ("nodeKinds", .object(nodeCounts.map { ($0.0, .integer($0.1)) })),
      ("edgeKinds", .object(edgeCounts.map { ($0.0, .integer($0.1)) })),
      ("linkedPairs", .integer(graph.linkCount)),
      ("components", .integer(components.count)),
      ("largestComponent", .integer(largest)),
      ("density", .number(density)),
      (
        "dateRange",
        .object([
          ("earliest", earliest.map { .string($0.description) } ?? .null),
          ("latest", latest.map { .string($0.description) } ?? .null),
        ])
      ),
    ])
    return SectionedResult(
      sections: [
        ("Overview", overview), ("Nodes by kind", kindTable(nodeCounts, label: nodeLabel)),
        ("Links by kind", kindTable(edgeCounts, label: edgeLabel)),
      ],
      json: json, csvTable: csv)
  }

  /// Occurrences of each kind: vocabulary order first, then unknown kinds alphabetically.
  static func counts(_ kinds: [String], order: [String]) -> [(String, Int)] {
    var tally: [String: Int] = [:]
    for kind in kinds { tally[kind, default: 0] += 1 }
    let known = order.filter { tally[$0] != nil }
    let others = tally.keys.filter { !order.contains($0) }.sorted()
    return (known + others).map { ($0, tally[$0]!) }
  }

  /// A number with four decimals.
  static func fixed(_ value: Double) -> String {
    let scaled = (value * 10_000).rounded()
    let whole = Int(scaled) / 10_000
    let fraction = abs(Int(scaled) % 10_000)
    return "\(whole)." + String(repeating: "0", count: 4 - String(fraction).count) + String(fraction)
  }
}
