import Foundation
import Testing

@testable import DialogueGraph

/// Participation matrix, gaps and engagement on the hand-built dataset `Fixtures/metrics/small`:
/// DE (1958), AT (1995), GR (1981), HR (2013-07-01); mobility partnerships mp-x (2008-06-05),
/// mp-y (2013-06), mp-old (2005–2010) and the prospective mp-z (no start).
@Suite struct MetricsParticipationTests {
  let network: DialogueNetwork
  init() throws { network = try MetricsFixtures.small() }

  @Test func matrixAtTheEndOf2013CountsOnlyExistingFrameworksAndMembers() throws {
    let matrix = try network.participationMatrix(
      frameworkKind: "mobility-partnership", asOf: .test(2013, 12, 31))
    #expect(matrix.frameworks.map(\.id) == ["mp-x", "mp-y"])  // mp-old ended, mp-z prospective
    #expect(matrix.memberStates.map(\.id) == ["DE", "AT", "GR", "HR"])
    let figures = matrix.memberStates.map { "\($0.id) \($0.joined.count)/\($0.eligible.count)" }
    #expect(figures == ["DE 2/2", "AT 0/2", "GR 1/2", "HR 0/2"])
    #expect(matrix.row(of: "EL")?.rate == 0.5)
    let x = try #require(matrix.frameworks.first { $0.id == "mp-x" })
    #expect(x.memberStatesIn.map { network.nodes[$0].id } == ["DE", "GR"])
    #expect(x.memberStatesOut.map { network.nodes[$0].id } == ["AT", "HR"])
    #expect(x.share == 0.5)
    #expect(
      matrix.table.columns.map(\.key) == ["id", "label", "joined", "eligible", "not_recorded", "rate", "mp-x", "mp-y"])
    #expect(
      matrix.frameworkTable.rows[0] == [
        .text("mp-x"), .text("Mobility partnership X"), .text("recorded"), .integer(2), .integer(2), .integer(0),
        .number(0.5), .list(["DE", "GR"]), .list(["AT", "HR"]),
      ])
  }

  @Test func matrixEarlierLeavesOutLaterMembersAndLaterParticipation() throws {
    let matrix = try network.participationMatrix(
      frameworkKind: "mobility-partnership", asOf: .test(2009, 1, 1))
    #expect(matrix.frameworks.map(\.id) == ["mp-x", "mp-old"])
    #expect(matrix.row(of: "HR") == nil)  // not yet a member state
    // DE's mp-x row has no start: it counts from the partnership's 2008-06-05 start.
    #expect(matrix.row(of: "DE")?.joined.count == 2)
    #expect(matrix.row(of: "GR")?.joined.isEmpty == true)  // GR joined mp-x in 2010
  }

  @Test func matrixWithoutDateUsesOverlappingPeriods() throws {
    let matrix = try network.participationMatrix(frameworkKind: "mobility-partnership", asOf: nil)
    #expect(matrix.frameworks.map(\.id) == ["mp-x", "mp-y", "mp-old"])
    let hr = try #require(matrix.row(of: "HR"))
    #expect(hr.eligible.map { network.nodes[$0].id } == ["mp-x", "mp-y"])  // mp-old ended before 2013
    #expect(matrix.row(of: "DE")?.rate == 1)
    #expect(matrix.row(of: "AT")?.joined.isEmpty == true)  // its only row is to the prospective mp-z
  }

  @Test func gapsRankDisengagedFirstWithTheDocumentedScore() throws {
    let gaps = try network.participationGaps(frameworkKind: "mobility-partnership", asOf: .test(2013, 12, 31))
    #expect(gaps.rows.map(\.id) == ["HR", "AT", "GR", "DE"])
    #expect(gaps.disengaged.map(\.id) == ["HR", "AT"])
    #expect(gaps.row(of: "AT")?.absentFrom == ["mp-x", "mp-y"])
    // Hand computation (EngagementComponents): all frameworks with start ≤ d overlapping the
    // membership are mp-x, mp-y, mp-old, rp, p (HR: not mp-old).
    let de = try #require(gaps.row(of: "DE")).components
    #expect((de.frameworksJoined, de.frameworksEligible) == (4, 5))
    #expect((de.leadershipRoles, de.eventsHosted, de.fundsGiven, de.commitments) == (1, 1, 0, 0))
    #expect(abs(try #require(gaps.row(of: "DE")).score - (0.4 * 0.8 + 0.2 + 0.15)) < 1e-12)
    #expect(abs(try #require(gaps.row(of: "GR")).score - (0.4 * 0.4 + 0.15)) < 1e-12)
    #expect(abs(try #require(gaps.row(of: "AT")).score - 0.1) < 1e-12)
    #expect(try #require(gaps.row(of: "HR")).score == 0)
    #expect(try #require(gaps.row(of: "GR")).components.fundsEUR == 1_000_000)
  }

  @Test func gapsTableHasTheDocumentedFieldsInOrder() throws {
    let gaps = try network.participationGaps(frameworkKind: "mobility-partnership", asOf: .test(2013, 12, 31))
    let table = gaps.table
    #expect(
      Array(table.columns.map(\.key).prefix(9)) == [
        "id", "label", "joined", "eligible", "not_recorded", "rate", "score", "disengaged", "absent_from",
      ])
    #expect(
      table.columns.map(\.key).dropFirst(9) == [
        "participation_all", "leadership_roles", "events_hosted", "funds_given", "funds_eur", "commitments",
      ])
    let json = table.json.serialized()
    #expect(
      json.hasPrefix(
        #"[{"id":"HR","label":"Croatia","joined":0,"eligible":2,"not_recorded":0,"rate":0.0,"score":0.0,"disengaged":true,"absent_from":["mp-x","mp-y"]"#
      ))
  }

  @Test func weightsChangeTheRankingAndBadWeightsAreRejected() throws {
    let onlyFunding = EngagementWeights(
      participation: 0, leadership: 0, hosting: 0, funding: 1, commitments: 0, fundingMeasure: .euros)
    let gaps = try network.participationGaps(
      frameworkKind: "mobility-partnership", asOf: .test(2013, 12, 31), weights: onlyFunding)
    #expect(gaps.row(of: "GR")?.score == 1)
    #expect(gaps.row(of: "DE")?.score == 0)
    // DE and GR both joined; GR's score is now higher, so DE ranks first among the engaged.
    #expect(gaps.rows.map(\.id) == ["AT", "HR", "DE", "GR"])  // AT, HR tie at 0 → joined, then id
    let bad = EngagementWeights(participation: -1, leadership: 0, hosting: 0, funding: 0, commitments: 0)
    #expect(throws: MetricError.invalidWeight("participation", value: -1)) {
      try network.participationGaps(frameworkKind: "mobility-partnership", asOf: nil, weights: bad)
    }
  }

  @Test func unknownFrameworkKindNamesTheValidChoices() throws {
    let error = #expect(throws: MetricError.self) {
      try network.participationMatrix(frameworkKind: "mobility-partnerships", asOf: nil)
    }
    let text = try #require(error).description
    #expect(text.contains("\"mobility-partnerships\""))
    #expect(
      text.contains("mobility-partnership,") && text.contains("common-agenda") && text.contains("project"))
    #expect(throws: MetricError.self) {
      try network.participationMatrix(frameworkKind: "member-state", asOf: nil)
    }
  }

  @Test func contributionActivityAndUnderSupported() throws {
    let gaps = try network.participationGaps(frameworkKind: "mobility-partnership", asOf: .test(2013, 12, 31))
    let more = network.contributionAndActivityGaps(gaps, threshold: 1)
    #expect(more.contributionDataAvailable && more.activityDataAvailable)
    #expect(more.contributionGap.map(\.id) == ["DE"])  // GR funds p; DE funds nothing
    #expect(more.activityGap.map(\.id) == ["GR"])  // DE hosts event-1; GR hosts and attends nothing
    #expect(more.underSupported.map(\.id) == ["mp-y"])  // only DE joined it
    #expect(more.underSupported.first?.eligible == 4)
    #expect(more.table.rows.count == 2)
  }

  @Test func participationChangeBetweenTwoDates() throws {
    let change = try network.participationChange(
      frameworkKind: "mobility-partnership", from: .test(2009, 1, 1), to: .test(2013, 12, 31))
    let gr = try #require(change.rows.first { $0.id == "GR" })
    #expect((gr.joinedBefore, gr.joinedAfter) == (0, 1))
    let hr = try #require(change.rows.first { $0.id == "HR" })
    #expect((hr.joinedBefore, hr.rateBefore) == (0, 0))
    #expect(throws: MetricError.datesOutOfOrder(from: .test(2014, 1, 1), to: .test(2013, 1, 1))) {
      try network.participationChange(
        frameworkKind: "mobility-partnership", from: .test(2014, 1, 1), to: .test(2013, 1, 1))
    }
  }

  @Test func explanationListsMemberRowFrameworksAndAbsences() throws {
    let gaps = try network.participationGaps(frameworkKind: "mobility-partnership", asOf: .test(2013, 12, 31))
    let why = try network.explain(gaps, memberState: "at")
    #expect(
      why.statement.hasPrefix(
        "AT joined 0 of the 2 mobility-partnership frameworks it could have joined on 2013-12-31 — disengaged"
      ))
    #expect(why.evidence.first?.location == "nodes.csv:3")
    #expect(why.evidence.first?.citation == "test accession AT")
    #expect(why.evidence.filter { $0.role == "existed" }.map(\.location) == ["nodes.csv:10", "nodes.csv:11"])
    #expect(why.absences.map(\.id) == ["AT → mp-x", "AT → mp-y"])
    // edges.csv:14 is "AT supports p", a commitment in the engagement score.
    #expect(why.evidence.contains { $0.role == "engagement" && $0.location == "edges.csv:14" })
    let de = try network.explain(gaps, memberState: "DE")
    #expect(de.evidence.filter { $0.role == "joined" }.map(\.location) == ["edges.csv:2", "edges.csv:3"])
    #expect(de.absences.isEmpty)
    #expect(throws: MetricError.notInResult("XX", result: "participation gaps")) {
      try network.explain(gaps, memberState: "XX")
    }
  }
}
