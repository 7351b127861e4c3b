import Foundation
import Testing

@testable import DialogueGraph

/// `sources.csv`: read when present, every citation's source ids checked against it, the sources
/// exposed on the network.
///
/// Columns: nodes `id,kind,label,start,end,citation,confidence` (citation is column 6); edges
/// `source,target,kind,start,end,weight,citation,confidence` (citation is column 7).
@Suite struct SourceTableTests {
  static let sources = """
    id,author,title,document_number,date,language,locator,note
    com-2014-96,European Commission,Rapport om gennemførelsen,COM(2014) 96 final,2014-02-21,da,CELEX 52014DC0096,
    ip-08-894,European Commission,Press release,IP/08/894,2008-06-05,en,IP/08/894,

    """
  static let nodes =
    CoreFixtures.nodeHeader + """
      DE,member-state,Germany,1958,,com-2014-96 §5.2.2,seed
      MD,third-country,Moldova,,,com-2014-96 §2.2,seed
      mp-moldova,mobility-partnership,MP Moldova,2008-06,,com-2014-96 Annex I; ip-08-894,seed

      """

  func problems(nodes: String = Self.nodes, edges: String = "", sources: String = Self.sources) throws -> [String] {
    try CoreFixtures.problems(
      nodes: nodes, edges: CoreFixtures.edgeHeader + edges, extra: ["sources.csv": sources]
    ).map(\.description)
  }

  @Test func citationsNamingKnownSourcesLoad() throws {
    #expect(try problems(edges: "DE,mp-moldova,participates-in,2008-06,,,ip-08-894 signatories,high\n") == [])
  }

  @Test func anUnknownSourceIdIsReportedAtTheCitationCell() throws {
    #expect(
      try problems(edges: "DE,mp-moldova,participates-in,2008-06,,,COM(2014) 96 Annex I,seed\n") == [
        "edges.csv:2:7: unknown source \"COM(2014)\" in citation — expected a citation starting with a source id from sources.csv (com-2014-96, ip-08-894), then a pinpoint such as §2.3"
      ])
    // The second reference of a node's citation names an unknown source.
    let nodes = Self.nodes + "GE,third-country,Georgia,,,com-2014-96 §2.2; ip-09-1853,high\n"
    let found = try problems(nodes: nodes)
    #expect(found.count == 1 && found[0].hasPrefix("nodes.csv:5:6: unknown source \"ip-09-1853\""), "\(found)")
  }

  /// `unrecorded.csv` cites its sources the same way: an unknown id is reported at its citation
  /// cell (column 4), a known one loads.
  @Test func unrecordedDeclarationsCiteKnownSources() throws {
    let declared = "subject,aspect,extent,citation,note\nmp-moldova,membership,partial,com-2014-96 §2.2,\n"
    #expect(
      try CoreFixtures.problems(
        nodes: Self.nodes, edges: CoreFixtures.edgeHeader,
        extra: ["sources.csv": Self.sources, "unrecorded.csv": declared]
      ).isEmpty)
    let unknown = declared + "MD,themes,,COM(2014) 96 §2.2,\n"
    let found = try CoreFixtures.problems(
      nodes: Self.nodes, edges: CoreFixtures.edgeHeader,
      extra: ["sources.csv": Self.sources, "unrecorded.csv": unknown]
    ).map(\.description)
    #expect(
      found == [
        "unrecorded.csv:3:4: unknown source \"COM(2014)\" in citation — expected a citation starting with a source id from sources.csv (com-2014-96, ip-08-894), then a pinpoint such as §2.3"
      ])
  }

  @Test func withoutSourcesCsvCitationsAreFreeText() throws {
    let found = try CoreFixtures.problems(
      nodes: Self.nodes, edges: CoreFixtures.edgeHeader + "DE,MD,supports,,,,anything at all,seed\n")
    #expect(found.isEmpty)
  }

  @Test func badSourceRowsAreReportedOnceNotAtEveryCitation() throws {
    let sources =
      Self.sources + """
        com-2014-96,European Commission,again,,,,,
        bad id,Someone,A title,,,,,
        no-title,Someone,,,,,,
        undated,Someone,A title,,2013-02-30,,,

        """
    #expect(
      try problems(nodes: Self.nodes + "GE,third-country,Georgia,,,no-title p. 3,high\n", sources: sources) == [
        "sources.csv:4:1: duplicate id \"com-2014-96\" — expected a unique id (first used on line 2)",
        "sources.csv:5:1: source id \"bad id\" cannot start a citation — expected an id without spaces or semicolons, such as com-2014-96",
        "sources.csv:6:3: missing title — expected a value (the column is required)",
        "sources.csv:7:5: bad date \"2013-02-30\" in column \"date\" — expected a date YYYY, YYYY-MM or YYYY-MM-DD",
      ])
  }

  @Test func aSourcesTableWithoutItsRequiredColumns() throws {
    let found = try problems(sources: "id,author\ncom-2014-96,European Commission\n")
    #expect(
      found == [
        "sources.csv:1: missing required column \"title\" (the header, split at ',', has 2 columns: \"id\", \"author\") — expected the columns id, title"
      ])
  }

  @Test func theNetworkExposesItsSources() throws {
    let folder = try CoreFixtures.folder([
      "nodes.csv": Array(Self.nodes.utf8),
      "edges.csv": Array((CoreFixtures.edgeHeader + "DE,mp-moldova,participates-in,2008-06,,,ip-08-894,high\n").utf8),
      "sources.csv": Array(Self.sources.utf8),
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let network = try DialogueNetwork.load(from: folder)
    #expect(network.sources.map(\.id) == ["com-2014-96", "ip-08-894"])
    #expect(network.source(forCitation: "com-2014-96 Annex I; ip-08-894")?.id == "com-2014-96")
    #expect(network.sources(forCitation: "com-2014-96 Annex I; ip-08-894").map(\.id) == ["com-2014-96", "ip-08-894"])
    #expect(network.source(forCitation: "unknown §1") == nil)
    let seed = try #require(network.source("com-2014-96"))
    #expect(seed.origin.description == "sources.csv:2")
    #expect(
      seed.fullReference
        == "European Commission: Rapport om gennemførelsen. COM(2014) 96 final, 2014-02-21, da. CELEX 52014DC0096")
    let usage = network.sourceUsage()
    #expect(usage.map(\.rows) == [3, 2] && usage.map(\.nodeRows) == [3, 1] && usage.map(\.edgeRows) == [0, 1])
  }

  @Test func citationGrammar() {
    #expect(
      Citation.references(in: "com-2014-96 §2.3, fn 9; ip-08-894").map(\.sourceId) == ["com-2014-96", "ip-08-894"])
    #expect(Citation.references(in: "com-2014-96 §2.3, fn 9").first?.pinpoint == "§2.3, fn 9")
    #expect(Citation.sourceIds(in: "a §1; a §2; b") == ["a", "b"])
    #expect(Citation.sourceIds(in: "").isEmpty)
  }

  @Test func networksBuiltInCodeCheckCitationsWhenGivenSources() throws {
    let nodes = [
      Node(id: "DE", kind: "member-state", label: "Germany", citation: "s1 p. 2", confidence: "seed"),
      Node(id: "FR", kind: "member-state", label: "France", citation: "s2 p. 2", confidence: "seed"),
    ]
    #expect(throws: DatasetError.self) {
      try DialogueNetwork(nodes: nodes, edges: [], sources: [Source(id: "s1", title: "One")])
    }
    let network = try DialogueNetwork(
      nodes: nodes, edges: [], sources: [Source(id: "s1", title: "One"), Source(id: "s2", title: "Two")])
    #expect(network.source(forCitation: "s2 p. 2")?.title == "Two")
  }

  /// The shipped datasets: every citation names known sources (the loader checks it) and every
  /// source is cited by at least one row.
  @Test(arguments: ["gamm-2012-2013", "circular-migration-2007"])
  func shippedDatasetsCiteEverySource(name: String) throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Datasets/\(name)")
    let network = try DialogueNetwork.load(from: folder)
    #expect(!network.sources.isEmpty)
    #expect(network.sourceUsage().filter { $0.rows == 0 }.map(\.source.id) == [])
    let seed = name == "gamm-2012-2013" ? "com-2014-96" : "com-2007-248"
    #expect(network.sources.first?.id == seed)
  }
}
