import Foundation
import Testing

/// The tool as met on a terminal: output fits `COLUMNS`, `--columns` chooses columns, help examples
/// are verbatim and match the README, mistakes get suggestions and usage errors exit 64.
@Suite struct TerminalTests {
  static let wideCommands: [[String]] = [
    ["neighbors", "MD"], ["list", "nodes"], ["list", "edges"], ["summary"], ["gaps"], ["gaps", "--matrix"],
    ["centrality", "--measure", "betweenness"], ["structure"], ["status"], ["sources"],
    ["diff", "--from", "2012", "--to", "2013"], ["projection", "--onto", "member-state", "--via", "mobility-partnership"],
  ]

  @Test(arguments: wideCommands)
  func outputFitsEightyColumns(arguments: [String]) throws {
    let result = try CLIRunner.run(arguments, environment: ["COLUMNS": "80", "DIALOGUE_DATASETS": nil])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stdout.isEmpty)
    for line in result.stdout.split(separator: "\n") {
      #expect(line.count <= 80, "\(arguments): \(line.count) characters: \(line)")
    }
  }

  @Test func withoutColumnsAPipeGetsEveryCharacter() throws {
    let result = try CLIRunner.run(["neighbors", "MD"], environment: ["COLUMNS": nil, "DIALOGUE_DATASETS": nil])
    #expect(result.stdout.split(separator: "\n").contains { $0.count > 200 })
    #expect(!result.stdout.contains("…"))
  }

  @Test func filesAreNeverCut() throws {
    let folder = try TemporaryFolder.make()
    let file = folder.appendingPathComponent("n.txt").path
    let result = try CLIRunner.run(
      ["neighbors", "MD", "--output", file], environment: ["COLUMNS": "80", "DIALOGUE_DATASETS": nil])
    #expect(result.status == 0)
    let text = try String(contentsOfFile: file, encoding: .utf8)
    #expect(text.split(separator: "\n").contains { $0.count > 80 })
  }

  @Test func columnsChoosesAndOrdersColumns() throws {
    let rows = try #require(
      try CLIRunner.json(["list", "nodes", "--kinds", "member-state", "--columns", "label,id", "--format", "json"])
        as? [[String: Any]])
    #expect(rows.count >= 27)
    #expect(Set(rows[0].keys) == ["label", "id", "as_of"])
    let csv = try CLIRunner.run(["list", "nodes", "--columns", "label,id", "--format", "csv"]).stdout
    #expect(csv.hasPrefix("label,id,as_of\r\n"))
    let wrong = try CLIRunner.run(["list", "nodes", "--columns", "id,lable"])
    #expect(wrong.status == 64)
    #expect(wrong.stderr.contains("no column \"lable\" (did you mean label?)"), "\(wrong.stderr)")
  }

  static let helpCommands = [
    [], ["validate"], ["summary"], ["list"], ["neighbors"], ["centrality"], ["structure"], ["projection"],
    ["diff"], ["export"], ["convert"], ["gaps"], ["coverage"], ["coverage", "themes"], ["status"], ["render"],
    ["report"], ["explore"], ["sources"], ["main"],
  ]

  /// The examples of a help text: the lines of its `Examples:` block, unindented.
  static func examples(_ help: String) -> [String] {
    var found: [String] = []
    var inside = false
    for line in help.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      if trimmed.isEmpty {
        inside = false
      } else if inside && line.hasPrefix(" ") {
        found.append(trimmed)
      } else if trimmed.hasSuffix("Examples:") {
        inside = true
      }
    }
    return found
  }

  @Test(arguments: helpCommands)
  func helpExamplesAreVerbatimAndEqualTheReadmes(command: [String]) throws {
    let narrow = try CLIRunner.run(command + ["--help"], environment: ["COLUMNS": "40", "DIALOGUE_DATASETS": nil])
    let wide = try CLIRunner.run(command + ["--help"], environment: ["COLUMNS": "300", "DIALOGUE_DATASETS": nil])
    #expect(narrow.status == 0 && wide.status == 0)
    let examples = Self.examples(narrow.stdout)
    #expect(!examples.isEmpty, "\(command): no examples")
    #expect(examples == Self.examples(wide.stdout), "\(command): examples depend on the width")
    for example in examples { #expect(example.hasPrefix("dialogue "), "\(command): \(example)") }
    // Prose is wrapped to the width; only example lines may be wider.
    for line in narrow.stdout.split(separator: "\n")
    where line.count > 40 && !examples.contains(line.trimmingCharacters(in: .whitespaces)) {
      let isLongWord = !line.trimmingCharacters(in: .whitespaces).contains(" ")
      #expect(isLongWord, "\(command): a prose line of \(line.count) characters: \(line)")
    }
    let readme = try String(contentsOf: Repository.root.appendingPathComponent("README.md"), encoding: .utf8)
    let block = "```sh\n" + examples.joined(separator: "\n") + "\n```"
    #expect(
      readme.contains(block),
      "README.md lacks the examples of dialogue \(command.joined(separator: " ")) --help; run scripts/help_examples.py --write"
    )
  }

  @Test func misspeltCommandsGetSuggestionsAndExit64() throws {
    for (typed, meant) in [("sumary", "summary"), ("neighbours", "neighbors"), ("centralty", "centrality")] {
      let result = try CLIRunner.run([typed, "MD"])
      #expect(result.status == 64)
      #expect(result.stderr.contains("unknown command \"\(typed)\" — did you mean '\(meant)'?"), "\(result.stderr)")
    }
  }

  @Test func unknownIdsGetTheNearestIdsAndLabels() throws {
    let byLabel = try CLIRunner.run(["neighbors", "Moldva"])
    #expect(byLabel.status == 1)
    #expect(byLabel.stderr.contains("did you mean MD (Moldova)"), "\(byLabel.stderr)")
    let byId = try CLIRunner.run(["neighbors", "prague-proces"])
    #expect(byId.stderr.contains("did you mean prague-process"), "\(byId.stderr)")
  }

  @Test func aWrongDatasetNameListsTheShippedOnes() throws {
    let result = try CLIRunner.run(["summary", "--dataset", "gamm-2013"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("did you mean gamm-2012-2013?"), "\(result.stderr)")
    #expect(result.stderr.contains("shipped datasets: circular-migration-2007, gamm-2012-2013"))
  }

  @Test func aDivergingKatzIsAUsageError() throws {
    let result = try CLIRunner.run(["centrality", "--measure", "katz", "--alpha", "0.9"])
    #expect(result.status == 64, "\(result.stderr)")
    #expect(result.stderr.contains("does not converge"))
  }
}
