import Foundation
import Testing

@testable import DialogueGraph

/// Same network, same bytes — whatever order extra attributes were inserted in — and clear errors
/// for what a format cannot carry.
@Suite struct ExportDeterminismTests {
  static func allExports(_ view: NetworkView) throws -> [String] {
    [
      try view.graphML(), try view.gexf(), try view.nodeLinkJSON(), try view.nodeLinkJSON(pretty: false),
      try view.dot(),
    ]
  }

  @Test func twoExportsAreIdentical() throws {
    let a = try ExportFixture.network()
    let b = try ExportFixture.network(reverseAttributes: true)
    #expect(try Self.allExports(a.wholeView) == Self.allExports(a.wholeView))
    #expect(try Self.allExports(a.wholeView) == Self.allExports(b.wholeView))
    let csvA = try ExportFixture.networkWithoutNUL().wholeView.datasetFiles()
    let csvB = try ExportFixture.networkWithoutNUL().wholeView.datasetFiles()
    #expect(csvA.map(\.name) == csvB.map(\.name))
    #expect(csvA.map(\.contents) == csvB.map(\.contents))
  }

  @Test func xmlOutputsHoldNoForbiddenCharacter() throws {
    let view = try ExportFixture.network().wholeView
    for text in [try view.graphML(), try view.gexf()] {
      let forbidden = text.unicodeScalars.filter { s in
        (s.value < 0x20 && s != "\n") || s.value == 0xFFFE || s.value == 0xFFFF
      }
      #expect(forbidden.isEmpty, "raw tab/CR/controls must be character references or U+FFFD")
      #expect(text.contains("&#13;") && text.contains("&#10;") && text.contains("&#9;"))
      #expect(text.contains("&lt;b&gt;&amp;amp;&lt;/b&gt;"))
      #expect(text.contains("&apos;q&apos;"))
      #expect(
        text.contains("bell\u{FFFD} esc\u{FFFD} soh\u{FFFD} del\u{7F} nel\u{85} nonchars\u{FFFD}\u{FFFD}!"))
    }
  }

  @Test func dotQuotesEverythingAndEscapesLabels() throws {
    let text = try ExportFixture.network().wholeView.dot()
    #expect(text.hasPrefix("digraph \"test <network> & \\\"co\\\"\" {\n"))
    #expect(
      text.contains(
        #""label"="Kosovo \"<b>&amp;amp;</b>\" 'q' \\ back\\slash\nline two\nthree\nfour"# + "\tend\""))
    #expect(text.contains(#""odd \"id\" \\ ctl� æ""#))
    #expect(text.contains(#""DE" -> "mp-md" ["key"="e2 \"parallel\"", "kind"="participates-in""#))
    #expect(
      !text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || $0.value == 0xFFFF })
    #expect(
      text.contains(
        "\"label\"=\"bell\u{FFFD} esc\u{FFFD} soh\u{FFFD} del\u{FFFD} nel\u{85} nonchars\u{FFFD}\u{FFFD}!\""))
    #expect(text.split(separator: "\n").count == 1 + 6 + 6 + 1, "one line per node and edge")
  }

  @Test func reservedAttributeNamesAreRejected() throws {
    let base = try ExportFixture.networkWithoutNUL()
    var nodes = base.nodes
    nodes[0].attributes["kind"] = "clash"
    let nodeClash = try DialogueNetwork(nodes: nodes, edges: base.edges, name: "x")
    #expect(throws: ExportError.reservedAttributeName("kind", element: "node", format: "GraphML")) {
      try nodeClash.wholeView.graphML()
    }
    #expect(throws: ExportError.self) { try nodeClash.wholeView.datasetFiles() }

    var edges = base.edges
    edges[0].attributes["key"] = "k"
    let keyClash = try DialogueNetwork(nodes: base.nodes, edges: edges, name: "x")
    #expect(throws: ExportError.reservedAttributeName("key", element: "edge", format: "node-link JSON")) {
      try keyClash.wholeView.nodeLinkJSON()
    }
    #expect(throws: ExportError.self) { try keyClash.wholeView.dot() }
    _ = try keyClash.wholeView.graphML()  // GraphML and GEXF carry an edge attribute named "key"
    _ = try keyClash.wholeView.gexf()
  }

  @Test func idsThatCollideOnceSanitisedAreRejected() throws {
    let nodes = [
      Node(id: "a\u{01}", kind: "member-state", label: "A", citation: "c", confidence: "seed"),
      Node(id: "a\u{02}", kind: "member-state", label: "B", citation: "c", confidence: "seed"),
    ]
    let network = try DialogueNetwork(nodes: nodes, edges: [])
    #expect(throws: ExportError.idCollision(first: "a\u{01}", second: "a\u{02}", format: "GEXF")) {
      try network.wholeView.gexf()
    }
    #expect(throws: ExportError.self) { try network.wholeView.graphML() }
    #expect(throws: ExportError.self) { try network.wholeView.dot() }
    let lineBreaks = try DialogueNetwork(
      nodes: [
        Node(id: "a\r\nb", kind: "member-state", label: "A", citation: "c", confidence: "seed"),
        Node(id: "a\nb", kind: "member-state", label: "B", citation: "c", confidence: "seed"),
      ], edges: [])
    #expect(throws: ExportError.idCollision(first: "a\r\nb", second: "a\nb", format: "DOT")) {
      try lineBreaks.wholeView.dot()
    }
    _ = try lineBreaks.wholeView.graphML()  // XML keeps CR as &#13;: the ids stay distinct
    _ = try network.wholeView.nodeLinkJSON()  // JSON keeps both ids as they are
  }

  @Test func exportedDataIsTheFormatsText() throws {
    let view = try ExportFixture.network().wholeView
    #expect(try view.exported(as: .graphml) == Data(try view.graphML().utf8))
    #expect(try view.exported(as: .gexf) == Data(try view.gexf().utf8))
    #expect(try view.exported(as: .json) == Data(try view.nodeLinkJSON().utf8))
    #expect(try view.exported(as: .dot) == Data(try view.dot().utf8))
    #expect(ExportFormat.allCases.map(\.fileExtension) == ["graphml", "gexf", "json", "dot"])
  }

  @Test func emptyNetworkExports() throws {
    let network = try DialogueNetwork(nodes: [], edges: [])
    let summary = try ExportReadBack.read(
      "graphml", text: try network.wholeView.graphML(), extension: "graphml")
    #expect((summary["nodes"] as? [String: Any])?.isEmpty == true)
    #expect(try network.wholeView.dot() == "digraph \"\" {\n}\n")
    let json = try network.wholeView.nodeLinkJSON(pretty: false)
    #expect(json == #"{"directed":true,"multigraph":true,"graph":{},"nodes":[],"edges":[]}"# + "\n")
  }
}
