import DialogueGraph
import Foundation
import Testing

/// `dialogue sources`, run as a user runs it: the built binary on the shipped dataset and on
/// folders written for the test.
@Suite struct SourcesCommandTests {
  @Test func jsonListsEverySourceInFileOrderWithItsRowCounts() throws {
    let object = try #require(try CLIRunner.json(["sources", "--format", "json"]) as? [String: Any])
    #expect(object["dataset"] as? String == "gamm-2012-2013")
    let sources = try #require(object["sources"] as? [[String: Any]])
    // The ids of sources.csv, in its order, read as plain text.
    let text = try String(contentsOf: Repository.gamm.appendingPathComponent("sources.csv"), encoding: .utf8)
    let ids = text.split(separator: "\n").dropFirst().map { String($0.prefix { $0 != "," }) }
    #expect(sources.compactMap { $0["id"] as? String } == ids)
    // Counts: rows whose citation has a reference starting with the id, counted here by hand.
    let network = try DialogueNetwork.load(from: Repository.gamm)
    let nodeCitations = network.nodes.map(\.citation)
    let edgeCitations = network.edges.map(\.citation)
    func cites(_ citation: String, _ id: String) -> Bool {
      citation.components(separatedBy: "; ").contains { $0 == id || $0.hasPrefix(id + " ") }
    }
    for source in sources {
      let id = try #require(source["id"] as? String)
      let nodes = nodeCitations.filter { cites($0, id) }.count
      let edges = edgeCitations.filter { cites($0, id) }.count
      #expect(source["nodeRows"] as? Int == nodes, "\(id)")
      #expect(source["edgeRows"] as? Int == edges, "\(id)")
      #expect(source["rows"] as? Int == nodes + edges, "\(id)")
      #expect((source["rows"] as? Int ?? 0) > 0, "\(id) is cited by no row")
    }
    let seed = try #require(sources.first)
    #expect(seed["documentNumber"] as? String == "COM(2014) 96 final")
    #expect(seed["locator"] as? String == "CELEX 52014DC0096")
    #expect((seed["reference"] as? String)?.hasPrefix("European Commission: Rapport om gennemførelsen") == true)
  }

  @Test func tableNamesTheDatasetAndShowsFullReferences() throws {
    let result = try CLIRunner.run(["sources", "--dataset", "circular-migration-2007"])
    #expect(result.status == 0, "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(
      lines.first?.hasPrefix("circular-migration-2007: 20 sources, cited by 125 node rows and 209 edge rows") == true,
      "\(lines.first ?? "")")
    #expect(result.stdout.contains("com-2007-248"))
    #expect(result.stdout.contains("COM(2007) 248 final, 2007-05-16, sv. CELEX 52007DC0248"))
    let csv = try CLIRunner.run(["sources", "--dataset", "circular-migration-2007", "--format", "csv"])
    #expect(
      csv.stdout.hasPrefix(
        "id,rows,nodeRows,edgeRows,author,title,documentNumber,date,language,locator,reference\r\ncom-2007-248,"))
  }

  @Test func aDatasetWithoutSourcesSaysSo() throws {
    let folder = try FixtureDataset.write()
    let result = try CLIRunner.run(["sources", "--dataset", folder.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout == "fixture: no sources.csv — the citations are free text, not source ids\n")
    let json = try #require(
      try CLIRunner.json(["sources", "--dataset", folder.path, "--format", "json"]) as? [String: Any])
    #expect((json["sources"] as? [Any])?.isEmpty == true)
  }

  @Test func anUnknownSourceIdFailsWithFileLineAndColumn() throws {
    let folder = try FixtureDataset.write()
    let sources = """
      id,author,title,document_number,date,language,locator,note
      ip-08-894,European Commission,Press release,IP/08/894,2008-06-05,en,IP/08/894,

      """
    try Data(sources.utf8).write(to: folder.appendingPathComponent("sources.csv"))
    let result = try CLIRunner.run(["sources", "--dataset", folder.path])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    // The first row citing something else: nodes.csv line 2, citation in column 10.
    #expect(
      result.stderr.hasPrefix(
        "dialogue: error: \(folder.path)/nodes.csv:2:10: unknown source \"EU\" in citation — expected a citation starting with a source id from sources.csv (ip-08-894)"
      ), "\(result.stderr)")
  }
}
