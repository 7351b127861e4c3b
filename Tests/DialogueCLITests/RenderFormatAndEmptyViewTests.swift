import Foundation
import Testing

/// `render` through the real binary: the format follows the file's extension, a contradicting
/// `--format` is a usage error, and an empty view is written with a warning and exit status 3.
@Suite struct RenderFormatAndEmptyViewTests {
  @Test func formatFollowsTheExtension() throws {
    let folder = try TemporaryFolder.make()
    let png = folder.appendingPathComponent("mp.png")
    let result = try CLIRunner.run([
      "render", "--dataset", Repository.gamm.path, "--view", "two-mode", "--output", png.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let bytes = try Data(contentsOf: png)
    #expect(bytes.starts(with: [0x89, 0x50, 0x4E, 0x47]))  // PNG signature, not SVG text
    let pdf = folder.appendingPathComponent("mp.PDF")
    _ = try CLIRunner.run(["render", "--dataset", Repository.gamm.path, "--view", "two-mode", "--output", pdf.path])
    #expect(try Data(contentsOf: pdf).starts(with: Array("%PDF".utf8)))
  }

  @Test func formatContradictingTheExtensionIsAUsageError() throws {
    let folder = try TemporaryFolder.make()
    let file = folder.appendingPathComponent("x.png")
    let result = try CLIRunner.run([
      "render", "--dataset", Repository.gamm.path, "--format", "svg", "--output", file.path,
    ])
    #expect(result.status == 64)
    #expect(result.stderr.contains("--format svg contradicts the output file's extension .png"))
    #expect(!FileManager.default.fileExists(atPath: file.path))
  }

  @Test func emptyViewIsWrittenWithAWarningAndExitStatus3() throws {
    let folder = try TemporaryFolder.make()
    let file = folder.appendingPathComponent("ca.svg")
    let result = try CLIRunner.run([
      "render", "--dataset", Repository.gamm.path, "--view", "two-mode", "--framework-kind", "common-agenda",
      "--as-of", "2013-12-31", "--output", file.path,
    ])
    #expect(result.status == 3)
    #expect(result.stderr.contains("warning: the diagram shows no link"))
    #expect(FileManager.default.fileExists(atPath: file.path))
  }
}
