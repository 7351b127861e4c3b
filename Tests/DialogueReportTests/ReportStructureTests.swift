import DialogueGraph
import DialogueReport
import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// The GAMM report as of 2013-12-31, read as a document: landmarks, tables, figures and content
/// computed independently through the metrics API.
@Suite struct ReportStructureTests {
  let network: DialogueNetwork
  let html: String
  let report: ParsedReport

  init() throws {
    (network, html) = try ReportFixtures.gammReport.get()
    report = try ParsedReport(html)
  }

  @Test func documentHasLanguageTitleOneH1AndHeadedSections() throws {
    #expect(html.hasPrefix("<!DOCTYPE html>\n"))
    #expect(report.root.localName == "html")
    #expect(report.root.value(of: "lang") == "en")
    let title = try #require(report.elements("title").first?.stringValue)
    #expect(title.contains("gamm-2012-2013") && title.contains("2013-12-31"))
    #expect(report.elements("h1").count == 1)
    let sections = report.elements("section")
    #expect(
      sections.map { $0.value(of: "id") ?? "" } == [
        // The answer first, then charts, diagrams, tables; the dataset's own figures last.
        "answer", "charts", "diagram", "disengaged", "participation", "coverage", "status", "figures",
      ])
    for section in sections {
      let heading = try #require(
        report.elements("h2", under: section).first, "section \(section.value(of: "id") ?? "?") has no h2")
      #expect(section.value(of: "aria-labelledby") == heading.value(of: "id"))
    }
    let csp = report.elements("meta").first { $0.value(of: "http-equiv") == "Content-Security-Policy" }
    #expect(csp?.value(of: "content")?.hasPrefix("default-src 'none'") == true)
  }

  @Test func everyTableHasACaptionColumnHeadersAndRowHeaders() throws {
    let tables = report.elements("table")
    #expect(tables.count >= 10)
    for table in tables {
      let caption = try #require(report.elements("caption", under: table).first?.stringValue)
      #expect(!caption.isEmpty)
      let head = try #require(report.elements("thead", under: table).first, "table “\(caption)” has no thead")
      let headers = report.elements("th", under: head)
      #expect(!headers.isEmpty && headers.allSatisfy { $0.value(of: "scope") == "col" }, "table “\(caption)”")
      for row in report.elements("tr", under: report.elements("tbody", under: table)[0]) {
        let first = (row.children ?? []).compactMap { $0 as? XMLElement }.first
        #expect(first?.localName == "th" && first?.value(of: "scope") == "row", "table “\(caption)”")
      }
    }
  }

  @Test func disengagedTableListsExactlyTheMetricsDisengagedMemberStates() throws {
    let gaps = try network.participationGaps(
      frameworkKind: "mobility-partnership", asOf: ReportFixtures.endOf2013)
    let expected = gaps.disengaged
    #expect(expected.count == 5)  // COM(2014) 96 §5.2.2: "five member states" in no mobility partnership
    let table = try #require(report.table(captionStartingWith: "Member states in no mobility partnership"))
    let ids = rowIds(of: table)
    // Sorted by name, as a reader looks them up.
    let byName = expected.sorted { $0.label < $1.label }
    #expect(ids == byName.map(\.id))
    // Each row names every framework the member state is absent from.
    let rows = report.elements("tr", under: report.elements("tbody", under: table)[0])
    for (row, gap) in zip(rows, byName) {
      let items = report.elements("li", under: row).compactMap(\.stringValue)
      #expect(items == gap.absentFrom.map { network.node($0)!.label })
      #expect(row.stringValue?.contains(String(format: "%.3f", gap.score)) == true)
    }
    #expect(sourcesText(after: table).contains("nodes.csv:"))
  }

  @Test func participationMatrixHasOneRowPerMemberStateAndOneColumnPerExistingFramework() throws {
    let matrix = try network.participationMatrix(
      frameworkKind: "mobility-partnership", asOf: ReportFixtures.endOf2013)
    let table = try #require(report.table(captionStartingWith: "Participation in each mobility partnership"))
    #expect(rowIds(of: table) == matrix.memberStates.sorted { $0.label < $1.label }.map(\.id))  // by name
    let headers = report.elements("th", under: report.elements("thead", under: table)[0]).compactMap(
      \.stringValue)
    #expect(Array(headers.dropFirst(3)) == matrix.frameworks.map(\.id))
    let joinedCells = report.elements("td", under: table).filter { $0.value(of: "class") == "mark yes" }.count
    let joinedEntries = matrix.entries.joined().filter { if case .joined = $0 { true } else { false } }.count
    #expect(joinedCells == joinedEntries)
    // Every participation row behind a ✓ is cited under the table.
    let sources = sourcesText(after: table)
    for case .joined(let edges) in matrix.entries.joined() {
      for e in edges { #expect(sources.contains(network.edges[e].origin.description)) }
    }
  }

  @Test func statusTablesRebuildAnnexIAndAnnexII() throws {
    for (kind, title) in [("mobility-partnership", "Annex I"), ("common-agenda", "Annex II")] {
      let status = try network.statusTable(frameworkKind: kind)
      let table = try #require(report.table(captionStartingWith: title + ":"))
      #expect(rowIds(of: table) == status.rows.map(\.country))
      let text = table.stringValue ?? ""
      for row in status.rows where !row.status.isEmpty { #expect(text.contains(row.status)) }
      #expect(!sourcesText(after: table).isEmpty)
    }
  }

  /// Each source list ends with the full reference of every source its rows cite, taken from the
  /// dataset's sources.csv.
  @Test func sourceListsGiveTheFullReferenceOfEachCitedSource() throws {
    let table = try #require(report.table(captionStartingWith: "Annex I:"))
    let text = sourcesText(after: table)
    #expect(text.contains("References"))
    let seed = try #require(network.source("com-2014-96"))
    #expect(text.contains("com-2014-96 — " + seed.fullReference))
    #expect(seed.locator == "CELEX 52014DC0096" && text.contains("CELEX 52014DC0096"))
    // The disengaged table rests on accession dates: the treaties' references are listed too.
    let disengaged = try #require(report.table(captionStartingWith: "Member states in no mobility partnership"))
    let cited = sourcesText(after: disengaged)
    for id in ["accession-1994", "accession-2003"] {
      let source = try #require(network.source(id))
      #expect(cited.contains(source.fullReference), "\(id)")
    }
  }

  @Test func coverageTablesShowThemesAndRegions() throws {
    let thematic = try network.thematicCoverage(
      frameworkKind: "mobility-partnership", asOf: ReportFixtures.endOf2013)
    let table = try #require(
      report.table(captionStartingWith: "Mobility partnerships × GAMM thematic priorities"))
    #expect(rowIds(of: table) == thematic.rows.map(\.framework))
    let regions = try #require(report.table(captionStartingWith: "Countries of each region"))
    let eap = try network.geographicCoverage(
      of: .region("eastern-partnership"), by: .frameworkKind("mobility-partnership"),
      asOf: ReportFixtures.endOf2013)
    #expect(rowIds(of: regions).contains("eastern-partnership"))
    #expect(regions.stringValue?.contains(network.node(eap.covered[0])!.label) == true)
  }

  @Test func twoModeDiagramIsAnAccessibleInlineSVGOfEveryMemberState() throws {
    let svgs = report.elements("svg").filter { $0.value(of: "class") != "chart" }
    let svg = try #require(svgs.first)
    #expect(svg.value(of: "role") == "img")
    let labelledBy = try #require(svg.value(of: "aria-labelledby")).split(separator: " ").map(String.init)
    let ids = Set(report.allElements.compactMap { $0.value(of: "id") })
    #expect(labelledBy.count == 2 && labelledBy.allSatisfy(ids.contains))
    let first = (svg.children ?? []).compactMap { $0 as? XMLElement }.first
    #expect(first?.localName == "title" && first?.stringValue?.isEmpty == false)
    let drawn = Set(report.elements("title", under: svg).compactMap(\.stringValue))
    let memberStates = network.nodes.filter {
      $0.kind == "member-state" && $0.holds(on: ReportFixtures.endOf2013)
    }
    #expect(memberStates.count == 28)
    for node in memberStates { #expect(drawn.contains(node.id), "\(node.id) is not drawn") }
    // The whole GAMM network is too large to read inline: the report draws its overview instead
    // (one box per kind, countries per region) and leaves every node to the explorer.
    #expect(svgs.count == 2)
    #expect(report.elements("title", under: svgs[1]).contains { $0.stringValue == "group:member-state" })
    #expect(html.contains("in overview"))
    // No XML prolog or DOCTYPE from Graphviz survives inside the page.
    #expect(!html.contains("<?xml") && html.components(separatedBy: "<!DOCTYPE").count == 2)
  }

  // MARK: helpers

  /// The ids shown under each row header (`<th><br/><span class="detail">ID</span></th>`).
  private func rowIds(of table: XMLElement) -> [String] {
    report.elements("tr", under: report.elements("tbody", under: table)[0]).compactMap { row in
      let header = (row.children ?? []).compactMap { $0 as? XMLElement }.first
      return header.flatMap { report.elements("span", under: $0).first?.stringValue }
    }
  }

  /// The text of the "Sources" block that follows a table.
  private func sourcesText(after table: XMLElement) -> String {
    var node: XMLNode? = table.parent  // the scroll wrapper
    while let next = node?.nextSibling {
      if let element = next as? XMLElement {
        if element.value(of: "class") == "sources" { return element.stringValue ?? "" }
        if element.localName == "div" && element.value(of: "class") == "table-scroll" { return "" }
      }
      node = next
    }
    return ""
  }
}
