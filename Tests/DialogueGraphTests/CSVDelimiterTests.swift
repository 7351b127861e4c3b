import Foundation
import Testing

@testable import DialogueGraph

/// Semicolon- and tab-separated tables (what Excel writes in much of Europe), detected or forced.
/// Serialized: one test sets the process-wide ``CSVDelimiter/forced``.
@Suite(.serialized) struct CSVDelimiterTests {
  @Test func semicolonAndTabSeparatedEdgeListsLoad() throws {
    for (name, separator) in [("semicolon.csv", ";"), ("tab.tsv", "\t")] {
      let text =
        ["source", "target", "weight"].joined(separator: separator) + "\n"
        + ["Söderköping", "EU–Armenia", "2.5"].joined(separator: separator) + "\n"
        + ["\"a;b\"", "c", "1"].joined(separator: separator) + "\n"
      let folder = try CoreFixtures.folder([name: Array(text.utf8)])
      let network = try DialogueNetwork.load(from: folder.appendingPathComponent(name))
      #expect(network.edges.count == 2)
      #expect(network.index(of: "Söderköping") != nil && network.index(of: "EU–Armenia") != nil)
      #expect(network.index(of: "a;b") != nil)
    }
  }

  @Test func aForcedDelimiterThatDoesNotMatchSaysWhatTheHeaderWasSplitInto() throws {
    let folder = try CoreFixtures.folder(["list.csv": Array("source;target\na;b\n".utf8)])
    CSVDelimiter.forced = .comma
    defer { CSVDelimiter.forced = nil }
    do {
      _ = try DialogueNetwork.load(from: folder.appendingPathComponent("list.csv"))
      Issue.record("a header read at the wrong delimiter loaded")
    } catch {
      #expect(
        error.problems.first?.description
          == "list.csv:1: missing required column \"source\" (the header, split at ',', has 1 column: "
          + "\"source;target\"; if the file is separated by ';', say so with --delimiter) — expected the columns "
          + "source, target")
    }
  }

  @Test func detectionCountsDelimitersOutsideQuotesOnTheHeaderLine() {
    func detect(_ text: String) -> CSVDelimiter {
      Array(text.utf8).withUnsafeBufferPointer { CSVDelimiter.detect(in: $0) }
    }
    #expect(detect("id,kind,label\n") == .comma)
    #expect(detect("\u{FEFF}id;kind;label\r\na;b;c\n") == .semicolon)
    #expect(detect("\n\nid\tkind\n") == .tab)
    #expect(detect("\"a;b;c\",d\n") == .comma)
    #expect(detect("id\n") == .comma)
    #expect(detect("a,b;c;d\n") == .semicolon)
  }
}
