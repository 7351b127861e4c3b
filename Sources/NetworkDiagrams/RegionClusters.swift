import DialogueGraph
import GraphvizRender

/// Groups the drawn countries in one box per region. A country in several regions is placed in its
/// primary region (``DialogueNetwork/primaryRegions(asOf:)``: Graphviz draws a node in one box only).
struct RegionClusters {
  let network: DialogueNetwork
  let asOf: Day?
  let drawn: Set<Int>

  func subgraphs() -> [GraphvizSubgraph] {
    var members: [Int: [Int]] = [:]
    for (country, region) in network.primaryRegions(asOf: asOf) where drawn.contains(country) {
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
