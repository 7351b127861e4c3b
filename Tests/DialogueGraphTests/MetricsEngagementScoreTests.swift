import Foundation
import Testing

@testable import DialogueGraph

/// The engagement score's one scaling rule, its "no data" components and the sensitivity check,
/// on hand-made component values (so every expected number is computed here by hand).
@Suite struct MetricsEngagementScoreTests {
  /// Member states 0…n-1 with raw values `[participation, leadership, hosting, funding, commitments]`.
  func scores(_ raw: [[Double]], weights: EngagementWeights = .default) -> EngagementScores {
    var byNode: [Int: EngagementComponents] = [:]
    for (i, r) in raw.enumerated() {
      var c = EngagementComponents(
        participationRate: r[0], frameworksJoined: 0, frameworksEligible: 0, leadershipRoles: Int(r[1]),
        eventsHosted: Int(r[2]), fundsGiven: Int(r[3]), fundsEUR: 0, commitments: Int(r[4]))
      c.raw = r
      byNode[i] = c
    }
    let maxima = (0..<5).map { k in raw.map { $0[k] }.max() ?? 0 }
    var s = EngagementScores(byNode: byNode, maxima: maxima, weights: weights)
    s.rescore()
    return s
  }

  @Test func everyComponentIsScaledByItsMaximumAndNoDataIsLeftOut() {
    // Commitments are 0 for both: no data, weight 0.1 left out → the weights sum to 0.9.
    let s = scores([[0.25, 4, 1, 2, 0], [0.125, 1, 0, 1, 0]])
    #expect(s.noData == [.commitments])
    #expect(s.effectiveWeights == [0.4, 0.2, 0.15, 0.15, 0])
    #expect(s.byNode[0]!.normalised == [1, 1, 1, 1, 0])
    #expect(abs(s.byNode[0]!.score - 1) < 1e-12)  // the top on every component with data scores 1
    let expected = (0.4 * 0.5 + 0.2 * 0.25 + 0.15 * 0 + 0.15 * 0.5) / 0.9
    #expect(abs(s.byNode[1]!.score - expected) < 1e-12)
    #expect(s.formula(s.byNode[1]!).contains("/ 0.9; no data, left out: commitments"))
  }

  @Test func allComponentsWithoutDataScoreZero() {
    let s = scores([[0, 0, 0, 0, 0], [0, 0, 0, 0, 0]])
    #expect(s.noData.count == 5)
    #expect(s.byNode.values.allSatisfy { $0.score == 0 })
  }

  @Test func sensitivityNamesWhoEntersAndLeavesTheBottomFive() {
    // Six member states: 0–4 have the lowest participation, 5 none but many leadership roles.
    let raw: [[Double]] = [
      [0.1, 0, 0, 0, 0], [0.2, 0, 0, 0, 0], [0.3, 0, 0, 0, 0], [0.4, 0, 0, 0, 0], [0.5, 0, 0, 0, 0],
      [0.0, 10, 0, 0, 0], [1.0, 0, 1, 1, 1],
    ]
    let ids = ["A", "B", "C", "D", "E", "F", "G"]
    let s = scores(raw).sensitivity { ids[$0] }
    // Asked weights: F = 0.2·1 = 0.2, E = 0.4·0.5 = 0.2 → tie at the fifth place: six in the bottom.
    #expect(s.baseline == ["A", "B", "C", "D", "E", "F"] || s.baseline == ["A", "B", "C", "F", "D", "E"])
    let participationOnly = s.alternatives.first { $0.name == "participation only" }!
    #expect(Set(participationOnly.bottom) == ["A", "B", "C", "D", "F"])
    #expect(participationOnly.left == ["E"])
    #expect(s.alternatives.first { $0.name == "without leadership" }!.left == ["E"])
    #expect(s.alternatives.first { $0.name == "equal weights" }!.left == ["F"])
    #expect(s.alternatives.first { $0.name == "without hosting" }!.same)  // E and F still tie
    #expect(!s.stable)
    #expect(s.sentence.contains("participation only: −E"))
    #expect(s.weightings(withBottom: "F").first == "asked")
    #expect(s.alternatives.map(\.name).contains("without commitments"))
  }

  @Test func weightsPrintWithoutFloatNoise() {
    var w = EngagementWeights.default
    w.funding = 0.1 + 0.05
    #expect(w.description == "participation=0.4, leadership=0.2, hosting=0.15, funding=0.15, commitments=0.1")
  }
}
