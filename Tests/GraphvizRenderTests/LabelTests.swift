import Foundation
import GraphvizRender
import Testing

@Suite("Labels are shown literally")
struct LabelTests {
  /// Text that Graphviz would otherwise interpret: XML specials, backslash escapes, entities,
  /// CDATA terminators, non-Latin scripts.
  static let hostile = [
    #""<>&\"#, #"\N"#, #"\n and \l and \G"#, "æøåäö ÆØÅ", "حوار الهجرة والتنقل", "]]>",
    "&amp; &lt; &#45;", "{record|like} <port>", "'single' \"double\"", "tab\there",
  ]

  /// The `<text>` contents of an SVG rendering, XML-unescaped.
  private func svgTexts(_ graph: GraphvizGraph, engine: LayoutEngine = .dot) throws -> [String] {
    let svg = try GraphvizRenderer.shared.render(graph, engine: engine, format: .svg)
    return try #require(SVGTextReader.texts(of: "text", in: svg), "SVG must be well-formed XML")
  }

  @Test(arguments: hostile)
  func nodeEdgeAndClusterLabelsReadBackExactly(label: String) throws {
    var graph = GraphvizGraph()
    graph.nodes = [
      GraphvizNode(id: "a", attributes: ["label": .text(label)]), GraphvizNode(id: "b"),
    ]
    graph.edges = [GraphvizEdge(from: "a", to: "b", attributes: ["label": .text("edge " + label)])]
    var cluster = GraphvizSubgraph.cluster(id: "c")
    cluster.attributes["label"] = .text("cluster " + label)
    cluster.nodeIDs = ["b"]
    graph.subgraphs = [cluster]
    let texts = try svgTexts(graph)
    #expect(texts.contains(label), "node label; got \(texts)")
    #expect(texts.contains("edge " + label), "edge label; got \(texts)")
    #expect(texts.contains("cluster " + label), "cluster label; got \(texts)")
  }

  @Test func lineFeedsBreakLinesAndEachLineReadsBack() throws {
    var graph = GraphvizGraph()
    graph.nodes = [GraphvizNode(id: "a", attributes: ["label": .text("first <line>\nsecond & \\N")])]
    let texts = try svgTexts(graph)
    #expect(texts == ["first <line>", "second & \\N"])
  }

  @Test(arguments: [#"back\slash & co"#, #"\N"#, "&amp;", "Ægean <sea>"])
  func nodeIDsWithoutLabelsAreShownLiterally(id: String) throws {
    var graph = GraphvizGraph()
    graph.nodes = [GraphvizNode(id: id)]
    graph.edges = [GraphvizEdge(from: id, to: "implicit\\N")]
    let texts = try svgTexts(graph)
    #expect(texts.contains(id), "got \(texts)")
    #expect(texts.contains("implicit\\N"), "edge-created node; got \(texts)")
  }

  @Test func rawValuesKeepGraphvizEscapes() throws {
    var graph = GraphvizGraph()
    graph.nodes = [GraphvizNode(id: "name", attributes: ["label": .raw(#"id=\N"#)])]
    #expect(try svgTexts(graph) == ["id=name"])
  }

  @Test func htmlLabelsAreParsedAsHTML() throws {
    var graph = GraphvizGraph()
    graph.nodes = [GraphvizNode(id: "a", attributes: ["label": .html("<B>bold</B> &amp; plain")])]
    let svg = try GraphvizRenderer.shared.render(graph, engine: .dot, format: .svg)
    #expect(SVGTextReader.texts(of: "text", in: svg) == ["bold", " & plain"])
    #expect(String(decoding: svg, as: UTF8.self).contains("font-weight=\"bold\""))
  }

  /// Graphviz interns strings by content: an HTML label equal to a plain string of the same
  /// graph (here a node id and a text label) must stay HTML, and the plain strings plain.
  @Test func htmlAndPlainStringsWithEqualContentStayApart() throws {
    let markup = "<B>x</B>"
    var graph = GraphvizGraph()
    graph.nodes = [
      GraphvizNode(id: markup),
      GraphvizNode(id: "text", attributes: ["label": .text(markup)]),
      GraphvizNode(id: "html", attributes: ["label": .html(markup)]),
    ]
    let texts = try svgTexts(graph)
    #expect(texts.filter { $0 == markup }.count == 2, "two literal labels; got \(texts)")
    #expect(texts.contains("x"), "one HTML label rendered as bold x; got \(texts)")
  }

  @Test func defaultNodeLabelsApplyAndLiteralIDsRemain() throws {
    var graph = GraphvizGraph()
    graph.nodeDefaults["label"] = .text("same")
    graph.nodes = [GraphvizNode(id: "a"), GraphvizNode(id: "b", attributes: ["label": "own"])]
    var group = GraphvizSubgraph.cluster(id: "k")
    group.nodeDefaults["label"] = .text("from cluster")
    group.nodeIDs = ["c"]
    graph.subgraphs = [group]
    #expect(try svgTexts(graph).sorted() == ["from cluster", "own", "same"])
  }
}
