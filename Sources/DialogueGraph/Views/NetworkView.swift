/// A subset of a ``DialogueNetwork`` — by date, kinds, region and confidence — as index lists over
/// the network, without copying nodes or edges.
///
/// ## What a view keeps
/// A **node** is kept when all of these hold:
/// - `asOf`: it exists on that day by the toolkit's one rule (``DialogueNetwork/presence(ofNode:asOf:)``:
///   prospective frameworks never exist on a date; a member state counts from its accession). Without
///   a date every node is kept, prospective ones included (``isProspective(node:)`` marks them);
/// - `nodeKinds`: its kind is one of them;
/// - `minimumConfidence`: its confidence is that level or stronger (vocabulary order, `seed` first;
///   an empty or unknown confidence never passes);
/// - `region`: it is **not a country outside the region**. Countries (node kinds with
///   `country: true`) are kept only if they have a link of the conventions' in-region kind to the
///   region node that holds by the date and passes the confidence filter; every other node
///   (frameworks, organisations, the region itself…) is unaffected. Only direct links count.
///
/// An **edge** is kept when both its endpoints are kept and it holds on `asOf`
/// (``DialogueNetwork/presence(ofEdge:asOf:)``: an undated link counts from its target's start),
/// and passes `edgeKinds` and `minimumConfidence`.
///
/// ```swift
/// let view = try network.view(asOf: Day("2013-06-30")!, edgeKinds: ["participates-in"])
/// let (graph, nodes) = view.adjacency(weighted: false)
/// ```
public struct NetworkView: Sendable {
  /// The network the indices refer to.
  public let network: DialogueNetwork
  /// Indices of the kept nodes in ``DialogueNetwork/nodes``, ascending.
  public let nodeIndices: [Int]
  /// Indices of the kept edges in ``DialogueNetwork/edges``, ascending.
  public let edgeIndices: [Int]
  /// The day the view was taken on, if any.
  public let asOf: Day?
  let nodeMask: [Bool]
  let edgeMask: [Bool]

  /// The whole network.
  /// - Complexity: O(n + m).
  public init(_ network: DialogueNetwork) {
    self.init(
      network: network, nodeMask: [Bool](repeating: true, count: network.nodes.count),
      edgeMask: [Bool](repeating: true, count: network.edges.count), asOf: nil)
  }

  /// A view from masks (edges whose endpoints are not both kept are dropped).
  init(network: DialogueNetwork, nodeMask: [Bool], edgeMask: [Bool], asOf: Day?) {
    var edgeMask = edgeMask
    for e in edgeMask.indices where edgeMask[e] {
      if !nodeMask[network.sourceIndices[e]] || !nodeMask[network.targetIndices[e]] { edgeMask[e] = false }
    }
    self.network = network
    self.nodeMask = nodeMask
    self.edgeMask = edgeMask
    self.asOf = asOf
    nodeIndices = nodeMask.indices.filter { nodeMask[$0] }
    edgeIndices = edgeMask.indices.filter { edgeMask[$0] }
  }

  /// Whether the view keeps node `node` (a network index). - Complexity: O(1).
  public func contains(node: Int) -> Bool { node >= 0 && node < nodeMask.count && nodeMask[node] }

  /// Whether a kept node is prospective (kept only in a view regardless of date). - Complexity: O(1).
  public func isProspective(node: Int) -> Bool { network.isProspective(node) }

  /// Whether a kept edge is prospective (kept only in a view regardless of date). - Complexity: O(1).
  public func isProspective(edge: Int) -> Bool { network.presence(ofEdge: edge, asOf: nil) == .prospective }

  /// Whether the view keeps edge `edge` (a network index). - Complexity: O(1).
  public func contains(edge: Int) -> Bool { edge >= 0 && edge < edgeMask.count && edgeMask[edge] }

  /// The kept nodes, in network order (a lazy collection: nothing is copied).
  public var nodes: LazyMapSequence<[Int], Node> { nodeIndices.lazy.map { network.nodes[$0] } }

  /// The kept edges, in network order (a lazy collection: nothing is copied).
  public var edges: LazyMapSequence<[Int], Edge> { edgeIndices.lazy.map { network.edges[$0] } }

  /// The kept edges touching `node`, in either direction, with the node at the other end.
  /// A self-loop appears once.
  /// - Complexity: O(degree of `node` in the network).
  public func incidentEdges(of node: Int) -> [(edge: Int, neighbor: Int)] {
    var result: [(Int, Int)] = []
    for e in network.outgoingEdges(of: node) where edgeMask[e] { result.append((e, network.targetIndices[e])) }
    for e in network.incomingEdges(of: node) where edgeMask[e] && network.sourceIndices[e] != node {
      result.append((e, network.sourceIndices[e]))
    }
    return result
  }
}

/// A filter argument that names something the network does not have.
public enum ViewError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The region id is not a node of the network.
  case unknownRegion(String)
  /// The confidence level is not in the vocabulary.
  case unknownConfidence(String)
  /// The node kind is not in the vocabulary.
  case unknownNodeKind(String)
  /// The edge kind is not in the vocabulary.
  case unknownEdgeKind(String)

  /// A one-line explanation.
  public var description: String {
    switch self {
    case .unknownRegion(let id): "unknown region \(DatasetProblem.quoted(id)) — expected a node id"
    case .unknownConfidence(let c):
      "unknown confidence \(DatasetProblem.quoted(c)) — expected a level from the vocabulary"
    case .unknownNodeKind(let k): "unknown node kind \(DatasetProblem.quoted(k)) — expected a kind from the vocabulary"
    case .unknownEdgeKind(let k): "unknown edge kind \(DatasetProblem.quoted(k)) — expected a kind from the vocabulary"
    }
  }
}

extension DialogueNetwork {
  /// The whole network as a view.
  public var wholeView: NetworkView { NetworkView(self) }

  /// A view of the nodes and edges that pass every given filter (see ``NetworkView`` for the rules);
  /// `nil` means "no filter".
  ///
  /// - Parameters:
  ///   - asOf: keep what holds on this day.
  ///   - nodeKinds: keep nodes of these kinds.
  ///   - edgeKinds: keep edges of these kinds.
  ///   - region: a region node id (aliases accepted); keep only the countries in it.
  ///   - minimumConfidence: keep nodes and edges of this confidence level or stronger.
  /// - Throws: ``ViewError`` for an id, kind or level the network does not know.
  /// - Complexity: O(n + m).
  public func view(
    asOf: Day? = nil, nodeKinds: Set<String>? = nil, edgeKinds: Set<String>? = nil, region: String? = nil,
    minimumConfidence: String? = nil
  ) throws(ViewError) -> NetworkView {
    for kind in nodeKinds ?? [] where vocabulary.nodeKind(kind) == nil { throw .unknownNodeKind(kind) }
    for kind in edgeKinds ?? [] where vocabulary.edgeKind(kind) == nil { throw .unknownEdgeKind(kind) }
    var maximumRank = Int.max
    if let minimumConfidence {
      guard let rank = vocabulary.confidenceRank(minimumConfidence) else { throw .unknownConfidence(minimumConfidence) }
      maximumRank = rank
    }
    func confident(_ level: String) -> Bool {
      maximumRank == Int.max || (vocabulary.confidenceRank(level).map { $0 <= maximumRank } ?? false)
    }
    var nodeMask = nodes.indices.map { v in
      presence(ofNode: v, asOf: asOf).isShown(asOf: asOf) && (nodeKinds?.contains(nodes[v].kind) ?? true)
        && confident(nodes[v].confidence)
    }
    let edgeMask = edges.indices.map { e in
      presence(ofEdge: e, asOf: asOf).isShown(asOf: asOf) && (edgeKinds?.contains(edges[e].kind) ?? true)
        && confident(edges[e].confidence)
    }
    if let region {
      guard let regionIndex = index(of: region) else { throw .unknownRegion(region) }
      var inRegion = [Bool](repeating: false, count: nodes.count)
      for e in incomingEdges(of: regionIndex)
      where edges[e].kind == conventions.inRegionEdgeKind && presence(ofEdge: e, asOf: asOf).isShown(asOf: asOf)
        && confident(edges[e].confidence)
      {
        inRegion[sourceIndices[e]] = true
      }
      for v in nodes.indices where vocabulary.isCountry(kind: nodes[v].kind) && !inRegion[v] { nodeMask[v] = false }
    }
    return NetworkView(network: self, nodeMask: nodeMask, edgeMask: edgeMask, asOf: asOf)
  }
}
