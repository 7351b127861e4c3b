import Foundation
import Testing

@testable import DialogueGraph

/// Thematic and geographic coverage, coverage change and status tables on the hand-built dataset
/// `Fixtures/metrics/small`.
@Suite struct MetricsCoverageTests {
  let network: DialogueNetwork
  init() throws { network = try MetricsFixtures.small() }

  @Test func thematicCoverageListsThemesMissingAndBalance() throws {
    let themes = try network.thematicCoverage(frameworkKind: "mobility-partnership", asOf: nil)
    #expect(themes.rows.map(\.framework) == ["mp-x", "mp-y", "mp-old"])  // mp-z is prospective
    #expect(themes.rows[0].ratio == 1 && themes.rows[0].missing.isEmpty)
    #expect(themes.rows[1].themes == ["legal-migration-and-mobility", "irregular-migration-and-trafficking"])
    #expect(themes.rows[1].missing == ["international-protection-and-asylum", "migration-and-development"])
    #expect(themes.rows[1].ratio == 0.5)
    #expect(themes.themeCounts == [2, 2, 1, 1])
    #expect(themes.balance == 0.5)
    #expect(themes.frameworksMissingAPriority.map(\.framework) == ["mp-y", "mp-old"])
    #expect(themes.table.columns.map(\.key) == ["framework", "label", "themes", "missing", "ratio"])
    let early = try network.thematicCoverage(frameworkKind: "mobility-partnership", asOf: .test(2009, 1, 1))
    #expect(early.rows.map(\.framework) == ["mp-x", "mp-old"])
    #expect(early.balance == 1)  // only mp-x addresses anything: every theme once
    let why = try network.explain(themes, framework: "mp-y")
    #expect(why.rows.map(\.location) == ["nodes.csv:11", "edges.csv:20", "edges.csv:21"])
    #expect(why.absences.count == 2)
  }

  @Test func frontexWorkingArrangementsAcrossARegionAsOfTwoDates() throws {
    let instrument = CoverageInstrument.actor("frontex", edgeKind: "working-arrangement")
    let end2013 = try network.geographicCoverage(
      of: .region("eap"), by: instrument, asOf: .test(2013, 12, 31))
    #expect(end2013.covered == ["MD"])
    #expect(end2013.uncovered == ["BY", "GE"])  // BY: a negotiating mandate only; GE: from 2014
    #expect(abs(end2013.ratio - 1.0 / 3) < 1e-12)
    #expect(
      end2013.json.serialized() == #"{"ratio":0.3333333333333333,"covered":["MD"],"uncovered":["BY","GE"]}"#)
    let change = try network.coverageChange(
      of: .region("eap"), by: instrument, from: .test(2013, 12, 31), to: .test(2015, 1, 1))
    #expect(change.gained == ["GE"] && change.lost.isEmpty)
    #expect(abs(change.ratioChange - 1.0 / 3) < 1e-12)
    #expect(change.table.rows.count == 3)
    let why = try network.explain(end2013, country: "MD")
    #expect(why.rows.map(\.role) == ["country", "in-region", "covers"])
    #expect(why.rows.last?.citation == "cite WA MD")
    let whyNot = try network.explain(end2013, country: "BY")
    #expect(whyNot.statement == "BY is not covered by a working-arrangement with frontex on 2013-12-31")
    #expect(whyNot.absences.count == 1)
  }

  @Test func instrumentsParseAsEdgeKindFrameworkKindOrActor() throws {
    #expect(
      try CoverageInstrument(parsing: "working-arrangement", in: network) == .edgeKind("working-arrangement"))
    #expect(
      try CoverageInstrument(parsing: "mobility-partnership", in: network)
        == .frameworkKind("mobility-partnership"))
    #expect(try CoverageInstrument(parsing: "frontex", in: network) == .actor("frontex"))
    let error = #expect(throws: MetricError.self) { try CoverageInstrument(parsing: "frontexx", in: network) }
    #expect(error?.description.contains("\"frontexx\"") == true)
    #expect(error?.description.contains("working-arrangement") == true)
  }

  @Test func frameworkKindCoverageOfACountryListWithAliases() throws {
    let list = CountrySet.countries(["md", "MA"])
    let before = try network.geographicCoverage(
      of: list, by: .frameworkKind("mobility-partnership"), asOf: .test(2013, 1, 1))
    #expect(before.covered == ["MD"] && before.uncovered == ["MA"])
    let after = try network.geographicCoverage(
      of: list, by: .frameworkKind("mobility-partnership"), asOf: .test(2013, 7, 1))
    #expect(after.ratio == 1)
    let region = try network.geographicCoverage(
      of: .region("eap"), by: .frameworkKind("mobility-partnership"), asOf: nil)
    #expect(region.covered == ["MD"])  // BY's partnership is prospective
    let edgeKind = try network.geographicCoverage(
      of: .region("eap"), by: .edgeKind("working-arrangement"), asOf: nil)
    #expect(edgeKind.covered == ["MD", "GE"])
    // An undated link to a country does not borrow the country's start (HR's accession): the
    // working arrangement with HR holds through its `end` day (2013-07-01, read as ending on
    // 2013-07-02, see SCHEMA.md "Dates").
    let hr = CountrySet.countries(["hr"])
    #expect(
      try network.geographicCoverage(of: hr, by: .actor("frontex"), asOf: .test(2012, 1, 1)).covered == ["HR"]
    )
    #expect(
      try network.geographicCoverage(of: hr, by: .actor("frontex"), asOf: .test(2013, 7, 1)).covered == ["HR"]
    )
    #expect(
      try network.geographicCoverage(of: hr, by: .actor("frontex"), asOf: .test(2013, 7, 2)).uncovered == [
        "HR"
      ])
  }

  @Test func unknownRegionCountryAndActorAreClearErrors() throws {
    #expect(throws: MetricError.unknownRegion("eastern", valid: ["eap"])) {
      try network.geographicCoverage(of: .region("eastern"), by: .edgeKind("working-arrangement"), asOf: nil)
    }
    #expect(throws: MetricError.unknownCountry("XX")) {
      try network.geographicCoverage(
        of: .countries(["MD", "XX"]), by: .edgeKind("working-arrangement"), asOf: nil)
    }
    #expect(throws: MetricError.unknownNode("nobody")) {
      try network.geographicCoverage(of: .region("eap"), by: .actor("nobody"), asOf: nil)
    }
    #expect(throws: MetricError.self) {
      try network.geographicCoverage(of: .region("eap"), by: .edgeKind("bogus"), asOf: nil)
    }
    #expect(
      MetricError.unknownRegion("a\u{1B}b", valid: []).description
        == "unknown region \"a\\u{1b}b\" — expected one of: (none in this dataset)")
  }

  @Test func statusTableAsPrintedAndDerivedFromDates() throws {
    let printed = try network.statusTable(frameworkKind: "mobility-partnership")
    #expect(printed.rows.map(\.country) == ["MD", "MA", "BY"])
    #expect(printed.rows.map(\.status) == ["Indgået", "Indgået", "Overvejes for 2014"])
    #expect(printed.row(of: "md")?.since == "2008-06-05")
    #expect(printed.row(of: "MD")?.citation == "Annex I MD")
    #expect(printed.table.columns.map(\.key) == ["country", "label", "status", "since", "citation"])
    let derived = try network.statusTable(frameworkKind: "mobility-partnership", asOf: .test(2013, 1, 1))
    #expect(derived.row(of: "MD")?.statusId == "concluded")
    #expect(derived.row(of: "MD")?.citation == "test MP X")
    #expect(derived.row(of: "MA")?.statusId == "negotiating")  // the draft of 2012-11 is part of mp-y
    #expect(derived.row(of: "MA")?.status == "under negotiation")
    #expect(derived.row(of: "MA")?.since == "2012-11")
    #expect(derived.row(of: "BY")?.statusId == nil)
    #expect(derived.row(of: "BY")?.status == "")
    let why = try network.explain(derived, country: "MA")
    #expect(why.rows.map(\.location) == ["nodes.csv:11", "nodes.csv:17"])
  }

  /// The metrics read kinds from the vocabulary, not from code: a dataset whose own vocabulary
  /// calls its frameworks "compact" and its themes "pillar" works with matching conventions.
  @Test func anotherVocabularyWorksThroughConventions() throws {
    var conventions = MetricConventions()
    conventions.memberStateKind = "state"
    conventions.participationEdgeKind = "joins"
    conventions.addressesEdgeKind = "covers"
    conventions.themeKind = "pillar"
    let vocabulary = Vocabulary(
      nodeKinds: [
        .init(id: "state", label: "state", framework: false, country: true),
        .init(id: "compact", label: "compact", framework: true, country: false),
        .init(id: "pillar", label: "pillar", framework: false, country: false),
      ],
      edgeKinds: [
        .init(id: "joins", label: "joins", directed: true),
        .init(id: "covers", label: "covers", directed: true),
      ],
      roles: [.init(id: "member", label: "member")], confidences: ["seed"], conventions: conventions)
    let network = try DialogueNetwork(
      nodes: [
        Node(
          id: "AA", kind: "state", label: "A", start: PartialDate("2000"), citation: "c", confidence: "seed"),
        Node(
          id: "BB", kind: "state", label: "B", start: PartialDate("2000"), citation: "c", confidence: "seed"),
        Node(
          id: "k1", kind: "compact", label: "K1", start: PartialDate("2010"), citation: "c",
          confidence: "seed"),
        Node(id: "p1", kind: "pillar", label: "P1", citation: "c", confidence: "seed"),
        Node(id: "p2", kind: "pillar", label: "P2", citation: "c", confidence: "seed"),
      ],
      edges: [
        Edge(
          id: "e1", source: "AA", target: "k1", kind: "joins", role: "member", citation: "c",
          confidence: "seed"),
        Edge(id: "e2", source: "k1", target: "p2", kind: "covers", citation: "c", confidence: "seed"),
      ], vocabulary: vocabulary)
    let gaps = try network.participationGaps(
      frameworkKind: "compact", asOf: .test(2011, 1, 1))
    #expect(
      gaps.rows.map { "\($0.id) \($0.joined)/\($0.eligible) \($0.disengaged)" } == [
        "BB 0/1 true", "AA 1/1 false",
      ])
    let themes = try network.thematicCoverage(frameworkKind: "compact", asOf: nil)
    #expect(themes.rows.first?.missing == ["p1"])
    #expect(throws: MetricError.unknownFrameworkKind("mobility-partnership", valid: ["compact"])) {
      try network.participationGaps(
        frameworkKind: "mobility-partnership", asOf: nil)
    }
  }
}
