import DialogueGraph

/// Node fill colours for ``DiagramColouring/region`` and ``DiagramColouring/community``, with the
/// legend entry of each colour. With ``DiagramColouring/kind`` there is none: the kind's style
/// colours the node.
///
/// - Region: a country's primary region (``DialogueNetwork/primaryRegions(asOf:)``, the one rule
///   for "a country's region"); every other node white.
/// - Community: Louvain (``AdjacencyGraph/louvainCommunities(seed:resolution:weighting:threshold:)``,
///   the core's implementation) on the drawn nodes and links, undirected, parallel links summed;
///   the same seed gives the same colours. Communities are coloured largest first; beyond the
///   palette's twelve colours they share one grey.
struct NodeColours {
  /// The fill colour of each coloured node (network index).
  private(set) var fill: [Int: String] = [:]
  /// Legend rows: a colour and what it means, in drawing order.
  private(set) var legend: [(colour: String, label: String)] = []
  /// The legend's heading for the colours ("Colour: region").
  private(set) var heading = ""

  /// ColorBrewer's qualitative "Set3" (12 classes): pale enough for black labels.
  static let palette = [
    "#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5", "#d9d9d9",
    "#bc80bd", "#ccebc5", "#ffed6f",
  ]
  static let other = "#f0f0f0"
  static let none = "#ffffff"

  init(network: DialogueNetwork, options: DiagramOptions, nodes: [Int], edges: [Int]) {
    switch options.colouring {
    case .kind: return
    case .region:
      heading = "Colour: region"
      colourByRegion(network: network, asOf: options.asOf, nodes: nodes)
    case .community:
      heading = "Colour: community (Louvain, seed \(options.seed))"
      colourByCommunity(network: network, seed: options.seed, nodes: nodes, edges: edges)
    }
  }

  private mutating func colourByRegion(network: DialogueNetwork, asOf: Day?, nodes: [Int]) {
    let regions = network.primaryRegions(asOf: asOf)
    let present = Set(nodes.compactMap { regions[$0] }).sorted()
    var colourOfRegion: [Int: String] = [:]
    for (i, region) in present.enumerated() {
      let colour = i < Self.palette.count ? Self.palette[i] : Self.other
      colourOfRegion[region] = colour
      if i < Self.palette.count {
        legend.append((colour, network.nodes[region].label))
      } else if i == Self.palette.count {
        legend.append((colour, "other regions"))
      }
    }
    for v in nodes { fill[v] = regions[v].flatMap { colourOfRegion[$0] } ?? Self.none }
    legend.append((Self.none, "no region (not a country, or none recorded)"))
  }

  private mutating func colourByCommunity(network: DialogueNetwork, seed: UInt64, nodes: [Int], edges: [Int]) {
    guard !nodes.isEmpty else { return }
    let graph = AdjacencyGraph(drawing: nodes, edges: edges, of: network)
    guard let partition = try? graph.louvainCommunities(seed: seed) else { return }
    var members = [[Int]](repeating: [], count: partition.count)
    for (i, c) in partition.communityOfNode.enumerated() { members[c].append(nodes[i]) }
    // Largest first; ties in numbering order (each community's smallest node), so stable.
    let order = members.indices.sorted { (members[$0].count, $1) > (members[$1].count, $0) }
    for (rank, c) in order.enumerated() {
      let colour = rank < Self.palette.count ? Self.palette[rank] : Self.other
      for v in members[c] { fill[v] = colour }
      if rank < Self.palette.count {
        legend.append((colour, "community \(rank + 1) (\(members[c].count) node\(members[c].count == 1 ? "" : "s"))"))
      }
    }
    if order.count > Self.palette.count {
      legend.append((Self.other, "\(order.count - Self.palette.count) smaller communities"))
    }
  }
}
