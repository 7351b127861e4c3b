import Testing

@testable import DialogueReport

/// Words and numbers the report composes from vocabulary labels.
@Suite struct ReportWordingTests {
  @Test func pluralChangesTheHeadNounOfAVocabularyLabel() {
    #expect(ReportContext.plural("mobility partnership") == "mobility partnerships")
    #expect(ReportContext.plural("regional dialogue process") == "regional dialogue processes")
    #expect(ReportContext.plural("GAMM thematic priority") == "GAMM thematic priorities")
    #expect(
      ReportContext.plural("common agenda on migration and mobility")
        == "common agendas on migration and mobility")
    #expect(ReportContext.plural("node (from a bare edge list)") == "nodes (from a bare edge list)")
    #expect(ReportContext.plural("EU member state") == "EU member states")
    #expect(ReportContext.plural("global process or forum") == "global processes or forums")
    #expect(ReportContext.plural("third country or territory") == "third countries or territories")
    #expect(
      ReportContext.plural("civil-society or research organisation")
        == "civil-society or research organisations")
    #expect(ReportContext.plural("key") == "keys")
  }

  @Test func numbersUseAPointAndFixedDecimals() {
    #expect(ReportContext.decimal(0.123456, 3) == "0.123")
    #expect(ReportContext.decimal(.nan) == "–")
    #expect(ReportContext.percent(0.4) == "40%")
    #expect(
      ReportContext.count(1, "node") == "1 node" && ReportContext.count(2, "priority") == "2 priorities")
  }
}
