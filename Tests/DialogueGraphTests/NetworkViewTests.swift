import Foundation
import Testing

@testable import DialogueGraph

/// Views over the tiny fixture. Node indices: DE 0, HR 1, GB 2, GR 3, MD 4, MA 5, eastern-europe 6,
/// north-africa 7, mp-moldova 8, mp-morocco 9, prague-process 10, event 11, ra-moldova 12,
/// frontex 13, mobility-fund 14.
@Suite struct NetworkViewTests {
  let network: DialogueNetwork

  init() throws { network = try CoreFixtures.tiny() }

  func on(_ day: String) throws -> NetworkView { try network.view(asOf: Day(day)!) }
  func ids(_ view: NetworkView) -> [String] { view.nodes.map(\.id) }

  @Test func memberStatesCountFromAccessionAndUntilTheDayAfterTheirEnd() throws {
    let hr = network.index(of: "HR")!
    #expect(try !on("2013-06-30").contains(node: hr))
    #expect(try on("2013-07-01").contains(node: hr))
    let gb = network.index(of: "GB")!
    #expect(try on("2020-01-31").contains(node: gb))
    #expect(try !on("2020-02-01").contains(node: gb))
    #expect(try on("2020-02-01").edges.allSatisfy { $0.source != "GB" })
    #expect(try on("0001-01-01").contains(node: network.index(of: "MD")!))  // no start: always
  }

  @Test func partialDatesHoldForTheirWholePeriod() throws {
    let event = network.index(of: "event-2013-11-13-prague-panel")!
    #expect(try !on("2013-11-12").contains(node: event))
    #expect(try on("2013-11-14").contains(node: event))
    #expect(try !on("2013-11-15").contains(node: event))
    let fund = network.edgeIndex(of: "fund-prague")!  // 2010 … 2012
    #expect(try !on("2009-12-31").contains(edge: fund))
    #expect(try on("2010-01-01").contains(edge: fund))
    #expect(try on("2012-12-31").contains(edge: fund))
    #expect(try !on("2013-01-01").contains(edge: fund))
    #expect(try on("2013-12-31").contains(node: network.index(of: "mobility-fund")!))  // ends 2013
    #expect(try !on("2014-01-01").contains(node: network.index(of: "mobility-fund")!))
    #expect(try on("2008-05-31").edges.isEmpty == false)
    #expect(try !on("2008-05-31").contains(node: network.index(of: "mp-moldova")!))  // starts 2008-06
  }

  @Test func filtersByKindsConfidenceAndRegion() throws {
    let kinds = try network.view(nodeKinds: ["member-state", "mobility-partnership"])
    #expect(ids(kinds) == ["DE", "HR", "GB", "GR", "mp-moldova", "mp-morocco"])
    #expect(kinds.edgeIndices == [0, 1, 2, 5])
    let regionLinks = try network.view(edgeKinds: ["in-region"])
    #expect(regionLinks.nodeIndices.count == 15 && regionLinks.edgeIndices == [9, 10])
    let confident = try network.view(minimumConfidence: "high")
    #expect(confident.nodeIndices.count == 13 && !confident.contains(node: 11) && !confident.contains(node: 14))
    #expect(confident.edgeIndices == [0, 1, 2, 3, 4, 5, 7, 8, 9, 10, 12, 13])
    let east = try network.view(region: "eastern-europe")
    #expect(
      ids(east) == [
        "MD", "eastern-europe", "north-africa", "mp-moldova", "mp-morocco", "prague-process",
        "event-2013-11-13-prague-panel", "ra-moldova", "frontex", "mobility-fund",
      ])
    #expect(east.edgeIndices == [3, 8, 9, 11, 12, 13, 14])
    #expect(try network.view(asOf: Day("2013-01-01"), region: "north-africa").nodes.contains { $0.id == "MA" })
  }

  @Test func unknownFilterValuesAreErrors() {
    #expect(throws: ViewError.unknownRegion("atlantis")) { try network.view(region: "atlantis") }
    #expect(throws: ViewError.unknownConfidence("certain")) { try network.view(minimumConfidence: "certain") }
    #expect(throws: ViewError.unknownNodeKind("plane")) { try network.view(nodeKinds: ["plane"]) }
    #expect(throws: ViewError.unknownEdgeKind("flies")) { try network.view(edgeKinds: ["flies"]) }
  }

  @Test func adjacencyMapsLocalIndicesAndWeights() throws {
    let view = try network.view(nodeKinds: ["member-state", "mobility-partnership"])
    let (graph, nodes) = view.adjacency(weighted: true)
    #expect(nodes == [0, 1, 2, 3, 8, 9])
    #expect(graph.nodeCount == 6 && graph.linkCount == 4 && !graph.isDirected)
    let gr = nodes.firstIndex(of: 3)!
    let mp = nodes.firstIndex(of: 8)!
    #expect(Array(graph.neighbors(of: gr)) == [Int32(mp)])
    #expect(graph.weights[graph.offsets[gr]] == 2)
    #expect(view.adjacency(weighted: false).graph.weights.allSatisfy { $0 == 1 })
    let directed = view.adjacency(weighted: false, directed: true).graph
    #expect(directed.isDirected && directed.degree(of: mp) == 0 && directed.linkCount == 4)
  }

  @Test func undirectedKindsBecomeLinksBothWaysInADirectedGraph() throws {
    // The edge list with a vocabulary beside it that declares `link` undirected.
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("undirected-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try FileManager.default.copyItem(at: CoreFixtures.url("edgelist.csv"), to: folder.appendingPathComponent("e.csv"))
    try "id\na\nb\nc\nd\ne\n".write(to: folder.appendingPathComponent("nodes.csv"), atomically: true, encoding: .utf8)
    let bundled = try String(
      contentsOf: MetricsFixtures.root.appendingPathComponent("Sources/DialogueGraph/Resources/vocabulary.json"),
      encoding: .utf8)
    try bundled.replacingOccurrences(
      of: #""id": "link", "label": "links to (bare edge list: from source to target)", "directed": true"#,
      with: #""id": "link", "label": "is linked to", "directed": false"#
    ).write(to: folder.appendingPathComponent("vocabulary.json"), atomically: true, encoding: .utf8)
    let list = try DialogueNetwork.load(from: folder.appendingPathComponent("e.csv"))
    #expect(!list.vocabulary.isDirected(kind: "link"))
    let graph = list.wholeView.adjacency(weighted: true, directed: true).graph
    // a–b twice (2 + 1), b–c, c–a as `link` (both ways); d → e as `participates-in` (one way).
    #expect(graph.linkCount == 7)
    #expect(graph.weights[graph.offsets[0]] == 3)
    #expect(graph.degree(of: 4) == 0 && graph.degree(of: 3) == 1)
    // With the default vocabulary a bare edge list's rows go from source to target.
    let plain = try DialogueNetwork.load(from: CoreFixtures.url("edgelist.csv"))
    #expect(plain.wholeView.adjacency(weighted: false, directed: true).graph.linkCount == 4)
  }

  @Test func diffBetweenDatesAndBetweenNetworks() throws {
    let diff = NetworkDiff(from: try on("2013-06-30"), to: try on("2013-07-01"))
    #expect(diff.addedNodes == [1] && diff.addedEdges == [6])
    #expect(diff.removedNodes.isEmpty && diff.removedEdges.isEmpty)
    let yearEnd = NetworkDiff(from: try on("2012-12-31"), to: try on("2013-01-01"))
    #expect(yearEnd.removedEdges == [14] && yearEnd.addedEdges.isEmpty && yearEnd.addedNodes.isEmpty)
    let copy = try DialogueNetwork.load(from: CoreFixtures.url("bom-crlf"))
    #expect(NetworkDiff(from: network.wholeView, to: copy.wholeView).isEmpty)
    let later = NetworkDiff(from: try on("2009-01-01"), to: try copy.view(asOf: Day("2014-01-01")))
    #expect(later.addedNodes.map { copy.nodes[$0].id }.contains("HR"))
    #expect(later.removedEdges == [14] || later.removedEdges.isEmpty)
  }

  @Test func egoNetworks() throws {
    let md = network.index(of: "MD")!
    let whole = network.wholeView
    let ego = whole.egoNetwork(center: md, radius: 1)
    #expect(
      ids(ego)
        == ["MD", "mp-moldova", "prague-process", "ra-moldova", "frontex", "eastern-europe"].sorted {
          network.index(of: $0)! < network.index(of: $1)!
        })
    #expect(ego.edgeIndices == [3, 8, 9, 12, 13])
    #expect(whole.egoNetwork(center: md, radius: 0).nodeIndices == [md])
    #expect(whole.egoNetwork(center: md, radius: 0).edgeIndices.isEmpty)
    #expect(whole.egoNetwork(center: md, radius: 9).nodeIndices.count == 15)
    let early = try on("2008-07-01").egoNetwork(center: md, radius: 1)
    #expect(!early.contains(node: network.index(of: "prague-process")!))  // not launched yet
  }

  @Test func shortestPathsAndComponents() throws {
    let whole = network.wholeView
    #expect(whole.shortestPath(from: 1, to: 5) == [1, 10, 0, 9, 5])
    #expect(whole.shortestPath(from: 4, to: 4) == [4])
    let regionLinks = try network.view(edgeKinds: ["in-region"])
    #expect(regionLinks.shortestPath(from: 4, to: 5) == nil)
    #expect(regionLinks.shortestPath(from: 4, to: 6) == [4, 6])
    #expect(whole.connectedComponents() == [Array(0..<15)])
    #expect(
      regionLinks.connectedComponents() == [[4, 6], [5, 7]] + [0, 1, 2, 3, 8, 9, 10, 11, 12, 13, 14].map { [$0] })
    #expect(try on("1950-01-01").connectedComponents().filter { $0.count > 1 } == [[4, 6], [5, 7]])  // undated
  }
}
