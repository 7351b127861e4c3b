import DialogueGraph
import Foundation
import GraphvizRender
import Testing

@testable import NetworkDiagrams

/// The shipped datasets, found from this file's location.
enum Shipped {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static func load(_ name: String) throws -> DialogueNetwork {
    try DialogueNetwork.load(from: root.appendingPathComponent("Datasets").appendingPathComponent(name))
  }
}

@Suite struct NetworkDiagramTests {
  @Test func wholeNetworkDrawsEveryNodeWithItsIdAsTitleAndALegend() throws {
    let network = try Shipped.load("circular-migration-2007")
    let svg = try NetworkDiagram.render(network, options: DiagramOptions(), format: .svg)
    let reader = try SVGReader(svg)
    #expect(Set(reader.nodeTitles) == Set(network.nodes.map(\.id) + ["legend"]))
    #expect(reader.allTexts.contains("Legend"))
    #expect(reader.allTexts.contains { $0.hasPrefix("project") })
    #expect(reader.allTexts.contains("circular-migration-2007 — whole network — all dates (prospective dashed)"))
  }

  @Test func sameInputGivesByteIdenticalOutput() throws {
    let network = try Shipped.load("circular-migration-2007")
    for subject in [DiagramSubject.network, .ego(center: "MA", radius: 1), .frameworks(kind: "project")] {
      let options = DiagramOptions(subject: subject, sizing: .degree)
      let first = try NetworkDiagram.render(network, options: options, format: .svg)
      let second = try NetworkDiagram.render(network, options: options, format: .svg)
      #expect(first == second, "\(subject) differs between two renders")
    }
  }

  @Test func egoNetworkKeepsOnlyTheNeighbourhood() throws {
    let network = try Shipped.load("circular-migration-2007")
    let options = DiagramOptions(subject: .ego(center: "MA", radius: 1), legend: false)
    let graph = try NetworkDiagram.graph(for: network, options: options)
    let ids = Set(graph.nodes.map(\.id))
    #expect(ids.contains("MA"))
    let view = network.wholeView
    let expected = Set(view.egoNetwork(center: network.index(of: "MA")!, radius: 1).nodes.map(\.id))
    #expect(ids == expected)
  }

  @Test func highlightMarksNodesAndDrawsAbsentLinksInTheLegendColour() throws {
    let network = try Shipped.load("circular-migration-2007")
    let someProject = network.nodes.first { $0.kind == "project" }!.id
    let highlight = DiagramHighlight(nodes: ["NL"], absentFrom: ["NL": [someProject]], caption: "joined nothing")
    let options = DiagramOptions(subject: .frameworks(kind: "project"), highlight: highlight, engine: .dot)
    let reader = try SVGReader(try NetworkDiagram.render(network, options: options, format: .svg))
    let colour = DiagramStyle.standard.highlightColour
    #expect(reader.node("NL")?.strokes.contains(colour) == true)
    #expect(reader.edgeGroups.contains { $0.title == "NL->\(someProject)" && $0.strokes.contains(colour) })
    #expect(reader.allTexts.contains("joined nothing"))
  }

  @Test func hostileLabelsAreShownLiterally() throws {
    let vocabulary = Vocabulary.default
    let hostile = #"<script>alert("x")</script> & \N \l æøå مرحبا"#
    let nodes = [
      Node(id: "A", kind: "member-state", label: hostile, citation: "test", confidence: "seed"),
      Node(id: "B", kind: "third-country", label: "B&amp;", citation: "test", confidence: "seed"),
    ]
    let edges = [Edge(id: "e1", source: "A", target: "B", kind: "link", citation: "test", confidence: "seed")]
    let network = try DialogueNetwork(nodes: nodes, edges: edges, vocabulary: vocabulary, name: "hostile")
    let svg = try NetworkDiagram.render(network, options: DiagramOptions(engine: .dot), format: .svg)
    let reader = try SVGReader(svg)
    #expect(reader.node("A")?.texts == [hostile])
    #expect(reader.node("B")?.texts == ["B&amp;"])
    #expect(!String(decoding: svg, as: UTF8.self).contains("<script"))
  }

  @Test func controlCharactersInLabelsStillGiveWellFormedSVG() throws {
    let nodes = [
      Node(
        id: "A", kind: "member-state", label: "bell\u{7} escape\u{1B}[31m nul-free", citation: "c\u{1}",
        confidence: "seed"),
      Node(id: "B", kind: "third-country", label: "tab\there", citation: "test", confidence: "seed"),
    ]
    let edges = [Edge(id: "e1", source: "A", target: "B", kind: "link", citation: "\u{2}", confidence: "seed")]
    let network = try DialogueNetwork(nodes: nodes, edges: edges, name: "controls")
    let svg = try NetworkDiagram.render(network, options: DiagramOptions(engine: .dot), format: .svg)
    let reader = try SVGReader(svg)  // throws when the XML is not well-formed
    #expect(reader.node("A")?.texts == ["bell\u{FFFD} escape\u{FFFD}[31m nul-free"])
  }

  @Test func unknownIdsAndKindsAreClearErrors() throws {
    let network = try Shipped.load("circular-migration-2007")
    #expect(throws: DiagramError.unknownNode("ZZ")) {
      try NetworkDiagram.graph(for: network, options: DiagramOptions(subject: .ego(center: "ZZ", radius: 1)))
    }
    #expect(throws: DiagramError.self) {
      try NetworkDiagram.graph(for: network, options: DiagramOptions(subject: .twoMode(frameworkKind: "nonsense")))
    }
  }

  @Test func everyFormatHasItsSignature() throws {
    let network = try Shipped.load("circular-migration-2007")
    let options = DiagramOptions(subject: .ego(center: "MA", radius: 1))
    let png = try NetworkDiagram.render(network, options: options, format: .png)
    #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    let pdf = try NetworkDiagram.render(network, options: options, format: .pdf)
    #expect(pdf.starts(with: Array("%PDF".utf8)))
    let dot = try NetworkDiagram.render(network, options: options, format: .dot)
    #expect(String(decoding: dot, as: UTF8.self).contains("digraph"))
  }
}
