import Foundation
import Testing

/// `render --page`, `--view overview`, `--colour-by` and `--label-width` through the real binary,
/// read back from the SVG it writes: text sizes at print size, the legend, the title.
@Suite struct RenderPageTests {
  /// The smallest text of a Graphviz SVG in points once printed: font-size × the drawing's scale.
  static func smallestPrintedPoints(_ svg: String) -> Double? {
    guard
      let scale = svg.firstMatch(of: /class="graph" transform="scale\(([0-9.]+)/).flatMap({ Double($0.1) }),
      let smallest = svg.matches(of: /<text[^>]*font-size="([0-9.]+)"/).compactMap({ Double($0.1) }).min()
    else { return nil }
    return smallest * scale
  }

  @Test(arguments: ["a4-portrait", "a4-landscape", "slide"])
  func overviewAndTwoModeFitEveryPageWithoutAWarning(page: String) throws {
    let folder = try TemporaryFolder.make()
    for view in ["overview", "two-mode"] {
      let file = folder.appendingPathComponent("\(view)-\(page).svg")
      let result = try CLIRunner.run([
        "render", "--dataset", Repository.gamm.path, "--view", view, "--page", page, "--output", file.path,
      ])
      #expect(result.status == 0, "\(result.stderr)")
      #expect(!result.stderr.contains("warning"), "\(view) on \(page): \(result.stderr)")
      let svg = try String(contentsOf: file, encoding: .utf8)
      let points = try #require(Self.smallestPrintedPoints(svg))
      #expect(points >= 7, "\(view) on \(page): \(points) pt")
      #expect(svg.contains("<title>legend</title>"))
    }
  }

  @Test func overviewSaysWhereEveryNodeIsAndMainWritesIt() throws {
    let folder = try TemporaryFolder.make()
    let file = folder.appendingPathComponent("overview.svg")
    let result = try CLIRunner.run([
      "render", "--dataset", Repository.gamm.path, "--view", "overview", "--as-of", "2013-12-31", "--output", file.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let svg = try RenderCommandTests.SVGContent(try Data(contentsOf: file))
    #expect(svg.nodeTitles.contains("group:member-state"))
    #expect(svg.texts.contains { $0.contains("EU member states (28)") })
    #expect(svg.texts.contains { $0.contains("interactive") })
  }

  @Test func colourByCommunityIsReproducibleWithItsSeedAndLegend() throws {
    let folder = try TemporaryFolder.make()
    var files: [String] = []
    for run in 1...2 {
      let file = folder.appendingPathComponent("c\(run).svg")
      let result = try CLIRunner.run([
        "render", "--dataset", Repository.gamm.path, "--region", "eastern-partnership", "--colour-by", "community",
        "--seed", "3", "--page", "a4-landscape", "--output", file.path,
      ])
      #expect(result.status == 0, "\(result.stderr)")
      files.append(try String(contentsOf: file, encoding: .utf8))
    }
    #expect(files[0] == files[1])
    #expect(files[0].contains("Colour: community (Louvain, seed 3)"))
    #expect(files[0].contains("Eastern Partnership countries: its countries, their frameworks"))
    #expect(!files[0].contains("whole network"))
  }

  @Test func labelWidthWrapsLabelsAndRejectsNonsense() throws {
    let folder = try TemporaryFolder.make()
    let file = folder.appendingPathComponent("w.svg")
    let result = try CLIRunner.run([
      "render", "--dataset", Repository.gamm.path, "--view", "two-mode", "--label-width", "10", "--output", file.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let svg = try RenderCommandTests.SVGContent(try Data(contentsOf: file))
    // "Mobility partnership EU–Moldova" is drawn as three lines of at most about 10 characters.
    #expect(svg.texts.contains("Mobility") && svg.texts.contains("partnership"))
    let bad = try CLIRunner.run([
      "render", "--dataset", Repository.gamm.path, "--label-width", "2", "--output", file.path,
    ])
    #expect(bad.status == 64 && bad.stderr.contains("--label-width"))
  }
}
