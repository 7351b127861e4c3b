/// Shortest paths from one source, kept simple for the measures that need the whole search
/// (distances, path counts, the settling order) rather than Brandes's tuned accumulation:
/// eccentricity and edge betweenness.
struct SingleSourcePaths {
  /// Distance from the source (`.infinity` when unreached).
  var distance: [Double]
  /// Number of shortest paths from the source.
  var sigma: [Double]
  /// Reached nodes in the order they were settled (non-decreasing distance).
  var order: [Int]

  /// Breadth-first (every link length 1) or Dijkstra (`weighted`: lengths are the weights, which
  /// must be > 0) search over the out-links of `graph` from `source`. Equal lengths are compared
  /// exactly, as networkx does.
  ///
  /// - Complexity: O(n + m) unweighted, O((n + m) log n) weighted.
  init(graph: AdjacencyGraph, source: Int, weighted: Bool) {
    let n = graph.nodeCount
    distance = [Double](repeating: .infinity, count: n)
    sigma = [Double](repeating: 0, count: n)
    order = []
    distance[source] = 0
    sigma[source] = 1
    if !weighted {
      order.reserveCapacity(n)
      order.append(source)
      var head = 0
      while head < order.count {
        let v = order[head]
        head += 1
        for e in graph.offsets[v]..<graph.offsets[v + 1] {
          let w = Int(graph.neighbors[e])
          if distance[w] == .infinity {
            distance[w] = distance[v] + 1
            order.append(w)
          }
          if distance[w] == distance[v] + 1 { sigma[w] += sigma[v] }
        }
      }
      return
    }
    // Dijkstra with a binary heap of (distance, node); stale entries are skipped.
    var heap = MinHeap()
    var settled = [Bool](repeating: false, count: n)
    heap.push(0, source)
    while let (d, v) = heap.pop() {
      if settled[v] || d > distance[v] { continue }
      settled[v] = true
      order.append(v)
      for e in graph.offsets[v]..<graph.offsets[v + 1] {
        let w = Int(graph.neighbors[e])
        let candidate = d + graph.weights[e]
        if candidate < distance[w] {
          distance[w] = candidate
          sigma[w] = sigma[v]
          heap.push(candidate, w)
        } else if candidate == distance[w] && !settled[w] {
          sigma[w] += sigma[v]
        }
      }
    }
  }
}

/// A binary min-heap of (key, node) pairs.
struct MinHeap {
  private var keys: [Double] = []
  private var nodes: [Int] = []

  mutating func push(_ key: Double, _ node: Int) {
    keys.append(key)
    nodes.append(node)
    var i = keys.count - 1
    while i > 0 {
      let parent = (i - 1) / 2
      guard keys[i] < keys[parent] else { break }
      keys.swapAt(i, parent)
      nodes.swapAt(i, parent)
      i = parent
    }
  }

  mutating func pop() -> (Double, Int)? {
    guard let firstKey = keys.first else { return nil }
    let first = (firstKey, nodes[0])
    let lastKey = keys.removeLast()
    let lastNode = nodes.removeLast()
    if !keys.isEmpty {
      keys[0] = lastKey
      nodes[0] = lastNode
      var i = 0
      while true {
        let l = 2 * i + 1
        let r = l + 1
        var smallest = i
        if l < keys.count && keys[l] < keys[smallest] { smallest = l }
        if r < keys.count && keys[r] < keys[smallest] { smallest = r }
        if smallest == i { break }
        keys.swapAt(i, smallest)
        nodes.swapAt(i, smallest)
        i = smallest
      }
    }
    return first
  }
}
