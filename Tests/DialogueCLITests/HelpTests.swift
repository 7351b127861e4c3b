import Foundation
import Testing

/// Every command explains itself to an analyst, with examples, and completions are available.
@Suite struct HelpTests {
  static let commands = [
    "validate", "summary", "list", "neighbors", "centrality", "structure", "projection", "diff", "export",
    "gaps",
    "coverage", "status", "explore",
  ]

  @Test(arguments: commands)
  func helpShowsExamples(command: String) throws {
    let result = try CLIRunner.run([command, "--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("Examples:"))
    #expect(result.stdout.contains("dialogue \(command)"))
  }

  @Test func rootHelpListsCommandsAndCompletions() throws {
    let result = try CLIRunner.run(["--help"])
    #expect(result.status == 0)
    for command in Self.commands { #expect(result.stdout.contains(command)) }
    #expect(result.stdout.contains("--generate-completion-script"))
  }

  @Test func centralityHelpExplainsEveryMeasureAndTheGraph() throws {
    let help = try CLIRunner.run(["centrality", "--help"]).stdout
    for measure in ["degree", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "katz"] {
      #expect(help.contains("\(measure):"), "\(measure)")
    }
    #expect(help.contains("networkx"))
  }

  @Test func bashCompletionScriptIsGenerated() throws {
    let result = try CLIRunner.run(["--generate-completion-script", "bash"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("_dialogue"))
    #expect(result.stdout.contains("centrality"))
  }
}
