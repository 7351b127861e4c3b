import Foundation
import Testing

/// The ten-line example of the README and the DocC article: it must run, answer the report's
/// question, and be shown unchanged in the article.
@Suite struct DisengagedMemberStatesExampleTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// The built example, next to the test bundle.
  static var executable: URL {
    let products =
      Bundle.main.bundleURL.pathExtension == "xctest"
      ? Bundle.main.bundleURL.deletingLastPathComponent() : Bundle.main.bundleURL
    for candidate in [products, URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()] {
      let url = candidate.appendingPathComponent("disengaged-member-states")
      if FileManager.default.isExecutableFile(atPath: url.path) { return url }
    }
    return root.appendingPathComponent(".build/debug/disengaged-member-states")
  }

  @Test func theExampleNamesTheFiveMemberStatesOfTheReport() throws {
    // COM(2014) 96 §5.2.2: "fem medlemsstater deltager ikke i nogen af de mobilitetspartnerskaber,
    // der hidtil er indgået" — five member states take part in none of the mobility partnerships
    // concluded so far.
    let process = Process()
    process.executableURL = Self.executable
    process.arguments = [Self.root.appendingPathComponent("Datasets/gamm-2012-2013").path]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let lines = output.split(separator: "\n")
    #expect(lines.last == "5 member states joined no mobility partnership.")
    #expect(lines.count == 6)
    for line in lines.dropLast() { #expect(line.contains("joined none of: Mobility partnership")) }
  }

  @Test func theArticleShowsTheExampleUnchanged() throws {
    let source = try String(
      contentsOf: Self.root.appendingPathComponent("Examples/DisengagedMemberStates/main.swift"), encoding: .utf8)
    let article = try String(
      contentsOf: Self.root.appendingPathComponent("Sources/DialogueGraph/DialogueGraph.docc/AnsweringAQuestion.md"),
      encoding: .utf8)
    let block = article.components(separatedBy: "```swift\n")[1].components(separatedBy: "```")[0]
    #expect(block == source)
    let readme = try String(contentsOf: Self.root.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(readme.contains(source), "the README shows the example as it is")
  }
}
