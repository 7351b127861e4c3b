import DialogueGraph
import Foundation
import GraphvizRender

/// The whole network in overview, legible on one page: one node per group and one line per pair of
/// groups that any link joins, as thick as the number of links (the number printed on it).
///
/// **Groups.** A node's group is its kind (all EU member states together, all mobility
/// partnerships together…), except countries of other kinds, which are grouped by their primary
/// region (``DialogueNetwork/primaryRegions(asOf:)``; a country in no region keeps its kind's
/// group). The in-region links are not drawn: the region groups stand for them.
/// Links inside a group are counted in the group's tooltip. Groups come in vocabulary order, the
/// region groups of a kind in dataset row order of the regions, so output is byte-identical.
///
/// **Layout.** Four columns, left to right: partner countries (by region) and the regions;
/// frameworks; the EU's
/// side and other actors (member states, institutions, agencies, organisations); and what they use,
/// address or meet at (instruments and agreements, themes, events — the conventions'
/// `instrumentKinds`, `themeKind`, `eventKind`). Lines run between columns, so the picture reads
/// "who — in what — with whom — with which means" on one landscape page.
///
/// **Complexity.** O(n + m) to group, plus the layout of at most a few dozen nodes.
///
/// Every node and link is left to the interactive explorer (`dialogue explore`); the title says so.
struct NetworkOverview {
  struct Group {
    var id: String
    var label: String
    var kind: String
    var column: Int
    var members: [Int] = []
    var linksWithin = 0
    /// A node drawn on its own (see ``NetworkOverview/individuals``), not a group.
    var isIndividual = false
  }

  struct Link {
    var from: Int
    var to: Int
    var count = 0
    var byKind: [String: Int] = [:]
  }

  let network: DialogueNetwork
  let options: DiagramOptions
  let selection: DiagramSelection
  /// Nodes drawn on their own, each a box of its own, with everything else grouped around them:
  /// a frameworks view too large for its page keeps its frameworks and groups their actors.
  var individuals: Set<Int> = []

  /// The groups and the links between them.
  func aggregate() -> (groups: [Group], links: [Link]) {
    let conventions = network.conventions
    let vocabulary = network.vocabulary
    let regions = network.primaryRegions(asOf: options.asOf)
    var groupIndex: [String: Int] = [:]
    var groups: [Group] = []
    var groupOfNode: [Int: Int] = [:]
    let kindOrder = Dictionary(
      vocabulary.nodeKinds.map(\.id).enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    // Nodes in kind order, then row order: the groups are created in a stable, meaningful order.
    let ordered = selection.nodes.sorted {
      let a = kindOrder[network.nodes[$0].kind] ?? Int.max
      let b = kindOrder[network.nodes[$1].kind] ?? Int.max
      return a != b
        ? a < b : (network.nodes[$0].kind, regions[$0] ?? -1, $0) < (network.nodes[$1].kind, regions[$1] ?? -1, $1)
    }
    for v in ordered {
      let kind = network.nodes[v].kind
      let key: String
      let label: String
      if individuals.contains(v) {
        let id = network.nodes[v].id
        key = id.hasPrefix("group:") ? "node:" + id : id
        label = network.nodes[v].label
      } else if kind != conventions.memberStateKind, vocabulary.isCountry(kind: kind), let region = regions[v] {
        key = "group:\(kind):\(network.nodes[region].id)"
        label = network.nodes[region].label
      } else {
        key = "group:\(kind)"
        label = vocabulary.pluralLabel(ofKind: kind).capitalizedFirst
      }
      let g: Int
      if let existing = groupIndex[key] {
        g = existing
      } else {
        g = groups.count
        groupIndex[key] = g
        groups.append(
          Group(id: key, label: label, kind: kind, column: column(of: kind), isIndividual: individuals.contains(v)))
      }
      groups[g].members.append(v)
      groupOfNode[v] = g
    }
    var links: [[Int]: Link] = [:]
    for e in selection.edges where network.edges[e].kind != conventions.inRegionEdgeKind {
      guard let a = groupOfNode[network.sourceIndices[e]], let b = groupOfNode[network.targetIndices[e]] else {
        continue
      }
      if a == b {
        groups[a].linksWithin += 1
        continue
      }
      let pair = [min(a, b), max(a, b)]
      links[pair, default: Link(from: pair[0], to: pair[1])].count += 1
      links[pair]!.byKind[network.edges[e].kind, default: 0] += 1
    }
    if individuals.count > Self.individualsInOneColumn {
      // Too many frameworks for one column of the page: they stand either side (columns 0 and 2,
      // alternating in row order) of every group (column 1), so each line joins neighbouring
      // columns and the frameworks' column is half as tall.
      var side = 0
      for g in groups.indices {
        if groups[g].isIndividual {
          groups[g].column = side
          side = 2 - side
        } else {
          groups[g].column = 1
        }
      }
    }
    return (groups, links.values.sorted { ($0.from, $0.to) < ($1.from, $1.to) })
  }

  /// How many nodes drawn on their own still stand in one column (see ``individuals``).
  static let individualsInOneColumn = 12

  /// The column of a kind's groups (see the type's documentation).
  func column(of kind: String) -> Int {
    let conventions = network.conventions
    let vocabulary = network.vocabulary
    if kind == conventions.regionKind || kind != conventions.memberStateKind && vocabulary.isCountry(kind: kind) {
      return 0
    }
    if vocabulary.nodeKind(kind)?.framework == true { return 1 }
    if conventions.instrumentKinds.contains(kind) || kind == conventions.themeKind || kind == conventions.eventKind {
      return 3
    }
    return 2
  }

  func graph(title: String) -> GraphvizGraph {
    let (groups, links) = aggregate()
    let vocabulary = network.vocabulary
    var graph = GraphvizGraph(name: network.name, kind: .directed, multiplicity: .multigraph)
    let landscape = options.page?.isLandscape ?? true
    var attributes: GraphvizAttributes = [
      "label": .text(LabelWrap.wrapped(title, width: landscape ? 90 : 60)), "labelloc": "t", "fontsize": "14",
      "fontname": "Helvetica-Bold", "bgcolor": "white", "outputorder": "edgesfirst", "pad": "0.1",
      "rankdir": "LR", "nodesep": "0.1", "ranksep": landscape ? "0.6" : "0.4",
    ]
    if let page = options.page { attributes["size"] = .text("\(page.inches.width),\(page.inches.height)") }
    graph.attributes = attributes
    graph.nodeDefaults = [
      "style": "filled", "fontname": "Helvetica", "fontsize": "10", "penwidth": "1", "height": "0.3",
      "margin": "0.06,0.03",
    ]
    graph.edgeDefaults = ["fontname": "Helvetica", "fontsize": "9", "arrowhead": "none", "color": "#737373"]
    // Narrower labels on a portrait page: four columns and the legend must fit its width.
    let width = options.labelWidth ?? (landscape ? 28 : 16)
    // Colour by region or community: a group takes its members' most common colour (a region
    // group's members share their region, so its colour is exact; a kind's members may fall in
    // several communities, and the group shows where most of them are).
    let colours = NodeColours(network: network, options: options, nodes: selection.nodes, edges: selection.edges)
    for group in groups {
      let style = options.style.node(group.kind, in: vocabulary)
      let fill = Self.mostCommon(group.members.compactMap { colours.fill[$0] }) ?? style.fill
      let count = group.members.count
      let kindText = count == 1 ? vocabulary.label(ofKind: group.kind) : vocabulary.pluralLabel(ofKind: group.kind)
      let text = LabelWrap.wrapped(group.isIndividual ? group.label : group.label + " (\(count))", width: width)
      var tooltip =
        group.isIndividual
        ? "\(group.label) (\(network.nodes[group.members[0]].id))" : "\(group.label): \(count) \(kindText)"
      if group.linksWithin > 0 {
        tooltip += ", \(group.linksWithin) link\(group.linksWithin == 1 ? "" : "s") among them"
      }
      if !group.isIndividual {
        let sample = group.members.prefix(12).map { network.nodes[$0].label }.joined(separator: ", ")
        tooltip += " — " + sample + (count > 12 ? "…" : "")
      }
      graph.nodes.append(
        GraphvizNode(
          id: group.id,
          attributes: [
            "label": .text(text), "shape": "box", "fillcolor": .text(fill),
            "color": .text(style.outline), "tooltip": .text(tooltip),
          ]))
    }
    for column in 0..<4 {
      var rank = GraphvizSubgraph.group(id: "column-\(column)")
      rank.attributes["rank"] = "same"
      rank.nodeIDs = groups.filter { $0.column == column }.map(\.id)
      if !rank.nodeIDs.isEmpty { graph.subgraphs.append(rank) }
    }
    // Numbers on the heaviest lines only: on all ~90 lines Graphviz places them where they cannot be
    // told apart. Every line carries its count in its tooltip.
    let numberedFrom = Self.numberedLineThreshold(links.map(\.count))
    for link in links {
      // Drawn from the left column to the right one (dot ranks by line direction); a line within
      // a column does not move the columns.
      var (from, to) = (groups[link.from], groups[link.to])
      if from.column > to.column { swap(&from, &to) }
      let kinds = link.byKind.sorted { ($1.value, $0.key) < ($0.value, $1.key) }
        .map { "\(vocabulary.edgeKind($0.key)?.label ?? $0.key): \($0.value)" }.joined(separator: ", ")
      graph.edges.append(
        GraphvizEdge(
          from: from.id, to: to.id, key: "\(groups[link.from].id)--\(groups[link.to].id)",
          attributes: [
            "constraint": from.column == to.column ? "false" : "true",
            // `xlabel`, not `label`: dot 2.43 corrupts its heap ("double free") laying out a labelled
            // line between two nodes of one rank=same column (docs/RELIABILITY.md).
            "xlabel": .text(link.count >= numberedFrom ? String(link.count) : ""),
            "penwidth": .text(String(Double(Int((1 + min(5, log2(Double(link.count)))) * 100)) / 100)),
            "tooltip": .text("\(groups[link.from].label) — \(groups[link.to].label): \(link.count) links (\(kinds))"),
          ]))
    }
    if options.legend {
      var name = "legend"
      var suffix = 1
      while network.index(of: name) != nil {
        suffix += 1
        name = "legend-\(suffix)"
      }
      let boxes =
        individuals.isEmpty
        ? ["(n): how many nodes."] : ["(n): how many nodes;", "a box without (n): one", "framework of the view."]
      let rows =
        (["<B>Legend</B>", "A box: one kind of node", "(countries: one region),"] + boxes + [
          "A line: links between", "two boxes; numbers on", "the \(Self.numberedLines) thickest lines.",
          "Every node and link:", "the interactive explorer.",
        ]).map { #"<TR><TD COLSPAN="2" ALIGN="LEFT">"# + $0 + "</TD></TR>" }
      var colourRows: [String] = []
      if !colours.legend.isEmpty {
        // Wrapped as narrow as the legend's other lines, so that colours do not widen the page.
        let lines = { (text: String, width: Int) in
          LabelWrap.wrapped(text, width: width).split(separator: "\n").map { XMLText.escaped(String($0)) }
            .joined(separator: #"<BR ALIGN="LEFT"/>"#)
        }
        colourRows.append(#"<TR><TD COLSPAN="2" ALIGN="LEFT"><B>"# + lines(colours.heading, 22) + "</B></TD></TR>")
        for (colour, label) in colours.legend {
          colourRows.append(
            #"<TR><TD BGCOLOR="\#(colour)" BORDER="1" WIDTH="14"> </TD><TD ALIGN="LEFT">"#
              + lines(label, 20)
              + "</TD></TR>")
        }
      }
      let table =
        #"<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="1" CELLPADDING="1">"# + (rows + colourRows).joined()
        + "</TABLE>"
      graph.nodes.append(
        GraphvizNode(
          id: name, attributes: ["shape": "plaintext", "style": "", "label": .html(table), "tooltip": "Legend"]))
      var sink = GraphvizSubgraph.group(id: "legend")
      sink.attributes["rank"] = "sink"
      sink.nodeIDs = [name]
      graph.subgraphs.append(sink)
    }
    return graph
  }
}

extension NetworkOverview {
  /// The most frequent value, ties to the smallest; nil for none.
  static func mostCommon(_ values: [String]) -> String? {
    var counts: [String: Int] = [:]
    for value in values { counts[value, default: 0] += 1 }
    return counts.min { ($1.value, $0.key) < ($0.value, $1.key) }?.key
  }

  /// How many of the heaviest lines carry their number.
  static let numberedLines = 12

  /// The smallest count that gets a number: that of the ``numberedLines``-th heaviest line (ties
  /// included), and never 1.
  static func numberedLineThreshold(_ counts: [Int]) -> Int {
    let heaviest = counts.sorted(by: >)
    guard !heaviest.isEmpty else { return 2 }
    return max(2, heaviest[min(numberedLines, heaviest.count) - 1])
  }
}

extension String {
  /// The string with its first character upper-cased ("mobility partnerships" → "Mobility partnerships").
  var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
