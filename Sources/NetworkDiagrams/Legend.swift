import DialogueGraph
import GraphvizRender

/// The legend: one node whose HTML-like label is a table naming every node kind and link kind drawn
/// (with its colour and shape or line style) and the highlight, if any. A single node works with
/// every layout engine, unlike a cluster of sample nodes, which `sfdp` and `neato` would scatter.
///
/// Vocabulary labels are dataset text: they are escaped for Graphviz's HTML-like labels.
struct Legend {
  let network: DialogueNetwork
  let options: DiagramOptions
  let selection: DiagramSelection
  /// The colours when they show region or community (the kinds' rows then show shapes only).
  var colours: NodeColours? = nil

  /// The legend node, named so that it cannot collide with a drawn node's id.
  func node(avoiding drawn: Set<Int>) -> GraphvizNode {
    var name = "legend"
    var suffix = 1
    while network.index(of: name) != nil {
      suffix += 1
      name = "legend-\(suffix)"
    }
    let attributes: GraphvizAttributes = [
      "shape": "plaintext", "style": "", "label": .html(table()), "tooltip": "Legend",
    ]
    return GraphvizNode(id: name, attributes: attributes)
  }

  func table() -> String {
    let vocabulary = network.vocabulary
    let nodeKinds = Set(selection.nodes.map { network.nodes[$0].kind })
    let edgeKinds = Set(selection.edges.map { network.edges[$0].kind })
    var rows = [#"<TR><TD COLSPAN="2" ALIGN="LEFT"><B>Legend</B></TD></TR>"#]
    for kind in orderedKinds(nodeKinds, known: vocabulary.nodeKinds.map(\.id)) {
      let style = options.style.node(kind, in: vocabulary)
      let label = vocabulary.nodeKind(kind)?.label ?? kind
      let fill = options.colouring == .kind ? style.fill : "#ffffff"
      rows.append(
        #"<TR><TD BGCOLOR="\#(fill)" BORDER="1" WIDTH="18"> </TD><TD ALIGN="LEFT">"#
          + XMLText.escaped(label) + " (" + XMLText.escaped(style.shape) + ")</TD></TR>")
    }
    for kind in orderedKinds(edgeKinds, known: vocabulary.edgeKinds.map(\.id)) {
      let style = options.style.edge(kind, in: vocabulary)
      let label = vocabulary.edgeKind(kind)?.label ?? kind
      rows.append(
        #"<TR><TD><FONT COLOR="\#(style.colour)">\#(Legend.sample(style.line))</FONT></TD><TD ALIGN="LEFT">"#
          + XMLText.escaped(label) + "</TD></TR>")
    }
    if let colours, !colours.legend.isEmpty {
      rows.append(#"<TR><TD COLSPAN="2" ALIGN="LEFT"><B>"# + XMLText.escaped(colours.heading) + "</B></TD></TR>")
      for (colour, label) in colours.legend {
        rows.append(
          #"<TR><TD BGCOLOR="\#(colour)" BORDER="1" WIDTH="18"> </TD><TD ALIGN="LEFT">"#
            + XMLText.escaped(label) + "</TD></TR>")
      }
    }
    if !options.highlight.nodes.isEmpty {
      let colour = options.style.highlightColour
      rows.append(
        #"<TR><TD BORDER="3" COLOR="\#(colour)"> </TD><TD ALIGN="LEFT"><FONT COLOR="\#(colour)">"#
          + XMLText.escaped(options.highlight.caption) + "</FONT></TD></TR>")
      if !options.highlight.absentFrom.isEmpty {
        rows.append(
          #"<TR><TD><FONT COLOR="\#(colour)">- - -</FONT></TD><TD ALIGN="LEFT"><FONT COLOR="\#(colour)">absent from</FONT></TD></TR>"#
        )
      }
    }
    return #"<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="2">"# + rows.joined() + "</TABLE>"
  }

  /// Kinds in vocabulary order, then unknown ones alphabetically.
  private func orderedKinds(_ present: Set<String>, known: [String]) -> [String] {
    known.filter(present.contains) + present.subtracting(known).sorted()
  }

  /// A text sample of a line style.
  static func sample(_ line: String) -> String {
    switch line {
    case "dashed": "- - -"
    case "dotted": "· · · ·"
    case "bold": "━━━"
    default: "───"
    }
  }

}
