import DialogueGraph
import GraphvizRender

/// Groups the drawn countries in one box per region. A country in several regions is placed in the
/// region listed first in the dataset (Graphviz draws a node in one box only).
struct RegionClusters {
  let network: DialogueNetwork
  let asOf: Day?
  let drawn: Set<Int>

  func subgraphs() -> [GraphvizSubgraph] {
    var members: [Int: [Int]] = [:]
    var placed = Set<Int>()
    for (e, edge) in network.edges.enumerated() where edge.kind == network.conventions.inRegionEdgeKind {
      if !network.edgeHolds(e, asOf: asOf) && network.presence(ofEdge: e, asOf: asOf) != .prospective { continue }
      let country = network.sourceIndices[e]
      let region = network.targetIndices[e]
      guard drawn.contains(country), !placed.contains(country) else { continue }
      placed.insert(country)
      members[region, default: []].append(country)
    }
    return members.keys.sorted().map { region in
      var cluster = GraphvizSubgraph.cluster(id: network.nodes[region].id)
      cluster.attributes = [
        "label": .text(network.nodes[region].label), "style": "rounded,dashed", "color": "#969696",
        "fontname": "Helvetica-Oblique", "fontsize": "11",
      ]
      cluster.nodeIDs = members[region]!.sorted().map { network.nodes[$0].id }
      return cluster
    }
  }
}
