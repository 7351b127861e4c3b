import Foundation
import Testing

/// A bare edge list has no node kinds: the measures about member states must say so (exit 1,
/// naming the kind and how to give kinds), never answer "(no rows)" as if no one had a gap.
@Suite struct EdgeListWithoutKindsTests {
  static func edgeList() throws -> URL {
    let folder = try TemporaryFolder.make()
    let file = folder.appendingPathComponent("links.csv")
    try "source,target\nAT,MP-MD\nDE,MP-MD\n".write(to: file, atomically: true, encoding: .utf8)
    return file
  }

  @Test(arguments: [
    ["gaps"], ["gaps", "--matrix"], ["gaps", "--by-framework"], ["gaps", "--as-of", "2013-12-31"],
    ["projection", "--onto", "member-state", "--via", "mobility-partnership"],
  ])
  func memberStateMeasuresSayTheKindIsMissing(arguments: [String]) throws {
    let file = try Self.edgeList()
    let result = try CLIRunner.run(arguments + ["--dataset", file.path])
    #expect(result.status == 1, "\(arguments): \(result.status) \(result.stdout)")
    #expect(result.stdout.isEmpty)
    #expect(result.stderr.contains("the dataset has no EU member states (no node of kind \"member-state\")"))
    #expect(result.stderr.contains("--nodes FILE, or a nodes.csv beside the edge list"))
  }

  @Test func mainWritesNothingAndSaysWhy() throws {
    let file = try Self.edgeList()
    let output = file.deletingLastPathComponent().appendingPathComponent("out")
    let result = try CLIRunner.run(["main", "--output", output.path, "--dataset", file.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("no node of kind \"member-state\""))
    #expect(!FileManager.default.fileExists(atPath: output.path))
  }

  @Test func projectionOfOneKindNamesIt() throws {
    let file = try Self.edgeList()
    let result = try CLIRunner.run(["projection", "--onto", "node", "--via", "node", "--dataset", file.path])
    #expect(result.status == 1)
    #expect(result.stderr.contains("every node of this dataset has kind \"node\""))
    #expect(result.stderr.contains("--nodes FILE"))
  }

  /// With a nodes.csv beside it, the same edge list answers.
  @Test func aNodesTableBesideItGivesTheKinds() throws {
    let file = try Self.edgeList()
    try "id,kind,label\nAT,member-state,Austria\nDE,member-state,Germany\nMP-MD,mobility-partnership,MP Moldova\n"
      .write(
        to: file.deletingLastPathComponent().appendingPathComponent("nodes.csv"), atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["gaps", "--format", "csv", "--dataset", file.path])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("AT,Austria"))
  }
}
