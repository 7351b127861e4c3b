import DialogueGraph
import Foundation
import Testing

/// `gaps`, `coverage` and `status` on the shipped dataset: the figures COM(2014) 96 states, and
/// agreement with the library.
@Suite struct MetricCommandTests {
  @Test func gapsNameTheFiveMemberStatesWithoutAMobilityPartnership() throws {
    let rows = try #require(
      try CLIRunner.json(["gaps", "--as-of", "2013-12-31", "--format", "json"]) as? [[String: Any]])
    let disengaged = rows.filter { $0["disengaged"] as? Bool == true }.compactMap { $0["id"] as? String }
    // COM(2014) 96 §5.2.2: five member states had joined no mobility partnership.
    #expect(Set(disengaged) == ["AT", "FI", "HR", "IE", "MT"])
    // Disengaged first, then the library's ranking.
    let network = try DialogueNetwork.load(from: Repository.gamm)
    let gaps = try network.participationGaps(frameworkKind: "mobility-partnership", asOf: Day("2013-12-31")!)
    #expect(rows.compactMap { $0["id"] as? String } == gaps.rows.map(\.id))
    #expect(rows.first.map { ($0 as NSDictionary).count } == 16)  // 14 fields, not_recorded and as_of
  }

  @Test func gapsExplainAcceptsEUCountryCodes() throws {
    let greece = try CLIRunner.run(["gaps", "--as-of", "2013-12-31", "--explain", "EL", "--format", "csv"])
    #expect(greece.status == 0, "\(greece.stderr)")
    #expect(greece.stdout.hasPrefix("evidence,row,id,what,citation,reference\r\n"))
    #expect(greece.stdout.contains("GR"))
    let explained = try #require(
      try CLIRunner.json(["gaps", "--as-of", "2013-12-31", "--explain", "AT", "--format", "json"])
        as? [String: Any])
    #expect((explained["statement"] as? String)?.hasPrefix("AT joined 0 of") == true)
  }

  @Test func frontexCoversTheEasternPartnership() throws {
    let arguments = [
      "coverage", "--region", "eastern-partnership", "--actor", "frontex", "--edge-kind",
      "working-arrangement",
    ]
    let coverage = try #require(
      try CLIRunner.json(arguments + ["--as-of", "2013-12-31", "--format", "json"]) as? [String: Any])
    // COM(2014) 96 §2.2: FRONTEX has working arrangements with all Eastern Partnership countries.
    #expect(coverage["ratio"] as? Double == 1)
    #expect((coverage["uncovered"] as? [String])?.isEmpty == true)
    let change = try #require(
      try CLIRunner.json(arguments + ["--from", "2011-12-31", "--to", "2013-12-31", "--format", "json"])
        as? [String: Any])
    #expect(change["ratio_to"] as? Double == 1)
    #expect(Set(change["lost"] as? [String] ?? ["?"]).isEmpty)
  }

  @Test func statusTableMatchesTheLibrary() throws {
    // Without --as-of: the dataset's reference date (2013-12-31), derived from dated rows.
    let rows = try #require(try CLIRunner.json(["status", "--format", "json"]) as? [[String: Any]])
    let network = try DialogueNetwork.load(from: Repository.gamm)
    let table = try network.statusTable(frameworkKind: "mobility-partnership", asOf: Day("2013-12-31"))
    #expect(rows.compactMap { $0["printed"] as? String } == table.rows.map(\.printed))
    #expect(rows.allSatisfy { $0["as_of"] as? String == "2013-12-31" })
    #expect(rows.compactMap { $0["country"] as? String } == table.rows.map(\.country))
    #expect(rows.compactMap { $0["status"] as? String } == table.rows.map(\.status))
  }

  @Test func unknownFrameworkKindsAndInstrumentsAreBadInput() throws {
    for arguments in [
      ["gaps", "--framework-kind", "mobility-partnerships"], ["status", "--framework-kind", "member-state"],
      ["coverage", "--region", "eastern-partnership", "--actor", "nothing-like-this"],
      ["coverage", "--region", "eastern-partnership", "--framework-kind", "dragon"],
      ["coverage", "--region", "no-such-region", "--edge-kind", "working-arrangement"],
      ["coverage", "--themes", "--framework-kind", "dragon"],
    ] {
      let result = try CLIRunner.run(arguments)
      #expect(result.status == 1, "\(arguments): \(result.stderr)")
      #expect(result.stderrLines.count == 1 && result.stderr.hasPrefix("dialogue: error: "), "\(arguments)")
    }
    for arguments in [
      ["coverage", "--actor", "frontex"],  // no countries
      ["coverage", "--region", "eastern-partnership"],  // no instrument
      [
        "coverage", "--region", "eastern-partnership", "--actor", "frontex", "--framework-kind", "mobility-partnership",
      ],
      ["coverage", "--themes", "--region", "eastern-partnership"],
    ] {
      let usage = try CLIRunner.run(arguments)
      #expect(usage.status == 64, "\(arguments)")
    }
  }
}
