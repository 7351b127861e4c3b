import Foundation
import Testing

/// `dialogue explore` through the real binary: the file it writes, and its failures. The page
/// itself is tested in headless Chromium by Tests/explorer/test_explorer.py.
@Suite struct ExploreCommandTests {
  @Test func writesOneSelfContainedPageForTheDatasetAndDate() throws {
    let folder = try TemporaryFolder.make()
    let result = try CLIRunner.run(
      ["explore", "--dataset", "circular-migration-2007", "--as-of", "2007", "--output", "cm.html"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    let html = try String(contentsOf: folder.appendingPathComponent("cm.html"), encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains(#""dataset":"circular-migration-2007""#))
    #expect(html.contains(#""initialDate":"2007-12-31""#))
    #expect(html.contains("<svg"))
    #expect(html.contains("default-src 'none'"))
    // Nothing is fetched: no external address anywhere in the page's markup or script.
    #expect(!html.contains("src=\"http") && !html.contains("href=\"http"))
  }

  @Test func failuresLeaveNoFileAndSayWhy() throws {
    let folder = try TemporaryFolder.make()
    let target = folder.appendingPathComponent("explorer.html")
    try Data("old".utf8).write(to: target)
    let badDate = try CLIRunner.run(["explore", "--as-of", "31/12/2013", "--output", target.path])
    #expect(badDate.status == 64)
    let badDataset = try CLIRunner.run(["explore", "--dataset", "no-such-dataset", "--output", target.path])
    #expect(badDataset.status == 1)
    #expect(badDataset.stderrLines.count == 1)
    #expect(try String(contentsOf: target, encoding: .utf8) == "old")
    let nowhere = try CLIRunner.run([
      "explore", "--dataset", "circular-migration-2007", "--output",
      folder.appendingPathComponent("missing/x.html").path,
    ])
    #expect(nowhere.status == 73)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["explorer.html"])
  }
}
