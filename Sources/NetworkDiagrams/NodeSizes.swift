import DialogueGraph

/// Node sizes from a centrality measure computed on the drawn subgraph, scaled to 0…1 by the
/// largest value (so the most central node is drawn largest whatever the measure's range).
struct NodeSizes {
  private var scaleByNode: [Int: Double] = [:]

  init(network: DialogueNetwork, nodes: [Int], edges: [Int], sizing: NodeSizing) {
    guard sizing != .uniform, !nodes.isEmpty else { return }
    let graph = AdjacencyGraph(drawing: nodes, edges: edges, of: network)
    let values: [Double]
    switch sizing {
    case .uniform: return
    case .degree: values = graph.degreeCentrality()
    case .betweenness: values = (try? graph.betweennessCentrality()) ?? []
    case .pagerank: values = (try? graph.pageRank(weighting: .unweighted)) ?? []
    }
    let maximum = values.max() ?? 0
    guard maximum > 0 else { return }
    for (i, v) in nodes.enumerated() { scaleByNode[v] = values[i] / maximum }
  }

  /// The node's size on a 0…1 scale, or nil when sizes are uniform.
  func scale(of node: Int) -> Double? { scaleByNode.isEmpty ? nil : (scaleByNode[node] ?? 0) }
}
