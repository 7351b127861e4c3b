import DialogueGraph

/// How `dialogue projection` weighs a link between two nodes that share frameworks.
enum ProjectionWeightingChoice: String, CaseIterable, Sendable {
  case count, newman, overlap, jaccard

  /// The library's weighting.
  var weighting: ProjectionWeighting {
    switch self {
    case .count: .sharedNeighbors
    case .newman: .collaboration
    case .overlap: .minimumOverlap
    case .jaccard: .jaccard
    }
  }

  /// One line for analysts.
  var explanation: String {
    switch self {
    case .count: "number of shared nodes (networkx weighted_projected_graph)"
    case .newman:
      "Σ 1/(members − 1) over shared nodes: small shared frameworks tie more strongly (collaboration_weighted_projected_graph)"
    case .overlap:
      "shared ÷ the smaller of the two nodes' counts (overlap_weighted_projected_graph, jaccard=False)"
    case .jaccard: "shared ÷ the nodes either one has (overlap_weighted_projected_graph, jaccard=True)"
    }
  }
}

/// The one-mode projection of a view's two-mode part: nodes of kinds `onto` linked when they share
/// a node of kinds `via` (either link direction counts; repeated links count once).
struct ProjectionTable {
  let view: NetworkView
  let onto: Set<String>
  let via: Set<String>
  let weighting: ProjectionWeightingChoice

  /// The projected links `source, sourceLabel, target, targetLabel, weight, shared` (the ids shared),
  /// heaviest first, ties by ids; each pair once with `source < target`.
  func table() throws(CommandFailure) -> ResultTable {
    let network = view.network
    let vocabulary = network.vocabulary
    for kind in onto.union(via) where vocabulary.nodeKind(kind) == nil {
      throw CommandFailure(
        "unknown node kind \(NodeLookup.quoted(kind)) — expected one of \(vocabulary.nodeKinds.map(\.id).joined(separator: ", "))"
      )
    }
    if !onto.isDisjoint(with: via) {
      let kinds = Set(network.nodes.map(\.kind))
      let only = kinds.count == 1 ? "; every node of this dataset has kind \(NodeLookup.quoted(kinds.first!)) — " : ""
      throw CommandFailure(
        "--onto and --via must name different kinds: a two-mode network links one kind to another"
          + (only.isEmpty
            ? ""
            : only + "give nodes their kinds in a nodes table (columns id, kind): "
              + CommandFailure.nodeKindsSource))
    }
    // A kind no node has would answer "(no rows)", which reads as "no shared frameworks".
    for kind in onto.sorted() + via.sorted() {
      do { try network.requireNodes(ofKind: kind) } catch { throw CommandFailure.metric(error) }
    }
    let top = view.nodeIndices.filter { onto.contains(network.nodes[$0].kind) }
    let bottom = view.nodeIndices.filter { via.contains(network.nodes[$0].kind) }
    var topIndex: [Int: Int] = [:]
    for (i, v) in top.enumerated() { topIndex[v] = i }
    var bottomIndex: [Int: Int] = [:]
    for (i, v) in bottom.enumerated() { bottomIndex[v] = i }
    var links: [(top: Int, bottom: Int)] = []
    for e in view.edgeIndices {
      let s = network.sourceIndices[e]
      let t = network.targetIndices[e]
      if let a = topIndex[s], let b = bottomIndex[t] { links.append((a, b)) }
      if let a = topIndex[t], let b = bottomIndex[s] { links.append((a, b)) }
    }
    let twoMode: TwoModeGraph
    do {
      twoMode = try TwoModeGraph(topCount: top.count, bottomCount: bottom.count, links: links)
    } catch {
      throw CommandFailure(String(describing: error))
    }
    let projected = twoMode.projection(onto: .top, weighting: weighting.weighting)
    var rows: [(a: Node, b: Node, weight: Double, shared: [String])] = []
    for u in 0..<projected.nodeCount {
      for e in projected.offsets[u]..<projected.offsets[u + 1] {
        let v = Int(projected.neighbors[e])
        guard u < v else { continue }
        let shared = Set(twoMode.neighbors(of: u, on: .top)).intersection(twoMode.neighbors(of: v, on: .top))
          .map { network.nodes[bottom[$0]].id }.sorted()
        var (a, b) = (network.nodes[top[u]], network.nodes[top[v]])
        if b.id < a.id { swap(&a, &b) }
        rows.append((a, b, projected.weights[e], shared))
      }
    }
    rows.sort { $0.weight != $1.weight ? $0.weight > $1.weight : ($0.a.id, $0.b.id) < ($1.a.id, $1.b.id) }
    var table = ResultTable(
      columns: [
        Column("source"), Column("sourceLabel", header: "label"), Column("target"),
        Column("targetLabel", header: "label"), Column("weight"), Column("shared"),
      ], decimals: 4)
    for row in rows {
      table.append([
        .text(row.a.id), .text(row.a.label), .text(row.b.id), .text(row.b.label), .number(row.weight),
        .list(row.shared),
      ])
    }
    return table
  }
}
