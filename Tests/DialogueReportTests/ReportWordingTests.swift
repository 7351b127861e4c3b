import DialogueGraph
import Testing

@testable import DialogueReport

/// Words and numbers the report composes from vocabulary labels.
@Suite struct ReportWordingTests {
  /// Plurals come from the vocabulary (its `plural` per kind), not from an English rule in code.
  @Test func pluralsComeFromTheVocabulary() throws {
    let network = try DialogueNetwork(
      nodes: [Node(id: "p", kind: "regional-process", label: "P", citation: "test", confidence: "high")], edges: [])
    let context = ReportContext(network: network, options: ReportOptions())
    #expect(context.kindPlural("regional-process") == "regional dialogue processes")
    #expect(context.kindPlural("common-agenda") == "common agendas on migration and mobility")
    #expect(context.kindPlural("third-country") == "third countries and territories")
    #expect(context.count(1, kind: "mobility-partnership") == "1 mobility partnership")
    #expect(context.count(2, kind: "thematic-priority") == "2 GAMM thematic priorities")
    for kind in Vocabulary.default.nodeKinds { #expect(kind.plural != nil, "\(kind.id) has no plural") }
  }

  @Test func numbersUseAPointAndFixedDecimals() {
    #expect(ReportContext.decimal(0.123456, 3) == "0.123")
    #expect(ReportContext.decimal(.nan) == "–")
    #expect(ReportContext.percent(0.4) == "40%")
    #expect(ReportContext.count(1, "node", "nodes") == "1 node" && ReportContext.count(2, "link", "links") == "2 links")
  }
}
