import Foundation
import Testing

/// The aligned tables people read, compared with recorded snapshots of the fixture dataset.
@Suite struct SnapshotTests {
  static let cases: [(name: String, arguments: [String])] = [
    ("summary", ["summary"]),
    ("centrality-betweenness", ["centrality", "--measure", "betweenness"]),
    ("neighbors-DE", ["neighbors", "DE"]),
    ("structure", ["structure", "--seed", "1"]),
    ("diff-2012-2013", ["diff", "--from", "2012", "--to", "2013"]),
    (
      "projection-member-states",
      ["projection", "--onto", "member-state", "--via", "mobility-partnership,regional-process"]
    ),
  ]

  @Test(arguments: cases.map(\.name))
  func tableMatchesSnapshot(name: String) throws {
    let arguments = Self.cases.first { $0.name == name }!.arguments
    let folder = try FixtureDataset.write()
    let result = try CLIRunner.run(arguments + ["--dataset", folder.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty)
    try Snapshot.expect(result.stdout, named: name)
  }
}
