import DialogueGraph

/// The nodes and links a diagram draws (network indices, in row order), chosen from the options'
/// filters and subject.
struct DiagramSelection {
  var nodes: [Int]
  var edges: [Int]
  /// Member states drawn on the member-state side of a two-mode picture.
  var memberStateSide: [Int] = []
  /// Frameworks drawn on the framework side of a two-mode picture.
  var frameworkSide: [Int] = []

  init(network: DialogueNetwork, options: DiagramOptions) throws(DiagramError) {
    let view: NetworkView
    do {
      view = try network.view(
        asOf: options.asOf, nodeKinds: options.nodeKinds, edgeKinds: options.edgeKinds, region: options.region)
    } catch {
      throw .invalidFilter(error.description)
    }
    switch options.subject {
    case .network, .overview:
      if let region = options.region, let r = network.index(of: region) {
        (nodes, edges) = DiagramSelection.regionNeighbourhood(of: r, in: view)
      } else {
        nodes = view.nodeIndices
        edges = view.edgeIndices
      }
    case .ego(let center, let radius):
      guard let c = network.index(of: center), view.contains(node: c) else { throw .unknownNode(center) }
      guard radius >= 1 else { throw .invalidRadius(radius) }
      let ego = view.egoNetwork(center: c, radius: radius)
      nodes = ego.nodeIndices
      edges = ego.edgeIndices
    case .frameworks(let kind):
      try DiagramSelection.requireFrameworkKind(kind, in: network)
      var keep = Set(view.nodeIndices.filter { network.nodes[$0].kind == kind })
      let frameworks = keep
      var kept: [Int] = []
      let conventions = network.conventions
      for e in view.edgeIndices where network.edges[e].kind == conventions.participationEdgeKind {
        let s = network.sourceIndices[e]
        let t = network.targetIndices[e]
        if frameworks.contains(t) {
          keep.insert(s)
          kept.append(e)
        }
      }
      for v in view.nodeIndices where network.nodes[v].kind == conventions.memberStateKind { keep.insert(v) }
      nodes = keep.sorted()
      edges = kept
    case .twoMode(let kind):
      try DiagramSelection.requireFrameworkKind(kind, in: network)
      let conventions = network.conventions
      memberStateSide = view.nodeIndices.filter { network.nodes[$0].kind == conventions.memberStateKind }
      frameworkSide = view.nodeIndices.filter {
        network.nodes[$0].kind == kind && network.frameworkExists($0, asOf: options.asOf)
      }
      let ms = Set(memberStateSide)
      let fw = Set(frameworkSide)
      // One line per member state and framework, however many rows record the membership
      // (a signature and a later role, say): the first row in the dataset stands for them.
      var pairs = Set<[Int]>()
      edges = view.edgeIndices.filter { e in
        let s = network.sourceIndices[e]
        let t = network.targetIndices[e]
        return network.edges[e].kind == conventions.participationEdgeKind && ms.contains(s) && fw.contains(t)
          && pairs.insert([s, t]).inserted
      }
      nodes = (memberStateSide + frameworkSide).sorted()
    }
    if options.hideIsolated {
      var linked = Set<Int>()
      for e in edges {
        linked.insert(network.sourceIndices[e])
        linked.insert(network.targetIndices[e])
      }
      let highlighted = options.highlight.nodes
      let keep = { (v: Int) in linked.contains(v) || highlighted.contains(network.nodes[v].id) }
      nodes = nodes.filter(keep)
      memberStateSide = memberStateSide.filter(keep)
      frameworkSide = frameworkSide.filter(keep)
    }
  }

  /// What matters around a region: the region, its countries (those the view keeps), the
  /// frameworks they take part in (any link between a country and a node of a framework kind),
  /// and the actors taking part in those frameworks (participation links), with every link of the
  /// view among them. Countries outside the region stay out, as in every `--region` view
  /// (``DialogueNetwork/view(asOf:nodeKinds:edgeKinds:region:minimumConfidence:)``).
  /// - Complexity: O(n + m).
  static func regionNeighbourhood(of region: Int, in view: NetworkView) -> (nodes: [Int], edges: [Int]) {
    let network = view.network
    let vocabulary = network.vocabulary
    let conventions = network.conventions
    let isFramework = { (v: Int) in vocabulary.nodeKind(network.nodes[v].kind)?.framework ?? false }
    var countries = Set<Int>()
    for e in view.edgeIndices
    where network.edges[e].kind == conventions.inRegionEdgeKind && network.targetIndices[e] == region {
      countries.insert(network.sourceIndices[e])
    }
    var frameworks = Set<Int>()
    for e in view.edgeIndices {
      let s = network.sourceIndices[e]
      let t = network.targetIndices[e]
      if countries.contains(s) && isFramework(t) { frameworks.insert(t) }
      if countries.contains(t) && isFramework(s) { frameworks.insert(s) }
    }
    var keep = countries.union(frameworks)
    keep.insert(region)
    for e in view.edgeIndices where network.edges[e].kind == conventions.participationEdgeKind {
      // The view already left out the countries outside the region.
      if frameworks.contains(network.targetIndices[e]) { keep.insert(network.sourceIndices[e]) }
    }
    let nodes = view.nodeIndices.filter(keep.contains)
    let edges = view.edgeIndices.filter {
      keep.contains(network.sourceIndices[$0]) && keep.contains(network.targetIndices[$0])
    }
    return (nodes, edges)
  }

  static func requireFrameworkKind(_ kind: String, in network: DialogueNetwork) throws(DiagramError) {
    guard network.vocabulary.nodeKind(kind) != nil else {
      let known = network.vocabulary.nodeKinds.filter(\.framework).map(\.id)
      throw .unknownFrameworkKind(kind, known: known)
    }
  }
}
