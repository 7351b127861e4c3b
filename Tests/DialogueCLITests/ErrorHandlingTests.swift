import Foundation
import Testing

/// Bad input gives exit 1 and one line naming file, line and column; bad usage gives exit 64;
/// nothing ends in a crash or a signal.
@Suite struct ErrorHandlingTests {
  @Test func missingDatasetIsOneLineAndExitOne() throws {
    let result = try CLIRunner.run(["summary", "--dataset", "no/such/folder"])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderrLines.count == 1)
    #expect(result.stderr.hasPrefix("dialogue: error: no/such/folder: no such file"))
  }

  @Test func brokenCSVNamesFileLineAndColumn() throws {
    let edges = FixtureDataset.edges.replacingOccurrences(
      of: "fr-mp-georgia,FR,mp-georgia", with: "fr-mp-georgia,FR,XX"
    )
    .replacingOccurrences(of: "ge-prague,GE,prague-process", with: "ge-prague,GE,nowhere")
    let folder = try FixtureDataset.write(name: "broken", edges: edges)
    let result = try CLIRunner.run(["validate", "--dataset", folder.path])
    #expect(result.status == 1)
    #expect(result.stdout.isEmpty)
    #expect(result.stderrLines.count == 1, "\(result.stderr)")
    let line = try #require(result.stderrLines.first)
    // fr-mp-georgia is on physical line 4 of edges.csv; target is column 3.
    #expect(line.hasPrefix("dialogue: error: \(folder.path)/edges.csv:4:3: "), "\(line)")
    #expect(line.contains("\"XX\""))
    #expect(line.hasSuffix("(and 1 more problem; use --verbose)"))

    let verbose = try CLIRunner.run(["validate", "--dataset", folder.path, "--verbose"])
    #expect(verbose.status == 1)
    #expect(verbose.stderrLines.count == 2)
    #expect(verbose.stderrLines.allSatisfy { $0.hasPrefix("dialogue: error: \(folder.path)/edges.csv:") })
    #expect(verbose.stderrLines.last?.contains(":9:3: ") == true)
  }

  @Test func malformedCSVSyntaxIsReportedWithItsPosition() throws {
    let nodes = FixtureDataset.nodes.replacingOccurrences(
      of: "GE,third-country,Georgia", with: "GE,third-country,\"Geor\"gia")
    let folder = try FixtureDataset.write(name: "quotes", nodes: nodes)
    let result = try CLIRunner.run(["summary", "--dataset", folder.path])
    #expect(result.status == 1)
    #expect(result.stderrLines.count == 1)
    #expect(result.stderr.hasPrefix("dialogue: error: \(folder.path)/nodes.csv:6:"), "\(result.stderr)")
  }

  @Test func unknownIdsKindsAndRegionsAreBadInput() throws {
    let cases: [[String]] = [
      ["neighbors", "XX"],
      ["list", "edges", "--node", "atlantis"],
      ["list", "nodes", "--kinds", "dragon"],
      ["summary", "--edge-kinds", "loves"],
      ["summary", "--region", "narnia"],
      ["projection", "--onto", "member-state", "--via", "unicorn"],
    ]
    for arguments in cases {
      let result = try CLIRunner.run(arguments)
      #expect(result.status == 1, "\(arguments): \(result.stderr)")
      #expect(result.stderrLines.count == 1, "\(arguments): \(result.stderr)")
      #expect(result.stderr.hasPrefix("dialogue: error: "), "\(arguments)")
    }
    let unknown = try CLIRunner.run(["neighbors", "moldov"])
    #expect(
      unknown.stderr.contains("unknown node \"moldov\"") && unknown.stderr.contains("MD"), "\(unknown.stderr)"
    )
  }

  @Test func badUsageExitsWith64() throws {
    let cases: [[String]] = [
      ["centrality"],
      ["centrality", "--measure", "fame"],
      ["centrality", "--measure", "degree", "--top", "0"],
      ["centrality", "--measure", "degree", "--alpha", "0.1"],
      ["summary", "--as-of", "2013-02-30"],
      ["summary", "--format", "xml"],
      ["summary", "--no-such-option"],
      ["list", "nodes", "--node", "MD"],
      ["diff", "--from", "2014", "--to", "2012"],
      ["export", "--format", "csv", "--output", "-"],
      ["frobnicate"],
    ]
    for arguments in cases {
      let result = try CLIRunner.run(arguments)
      #expect(result.status == 64, "\(arguments) exited with \(result.status): \(result.stderr)")
      #expect(!result.stderr.isEmpty && result.stdout.isEmpty, "\(arguments)")
    }
  }

  @Test func algorithmsThatCannotRunExplainWhy() throws {
    // A diverging Katz is a usage error (64): the data is fine, the chosen --alpha is not.
    let result = try CLIRunner.run(["centrality", "--measure", "katz", "--alpha", "5"])
    #expect(result.status == 64)
    #expect(result.stderrLines.count == 1)
    #expect(result.stderr.contains("--alpha"), "\(result.stderr)")
  }

  @Test func outputFileIsWrittenAtomically() throws {
    let folder = try TemporaryFolder.make()
    let target = folder.appendingPathComponent("degree.csv")
    let written = try CLIRunner.run([
      "centrality", "--measure", "degree", "--format", "csv", "--output", target.path,
    ])
    #expect(written.status == 0, "\(written.stderr)")
    #expect(written.stdout.isEmpty)
    let direct = try CLIRunner.run(["centrality", "--measure", "degree", "--format", "csv"])
    #expect(try String(contentsOf: target, encoding: .utf8) == direct.stdout)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["degree.csv"])

    // A failing command leaves an existing file alone and no temporary file behind.
    try Data("keep me\n".utf8).write(to: target)
    let failed = try CLIRunner.run(["neighbors", "XX", "--output", target.path])
    #expect(failed.status == 1)
    #expect(try String(contentsOf: target, encoding: .utf8) == "keep me\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["degree.csv"])

    // A folder that does not exist: one line, exit 73, nothing created.
    let nowhere = try CLIRunner.run([
      "summary", "--output", folder.appendingPathComponent("missing/x.txt").path,
    ])
    #expect(nowhere.status == 73)
    #expect(nowhere.stderrLines.count == 1)
  }

  @Test func closedOutputPipeEndsQuietly() throws {
    let binary = try CLIRunner.binary()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = [
      "-c", "{ \"$0\" list edges; echo \"status=$?\" >&2; } | head -n 1 > /dev/null", binary.path,
    ]
    let err = Pipe()
    process.standardError = err
    process.currentDirectoryURL = try TemporaryFolder.make()
    try process.run()
    let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(text == "status=0\n", "\(text)")
  }
}
