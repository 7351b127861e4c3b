import DialogueGraph
import Foundation
import GraphvizRender

/// Turns a ``DiagramSelection`` into a styled ``GraphvizGraph``.
struct DiagramBuilder {
  let network: DialogueNetwork
  let options: DiagramOptions
  let selection: DiagramSelection

  /// The frameworks of a two-mode picture whose membership the sources do not record: drawn dotted
  /// and labelled so, because a missing line there is unknown, not an absence.
  var unrecordedMembership: Set<Int> {
    Set(selection.frameworkSide.filter { network.unrecorded(.membership, of: $0) != nil })
  }

  /// Nodes drawn to the right of the frameworks in a layered picture fitted to a page: the second
  /// half of the member states of a two-mode picture, or of the actors of a frameworks picture
  /// (when more than ten), so that the picture is half as tall and fits a page at a legible
  /// scale. Their lines are drawn from the framework with the arrow reversed, since dot ranks by
  /// line direction.
  var rightSide: Set<Int> {
    guard options.page != nil, options.resolvedEngine == .dot else { return [] }
    let side: [Int]
    switch options.subject {
    case .twoMode: side = selection.memberStateSide
    case .frameworks(let kind): side = selection.nodes.filter { network.nodes[$0].kind != kind }
    default: return []
    }
    guard side.count > 10 else { return [] }
    return Set(side.dropFirst((side.count + 1) / 2))
  }

  /// The width labels wrap at: asked for, else a page's default, else none.
  var labelWidth: Int? { options.labelWidth ?? options.page?.defaultLabelWidth }

  func build() -> GraphvizGraph {
    var graph = GraphvizGraph(name: network.name, kind: .directed, multiplicity: .multigraph)
    let engine = options.resolvedEngine
    graph.attributes = graphAttributes(engine: engine)
    graph.nodeDefaults = ["style": "filled", "fontname": "Helvetica", "fontsize": "10", "penwidth": "1"]
    if options.page != nil {
      // Compact: a node as tall as its text, so a page holds more rows at a legible scale.
      graph.nodeDefaults["height"] = "0.3"
      graph.nodeDefaults["width"] = "0.4"
      graph.nodeDefaults["margin"] = "0.06,0.03"
    }
    graph.edgeDefaults = ["fontname": "Helvetica", "fontsize": "8", "arrowsize": "0.6"]
    let sizes = NodeSizes(network: network, nodes: selection.nodes, edges: selection.edges, sizing: options.sizing)
    let colours = NodeColours(network: network, options: options, nodes: selection.nodes, edges: selection.edges)
    let drawn = Set(selection.nodes)
    let right = rightSide
    for v in selection.nodes { graph.nodes.append(node(v, scale: sizes.scale(of: v), fill: colours.fill[v])) }
    for bundle in ParallelLinks.bundles(of: selection.edges, in: network) {
      var drawnEdge = edge(bundle.first, count: bundle.count)
      if right.contains(network.sourceIndices[bundle.first]) {
        swap(&drawnEdge.tail, &drawnEdge.head)
        drawnEdge.attributes["dir"] = "back"
      }
      graph.edges.append(drawnEdge)
    }
    for (memberState, frameworks) in options.highlight.absentFrom.sorted(by: { $0.key < $1.key }) {
      guard let s = network.index(of: memberState), drawn.contains(s) else { continue }
      for framework in frameworks {
        guard let t = network.index(of: framework), drawn.contains(t) else { continue }
        graph.edges.append(absentLink(from: s, to: t))
      }
    }
    graph.subgraphs = subgraphs(drawn: drawn, engine: engine)
    if options.legend {
      let legend = Legend(network: network, options: options, selection: selection, colours: colours)
        .node(avoiding: drawn)
      graph.nodes.append(legend)
      if engine == .dot {
        // A column (rank) of its own after the drawing: the legend never sits among the nodes.
        var sink = GraphvizSubgraph.group(id: "legend")
        sink.attributes["rank"] = "sink"
        sink.nodeIDs = [legend.id]
        graph.subgraphs.append(sink)
      }
    }
    return graph
  }

  private func graphAttributes(engine: LayoutEngine) -> GraphvizAttributes {
    var a: GraphvizAttributes = [
      "label": .text(title), "labelloc": "t", "fontsize": "18", "fontname": "Helvetica-Bold",
      "bgcolor": "white", "outputorder": "edgesfirst", "pad": "0.3",
    ]
    if let page = options.page {
      // Graphviz scales the drawing down (never up) to fit the page's printable area.
      a["size"] = .text("\(page.inches.width),\(page.inches.height)")
      a["label"] = .text(LabelWrap.wrapped(title, width: page.isLandscape ? 90 : 60))
      a["fontsize"] = "14"
      a["pad"] = "0.1"
    }
    if engine == .dot {
      a["rankdir"] = "LR"
      a["ranksep"] = options.page == nil ? "1.2" : "0.6"
      a["nodesep"] = options.page == nil ? "0.15" : "0.08"
      // A region view on a page: dot's newer ranking packs its few dozen nodes into fewer, taller
      // layers (the Eastern Partnership prints at 7 pt on A4 landscape rather than 6.6 pt).
      if options.page != nil && options.isRegionView { a["newrank"] = "true" }
    } else {
      a["overlap"] = "prism"
      // On a page, less spreading (prism's scale factor 2 rather than 4): the drawing is scaled to
      // the page anyway, and tighter spacing leaves the labels larger.
      a["overlap_scaling"] = options.page == nil ? "-4" : "-2"
      a["splines"] = "false"
      a["sep"] = "+6"
    }
    return a
  }

  /// "<dataset> — <subject> — as of <date>".
  var title: String {
    if let title = options.title { return title }
    var parts = [network.name, options.caption(in: network)]
    parts += options.filterPhrases(in: network)
    parts.append(options.asOf.map { "as of \($0)" } ?? "all dates (prospective dashed)")
    return parts.joined(separator: " — ")
  }

  private func node(_ v: Int, scale: Double?, fill: String?) -> GraphvizNode {
    let n = network.nodes[v]
    let style = options.style.node(n.kind, in: network.vocabulary)
    let label = labelWidth.map { LabelWrap.wrapped(n.label, width: $0) } ?? n.label
    var a: GraphvizAttributes = [
      "label": .text(label), "shape": .text(style.shape), "fillcolor": .text(fill ?? style.fill),
      "color": .text(style.outline), "tooltip": .text(tooltip(for: n)),
    ]
    if let scale {
      a["width"] = .text(format(0.4 + 1.6 * scale))
      a["height"] = .text(format(0.3 + 0.9 * scale))
      a["fontsize"] = .text(format(9 + 9 * scale))
    }
    if network.isProspective(v) {
      // Prospective (no start, a prospective status): drawn only in an all-dates diagram, dashed.
      a["style"] = "filled,dashed"
      a["tooltip"] = .text(tooltip(for: n) + " — prospective: not concluded on any date")
    }
    if unrecordedMembership.contains(v) {
      a["style"] = "filled,dotted"
      let text = n.label + " (membership not recorded)"
      a["label"] = .text(labelWidth.map { LabelWrap.wrapped(text, width: $0) } ?? text)
    }
    if options.highlight.nodes.contains(n.id) {
      a["color"] = .text(options.style.highlightColour)
      a["fontcolor"] = .text(options.style.highlightColour)
      a["penwidth"] = "3"
    }
    return GraphvizNode(id: n.id, attributes: a)
  }

  /// The link `e`, standing for `count` parallel links of its kind (drawn once, thicker with the
  /// logarithm of the count, the count in its tooltip).
  private func edge(_ e: Int, count: Int) -> GraphvizEdge {
    let edge = network.edges[e]
    let style = options.style.edge(edge.kind, in: network.vocabulary)
    var a: GraphvizAttributes = [
      "style": .text(style.line), "color": .text(style.colour), "arrowhead": .text(style.arrowhead),
      "tooltip": .text(tooltip(for: edge)),
    ]
    if network.presence(ofEdge: e, asOf: nil) == .prospective { a["style"] = "dashed" }
    if count > 1 {
      // The count goes into the tooltip, not a label: Graphviz's dot corrupts its heap freeing a
      // layout with a cluster and a labelled edge leaving it (README, "Reliability").
      a["penwidth"] = .text(format(1 + min(5, log2(Double(count)))))
      a["tooltip"] = .text("×\(count): \(count) parallel links; the first: " + tooltip(for: edge))
    }
    return GraphvizEdge(from: edge.source, to: edge.target, key: edge.id, attributes: a)
  }

  private func absentLink(from s: Int, to t: Int) -> GraphvizEdge {
    let source = network.nodes[s]
    let target = network.nodes[t]
    let a: GraphvizAttributes = [
      "style": "dashed", "color": .text(options.style.highlightColour), "arrowhead": "none",
      "constraint": "false", "penwidth": "0.8",
      "tooltip": .text("\(source.label) is absent from \(target.label)"),
    ]
    return GraphvizEdge(from: source.id, to: target.id, key: "absent:\(source.id)->\(target.id)", attributes: a)
  }

  private func tooltip(for node: Node) -> String {
    let kind = network.vocabulary.nodeKind(node.kind)?.label ?? node.kind
    return "\(node.label) (\(kind)) — \(node.citation)"
  }

  private func tooltip(for edge: Edge) -> String {
    let kind = network.vocabulary.edgeKind(edge.kind)?.label ?? edge.kind
    var text = "\(edge.source) \(kind) \(edge.target)"
    var details: [String] = []
    if let role = edge.role { details.append(role) }
    if let status = edge.status { details.append(status) }
    if let start = edge.start { details.append("from \(start)") }
    if let end = edge.end { details.append("until \(end)") }
    if !details.isEmpty { text += " (" + details.joined(separator: ", ") + ")" }
    return text + " — " + edge.citation
  }

  private func subgraphs(drawn: Set<Int>, engine: LayoutEngine) -> [GraphvizSubgraph] {
    var result: [GraphvizSubgraph] = []
    if case .twoMode = options.subject {
      let rightSide = rightSide
      var left = GraphvizSubgraph.group(id: "member-states")
      left.attributes["rank"] = "same"
      left.nodeIDs = selection.memberStateSide.filter { !rightSide.contains($0) }.map { network.nodes[$0].id }
      var middle = GraphvizSubgraph.group(id: "frameworks")
      middle.attributes["rank"] = "same"
      middle.nodeIDs = selection.frameworkSide.map { network.nodes[$0].id }
      result += [left, middle]
      if !rightSide.isEmpty {
        var right = GraphvizSubgraph.group(id: "member-states-right")
        right.attributes["rank"] = "same"
        right.nodeIDs = selection.memberStateSide.filter(rightSide.contains).map { network.nodes[$0].id }
        result.append(right)
      }
    } else if options.clustering == .byRegion {
      result += RegionClusters(network: network, asOf: options.asOf, drawn: drawn).subgraphs()
    }
    return result
  }

  private func format(_ x: Double) -> String { String(Double(Int((x * 100).rounded())) / 100) }
}
