import Foundation
import Testing

@testable import DialogueGraph

/// The importers in process: the hostile export fixture reads back field for field, and thousands
/// of seeded mutations of valid files are either read or refused with a located ``DatasetError`` —
/// never a crash.
@Suite struct ImportRobustnessTests {
  static func write(_ text: String, as name: String) throws -> URL {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("import-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let url = folder.appendingPathComponent(name)
    try Data(text.utf8).write(to: url)
    return url
  }

  /// Text fields of a node or edge as XML can carry them (``XMLText`` replaces what XML forbids).
  static func fields(_ node: Node, xml: Bool) -> [String?] {
    let t: (String?) -> String? = { xml ? $0.map(XMLText.sanitized) : $0 }
    return [
      t(node.id), node.kind, t(node.label), node.subtype, node.start?.description, node.end?.description, node.status,
      t(node.city), node.amountEUR.map { "\($0)" }, t(node.citation), node.confidence, t(node.note),
      node.attributes.keys.sorted().map { "\($0)=\(t(node.attributes[$0]) ?? "")" }.joined(separator: ";"),
    ]
  }
  static func fields(_ edge: Edge, xml: Bool) -> [String?] {
    let t: (String?) -> String? = { xml ? $0.map(XMLText.sanitized) : $0 }
    return [
      t(edge.id), t(edge.source), t(edge.target), edge.kind, edge.role, edge.start?.description,
      edge.end?.description, edge.status, edge.amountEUR.map { "\($0)" }, "\(edge.weight)", t(edge.citation),
      edge.confidence, t(edge.note),
      edge.attributes.keys.sorted().map { "\($0)=\(t(edge.attributes[$0]) ?? "")" }.joined(separator: ";"),
    ]
  }

  @Test(arguments: ["graphml", "gexf", "json"])
  func hostileFixtureReadsBackFieldForField(format: String) throws {
    let network = try ExportFixture.networkWithoutNUL()
    let view = network.wholeView
    let text =
      switch format {
      case "graphml": try view.graphML()
      case "gexf": try view.gexf()
      default: try view.nodeLinkJSON()
      }
    let back = try DialogueNetwork.load(from: try Self.write(text, as: "fixture.\(format)"))
    let xml = format != "json"
    #expect(back.nodes.map { Self.fields($0, xml: false) } == network.nodes.map { Self.fields($0, xml: xml) })
    #expect(back.edges.map { Self.fields($0, xml: false) } == network.edges.map { Self.fields($0, xml: xml) })
    #expect(back.name == network.name)
  }

  @Test(arguments: ["graphml", "gexf", "json"])
  func mutatedFilesAreReadOrRefusedWithALocation(format: String) throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Datasets/circular-migration-2007")
    let view = try DialogueNetwork.load(from: folder).wholeView
    let valid = Array(
      (format == "graphml" ? try view.graphML() : format == "gexf" ? try view.gexf() : try view.nodeLinkJSON()).utf8)
    let url = try Self.write("", as: "mutant.\(format)")
    var random = SplitMix64(seed: 0x1B_0000 + UInt64(format.utf8.count))
    let insertions: [[UInt8]] = [
      Array("<".utf8), Array("&".utf8), Array("\"".utf8), Array("</node>".utf8), Array("{".utf8), Array("]".utf8),
      Array("&#0;".utf8), Array("<!ENTITY x \"y\">".utf8), [0xFF], [0xC3], [0], Array("kind=\"spaceship\"".utf8),
    ]
    var refused = 0
    for _ in 0..<300 {
      var bytes = valid
      for _ in 0..<(1 + Int(random.next() % 3)) {
        let at = Int(random.next() % UInt64(bytes.count))
        switch random.next() % 4 {
        case 0: bytes.removeSubrange(at..<min(bytes.count, at + 1 + Int(random.next() % 40)))
        case 1: bytes.insert(contentsOf: insertions[Int(random.next() % UInt64(insertions.count))], at: at)
        case 2: bytes[at] = UInt8(truncatingIfNeeded: random.next())
        default: bytes = Array(bytes.prefix(at))
        }
        if bytes.isEmpty { bytes = [UInt8(ascii: " ")] }
      }
      try Data(bytes).write(to: url)
      do {
        _ = try DialogueNetwork.load(from: url)
      } catch {
        refused += 1
        if case .invalid(let problems, _) = error {
          #expect(problems.first?.file == "mutant.\(format)", "\(error)")
          #expect(
            problems.first?.line != nil || problems.first?.message.contains("empty") == true
              || problems.first?.message.contains("ends") == true,
            "a problem without a line: \(error)")
        }
      }
    }
    #expect(refused > 100, "\(format): only \(refused) of 300 mutants refused")
  }
}
