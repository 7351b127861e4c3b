import CSV
import Foundation
import Testing

@testable import DialogueGraph

/// The participation matrix checked against a second, independent implementation: the GAMM
/// tables read with CSV.swift (not the toolkit's loader) and the as-of rules of
/// `Datasets/SCHEMA.md` applied directly to the text of the dates, for every framework kind and
/// several dates.
@Suite struct MetricsIndependentCheckTests {
  typealias Row = [String: String]

  /// Reads a CSV file into dictionaries keyed by header, with CSV.swift.
  static func rows(_ file: String) throws -> [Row] {
    let url = MetricsFixtures.root.appendingPathComponent("Datasets/gamm-2012-2013/\(file)")
    let reader = try CSVReader(stream: InputStream(url: url)!, hasHeaderRow: true)
    let header = reader.headerRow ?? []
    var result: [Row] = []
    while let cells = reader.next() {
      result.append(Dictionary(uniqueKeysWithValues: zip(header, cells).filter { !$0.1.isEmpty }))
    }
    return result
  }

  /// A partial date's first day as `YYYY-MM-DD` text (ISO text compares like dates).
  static func first(_ date: String) -> String {
    date.count == 4 ? date + "-01-01" : date.count == 7 ? date + "-01" : date
  }

  /// A partial end's exclusive bound as text: the first day of the next period.
  static func after(_ date: String) -> String {
    let parts = date.split(separator: "-").map { Int($0)! }
    switch parts.count {
    case 1: return String(format: "%04d-01-01", parts[0] + 1)
    case 2:
      return parts[1] == 12
        ? String(format: "%04d-01-01", parts[0] + 1) : String(format: "%04d-%02d-01", parts[0], parts[1] + 1)
    default: return Day(year: parts[0], month: parts[1], day: parts[2])!.next.description
    }
  }

  static func holds(start: String?, end: String?, on day: String) -> Bool {
    if let start, day < first(start) { return false }
    if let end, day >= after(end) { return false }
    return true
  }

  @Test(arguments: ["2008-12-31", "2011-06-30", "2013-06-30", "2013-12-31", "2014-12-31"])
  func matrixAgreesWithADirectReadingOfTheTables(day: String) throws {
    let network = try MetricsFixtures.gamm()
    let nodes = try Self.rows("nodes.csv"), edges = try Self.rows("edges.csv")
    let kindOf = Dictionary(uniqueKeysWithValues: nodes.map { ($0["id"]!, $0) })
    let memberStates = nodes.filter {
      $0["kind"] == "member-state" && Self.holds(start: $0["start"], end: $0["end"], on: day)
    }
    // The statuses vocabulary.json marks "prospective", read with JSONSerialization (not the
    // toolkit's Vocabulary type): a framework with no start and such a status does not exist yet.
    let vocabularyURL = MetricsFixtures.root.appendingPathComponent("Sources/DialogueGraph/Resources/vocabulary.json")
    let vocabulary = try JSONSerialization.jsonObject(with: Data(contentsOf: vocabularyURL)) as! [String: Any]
    let prospective = Set(
      (vocabulary["statuses"] as! [[String: Any]]).filter { ($0["prospective"] as? Bool) == true }
        .map { $0["id"] as! String })
    for kind in network.vocabulary.nodeKinds.filter(\.framework).map(\.id) {
      let frameworks = Set(
        nodes.filter {
          $0["kind"] == kind && !($0["start"] == nil && prospective.contains($0["status"] ?? ""))
            && Self.holds(start: $0["start"], end: $0["end"], on: day)
        }
        .map { $0["id"]! })
      var expected: [String: Int] = [:]
      for m in memberStates {
        let joined = Set(
          edges.filter { e in
            e["source"] == m["id"] && e["kind"] == "participates-in" && frameworks.contains(e["target"]!)
              && Self.holds(start: e["start"] ?? kindOf[e["target"]!]!["start"], end: e["end"], on: day)
          }.map { $0["target"]! })
        expected[m["id"]!] = joined.count
      }
      let matrix = try network.participationMatrix(frameworkKind: kind, asOf: Day(day)!)
      #expect(Set(matrix.frameworks.map(\.id)) == frameworks, "\(kind) on \(day)")
      #expect(
        Dictionary(uniqueKeysWithValues: matrix.memberStates.map { ($0.id, $0.joined.count) }) == expected,
        "\(kind) on \(day)")
      #expect(matrix.memberStates.allSatisfy { $0.eligible.count == frameworks.count })
    }
  }
}
