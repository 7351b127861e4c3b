import DialogueGraph

extension AdjacencyGraph {
  /// The subgraph a diagram draws, for the measures that size and colour its nodes: node `i` is
  /// `nodes[i]`, every one of `edges` whose two ends are drawn is an unweighted link, directions
  /// ignored. (Not a ``NetworkView``: a diagram's selection is index lists, not a date view.)
  /// - Complexity: O(n + m) expected.
  init(drawing nodes: [Int], edges: [Int], of network: DialogueNetwork) {
    var local: [Int: Int] = [:]
    for (i, v) in nodes.enumerated() { local[v] = i }
    var links: [(Int, Int, Double)] = []
    for e in edges {
      if let s = local[network.sourceIndices[e]], let t = local[network.targetIndices[e]] { links.append((s, t, 1)) }
    }
    self.init(nodeCount: nodes.count, links: links)
  }
}
