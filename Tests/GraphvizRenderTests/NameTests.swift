import Foundation
import Testing

@testable import GraphvizRender

/// Node names with control characters (found by the label fuzzer, `Fuzz/Corpus/FuzzGraphvizLabels`):
/// Graphviz writes names into the SVG's `<title>` unescaped, where XML forbids them.
@Suite struct NameTests {
  @Test func controlCharactersInNodeIdsKeepTheSVGWellFormed() throws {
    var graph = GraphvizGraph(name: "names\u{1}")
    graph.nodes = [GraphvizNode(id: "n1"), GraphvizNode(id: "id\u{0B}\u{1E}\u{0C}")]
    graph.edges = [GraphvizEdge(from: "n1", to: "id\u{0B}\u{1E}\u{0C}", key: "k\u{2}")]
    var cluster = GraphvizSubgraph.cluster(id: "c\u{3}")
    cluster.nodeIDs = ["n1"]
    graph.subgraphs = [cluster]
    let svg = try GraphvizRenderer.shared.render(graph, engine: .dot, format: .svg)
    let titles = try #require(SVGTextReader.texts(of: "title", in: svg), "the SVG must be well-formed XML")
    #expect(titles.contains("id\u{FFFD}\u{FFFD}\u{FFFD}"))
    #expect(titles.contains("n1"))
  }

  @Test func entityLikeTextInNodeIdsIsShownLiterallyInSVGTitles() throws {
    // Fuzz finding crash-4019600f…: Graphviz copies "&nbsp;" and "&#0;" in names unchanged into
    // <title>, which no XML parser accepts.
    let id = "< x41; &nbsp; &#0; &#x> & &amp;"
    var graph = GraphvizGraph()
    graph.nodes = [GraphvizNode(id: "n1"), GraphvizNode(id: id)]
    graph.edges = [GraphvizEdge(from: "n1", to: id)]
    let svg = try GraphvizRenderer.shared.render(graph, engine: .dot, format: .svg)
    let titles = try #require(SVGTextReader.texts(of: "title", in: svg), "the SVG must be well-formed XML")
    #expect(titles.contains(id))
    let dot = String(decoding: try GraphvizRenderer.shared.render(graph, engine: .dot, format: .dot), as: UTF8.self)
    #expect(dot.contains("&nbsp; &#0;"), "other formats keep the name as it is")
  }

  @Test func idsThatDifferOnlyInControlCharactersAreAnErrorNotAMerge() {
    var graph = GraphvizGraph()
    graph.nodes = [GraphvizNode(id: "a\u{1}"), GraphvizNode(id: "a\u{2}")]
    #expect(throws: RenderError.self) { try GraphvizRenderer.shared.render(graph, engine: .dot, format: .svg) }
  }
}
