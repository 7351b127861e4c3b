import DialogueGraph

/// Links drawn once per (source, target, kind): a dataset may hold many parallel links — one per
/// year, per instrument, or a million identical `a,b` rows in an edge list — and Graphviz lays out
/// each one (its spline router recursed until the stack overflowed on 1,000,000 of them). The
/// diagram shows one line per bundle with the count; the data and every metric keep all links.
enum ParallelLinks {
  /// One drawn link: the first link of the bundle (in dataset order) and how many it stands for.
  struct Bundle: Equatable {
    var first: Int
    var count: Int
  }

  /// The bundles of `edges` (indices into `network.edges`), in the order of their first link.
  /// - Complexity: O(m) expected for m links.
  static func bundles(of edges: [Int], in network: DialogueNetwork) -> [Bundle] {
    struct Key: Hashable {
      var source: String
      var target: String
      var kind: String
    }
    var position: [Key: Int] = [:]
    position.reserveCapacity(edges.count)
    var result: [Bundle] = []
    for e in edges {
      let edge = network.edges[e]
      let key = Key(source: edge.source, target: edge.target, kind: edge.kind)
      if let index = position[key] {
        result[index].count += 1
      } else {
        position[key] = result.count
        result.append(Bundle(first: e, count: 1))
      }
    }
    return result
  }
}
