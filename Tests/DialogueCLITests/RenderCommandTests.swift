import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// `dialogue render`, `report` and `main` through the real binary: the files a user gets, read back.
@Suite struct RenderCommandTests {
  /// The node titles (dataset ids), the stroke colours per node, and all texts of an SVG.
  final class SVGContent: NSObject, XMLParserDelegate {
    var nodeTitles: [String] = []
    var strokes: [String: Set<String>] = [:]
    var texts: [String] = []
    private var inNode = false
    private var depth = 0
    private var nodeDepth = 0
    private var current = ""
    private var buffer = ""

    init(_ data: Data) throws {
      super.init()
      let parser = XMLParser(data: data)
      parser.delegate = self
      guard parser.parse() else { throw CocoaError(.fileReadCorruptFile) }
    }

    func parser(
      _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
      attributes: [String: String] = [:]
    ) {
      depth += 1
      buffer = ""
      if name == "g", attributes["class"] == "node" {
        inNode = true
        nodeDepth = depth
        current = ""
      }
      if inNode, let stroke = attributes["stroke"], !current.isEmpty { strokes[current, default: []].insert(stroke) }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { buffer += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
      if name == "title", inNode, current.isEmpty {
        current = buffer
        nodeTitles.append(buffer)
      }
      if name == "text" { texts.append(buffer) }
      if name == "g", inNode, depth == nodeDepth { inNode = false }
      depth -= 1
    }
  }

  static let red = "#cb181d"

  @Test func twoModeDiagramHighlightsTheFiveDisengagedMemberStates() throws {
    let folder = try TemporaryFolder.make()
    let file = folder.appendingPathComponent("mp.svg")
    let result = try CLIRunner.run([
      "render", "--view", "two-mode", "--highlight", "disengaged", "--as-of", "2013-12-31", "--output", file.path,
    ])
    #expect(result.status == 0, "\(result.stderr)")
    let svg = try SVGContent(try Data(contentsOf: file))
    // The five member states of COM(2014) 96 §5.2.2, as computed by `dialogue gaps` (not typed here).
    let gaps = try #require(
      try CLIRunner.json(["gaps", "--as-of", "2013-12-31", "--format", "json"]) as? [[String: Any]])
    let disengaged = Set(gaps.filter { $0["disengaged"] as? Bool == true }.compactMap { $0["id"] as? String })
    #expect(disengaged.count == 5)
    let memberStates = Set(gaps.compactMap { $0["id"] as? String })
    #expect(memberStates.isSubset(of: Set(svg.nodeTitles)), "every member state is drawn")
    for id in memberStates {
      #expect((svg.strokes[id] ?? []).contains(Self.red) == disengaged.contains(id), "\(id)")
    }
    #expect(svg.nodeTitles.contains("legend"))
    #expect(svg.texts.contains("joined no mobility partnership"))
    #expect(svg.texts.contains { $0.contains("as of 2013-12-31") })
  }

  @Test func sameOptionsGiveByteIdenticalFilesAcrossRuns() throws {
    let folder = try TemporaryFolder.make()
    for view in [["--view", "network", "--size-by", "degree"], ["--focus", "MD", "--radius", "2"]] {
      var outputs: [Data] = []
      for run in 0..<2 {
        let file = folder.appendingPathComponent("run\(run).svg")
        let result = try CLIRunner.run(["render"] + view + ["--output", file.path])
        #expect(result.status == 0, "\(result.stderr)")
        outputs.append(try Data(contentsOf: file))
      }
      #expect(outputs[0] == outputs[1], "\(view) differs between two runs")
    }
  }

  @Test func everyFormatHasItsSignatureAndNoTemporaryFileIsLeft() throws {
    let folder = try TemporaryFolder.make()
    let signatures: [(String, [UInt8])] = [
      ("svg", Array("<?xml".utf8)), ("png", [0x89, 0x50, 0x4E, 0x47]), ("pdf", Array("%PDF".utf8)),
      ("dot", Array("digraph".utf8)),
    ]
    for (format, signature) in signatures {
      let file = folder.appendingPathComponent("moldova.\(format)")
      let result = try CLIRunner.run(["render", "--focus", "MD", "--format", format, "--output", file.path])
      #expect(result.status == 0, "\(format): \(result.stderr)")
      #expect(try Data(contentsOf: file).starts(with: signature), "\(format)")
    }
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(names.sorted() == ["moldova.dot", "moldova.pdf", "moldova.png", "moldova.svg"])
  }

  @Test func badRenderRequestsAreOneLineErrorsAndLeaveTheOldFile() throws {
    let folder = try TemporaryFolder.make()
    let file = folder.appendingPathComponent("keep.svg")
    try Data("old".utf8).write(to: file)
    let unknown = try CLIRunner.run(["render", "--focus", "XX", "--output", file.path])
    #expect(unknown.status == 1)
    #expect(
      unknown.stderrLines == [#"dialogue: error: unknown node "XX" — expected an id from the dataset's nodes.csv"#])
    let usage = try CLIRunner.run(["render", "--engine", "nonsense", "--output", file.path])
    #expect(usage.status == 64)
    #expect(try String(contentsOf: file, encoding: .utf8) == "old")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["keep.svg"])
  }

  @Test func mainJobPrintsTheDisengagedAndWritesDiagramsAndReport() throws {
    let folder = try TemporaryFolder.make()
    let result = try CLIRunner.run(["main", "--output", "out"], in: folder)
    #expect(result.status == 0, "\(result.stderr)")
    // The five first, then the ranking.
    #expect(result.stdout.hasPrefix("5 EU member states joined no mobility partnership: "))
    let out = folder.appendingPathComponent("out")
    #expect(result.stdout.contains("Written to \(out.path)/"))
    // The folder's own marker (.dialogue-output) aside, exactly these files.
    let names = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { !$0.hasPrefix(".") }.sorted()
    #expect(
      names == [
        "disengaged.csv", "explorer.html", "mobility-partnerships.svg", "network.svg",
        "participation-by-year.svg", "report.html",
      ])
    let html = try String(contentsOf: out.appendingPathComponent("report.html"), encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("<svg") && !html.contains("<script"))
    _ = try SVGContent(try Data(contentsOf: out.appendingPathComponent("network.svg")))
    let explorer = try String(contentsOf: out.appendingPathComponent("explorer.html"), encoding: .utf8)
    #expect(explorer.contains(#""initialDate":"2013-12-31""#))
  }
}
