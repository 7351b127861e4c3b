import Foundation
import GraphvizRender
import Testing

/// Label texts that the label fuzzer (`Fuzz/Sources/FuzzGraphvizLabels`) found to break the SVG,
/// rendered in process: the SVG must stay well-formed XML and show the label's visible text.
@Suite("Rendered text regressions")
struct RenderedTextRegressionTests {
  /// Renders `label` as a node's literal text with `dot` and parses the SVG.
  private func render(label: String) throws -> XMLText {
    var graph = GraphvizGraph(name: "regression")
    graph.nodes = [GraphvizNode(id: "n1", attributes: ["label": .text(label)]), GraphvizNode(id: "n2")]
    graph.edges = [GraphvizEdge(from: "n1", to: "n2")]
    return try XMLText(try GraphvizRenderer.shared.render(graph, engine: .dot, format: .svg))
  }

  /// Fuzz finding `crash-fd125700…` (the seed `control` reduced): C0 control characters and DEL in
  /// a label are written raw into the SVG, which XML 1.0 forbids (`XMLParser` error 9, "invalid
  /// character"): browsers refuse to show the file. The loader accepts such labels (corpus case
  /// `label-control-characters`), so `dialogue render` produces a broken SVG for them.
  @Test(
    "control characters in a label keep the SVG well-formed",
    arguments: [
      "bell\u{07} esc\u{1B}[31m\ttab\u{7F} del\u{01}\u{02}\u{1F}", "\u{0B}vertical tab", "form\u{0C}feed",
      "nul\u{00}byte",
    ])
  func controlCharacters(_ label: String) throws {
    // Fixed: GraphvizValue.text replaces them with U+FFFD before Graphviz sees them.
    let svg = try render(label: label)
    #expect(XMLText.shows(label, in: svg.svgTexts))
  }

  @Test(
    "markup, entities, escapes and right-to-left text are shown literally",
    arguments: [
      #"<script>alert("x")</script> & <b>bold</b>"#, "&amp; &lt;tag&gt; &#x41; &nbsp;", #"C:\N\G\l \\ \" \E"#,
      "\u{0634}\u{0631}\u{0627}\u{0643}\u{0629} \u{202E}gnp.exe\u{202C}", "line\u{2028}separator\u{0085}next",
    ])
  func literalText(_ label: String) throws {
    let svg = try render(label: label)
    #expect(XMLText.shows(label, in: svg.svgTexts), "\(svg.svgTexts)")
  }
}
