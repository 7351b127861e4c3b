import Foundation
import Testing

@testable import DialogueGraph

/// The metrics on `Datasets/gamm-2012-2013` against statements of COM(2014) 96 (the GAMM report
/// 2012–2013, Danish original). Each test quotes the sentence it checks, in Danish and English.
@Suite struct MetricsGAMMReportTests {
  let network: DialogueNetwork
  init() throws { network = try MetricsFixtures.gamm() }

  /// §5.2.2: "Fem medlemsstater deltager f.eks. ikke i et eneste af de hidtil indgåede
  /// mobilitetspartnerskaber." — "Five member states, for example, take part in none of the
  /// mobility partnerships concluded so far."
  @Test func fiveMemberStatesJoinedNoMobilityPartnership() throws {
    let gaps = try network.participationGaps(
      frameworkKind: "mobility-partnership", asOf: MetricsFixtures.endOf2013)
    #expect(gaps.rows.count == 28)
    #expect(gaps.disengaged.count == 5)
    #expect(Set(gaps.disengaged.map(\.id)) == ["AT", "FI", "HR", "IE", "MT"])  // from the signatory lists
    #expect(gaps.rows.prefix(5).allSatisfy { $0.disengaged })  // the ranking puts them first
    // Concluded by the end of 2013: Moldova, Cape Verde (2008), Georgia (2009), Armenia (2011),
    // Morocco, Azerbaijan (2013); Tunisia was signed only on 2014-03-03.
    let concluded = [
      "mp-armenia", "mp-azerbaijan", "mp-cape-verde", "mp-georgia", "mp-moldova", "mp-morocco",
    ]
    #expect(Set(gaps.matrix.frameworks.map(\.id)) == Set(concluded))
    let at = try #require(gaps.row(of: "AT"))
    #expect(at.joined == 0 && at.eligible == 6 && Set(at.absentFrom) == Set(concluded))

    let why = try network.explain(gaps, memberState: "AT")
    let member = try #require(why.evidence.first)
    #expect(
      member.role == "member" && member.location.hasPrefix("nodes.csv:") && member.what.contains("1995-01-01")
    )
    #expect(why.evidence.filter { $0.role == "existed" }.count == 6)
    #expect(
      why.evidence.filter { $0.role == "existed" }.allSatisfy {
        $0.location.hasPrefix("nodes.csv:") && !$0.citation.isEmpty
      })
    #expect(why.absences.count == 6)
    #expect(why.evidence.filter { $0.role == "joined" }.isEmpty)
    // Croatia counts from its accession (2013-07-01): the partnerships existed while it was a member.
    let hr = try network.explain(gaps, memberState: "HR")
    #expect(hr.evidence.first?.what.contains("2013-07-01") == true)
  }

  /// §5.2.2: "De fleste af de medlemsstater, der deltager i mobilitetspartnerskaber, har endnu
  /// ikke bidraget finansielt til gennemførelsen." — "Most of the member states taking part in
  /// mobility partnerships have not yet contributed financially to their implementation."
  @Test func mostParticipatingMemberStatesFundNothing() throws {
    let gaps = try network.participationGaps(
      frameworkKind: "mobility-partnership", asOf: MetricsFixtures.endOf2013)
    let more = network.contributionAndActivityGaps(gaps)
    #expect(more.contributionDataAvailable)
    let participating = gaps.rows.filter { !$0.disengaged }.count
    #expect(participating == 23)
    #expect(more.contributionGap.count * 2 > participating)  // "most"
    #expect(!more.contributionGap.contains { $0.id == "GB" })  // GB funds the Budapest Process
  }

  /// §2.3: "[Mobilitetspartnerskabet med Marokko] omfatter en række afbalancerede tilsagn og
  /// initiativer, der dækker fire prioriterede områder af SSMM, nemlig lovlig migration, ulovlig
  /// migration, international beskyttelse og migration og udvikling." — "[The Morocco mobility
  /// partnership] comprises balanced commitments covering the four GAMM priority areas: legal
  /// migration, irregular migration, international protection, and migration and development."
  @Test func moroccoMobilityPartnershipCoversTheFourPriorities() throws {
    let themes = try network.thematicCoverage(
      frameworkKind: "mobility-partnership", asOf: MetricsFixtures.endOf2013)
    #expect(themes.allThemes.count == 4)
    let morocco = try #require(themes.rows.first { $0.framework == "mp-morocco" })
    #expect(morocco.ratio == 1 && morocco.missing.isEmpty)
    let why = try network.explain(themes, framework: "mp-morocco")
    #expect(why.rows.filter { $0.role == "addresses" }.count == 4)
    #expect(why.rows.allSatisfy { $0.citation.hasPrefix("com-2014-96 ") })
    #expect((0...1).contains(themes.balance))
  }

  /// The same §2.3 passage, as a change: the Morocco partnership, signed on 7 June 2013 ("blev der
  /// undertegnet et mobilitetspartnerskab med Marokko den 7. juni 2013"), brings all four priorities
  /// between the end of 2012 and the end of 2013, while the partnerships that existed already keep
  /// theirs.
  @Test func moroccoBringsTheFourPrioritiesBetweenTheEndsOf2012And2013() throws {
    let change = try network.thematicChange(
      frameworkKind: "mobility-partnership", from: Day.test(2012, 12, 31), to: MetricsFixtures.endOf2013)
    let morocco = try #require(change.rows.first { $0.framework == "mp-morocco" })
    #expect(!morocco.existsFrom && morocco.existsTo)
    #expect(morocco.gained.count == 4 && morocco.lost.isEmpty && morocco.ratioTo == 1)
    for row in change.rows where row.existsFrom {
      #expect(row.lost.isEmpty && row.gained.isEmpty, "\(row.framework) existed before and keeps its themes")
    }
    #expect(change.before.rows.count + 2 == change.after.rows.count, "Morocco and Azerbaijan are new")
    #expect(change.balanceChange == change.after.balance - change.before.balance)
  }

  /// §2.2: "FRONTEX undertegnede arbejdsaftaler med de kompetente myndigheder i Armenien
  /// (22. februar 2012) og Aserbajdsjan (16. april 2013). FRONTEX har nu arbejdsaftaler med alle
  /// de østlige partnerskabslande." — "FRONTEX signed working arrangements with Armenia (22
  /// February 2012) and Azerbaijan (16 April 2013). FRONTEX now has working arrangements with all
  /// the Eastern Partnership countries."
  @Test func frontexWorkingArrangementsAcrossTheEasternPartnership() throws {
    let instrument = CoverageInstrument.actor("frontex", edgeKind: "working-arrangement")
    let end2013 = try network.geographicCoverage(
      of: .region("eastern-partnership"), by: instrument, asOf: MetricsFixtures.endOf2013)
    #expect(Set(end2013.covered) == ["AM", "AZ", "BY", "GE", "MD", "UA"])
    #expect(end2013.uncovered.isEmpty && end2013.ratio == 1)
    let change = try network.coverageChange(
      of: .region("eastern-partnership"), by: instrument, from: Day.test(2012, 12, 31),
      to: MetricsFixtures.endOf2013)
    #expect(change.gained == ["AZ"])
    #expect(change.before.uncovered == ["AZ"])
    let why = try network.explain(end2013, country: "AZ")
    #expect(why.rows.contains { $0.role == "covers" && $0.what.contains("from 2013-04-16") })
  }

  /// Annex I lists Morocco and Tunisia as concluded; the Southern Mediterranean countries of
  /// Annex I otherwise have no partnership ("Overvejes, når omstændighederne tillader det").
  /// By dates, only Morocco's partnership (signed 7 June 2013) covers the region at the end of
  /// 2013; Tunisia's and Jordan's follow with their signatures on 3 March and 9 October 2014
  /// (the Commission press releases `commission-pr-2014-03-03-tunisia` and
  /// `commission-pr-2014-10-09-jordan` of sources.csv).
  @Test func mobilityPartnershipsAcrossTheSouthernMediterranean() throws {
    let region = CountrySet.region("southern-mediterranean")
    let change = try network.coverageChange(
      of: region, by: .frameworkKind("mobility-partnership"), from: MetricsFixtures.endOf2013,
      to: Day.test(2014, 12, 31))
    #expect(change.before.covered == ["MA"])
    #expect(change.before.countryNodes.count == 8)
    #expect(Set(change.gained) == ["TN", "JO"])
  }

  /// Annex I ("Bilag I – Mobilitetspartnerskaber"): Moldova, Kap Verde, Georgien, Armenien,
  /// Aserbajdsjan, Marokko, Tunesien "Indgået" (concluded); Jordan "Drøftelser i gang" (talks
  /// ongoing); Hviderusland "Overvejes for 2014" (to be considered for 2014); Algeriet, Egypten,
  /// Libyen, Libanon, Syrien, Ukraine when circumstances allow.
  @Test func annexIStatusesAsPrinted() throws {
    let annex = try network.statusTable(frameworkKind: "mobility-partnership")
    #expect(annex.rows.count == 15)
    for country in ["MD", "CV", "GE", "AM", "AZ", "MA", "TN"] {
      #expect(annex.row(of: country)?.printed == "Indgået", "\(country)")
      #expect(annex.row(of: country)?.printedEnglish == "concluded", "\(country)")
      #expect(annex.row(of: country)?.citation == "com-2014-96 Annex I", "\(country)")
    }
    #expect(annex.row(of: "JO")?.printed == "Drøftelser i gang")
    // The source dates no status "talks ongoing"; the partnership's later signature is not its date.
    #expect(annex.row(of: "JO")?.printedSince == nil)
    #expect(annex.row(of: "BY")?.printed == "Overvejes for 2014")
    for country in ["DZ", "EG", "LY", "LB", "SY", "UA"] {
      #expect(annex.row(of: country)?.statusId == "when-circumstances-allow", "\(country)")
    }
    #expect(annex.row(of: "MD")?.since == "2008-06-05")
  }

  /// The same table derived from dated rows at the end of 2013: Tunisia, ticked "Indgået" in
  /// Annex I, was signed only on 3 March 2014 (the dataset README lists the inconsistency); Jordan's
  /// draft partnership was presented in December 2013 (§2.3: "I december 2013 blev der
  /// forelagt et udkast" — "In December 2013 a draft was presented").
  @Test func annexIDerivedFromDatesAtTheEndOf2013() throws {
    let derived = try network.statusTable(
      frameworkKind: "mobility-partnership", asOf: MetricsFixtures.endOf2013)
    #expect(derived.row(of: "MA")?.statusId == "concluded")
    #expect(derived.row(of: "MA")?.since == "2013-06-07")
    #expect(derived.row(of: "TN")?.statusId != "concluded")
    // The November 2013 row says talks were concluded (not that they were under way).
    #expect(derived.row(of: "TN")?.statusId == "talks-concluded")
    #expect(derived.row(of: "TN")?.since == "2013-11")
    #expect(derived.row(of: "JO")?.statusId == "negotiating")
    #expect(derived.row(of: "JO")?.since == "2013-12")
    let why = try network.explain(derived, country: "JO")
    #expect(why.rows.last?.location.hasPrefix("nodes.csv:") == true)
  }

  /// Annex II ("Bilag II – Fælles dagsordener for migration og mobilitet"): Indien and Nigeria
  /// "Drøftelser i gang" (talks ongoing); Indonesien, Sydafrika, Kasakhstan, Brasilien
  /// "Overvejes for 2014"; Kina and Ghana when circumstances allow.
  @Test func annexIIStatusesAsPrinted() throws {
    let annex = try network.statusTable(frameworkKind: "common-agenda")
    #expect(annex.rows.count == 8)
    #expect(annex.row(of: "IN")?.printed == "Drøftelser i gang")
    #expect(annex.row(of: "NG")?.printed == "Drøftelser i gang")
    for country in ["ID", "ZA", "KZ", "BR"] {
      #expect(annex.row(of: country)?.printed == "Overvejes for 2014", "\(country)")
    }
    for country in ["CN", "GH"] {
      #expect(annex.row(of: country)?.statusId == "when-circumstances-allow", "\(country)")
    }
    #expect(annex.rows.allSatisfy { $0.citation == "com-2014-96 Annex II" })
  }

  /// fn 20: "De 4 930 flygtninge blev genbosat i EU af 12 medlemsstater" — "The 4,930 refugees
  /// were resettled in the EU by 12 member states": resettlement enters the engagement score's
  /// participation component as a record up to the date.
  @Test func resettlementCountsInTheEngagementRecord() throws {
    let engagement = network.engagement(asOf: MetricsFixtures.endOf2013)
    let resettlement = try #require(network.index(of: "eu-resettlement-2012"))
    let resettlers = engagement.filter { _, c in
      c.evidence.contains { network.targetIndices[$0] == resettlement }
    }
    #expect(resettlers.count == 12)
    #expect(resettlers.keys.contains(try #require(network.index(of: "IE"))))
  }
}
