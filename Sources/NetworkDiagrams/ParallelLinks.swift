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
    var position: [Key: Int] = [:]
    position.reserveCapacity(edges.count)
    var result: [Bundle] = []
    for e in edges {
      let key = Key(network.edges[e])
      if let index = position[key] {
        result[index].count += 1
      } else {
        position[key] = result.count
        result.append(Bundle(first: e, count: 1))
      }
    }
    return result
  }

  /// For each of `edges`, the first link of its bundle: the one whose line is drawn for it.
  /// - Complexity: O(m) expected for m links.
  static func drawnLinks(for edges: [Int], in network: DialogueNetwork) -> [Int] {
    var first: [Key: Int] = [:]
    first.reserveCapacity(edges.count)
    return edges.map { e in
      let key = Key(network.edges[e])
      if let drawn = first[key] { return drawn }
      first[key] = e
      return e
    }
  }

  /// What makes links parallel: the same source, target and kind.
  private struct Key: Hashable {
    var source: String
    var target: String
    var kind: String

    init(_ edge: Edge) {
      source = edge.source
      target = edge.target
      kind = edge.kind
    }
  }
}

extension NetworkDiagram {
  /// For every link of `network`, in dataset order, the index of the link whose line stands for
  /// it in a diagram that draws all of them: parallel links (same source, target and kind) are
  /// drawn once, as their first link, labelled with their count.
  /// - Complexity: O(m) expected.
  public static func drawnLinks(in network: DialogueNetwork) -> [Int] {
    ParallelLinks.drawnLinks(for: Array(network.edges.indices), in: network)
  }
}
