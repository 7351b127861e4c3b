import Foundation
import Testing

/// The GAMM ranking through the real binary: recorded snapshots at the two year-ends of the
/// report, and the promise that the order follows the "joined / could join" columns.
@Suite struct RankingSnapshotTests {
  /// `gaps --format json` on the shipped GAMM dataset, as rows.
  static func ranking(asOf day: String) throws -> [[String: Any]] {
    let result = try CLIRunner.run(["gaps", "--dataset", Repository.gamm.path, "--as-of", day, "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    return try #require(json as? [[String: Any]])
  }

  /// One line per member state: id, joined/eligible, rate and score to 3 decimals, disengaged.
  /// (Built from JSON so that table-layout changes do not touch the snapshot.)
  static func lines(_ rows: [[String: Any]]) -> String {
    rows.map { r in
      let rate = String(format: "%.3f", r["rate"] as! Double)
      let score = String(format: "%.3f", r["score"] as! Double)
      let disengaged = (r["disengaged"] as! Bool) ? "  disengaged" : ""
      return "\(r["id"]!)  \(r["joined"]!)/\(r["eligible"]!)  rate \(rate)  score \(score)\(disengaged)"
    }.joined(separator: "\n") + "\n"
  }

  @Test(arguments: ["2012-12-31", "2013-12-31"])
  func gammRankingMatchesSnapshot(day: String) throws {
    try Snapshot.expect(Self.lines(try Self.ranking(asOf: day)), named: "gaps-gamm-\(day)")
  }

  @Test(arguments: ["2010-12-31", "2012-12-31", "2013-12-31"])
  func orderFollowsJoinedOverCouldJoin(day: String) throws {
    let rows = try Self.ranking(asOf: day)
    #expect(!rows.isEmpty)
    func key(_ r: [String: Any]) -> (Int, Double, Int) {
      ((r["disengaged"] as! Bool) ? 0 : 1, r["rate"] as! Double, r["joined"] as! Int)
    }
    for (a, b) in zip(rows, rows.dropFirst()) {
      #expect(key(a) <= key(b), "\(a["id"]!) ranks before \(b["id"]!)")
    }
    if day == "2013-12-31" {
      #expect(rows.prefix(5).map { $0["id"] as! String }.sorted() == ["AT", "FI", "HR", "IE", "MT"])
    }
  }

  @Test func tableNotesSayHowToReadTheScoreAndCSVIsRounded() throws {
    let table = try CLIRunner.run(["gaps", "--dataset", Repository.gamm.path, "--as-of", "2013-12-31"])
    #expect(table.stdout.contains("Note: Sensitivity: the five lowest engagement scores"))
    #expect(table.stdout.contains("No data (0 for every member state), left out of the weights: other commitments"))
    let csv = try CLIRunner.run(["gaps", "--dataset", Repository.gamm.path, "--format", "csv"])
    for line in csv.stdout.split(separator: "\n").dropFirst() {
      let score = line.split(separator: ",", omittingEmptySubsequences: false)[6]
      #expect(score.split(separator: ".").last!.count <= 3, "\(line)")
    }
    let json = try Self.ranking(asOf: "2013-12-31")
    #expect(json.contains { String(describing: $0["score"]!).count > 6 })  // full precision kept
  }

  @Test func explainShowsTheArithmeticOfTheScore() throws {
    let result = try CLIRunner.run(["gaps", "--dataset", Repository.gamm.path, "--explain", "HU"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("engagement score 0.617 = (0.4×0.700 + 0.2×1.000 + 0.15×0.000 + 0.15×0.500) / 0.9"))
    #expect(result.stdout.contains("leadership roles: 4 ÷ largest 4 = 1.000, weight 0.2"))
  }
}
