import Crypto
import DialogueGraph
import Foundation
import Testing

@testable import NetworkExplorer

/// The shipped datasets, found from this file's location.
enum Shipped {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static func load(_ name: String) throws -> DialogueNetwork {
    try DialogueNetwork.load(from: root.appendingPathComponent("Datasets").appendingPathComponent(name))
  }
}

@Suite struct ExplorerTimelineTests {
  /// The page shows, on any day, the state of the last boundary on or before it: that is only
  /// right if the as-of view never changes between boundaries. Checked against
  /// `network.view(asOf:)` itself on every boundary, the day before it and the day halfway to the
  /// next one.
  @Test(arguments: ["gamm-2012-2013", "circular-migration-2007"])
  func theStateOfTheLastBoundaryIsTheViewOnEveryDay(dataset: String) throws {
    let network = try Shipped.load(dataset)
    let timeline = ExplorerTimeline(network: network)
    let days = timeline.days
    #expect(days.count > 1)
    #expect(days == days.sorted())
    for (k, day) in days.enumerated() {
      let next = k + 1 < days.count ? days[k + 1].daysSince1970 : day.daysSince1970 + 60
      let samples = [day, Day(daysSince1970: (day.daysSince1970 + next) / 2), Day(daysSince1970: next - 1)]
      for sample in samples {
        let view = try network.view(asOf: sample)
        let shownNodes = network.nodes.indices.filter { inRuns(timeline.nodeRuns[$0], k) }
        let shownEdges = network.edges.indices.filter { inRuns(timeline.edgeRuns[$0], k) }
        #expect(shownNodes == view.nodeIndices, "nodes on \(sample)")
        #expect(shownEdges == view.edgeIndices, "links on \(sample)")
      }
    }
  }

  @Test func runsJoinConsecutiveSteps() {
    var runs = RunBuilder(count: 3)
    runs.record([0, 1], at: 0)
    runs.record([0], at: 1)
    runs.record([0, 1, 2], at: 2)
    #expect(runs.runs == [[0, 3], [0, 1, 2, 3], [2, 3]])
  }

  @Test func disengagementPerDateIsTheGapsAnswer() throws {
    let network = try Shipped.load("gamm-2012-2013")
    let timeline = ExplorerTimeline(network: network)
    let facts = ExplorerDateFacts(network: network, timeline: timeline)
    let mp = try #require(facts.disengagement.first { $0.kind == "mobility-partnership" })
    let end = try #require(Day("2013-12-31"))
    let k = try #require(timeline.days.lastIndex { $0 <= end })
    let run = try #require(mp.runs.first { $0.from <= k && k < $0.to })
    let gaps = try network.participationGaps(frameworkKind: "mobility-partnership", asOf: end)
    #expect(run.rows.map { network.nodes[$0[0]].id } == gaps.disengaged.map(\.id))
    #expect(run.rows.count == 5)
  }

  private func inRuns(_ runs: [Int], _ k: Int) -> Bool {
    stride(from: 0, to: runs.count, by: 2).contains { runs[$0] <= k && k < runs[$0 + 1] }
  }
}

@Suite struct ExplorerPageTests {
  static let hostile = #"</script><script>alert(1)</script><img src=x onerror=alert(2)>&amp;"#

  func hostileNetwork() throws -> DialogueNetwork {
    try DialogueNetwork(
      nodes: [
        Node(
          id: "DE", kind: "member-state", label: "Germany", start: PartialDate("1958"), citation: "c",
          confidence: "high"),
        Node(
          id: "mp-x", kind: "mobility-partnership", label: Self.hostile, start: PartialDate("2010"),
          citation: Self.hostile + "\u{2028}", confidence: "seed", note: "</style>" + Self.hostile),
      ],
      edges: [
        Edge(
          id: "e1", source: "DE", target: "mp-x", kind: "participates-in", start: PartialDate("2011-03"),
          citation: "<b>cite</b>", confidence: "high")
      ], name: "<i>hostile</i>")
  }

  @Test func datasetTextCannotLeaveTheDataElement() throws {
    let html = try NetworkExplorer.html(for: hostileNetwork())
    #expect(!html.contains("<script>alert"))
    #expect(!html.contains("<img"))
    #expect(!html.contains("<b>cite"))
    #expect(!html.contains("<i>hostile"))
    #expect(!html.contains("\u{2028}"))
    #expect(html.components(separatedBy: "<script").count == 3)  // the data and the page's script
    #expect(html.components(separatedBy: "</script>").count == 3)
  }

  @Test func thePolicyForbidsTheNetworkAndAllowsExactlyTheInlineScriptAndStyle() throws {
    let html = try NetworkExplorer.html(for: hostileNetwork())
    let policy = try #require(html.firstRange(of: #"content="default-src 'none'; "#)).lowerBound
    let content = html[policy...].dropFirst(#"content=""#.count).prefix { $0 != "\"" }
    let script = try #require(html.range(of: "<script>")).upperBound
    let scriptEnd = try #require(html[script...].range(of: "</script>")).lowerBound
    let style = try #require(html.range(of: "<style>")).upperBound
    let styleEnd = try #require(html[style...].range(of: "</style>")).lowerBound
    func hash(_ text: Substring) -> String {
      "sha256-" + Data(SHA256.hash(data: Data(text.utf8))).base64EncodedString()
    }
    #expect(content.contains("script-src '\(hash(html[script..<scriptEnd]))'"))
    #expect(content.contains("style-src '\(hash(html[style..<styleEnd]))'"))
    #expect(!content.contains("unsafe"))
  }

  @Test func everyNodeAndLinkHasItsElementInTheLayout() throws {
    let network = try Shipped.load("circular-migration-2007")
    let svg = try ExplorerLayout.svg(for: network)
    #expect(svg.hasPrefix("<svg"))
    #expect(!svg.contains("<!--"))
    for v in network.nodes.indices { #expect(svg.contains(#"id="n\#(v)""#), "node \(network.nodes[v].id)") }
    for e in network.edges.indices { #expect(svg.contains(#"id="e\#(e)""#), "link \(network.edges[e].id)") }
    #expect(svg.contains(#"id="legend""#))
  }
}
