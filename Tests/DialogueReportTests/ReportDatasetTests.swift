import DialogueGraph
import DialogueReport
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Determinism, and reports on datasets that lack what the GAMM report shows.
@Suite struct ReportDatasetTests {
  @Test func sameDatasetAndDateGiveByteIdenticalHTML() throws {
    let (network, first) = try ReportFixtures.gammReport.get()
    let second = HTMLReport(network: network, options: ReportOptions(asOf: ReportFixtures.endOf2013)).data
    #expect(Data(first.utf8) == second)
    let reloaded = try ReportFixtures.load("gamm-2012-2013")
    #expect(
      HTMLReport(network: reloaded, options: ReportOptions(asOf: ReportFixtures.endOf2013)).html == first)
    // A different date is a different report (the date is stated, not "now").
    let other = HTMLReport(network: network, options: ReportOptions(asOf: Day("2012-12-31"))).html
    #expect(other != first && other.contains("2012-12-31") && !other.contains("2013-12-31</"))
  }

  @Test func circularMigrationReportDrawsTheWholeNetworkWhenAllowed() throws {
    let network = try ReportFixtures.load("circular-migration-2007")
    // Projects are this dataset's frameworks with member states (its mobility partnership is only proposed).
    let options = ReportOptions(
      asOf: Day("2007-12-31"), focusFrameworkKind: "project",
      wholeNetwork: .whenReadable(maximumNodes: 1000, maximumWidthPoints: 100_000))
    let html = HTMLReport(network: network, options: options).html
    let report = try ParsedReport(html)
    #expect(report.elements("svg").filter { $0.value(of: "class") != "chart" }.count == 2)  // two diagrams
    #expect(report.elements("svg").filter { $0.value(of: "class") == "chart" }.count == 3)  // three charts
    #expect(report.table(captionStartingWith: "Participation in each project") != nil)
    #expect(report.elements("svg").allSatisfy { $0.value(of: "role") == "img" })
    let ids = report.allElements.compactMap { $0.value(of: "id") }
    #expect(Set(ids).count == ids.count, "duplicate ids between the two diagrams")
    #expect(HTMLReport(network: network, options: options).html == html)
  }

  @Test func noFrameworkOnTheDateMeansNoDisengagedMemberStates() throws {
    let network = try ReportFixtures.load("circular-migration-2007")
    let matrix = try network.participationMatrix(
      frameworkKind: "mobility-partnership", asOf: Day("2008-01-01"))
    #expect(matrix.frameworks.isEmpty && !matrix.memberStates.isEmpty)
    let report = try ParsedReport(
      HTMLReport(network: network, options: ReportOptions(asOf: Day("2008-01-01"))).html)
    #expect(report.table(captionStartingWith: "Member states in no") == nil)
    let notes = report.elements("p").filter { $0.value(of: "class") == "no-data" }.compactMap(\.stringValue)
    // The answer, the diagram, the disengaged table and the matrix each say so.
    #expect(notes.filter { $0.hasPrefix("No mobility partnership existed as of 2008-01-01") }.count == 4)
  }

  @Test func bareEdgeListWithoutMemberStatesOrFrameworksGivesNoDataNotes() throws {
    let folder = try ReportFixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("friends.csv")
    try "source,target\nann,bob\nbob,cy\n".write(to: file, atomically: true, encoding: .utf8)
    let network = try DialogueNetwork.load(from: file)
    let html = HTMLReport(network: network, options: ReportOptions(asOf: Day("2020-01-01"))).html
    let report = try ParsedReport(html)
    #expect(report.elements("h1").count == 1)
    #expect(report.elements("svg").count == 1)  // the whole network, 3 nodes
    let notes = report.elements("p").filter { $0.value(of: "class") == "no-data" }.compactMap(\.stringValue)
    #expect(notes.contains { $0.contains("no EU member states") })
    #expect(notes.contains { $0.contains("no GAMM thematic priorities") })
    #expect(notes.contains { $0.contains("no regions") })
  }

  @Test func datasetWithItsOwnVocabularyAndUnknownFocusKindStillReports() throws {
    let folder = try ReportFixtures.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let vocabulary = """
      {"nodeKinds": [{"id": "person", "label": "person", "framework": false, "country": false},
                     {"id": "club", "label": "club", "framework": true, "country": false}],
       "edgeKinds": [{"id": "member-of", "label": "member of", "directed": true}],
       "roles": [], "subtypes": [], "statuses": [], "confidences": ["seed"]}
      """
    try vocabulary.write(
      to: folder.appendingPathComponent("vocabulary.json"), atomically: true, encoding: .utf8)
    try """
    id,kind,label,start,citation,confidence
    ann,person,Ann,,a book,seed
    chess,club,Chess club,2001,a book,seed
    """.write(to: folder.appendingPathComponent("nodes.csv"), atomically: true, encoding: .utf8)
    try "source,target,kind,citation,confidence\nann,chess,member-of,a book,seed\n"
      .write(to: folder.appendingPathComponent("edges.csv"), atomically: true, encoding: .utf8)
    let network = try DialogueNetwork.load(from: folder)
    let html = HTMLReport(network: network, options: ReportOptions(asOf: nil)).html
    let report = try ParsedReport(html)
    #expect(report.elements("svg").isEmpty == false)
    let notes = report.elements("p").filter { $0.value(of: "class") == "no-data" }.compactMap(\.stringValue)
    #expect(notes.contains { $0.contains("no framework kind “mobility-partnership”") })
    #expect(notes.contains { $0.contains("no framework kind “common-agenda”") })
    #expect(html.contains("Figures regardless of date"))
    let frameworks = try #require(report.table(captionStartingWith: "Frameworks of each kind"))
    #expect(
      frameworks.stringValue?.contains("Chess") == false && frameworks.stringValue?.contains("club") == true)
  }
}
