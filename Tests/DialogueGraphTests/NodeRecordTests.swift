import Foundation
import Testing

@testable import DialogueGraph

/// The script API: look-ups by id returning nodes with their links, kinds and citations, checked
/// against the rows and the adjacency lists they are built from.
@Suite struct NodeRecordTests {
  @Test func aRecordHoldsEveryKeptLinkWithItsOtherEndAndCitation() throws {
    let network = try MetricsFixtures.gamm()
    let view = try network.on("2013-12-31")
    let moldova = try #require(view.record("md"))  // country ids in any letter case
    #expect(moldova.id == "MD" && moldova.kind == "third-country" && moldova.label == "Moldova")
    let index = try #require(network.index(of: "MD"))
    #expect(moldova.links.count == view.incidentEdges(of: index).count)
    let partnership = try #require(moldova.links.first { $0.other.id == "mp-moldova" })
    #expect(partnership.kind == "participates-in" && partnership.direction == .outgoing)
    #expect(partnership.citation.hasPrefix("com-2014-96"))
    let fromThePartnership = try #require(view.record("mp-moldova")?.links.first { $0.other.id == "MD" })
    #expect(fromThePartnership.direction == .incoming)
    #expect(moldova.neighbors(kinds: ["mobility-partnership"]).map(\.id) == ["mp-moldova"])
  }

  @Test func datesFollowTheOneAsOfRule() throws {
    let network = try MetricsFixtures.gamm()
    #expect(try network.on(nil).asOf == network.referenceDate)
    #expect(try network.on("2013").asOf == Day("2013-12-31"))
    #expect(try network.on("all").asOf == nil)
    #expect(try network.on("2012-12-31").record("mp-azerbaijan") == nil)  // concluded 2013-12-05
    #expect(try network.on("2013-12-31").record("mp-azerbaijan") != nil)
    #expect(throws: DateError.self) { try network.on("31/12/2013") }
    let members = try network.on("2013-12-31").records(kinds: ["member-state"])
    #expect(members.count == 28)
  }
}
