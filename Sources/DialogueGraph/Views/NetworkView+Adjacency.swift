extension NetworkView {
  /// The view as an ``AdjacencyGraph`` for the algorithms, and the map from the graph's local node
  /// indices to network node indices (`nodes[local] == network index`, ascending).
  ///
  /// Each kept edge becomes a link between its endpoints' local indices; parallel edges collapse
  /// into one link whose weight follows `parallelLinks` (summed by default; the shortest for
  /// distance measures — see ``ParallelLinks``) and remembers how many it stands for;
  /// self-loops are dropped (see ``AdjacencyGraph``).
  /// - Parameters:
  ///   - weighted: use each edge's ``Edge/weight``; otherwise every edge weighs 1.
  ///   - directed: keep the direction of edges; an edge of an undirected kind (vocabulary
  ///     `directed: false`) then becomes links both ways.
  ///   - parallelLinks: how the weights of parallel edges combine.
  /// - Complexity: O(n + m log m) for the view's n nodes and m edges; build it once per analysis.
  public func adjacency(weighted: Bool, directed: Bool = false, parallelLinks: ParallelLinks = .summed)
    -> (graph: AdjacencyGraph, nodes: [Int])
  {
    var local = [Int](repeating: -1, count: network.nodes.count)
    for (i, v) in nodeIndices.enumerated() { local[v] = i }
    var links: [(Int, Int, Double)] = []
    links.reserveCapacity(edgeIndices.count)
    for e in edgeIndices {
      let s = local[network.sourceIndices[e]]
      let t = local[network.targetIndices[e]]
      let w = weighted ? network.edges[e].weight : 1
      links.append((s, t, w))
      if directed && !network.vocabulary.isDirected(kind: network.edges[e].kind) { links.append((t, s, w)) }
    }
    let graph = AdjacencyGraph(
      nodeCount: nodeIndices.count, links: links, directed: directed, parallelLinks: parallelLinks)
    return (graph, nodeIndices)
  }
}
