import Foundation
import Testing

@testable import DialogueGraph

/// A small network whose text is as hostile as dataset text can be: XML and DOT metacharacters,
/// line breaks of every kind, control characters, non-BMP characters, Danish, Arabic, bidi marks,
/// formula-looking cells, surrounding blanks, parallel edges, a self-loop and partial dates.
enum ExportFixture {
  static let hostileLabel = "Kosovo \"<b>&amp;</b>\" 'q' \\ back\\slash\nline two\r\nthree\rfour\tend"
  static let controlLabel = "bell\u{07} esc\u{1B} soh\u{01} del\u{7F} nel\u{85} nonchars\u{FFFE}\u{FFFF}!"
  static let arabicLabel = "\u{200F}الحوار الأورومتوسطي\u{200E} (RTL \u{202E}override\u{202C}) 🇪🇺 e\u{0301}"
  static let nordicLabel = "  æøå ÆØÅ — Ærø  "
  static let controlId = "odd \"id\" \\ ctl\u{01} æ"

  /// Builds the network; `reverseAttributes` inserts extra attributes in the opposite order (the
  /// exports must not depend on dictionary order).
  static func network(reverseAttributes: Bool = false) throws -> DialogueNetwork {
    func attributes(_ pairs: [(String, String)]) -> [String: String] {
      var result: [String: String] = [:]
      for (k, v) in reverseAttributes ? pairs.reversed() : pairs { result[k] = v }
      return result
    }
    let nodes = [
      Node(
        id: "DE", kind: "member-state", label: "Germany", start: PartialDate("1958-01-01"),
        citation: "EU accession treaties", confidence: "high",
        attributes: attributes([
          ("wikidata", "Q183"), ("Zähler \"x\" <&>", "=SUM(A1:A9)"), ("aaa", "first, second"),
        ])),
      Node(
        id: "XK", kind: "third-country", label: hostileLabel, citation: "COM(2014) 96 §2.2",
        confidence: "seed",
        note: "+1 -2 @x", attributes: attributes([("wikidata", "Q1246")])),
      Node(
        id: "mp-md", kind: "mobility-partnership", label: nordicLabel, start: PartialDate("2008-06"),
        end: PartialDate("2013"), status: "concluded", citation: "COM(2014) 96 Annex I", confidence: "seed"),
      Node(
        id: "event-2013-11-13", kind: "event", label: arabicLabel, start: PartialDate("2013-11-13"),
        end: PartialDate("2013-11-14"), city: "Prague\rPraha", citation: "COM(2014) 96 fn 20",
        confidence: "medium"),
      Node(
        id: controlId, kind: "project", label: controlLabel, end: PartialDate("2012-02"),
        amountEUR: 1_500_000,
        citation: "COM(2007) 248 Annex II", confidence: "low", note: "a\u{0}b"),
      Node(
        id: "prog", kind: "funding-programme", label: "Programme", amountEUR: 0.1, citation: "c",
        confidence: "seed"),
    ]
    let edges = [
      Edge(
        id: "e1", source: "DE", target: "mp-md", kind: "participates-in", role: "signatory",
        start: PartialDate("2008-06"), citation: "IP/08/894", confidence: "high",
        attributes: attributes([("label", "first <edge>"), ("page", "12")])),
      Edge(
        id: "e2 \"parallel\"", source: "DE", target: "mp-md", kind: "participates-in", role: "partner",
        start: PartialDate("2009"), end: PartialDate("2012-02"), weight: 0.5, citation: hostileLabel,
        confidence: "seed", note: controlLabel),
      Edge(
        id: "e3", source: "DE", target: "mp-md", kind: "supports", citation: "c", confidence: "seed"),
      Edge(
        id: "e4", source: "prog", target: controlId, kind: "funds", start: PartialDate("2007-12-31"),
        amountEUR: 1e20, weight: 3, citation: "c", confidence: "seed", note: arabicLabel),
      Edge(
        id: "e5", source: "XK", target: "XK", kind: "supports", amountEUR: 2.5e-7, citation: "c",
        confidence: "seed"),
      Edge(
        id: "edges.csv:7", source: "XK", target: "event-2013-11-13", kind: "participates-in",
        end: PartialDate("2013-11-14"), citation: "c", confidence: "seed",
        attributes: attributes([("page", "  spaced  ")])),
    ]
    return try DialogueNetwork(nodes: nodes, edges: edges, name: "test <network> & \"co\"")
  }

  /// The network without the NUL in a note (dataset CSV cannot carry NUL).
  static func networkWithoutNUL() throws -> DialogueNetwork {
    let base = try network()
    var nodes = base.nodes
    for i in nodes.indices { nodes[i].note = nodes[i].note?.replacingOccurrences(of: "\u{0}", with: "") }
    return try DialogueNetwork(nodes: nodes, edges: base.edges, vocabulary: base.vocabulary, name: base.name)
  }

  /// The spells the GEXF must hold, computed by hand from the dates above (GEXF 1.3 bounds are
  /// inclusive: a dataset end is exclusive, read as the day after its period, so the spell ends on
  /// the period's last day). `"None"` is how networkx reads a missing bound.
  static let nodeSpells: [String: [String]] = [
    "DE": ["1958-01-01", "None"],
    "mp-md": ["2008-06-01", "2013-12-31"],
    "event-2013-11-13": ["2013-11-13", "2013-11-14"],
    controlId: ["None", "2012-02-29"],
  ]
  static let edgeSpells: [String: [String]] = [
    "e1": ["2008-06-01", "None"],
    "e2 \"parallel\"": ["2009-01-01", "2012-02-29"],
    "e4": ["2007-12-31", "None"],
    "edges.csv:7": ["None", "2013-11-14"],
  ]

  /// How the numbers are written as text (DOT), by hand.
  static let numberTexts: [Double: String] = [
    1_500_000: "1500000", 0.1: "0.1", 1e20: "1e+20", 2.5e-7: "2.5e-07",
    1: "1", 0.5: "0.5", 3: "3",
  ]
}

/// A value an export is expected to carry.
enum ExpectedValue: Equatable, CustomStringConvertible {
  case text(String)
  case number(Double)

  var description: String {
    switch self {
    case .text(let s): "text(\(s.debugDescription))"
    case .number(let d): "number(\(d))"
    }
  }

  /// Reads a value of a JSON summary.
  static func from(_ any: Any) -> ExpectedValue? {
    if let s = any as? String { return .text(s) }
    if let n = any as? NSNumber { return .number(n.doubleValue) }
    return nil
  }
}

/// The standard and extra fields of a node or edge, independently of the exporters' code.
enum ExpectedFields {
  static func of(_ node: Node) -> [String: ExpectedValue] {
    var fields: [String: ExpectedValue] = ["kind": .text(node.kind), "label": .text(node.label)]
    fields["subtype"] = node.subtype.map { .text($0) }
    fields["start"] = node.start.map { .text($0.description) }
    fields["end"] = node.end.map { .text($0.description) }
    fields["status"] = node.status.map { .text($0) }
    fields["city"] = node.city.map { .text($0) }
    fields["amount_eur"] = node.amountEUR.map { .number($0) }
    fields["citation"] = node.citation.isEmpty ? nil : .text(node.citation)
    fields["confidence"] = node.confidence.isEmpty ? nil : .text(node.confidence)
    fields["note"] = node.note.map { .text($0) }
    for (k, v) in node.attributes { fields[k] = .text(v) }
    return fields
  }

  static func of(_ edge: Edge) -> [String: ExpectedValue] {
    var fields: [String: ExpectedValue] = ["kind": .text(edge.kind), "weight": .number(edge.weight)]
    fields["role"] = edge.role.map { .text($0) }
    fields["start"] = edge.start.map { .text($0.description) }
    fields["end"] = edge.end.map { .text($0.description) }
    fields["status"] = edge.status.map { .text($0) }
    fields["amount_eur"] = edge.amountEUR.map { .number($0) }
    fields["citation"] = edge.citation.isEmpty ? nil : .text(edge.citation)
    fields["confidence"] = edge.confidence.isEmpty ? nil : .text(edge.confidence)
    fields["note"] = edge.note.map { .text($0) }
    for (k, v) in edge.attributes { fields[k] = .text(v) }
    return fields
  }

  /// `fields` with every text passed through `clean` (what a format does to text it cannot hold).
  static func cleaned(_ fields: [String: ExpectedValue], _ clean: (String) -> String) -> [String:
    ExpectedValue]
  {
    var result: [String: ExpectedValue] = [:]
    for (k, v) in fields {
      switch v {
      case .text(let s): result[clean(k)] = .text(clean(s))
      case .number: result[clean(k)] = v
      }
    }
    return result
  }
}

/// What XML 1.0 readers get back: characters XML forbids replaced by U+FFFD (written by hand, not
/// with the exporter's code).
func xmlReadBack(_ text: String) -> String {
  var out = String.UnicodeScalarView()
  for s in text.unicodeScalars {
    let v = s.value
    let allowed =
      v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v)
      || v >= 0x10000
    out.append(allowed ? s : "\u{FFFD}")
  }
  return String(out)
}

/// Runs `Fixtures/export/read_back.py MODE PATH` and returns its JSON answer. Fails (never skips)
/// when Python, networkx or another reader is missing.
enum ExportReadBack {
  struct Failure: Error, CustomStringConvertible { let description: String }

  static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/export/read_back.py")

  static func read(_ mode: String, _ path: URL) throws -> [String: Any] {
    let directory = FileManager.default.temporaryDirectory
    let outFile = directory.appendingPathComponent("export-readback-\(UUID().uuidString).json")
    let errFile = directory.appendingPathComponent("export-readback-\(UUID().uuidString).err")
    defer {
      try? FileManager.default.removeItem(at: outFile)
      try? FileManager.default.removeItem(at: errFile)
    }
    _ = FileManager.default.createFile(atPath: outFile.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errFile.path, contents: nil)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", script.path, mode, path.path]
    process.standardOutput = try FileHandle(forWritingTo: outFile)
    process.standardError = try FileHandle(forWritingTo: errFile)
    do { try process.run() } catch {
      throw Failure(
        description:
          "cannot start python3 (\(error)): install Python 3 with networkx, igraph and frictionless")
    }
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      let message = (try? String(contentsOf: errFile, encoding: .utf8)) ?? ""
      throw Failure(
        description:
          "read_back.py \(mode) failed with status \(process.terminationStatus) — are python3, networkx, "
          + "igraph, frictionless and Graphviz installed? \(message.suffix(2000))")
    }
    let data = try Data(contentsOf: outFile)
    guard let answer = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
      throw Failure(description: "read_back.py \(mode) printed an unexpected answer")
    }
    return answer
  }

  /// Writes `text` to a fresh temporary file with this extension and reads it back in `mode`.
  static func read(_ mode: String, text: String, extension ext: String) throws -> [String: Any] {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent(
      "export-\(UUID().uuidString).\(ext)")
    defer { try? FileManager.default.removeItem(at: file) }
    try Data(text.utf8).write(to: file)
    return try read(mode, file)
  }
}

/// A fresh temporary folder, removed by the caller.
func exportTemporaryFolder() throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("export-test-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}

/// Compares a read-back summary (`nodes`: id → attributes, `edges`: list) with expectations.
func expectSummary(
  _ summary: [String: Any], nodes expectedNodes: [String: [String: ExpectedValue]],
  edges expectedEdges: [String: (source: String, target: String, fields: [String: ExpectedValue])],
  ignoringNodeKeys: Set<String> = [], ignoringEdgeKeys: Set<String> = [], _ format: String
) {
  let nodes = summary["nodes"] as? [String: [String: Any]] ?? [:]
  #expect(Set(nodes.keys) == Set(expectedNodes.keys), "\(format): node ids")
  for (id, expected) in expectedNodes {
    guard let actual = nodes[id] else { continue }
    var values: [String: ExpectedValue] = [:]
    for (k, v) in actual where !ignoringNodeKeys.contains(k) { values[k] = ExpectedValue.from(v) }
    #expect(values == expected, "\(format): node \(id.debugDescription)")
  }
  let edges = summary["edges"] as? [[String: Any]] ?? []
  #expect(edges.count == expectedEdges.count, "\(format): edge count")
  var seen = Set<String>()
  for edge in edges {
    guard let key = edge["key"] as? String, let expected = expectedEdges[key] else {
      Issue.record("\(format): unexpected edge key \(String(describing: edge["key"]))")
      continue
    }
    seen.insert(key)
    #expect(edge["source"] as? String == expected.source, "\(format): source of \(key.debugDescription)")
    #expect(edge["target"] as? String == expected.target, "\(format): target of \(key.debugDescription)")
    var values: [String: ExpectedValue] = [:]
    for (k, v) in edge["data"] as? [String: Any] ?? [:] where !ignoringEdgeKeys.contains(k) {
      values[k] = ExpectedValue.from(v)
    }
    #expect(values == expected.fields, "\(format): edge \(key.debugDescription)")
  }
  #expect(seen.count == expectedEdges.count, "\(format): distinct edge keys")
}
