extension AdjacencyGraph {
  /// The core number of every node (k-core decomposition).
  ///
  /// **Definition.** The k-core is the largest subgraph in which every node has degree ≥ k; a
  /// node's core number is the largest k whose k-core contains it. Degrees count collapsed links
  /// once; for a directed graph the degree is in-degree plus out-degree (networkx's convention), so a
  /// reciprocated pair counts twice.
  ///
  /// **Normalisation.** None: integers from 0 (isolated nodes) to the degeneracy of the graph.
  ///
  /// - Complexity: O(n + m), by bucket-sorting nodes by degree and peeling the smallest first.
  ///
  /// Reference: V. Batagelj and M. Zaveršnik, "An O(m) algorithm for cores decomposition of
  /// networks", arXiv:cs/0310049, 2003. Cross-checked against `networkx.core_number`.
  public func coreNumbers() -> [Int] {
    let n = nodeCount
    guard n > 0 else { return [] }
    var degree = degrees(direction: .all)
    let maximumDegree = degree.max() ?? 0
    // Bucket sort by degree: `position[v]` indexes `sorted`; `binStart[d]` is where degree d starts.
    var binStart = [Int](repeating: 0, count: maximumDegree + 2)
    for d in degree { binStart[d + 1] += 1 }
    for d in 0...maximumDegree { binStart[d + 1] += binStart[d] }
    var fill = binStart
    var sorted = [Int](repeating: 0, count: n)
    var position = [Int](repeating: 0, count: n)
    for v in 0..<n {
      position[v] = fill[degree[v]]
      sorted[position[v]] = v
      fill[degree[v]] += 1
    }
    func lower(_ u: Int, below v: Int) {
      guard degree[u] > degree[v] else { return }
      // Move u to the front of its bin, then shrink the bin by one.
      let du = degree[u]
      let front = binStart[du]
      let w = sorted[front]
      if u != w {
        sorted[position[u]] = w
        position[w] = position[u]
        sorted[front] = u
        position[u] = front
      }
      binStart[du] += 1
      degree[u] -= 1
    }
    for i in 0..<n {
      let v = sorted[i]
      for e in offsets[v]..<offsets[v + 1] { lower(Int(neighbors[e]), below: v) }
      if isDirected {
        for e in inOffsets[v]..<inOffsets[v + 1] { lower(Int(inNeighbors[e]), below: v) }
      }
    }
    return degree
  }
}
