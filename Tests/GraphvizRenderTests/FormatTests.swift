import Foundation
import GraphvizRender
import Testing

@Suite("Every engine renders every format")
struct FormatTests {
  static let nodeIDs = ["alpha", "beta", "gamma", "delta"]

  @Test(arguments: LayoutEngine.allCases)
  func svgHasATitlePerNode(engine: LayoutEngine) throws {
    let data = try GraphvizRenderer.shared.render(TestGraphs.small(), engine: engine, format: .svg)
    let titles = try #require(SVGTextReader.texts(of: "title", in: data), "SVG must parse as XML")
    for id in Self.nodeIDs { #expect(titles.contains(id), "missing <title>\(id)</title>") }
    #expect(titles.contains("alpha&#45;&gt;beta") || titles.contains("alpha->beta"))
  }

  @Test(arguments: LayoutEngine.allCases)
  func pngHasItsSignature(engine: LayoutEngine) throws {
    let data = try GraphvizRenderer.shared.render(TestGraphs.small(), engine: engine, format: .png)
    #expect(Array(data.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    #expect(data.count > 100)
  }

  @Test(arguments: LayoutEngine.allCases)
  func pdfHasItsSignature(engine: LayoutEngine) throws {
    let data = try GraphvizRenderer.shared.render(TestGraphs.small(), engine: engine, format: .pdf)
    #expect(String(decoding: data.prefix(5), as: UTF8.self) == "%PDF-")
    #expect(String(decoding: data.suffix(8), as: UTF8.self).contains("%%EOF"))
  }

  @Test(arguments: LayoutEngine.allCases)
  func dotNamesEveryNodeAndPosition(engine: LayoutEngine) throws {
    let data = try GraphvizRenderer.shared.render(TestGraphs.small(), engine: engine, format: .dot)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.hasPrefix("digraph small {"))
    for id in Self.nodeIDs { #expect(text.contains("\t\t\(id)\t[") || text.contains("\t\(id)\t[")) }
    #expect(text.contains("pos=\""))
    #expect(text.contains("subgraph cluster_outer"))
  }

  @Test func undirectedGraphsRenderWithoutArrowheads() throws {
    let data = try GraphvizRenderer.shared.render(
      TestGraphs.small(kind: .undirected), engine: .neato, format: .dot)
    let text = String(decoding: data, as: UTF8.self)
    #expect(text.hasPrefix("graph small {"))
    #expect(text.contains("alpha -- beta"))
  }

  @Test func everyStandardEngineIsInstalled() throws {
    let available = Set(try GraphvizRenderer.shared.availableLayoutEngines())
    for engine in LayoutEngine.allCases { #expect(available.contains(engine)) }
  }
}
