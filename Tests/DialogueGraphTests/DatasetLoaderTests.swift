import Foundation
import Testing

@testable import DialogueGraph

@Suite struct DatasetLoaderTests {
  @Test func loadsTheTinyDatasetWithEveryColumn() throws {
    let network = try CoreFixtures.tiny()
    #expect(network.name == "tiny")
    #expect(network.nodes.count == 15)
    #expect(network.edges.count == 15)
    let germany = try #require(network.node("DE"))
    #expect(germany.kind == "member-state" && germany.start?.description == "1958-01-01")
    #expect(germany.attributes == ["iso3": "DEU"])
    #expect(germany.origin == RowLocation(file: "nodes.csv", line: 2))
    let event = try #require(network.node("event-2013-11-13-prague-panel"))
    #expect(event.label == "Prague Process panel, \"legal migration\"")
    #expect(event.note == "two days,\nPrague")
    #expect(event.subtype == "workshop" && event.city == "Prague" && event.confidence == "medium")
    #expect(event.origin.line == 13)
    let agreement = try #require(network.node("ra-moldova"))
    #expect(agreement.origin.line == 15)  // the record above spans lines 13–14
    #expect(agreement.attributes.isEmpty)
    #expect(network.node("mobility-fund")?.amountEUR == 2_500_000.50)
    #expect(network.node("MD")?.start == nil && network.node("MD")?.note == nil)
  }

  @Test func edgesGetIdsIndicesEndpointsAndIncidence() throws {
    let network = try CoreFixtures.tiny()
    let first = network.edges[0]
    #expect(first.id == "edges.csv:2" && first.index == 0)
    #expect(first.source == "DE" && first.target == "mp-moldova" && first.role == "signatory")
    #expect(first.weight == 1 && first.origin == RowLocation(file: "edges.csv", line: 2))
    #expect(network.edges[2].weight == 2)
    #expect(network.edgeIndex(of: "frontex-md") == 13)
    #expect(network.edgeIndex(of: "fund-prague") == 14 && network.edgeIndex(of: "edges.csv:14") == 12)
    let fund = network.edges[14]
    #expect(fund.amountEUR == 150_000 && fund.start?.description == "2010" && fund.end?.description == "2012")
    // The printed status "Indgået" reads as the vocabulary's "concluded".
    #expect(network.edges[12].status == "concluded")
    let md = try #require(network.index(of: "MD"))
    #expect(
      network.outgoingEdges(of: md).map { network.edges[$0].target } == [
        "mp-moldova", "prague-process", "eastern-europe", "ra-moldova",
      ])
    #expect(network.incomingEdges(of: md).map { network.edges[$0].source } == ["frontex"])
    for e in network.edges.indices {
      #expect(network.nodes[network.sourceIndices[e]].id == network.edges[e].source)
      #expect(network.nodes[network.targetIndices[e]].id == network.edges[e].target)
    }
  }

  @Test func countryAliasesAndCaseAreAcceptedForCountriesOnly() throws {
    let network = try CoreFixtures.tiny()
    #expect(network.node("EL")?.id == "GR")
    #expect(network.node("el")?.id == "GR")
    #expect(network.node("UK")?.id == "GB")
    #expect(network.node("uk")?.id == "GB")
    #expect(network.node("de")?.id == "DE")
    #expect(network.node("Md")?.id == "MD")
    #expect(network.node("Frontex") == nil)  // slugs are exact
    #expect(network.node("XX") == nil)
    #expect(network.index(of: "GR") == network.index(of: "EL"))
  }

  @Test func aByteOrderMarkAndCRLFLoadTheSameNetwork() throws {
    let plain = try CoreFixtures.tiny()
    let bom = try DialogueNetwork.load(from: CoreFixtures.url("bom-crlf"))
    #expect(bom.nodes.map(\.id) == plain.nodes.map(\.id))
    #expect(bom.nodes.map(\.origin.line) == plain.nodes.map(\.origin.line))
    #expect(bom.edges.map(\.id) == plain.edges.map(\.id))
    #expect(bom.nodes[0].id == "DE")  // no U+FEFF glued to the first header
    // Inside the quoted note the CRLF is data, exactly as written.
    #expect(bom.node("event-2013-11-13-prague-panel")?.note == "two days,\r\nPrague")
    #expect(zip(bom.nodes, plain.nodes).allSatisfy { $0.label == $1.label && $0.start == $1.start })
  }

  @Test func loadsABareEdgeList() throws {
    let network = try DialogueNetwork.load(from: CoreFixtures.url("edgelist.csv"))
    #expect(network.name == "edgelist")
    #expect(network.nodes.map(\.id) == ["a", "b", "c", "d", "e"])
    #expect(network.nodes.allSatisfy { $0.kind == "node" && $0.label == $0.id })
    #expect(network.edges.map(\.kind) == ["link", "link", "link", "participates-in", "link"])
    #expect(network.edges.map(\.weight) == [2, 1, 0.5, 1, 1])
    #expect(network.edges[0].attributes == ["comment": "first"])
    #expect(network.edges[1].id == "edgelist.csv:3")
    #expect(network.nodes[3].origin == RowLocation(file: "edgelist.csv", line: 5))
  }

  @Test func aBareEdgeListNeedsSourceAndTarget() throws {
    let folder = try CoreFixtures.folder(["list.csv": Array("from,to\na,b\n".utf8)])
    #expect(throws: DatasetError.self) { try DialogueNetwork.load(from: folder.appendingPathComponent("list.csv")) }
    do {
      _ = try DialogueNetwork.load(from: folder.appendingPathComponent("list.csv"))
    } catch {
      #expect(
        error.problems.map(\.description) == [
          "list.csv:1: missing required column \"source\" (the header, split at ',', has 2 columns: \"from\", \"to\") — expected the columns source, target",
          "list.csv:1: missing required column \"target\" (the header, split at ',', has 2 columns: \"from\", \"to\") — expected the columns source, target",
        ])
    }
  }

  @Test func missingFilesAreReportedByPath() throws {
    let folder = try CoreFixtures.folder(["nodes.csv": Array(CoreFixtures.nodeHeader.utf8)])
    #expect(throws: DatasetError.missingFile(path: folder.appendingPathComponent("edges.csv").path)) {
      try DialogueNetwork.load(from: folder)
    }
    #expect(throws: DatasetError.missingFile(path: "/nonexistent/dataset")) {
      try DialogueNetwork.load(path: "/nonexistent/dataset")
    }
  }

  /// The project's real datasets (written by other helpers) load without problems, when present.
  @Test(arguments: ["gamm-2012-2013", "circular-migration-2007"])
  func realDatasetLoads(name: String) throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Datasets/\(name)")
    guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("edges.csv").path) else { return }
    do {
      let network = try DialogueNetwork.load(from: folder)
      #expect(!network.nodes.isEmpty && !network.edges.isEmpty)
    } catch {
      Issue.record("\(name): \(error)")
    }
  }
}
