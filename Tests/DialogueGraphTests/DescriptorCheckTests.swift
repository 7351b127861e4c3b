import Foundation
import Testing

@testable import DialogueGraph

/// A dataset's `datapackage.json` must agree with its tables (the descriptor is part of the format).
@Suite struct DescriptorCheckTests {
  static let nodes = "id,kind,label,citation,confidence\nDE,member-state,Germany,EU treaties,high\n"
  static let edges = "source,target,kind,citation,confidence\n"

  func folder(descriptor: String?) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("descriptor-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    try Data(Self.nodes.utf8).write(to: url.appendingPathComponent("nodes.csv"))
    try Data(Self.edges.utf8).write(to: url.appendingPathComponent("edges.csv"))
    if let descriptor { try Data(descriptor.utf8).write(to: url.appendingPathComponent("datapackage.json")) }
    return url
  }

  func descriptor(nodeFields: [String]) -> String {
    let fields = nodeFields.map { #"{"name": "\#($0)", "type": "string"}"# }.joined(separator: ",\n        ")
    return """
      {
        "resources": [
          {"path": "nodes.csv", "schema": {"fields": [
            \(fields)
          ]}}
        ]
      }
      """
  }

  func problems(_ url: URL) -> [String] {
    do {
      _ = try DialogueNetwork.load(from: url)
      return []
    } catch {
      guard case .invalid(let problems, _) = error else { return ["\(error)"] }
      return problems.map(\.description)
    }
  }

  @Test func aMatchingDescriptorOrNoneLoads() throws {
    #expect(problems(try folder(descriptor: nil)).isEmpty)
    #expect(
      problems(try folder(descriptor: descriptor(nodeFields: ["id", "kind", "label", "citation", "confidence"])))
        .isEmpty)
  }

  @Test func aFieldTheTableLacksIsReportedWhereTheDescriptorNamesIt() throws {
    let text = descriptor(nodeFields: ["id", "kind", "label", "citation", "confidence", "region"])
    let url = try folder(descriptor: text)
    // Where a reader finds it: the line holding `"name": "region"`, and the column of its `"name"`.
    let lines = text.components(separatedBy: "\n")
    let line = try #require(lines.firstIndex { $0.contains(#""name": "region""#) })
    let column = try #require(lines[line].range(of: #""name""#)).lowerBound.utf16Offset(in: lines[line]) + 1
    let found = problems(url)
    #expect(found.count == 1)
    #expect(
      found.first?.hasPrefix(
        "datapackage.json:\(line + 1):\(column): field \"region\" of nodes.csv is not in that file")
        == true, "\(found)")
  }

  @Test func aColumnTheDescriptorLeavesOutAndBrokenJSONAreReported() throws {
    let missing = problems(try folder(descriptor: descriptor(nodeFields: ["id", "kind", "label", "citation"])))
    #expect(missing.contains { $0.contains(#"column "confidence" of nodes.csv is missing from the descriptor"#) })
    let broken = problems(try folder(descriptor: #"{"resources": ["#))
    #expect(broken.first?.hasPrefix("datapackage.json:1:1: the descriptor cannot be read") == true)
  }
}
