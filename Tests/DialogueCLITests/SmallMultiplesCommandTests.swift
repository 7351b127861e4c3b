import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `small-multiples` through the real binary: one panel per year-end with the same rows and
/// columns in each, the cells agreeing with `gaps --matrix` on each date, text ≥ 7 pt on A4.
@Suite struct SmallMultiplesCommandTests {
  @Test func panelsShareOneLayoutAndAgreeWithTheMatrix() throws {
    let folder = try TemporaryFolder.make()
    let file = folder.appendingPathComponent("sm.svg")
    let result = try CLIRunner.run([
      "small-multiples", "--dataset", Repository.gamm.path, "--from", "2008", "--to", "2013", "--output", file.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let document = try XMLDocument(contentsOf: file)
    let svg = try #require(document.rootElement())
    let text = try String(contentsOf: file, encoding: .utf8)
    #expect(text.contains(#"viewBox="0 0 842 595""#))  // A4 landscape in points
    let tooltips = "//*[local-name()='rect']/*[local-name()='title']"
    let rects = try svg.nodes(forXPath: tooltips).compactMap { (node: XMLNode) in node.stringValue }
    // Six panels of 28 member states (HR drawn blank before its accession) × 6 partnerships.
    let cells = rects.filter { $0.contains(" — ") }
    #expect(cells.count == 6 * 28 * 6)
    // AT is absent from every partnership at the end of 2013; FR joined Cape Verde by 2008.
    #expect(cells.contains("Austria — Mobility partnership EU–Morocco, 2013-12-31: absent (recorded)"))
    #expect(cells.contains("France — Mobility partnership EU–Cape Verde, 2008-12-31: joined"))
    #expect(cells.contains("Croatia — Mobility partnership EU–Cape Verde, 2012-12-31: not eligible"))
    let sizes = try svg.nodes(forXPath: "//*[local-name()='text']/@font-size").compactMap {
      Double($0.stringValue ?? "")
    }
    #expect(!sizes.isEmpty && sizes.allSatisfy { $0 >= 7 })
  }
}
