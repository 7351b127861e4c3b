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

  @Test func hideIsolatedLeavesOutUnlinkedNodesAndSaysSoInTheTitle() throws {
    let folder = try TemporaryFolder.make()
    func nodes(_ extra: [String]) throws -> (count: Int, svg: String) {
      let file = folder.appendingPathComponent("rp.svg")
      let result = try CLIRunner.run(
        [
          "render", "--dataset", Repository.gamm.path, "--view", "two-mode", "--framework-kind", "regional-process",
          "--output", file.path,
        ] + extra)
      #expect(result.status == 0, "\(result.stderr)")
      let svg = try String(contentsOf: file, encoding: .utf8)
      return (svg.components(separatedBy: #"class="node""#).count - 1, svg)
    }
    let all = try nodes([]), linked = try nodes(["--hide-isolated"])
    #expect(linked.count < all.count)
    #expect(linked.svg.contains("unlinked nodes hidden"))
  }

  @Test func pageFitsTheDrawingAndWarnsWhenLabelsPrintBelow7Points() throws {
    let folder = try TemporaryFolder.make()
    let file = folder.appendingPathComponent("net.svg")
    let result = try CLIRunner.run([
      "render", "--dataset", Repository.gamm.path, "--page", "a4-landscape", "--output", file.path,
    ])
    #expect(result.status == 0)
    let svg = try String(contentsOf: file, encoding: .utf8)
    let width = try #require(svg.firstMatch(of: /<svg width="([0-9.]+)pt"/).flatMap { Double($0.1) })
    #expect(width <= 10.75 * 72 + 1)  // the printable width of A4 landscape
    #expect(result.stderr.contains("warning: fitted to a4-landscape, the smallest labels print at"))
    // The warning's figure is the smallest font-size × the drawing's scale, read from the SVG.
    let scale = try #require(svg.firstMatch(of: /class="graph" transform="scale\(([0-9.]+)/).flatMap { Double($0.1) })
    let smallest = try #require(svg.matches(of: /<text[^>]*font-size="([0-9.]+)"/).compactMap { Double($0.1) }.min())
    #expect(result.stderr.contains(String(format: "print at %.1f pt", smallest * scale)))
  }
}
