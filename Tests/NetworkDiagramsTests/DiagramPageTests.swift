import DialogueGraph
import Foundation
import GraphvizRender
import Testing

@testable import NetworkDiagrams

/// Diagrams fitted to a page: legible at print size, the whole network in overview, region views
/// narrowed to the region's neighbourhood, colours by region or community.
@Suite struct DiagramPageTests {
  static let endOf2013 = Day("2013-12-31")

  static func printedSize(_ svg: String) -> (width: Double, height: Double)? {
    guard let match = svg.firstMatch(of: /<svg width="([0-9.]+)pt" height="([0-9.]+)pt"/),
      let w = Double(match.1), let h = Double(match.2)
    else { return nil }
    return (w, h)
  }

  @Test(arguments: DiagramPage.allCases)
  func twoModeAndOverviewFitThePageWithEveryLabelAt7PointsOrMore(page: DiagramPage) throws {
    let network = try Shipped.load("gamm-2012-2013")
    for subject in [DiagramSubject.twoMode(frameworkKind: "mobility-partnership"), .overview] {
      var options = DiagramOptions(subject: subject, asOf: Self.endOf2013)
      options.page = page
      let svg = String(decoding: try NetworkDiagram.render(network, options: options, format: .svg), as: UTF8.self)
      let size = try #require(Self.printedSize(svg))
      #expect(size.width <= page.inches.width * 72 + 1 && size.height <= page.inches.height * 72 + 1, "\(subject)")
      let points = try #require(DiagramLegibility.smallestTextPoints(inSVG: svg))
      #expect(points >= DiagramPage.minimumLabelPoints, "\(subject) on \(page): \(points) pt")
    }
  }

  /// The regional processes' frameworks view has ~100 actors: on a page it keeps each process
  /// and groups their actors by kind and region, and prints at 7 pt or more on every page. Without
  /// a page every actor is drawn.
  @Test(arguments: DiagramPage.allCases)
  func frameworksViewWithManyActorsGroupsThemOnAPage(page: DiagramPage) throws {
    let network = try Shipped.load("gamm-2012-2013")
    var options = DiagramOptions(subject: .frameworks(kind: "regional-process"), asOf: Self.endOf2013)
    let processes = try NetworkDiagram.graph(for: network, options: options).nodes.map(\.id)
      .filter { network.node($0)?.kind == "regional-process" }
    #expect(processes.count >= 5)
    let full = try NetworkDiagram.content(of: network, options: options)
    options.page = page
    let svg = String(decoding: try NetworkDiagram.render(network, options: options, format: .svg), as: UTF8.self)
    let points = try #require(DiagramLegibility.smallestTextPoints(inSVG: svg))
    #expect(points >= DiagramPage.minimumLabelPoints, "on \(page): \(points) pt")
    // The title (wrapped over several <text> lines) says the actors are grouped.
    let texts = svg.matches(of: /<text[^>]*>([^<]*)<\/text>/).map { String($0.1) }.joined(separator: " ")
    #expect(texts.contains("their actors grouped by kind and region"), "\(texts.prefix(300))")
    // Graphviz writes "-" as &#45; and ">" as &gt; in titles; edges are titled "a->b".
    let titles = Set(
      svg.matches(of: /<title>([^<]*)<\/title>/).map {
        String($0.1).replacingOccurrences(of: "&#45;", with: "-").replacingOccurrences(of: "&gt;", with: ">")
      })
    for process in processes { #expect(titles.contains(process), "\(process) drawn on its own") }
    #expect(titles.contains { $0.hasPrefix("group:") })
    #expect(titles.filter { !$0.contains("->") }.count < full.nodes / 2)
  }

  /// The 18 bilateral dialogues are too many for one column of a page: grouped, they stand either
  /// side of the actor groups, half on each, and print at 7 pt or more on every page.
  @Test(arguments: DiagramPage.allCases)
  func manyFrameworksStandEitherSideOfTheirGroupedActors(page: DiagramPage) throws {
    let network = try Shipped.load("gamm-2012-2013")
    var options = DiagramOptions(subject: .frameworks(kind: "bilateral-dialogue"), asOf: Self.endOf2013)
    options.page = page
    let svg = String(decoding: try NetworkDiagram.render(network, options: options, format: .svg), as: UTF8.self)
    let points = try #require(DiagramLegibility.smallestTextPoints(inSVG: svg))
    #expect(points >= DiagramPage.minimumLabelPoints, "on \(page): \(points) pt")
    options.groupsActors = true
    let graph = try NetworkDiagram.graph(for: network, options: options)
    let dialogues = Set(graph.nodes.map(\.id).filter { network.node($0)?.kind == "bilateral-dialogue" })
    #expect(dialogues.count > NetworkOverview.individualsInOneColumn)
    let left = Set(try #require(graph.subgraphs.first { $0.id == "column-0" }).nodeIDs)
    let right = Set(try #require(graph.subgraphs.first { $0.id == "column-2" }).nodeIDs)
    #expect(left.union(right) == dialogues && left.isDisjoint(with: right))
    #expect(abs(left.count - right.count) <= 1)
  }

  @Test func twoModeOnAPageDrawsHalfTheMemberStatesRightOfTheFrameworks() throws {
    let network = try Shipped.load("gamm-2012-2013")
    var options = DiagramOptions(subject: .twoMode(frameworkKind: "mobility-partnership"), asOf: Self.endOf2013)
    options.page = .a4Landscape
    let graph = try NetworkDiagram.graph(for: network, options: options)
    let left = try #require(graph.subgraphs.first { $0.id == "member-states" }).nodeIDs
    let right = try #require(graph.subgraphs.first { $0.id == "member-states-right" }).nodeIDs
    #expect(left.count == 14 && right.count == 14 && Set(left).isDisjoint(with: right))
    // A right-hand member state's line is drawn from the framework, its arrow reversed.
    let rightEdges = graph.edges.filter { right.contains($0.head) }
    #expect(!rightEdges.isEmpty && rightEdges.allSatisfy { $0.attributes["dir"] == "back" })
    // Without a page, one column as before.
    let natural = try NetworkDiagram.graph(
      for: network, options: DiagramOptions(subject: .twoMode(frameworkKind: "mobility-partnership")))
    #expect(!natural.subgraphs.contains { $0.id == "member-states-right" })
  }

  @Test func overviewGroupsEveryNodeOnceAndCountsEveryLinkOnce() throws {
    let network = try Shipped.load("gamm-2012-2013")
    let options = DiagramOptions(subject: .overview, asOf: Self.endOf2013)
    let selection = try DiagramSelection(network: network, options: options)
    let overview = NetworkOverview(network: network, options: options, selection: selection)
    let (groups, links) = overview.aggregate()
    #expect(groups.map(\.members.count).reduce(0, +) == selection.nodes.count)
    #expect(Set(groups.flatMap(\.members)).count == selection.nodes.count)
    let counted = links.map(\.count).reduce(0, +) + groups.map(\.linksWithin).reduce(0, +)
    let inRegion = network.conventions.inRegionEdgeKind
    #expect(counted == selection.edges.filter { network.edges[$0].kind != inRegion }.count)
    let memberStates = try #require(groups.first { $0.id == "group:member-state" })
    #expect(memberStates.members.count == 28)
    // Countries other than member states are grouped by their primary region.
    let regions = network.primaryRegions(asOf: Self.endOf2013)
    for group in groups where group.kind == "third-country" {
      let regionIDs = Set(group.members.compactMap { regions[$0] }.map { network.nodes[$0].id })
      #expect(regionIDs.count <= 1, "\(group.id)")
      if let region = regionIDs.first { #expect(group.id.hasSuffix(":" + region)) }
    }
    // The drawn graph: one node per group plus the legend; the title says where the rest is.
    let graph = try NetworkDiagram.graph(for: network, options: options)
    #expect(graph.nodes.count == groups.count + 1 && graph.edges.count == links.count)
    #expect(graph.attributes["label"]?.description.contains("interactive") == true)
  }

  @Test func regionViewKeepsTheRegionsNeighbourhoodAndIsTitledByTheRegion() throws {
    let network = try Shipped.load("gamm-2012-2013")
    let options = DiagramOptions(subject: .network, asOf: Self.endOf2013, region: "eastern-partnership")
    let graph = try NetworkDiagram.graph(for: network, options: options)
    let drawn = Set(graph.nodes.map(\.id)).subtracting(["legend"])
    let eap: Set = ["AM", "AZ", "BY", "GE", "MD", "UA"]
    #expect(eap.isSubset(of: drawn))
    let countries = drawn.filter { network.vocabulary.isCountry(kind: network.node($0)!.kind) }
    #expect(countries == eap, "no country outside the region")
    // Every framework drawn is one an Eastern Partnership country is linked to.
    let frameworks = drawn.filter { network.vocabulary.nodeKind(network.node($0)!.kind)?.framework == true }
    #expect(frameworks.contains("mp-moldova") && frameworks.contains("prague-process"))
    for framework in frameworks {
      #expect(
        network.edges.contains {
          ($0.target == framework && eap.contains($0.source)) || ($0.source == framework && eap.contains($0.target))
        }, "\(framework)")
    }
    // Not every actor: the whole view has several hundred nodes.
    #expect(drawn.count < 60)
    let title = graph.attributes["label"]?.description ?? ""
    #expect(title.contains("Eastern Partnership") && !title.contains("whole network"))
    #expect(options.resolvedEngine == .dot)
  }

  @Test(arguments: ["eastern-partnership", "north-africa", "southern-mediterranean", "western-balkans"])
  func regionViewsFitALandscapePageWithEveryLabelAt7PointsOrMore(region: String) throws {
    let network = try Shipped.load("gamm-2012-2013")
    var options = DiagramOptions(subject: .network, asOf: Self.endOf2013, region: region)
    options.page = .a4Landscape
    let svg = String(decoding: try NetworkDiagram.render(network, options: options, format: .svg), as: UTF8.self)
    let points = try #require(DiagramLegibility.smallestTextPoints(inSVG: svg))
    #expect(points >= DiagramPage.minimumLabelPoints, "\(region): \(points) pt")
  }

  @Test func colourByRegionGivesARegionOneColourAndByCommunityIsReproducible() throws {
    let network = try Shipped.load("gamm-2012-2013")
    func fills(_ colouring: DiagramColouring, seed: UInt64 = 1) throws -> [String: String] {
      var options = DiagramOptions(subject: .network, asOf: Self.endOf2013)
      options.colouring = colouring
      options.seed = seed
      let graph = try NetworkDiagram.graph(for: network, options: options)
      var result: [String: String] = [:]
      for node in graph.nodes {
        if case .text(let fill) = node.attributes["fillcolor"] { result[node.id] = fill }
      }
      return result
    }
    let byRegion = try fills(.region)
    let regions = network.primaryRegions(asOf: Self.endOf2013)
    var colourOfRegion: [Int: String] = [:]
    for (country, region) in regions {
      guard let fill = byRegion[network.nodes[country].id] else { continue }
      if let seen = colourOfRegion[region] { #expect(seen == fill, "\(network.nodes[country].id)") }
      colourOfRegion[region] = fill
    }
    #expect(Set(colourOfRegion.values).count > 5)
    #expect(byRegion["FR"] == NodeColours.none)  // a member state is in no region of the dataset
    let community = try fills(.community, seed: 7)
    #expect(community == (try fills(.community, seed: 7)))
    #expect(Set(community.values).count > 2)
    var options = DiagramOptions(subject: .network, asOf: Self.endOf2013)
    options.colouring = .community
    options.seed = 7
    let svg = String(decoding: try NetworkDiagram.render(network, options: options, format: .svg), as: UTF8.self)
    #expect(svg.contains("Colour: community (Louvain, seed 7)") && svg.contains("community 1 ("))
  }

  @Test(arguments: [DiagramColouring.region, .community])
  func overviewColouredByRegionOrCommunityStaysLegibleWithItsColoursInTheLegend(colouring: DiagramColouring) throws {
    let network = try Shipped.load("gamm-2012-2013")
    for page in DiagramPage.allCases {
      var options = DiagramOptions(subject: .overview, asOf: Self.endOf2013)
      options.page = page
      options.colouring = colouring
      let graph = try NetworkDiagram.graph(for: network, options: options)
      let fills = Set(
        graph.nodes.compactMap { node -> String? in
          if case .text(let fill) = node.attributes["fillcolor"] { return fill }
          return nil
        })
      #expect(fills.count > 3)
      if colouring == .region {
        // Two groups of one region's countries do not exist; two regions' groups differ.
        let regionGroups = graph.nodes.filter { $0.id.hasPrefix("group:third-country:") }
        let regionFills = regionGroups.compactMap { node -> String? in
          if case .text(let fill) = node.attributes["fillcolor"] { return fill }
          return nil
        }
        #expect(Set(regionFills).count == min(regionGroups.count, NodeColours.palette.count))
      }
      let svg = String(decoding: try NetworkDiagram.render(network, options: options, format: .svg), as: UTF8.self)
      #expect(svg.contains(colouring == .region ? "Colour: region" : "Colour: community"))
      let points = try #require(DiagramLegibility.smallestTextPoints(inSVG: svg))
      #expect(points >= DiagramPage.minimumLabelPoints, "\(colouring) on \(page): \(points) pt")
    }
  }

  @Test func overviewShowsHostileRegionLabelsLiterally() throws {
    let hostile = #"<script>alert("x")</script>&\N"#
    let nodes = [
      Node(id: "A", kind: "member-state", label: "A", citation: "test", confidence: "seed"),
      Node(id: "B", kind: "third-country", label: "B", citation: "test", confidence: "seed"),
      Node(id: "R", kind: "region", label: hostile, citation: "test", confidence: "seed"),
    ]
    let edges = [
      Edge(id: "e1", source: "A", target: "B", kind: "link", citation: "test", confidence: "seed"),
      Edge(id: "e2", source: "B", target: "R", kind: "in-region", citation: "test", confidence: "seed"),
    ]
    let network = try DialogueNetwork(nodes: nodes, edges: edges, vocabulary: .default, name: "hostile")
    var options = DiagramOptions(subject: .overview)
    options.page = .a4Portrait
    let svg = try NetworkDiagram.render(network, options: options, format: .svg)
    let reader = try SVGReader(svg)  // well-formed
    #expect(reader.node("group:third-country:R")?.texts == [hostile, "(1)"])  // wrapped: a line of its own for the count
    #expect(!String(decoding: svg, as: UTF8.self).contains("<script"))
  }

  @Test func labelsWrapAtSpacesWithinTheWidth() {
    #expect(
      LabelWrap.wrapped("Mobility partnership with the Republic of Moldova", width: 20)
        == "Mobility partnership\nwith the Republic of\nMoldova")
    #expect(LabelWrap.wrapped("short", width: 20) == "short")
    #expect(LabelWrap.wrapped("Supercalifragilistic word", width: 5) == "Supercalifragilistic\nword")
  }
}
