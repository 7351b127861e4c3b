/// How much weight each signal gets in the engagement score. Weights are ≥ 0; they need not sum
/// to 1 (the score divides by their sum). A weight of 0 drops a component.
public struct EngagementWeights: Sendable, Equatable {
  /// Weight of the participation rate across all framework kinds.
  public var participation: Double = 0.4
  /// Weight of leadership roles (chair, co-chair, secretariat, co-organiser, lead, steering committee).
  public var leadership: Double = 0.2
  /// Weight of events hosted.
  public var hosting: Double = 0.15
  /// Weight of funding given.
  public var funding: Double = 0.15
  /// Weight of other commitments (resettlement, support to or implementation of a project…).
  public var commitments: Double = 0.1
  /// Whether funding is measured by the number of `funds` links or by their euros.
  public var fundingMeasure: FundingMeasure = .count

  /// How the funding component is measured.
  public enum FundingMeasure: String, Sendable, CaseIterable {
    /// The number of `funds` links from the member state (amounts are often not given).
    case count
    /// The sum of `amount_eur` of those links (links without an amount add 0).
    case euros
  }

  /// The default weights: participation 0.4, leadership 0.2, hosting 0.15, funding 0.15 (by
  /// count), commitments 0.1.
  public init() {}

  /// Weights given explicitly.
  public init(
    participation: Double, leadership: Double, hosting: Double, funding: Double, commitments: Double,
    fundingMeasure: FundingMeasure = .count
  ) {
    self.participation = participation
    self.leadership = leadership
    self.hosting = hosting
    self.funding = funding
    self.commitments = commitments
    self.fundingMeasure = fundingMeasure
  }

  /// The default weights.
  public static let `default` = EngagementWeights()

  var total: Double { participation + leadership + hosting + funding + commitments }
}

/// The engagement signals of one member state up to a date, raw and normalised, and the score.
///
/// Engagement is a **record up to d**: what a member state did while it was one, on or before d,
/// counts even if it is over by d (the 2012 resettlement round still counts at the end of 2013).
/// Every link's start falls back to its target's start (a participation counts from the
/// framework's conclusion, a hosting from the event's day); a link with no date at all counts.
///
/// **Components** (links leaving the member state):
/// - `participationRate` = frameworks joined / frameworks eligible across *all* framework kinds
///   of the vocabulary, where f is eligible when it has a `start` ≤ d and its period overlaps the
///   member state's, and joined when a `participates-in` link m → f has begun by d; in [0, 1];
/// - `leadershipRoles` = `participates-in` links begun by d whose role is a leadership role
///   (``MetricConventions/leadershipRoles``);
/// - `eventsHosted` = `hosts` links begun by d;
/// - `fundsGiven` / `fundsEUR` = `funds` links begun by d, and the sum of their `amount_eur`;
/// - `commitments` = links of the commitment kinds (`supports`, `implements`) begun by d.
///
/// **Normalisation.** Every count c is divided by the largest value among the member states of
/// the same computation (0 when that maximum is 0), so it lies in [0, 1]; the rate is used as is.
///
/// **Score.** `score = Σ wᵢ·nᵢ / Σ wᵢ` over the five components with the ``EngagementWeights``
/// (0 when every weight is 0); 0 = no signal at all, 1 = at the maximum on every component.
/// Scores compare member states of one computation only (the normalisation depends on the others).
public struct EngagementComponents: Sendable, Equatable {
  /// Frameworks joined / eligible across all framework kinds.
  public var participationRate: Double
  /// Frameworks joined across all framework kinds.
  public var frameworksJoined: Int
  /// Frameworks eligible across all framework kinds.
  public var frameworksEligible: Int
  /// Leadership roles held.
  public var leadershipRoles: Int
  /// Events hosted.
  public var eventsHosted: Int
  /// `funds` links given.
  public var fundsGiven: Int
  /// Euros of those links.
  public var fundsEUR: Double
  /// Other commitments.
  public var commitments: Int
  /// Normalised values in [0, 1], in the order participation, leadership, hosting, funding,
  /// commitments.
  public var normalised: [Double] = []
  /// The weighted score in [0, 1].
  public var score: Double = 0
  /// The edges behind the counts (for explanations), in edge order.
  public var evidence: [Int] = []
}

extension DialogueNetwork {
  /// The engagement components and score of every member state on `asOf`, keyed by node index
  /// (see ``EngagementComponents`` for the formula).
  ///
  /// - Complexity: O(n + M·F + E) for M member states and F frameworks.
  public func engagement(
    asOf: Day?, weights: EngagementWeights = .default
  ) -> [Int: EngagementComponents] {
    let states = memberStates(asOf: asOf)
    let frameworks = nodes.indices.filter { f in
      guard vocabulary.isFramework(kind: nodes[f].kind), let start = nodes[f].start else { return false }
      return asOf.map { start.firstDay <= $0 } ?? true
    }
    var result: [Int: EngagementComponents] = [:]
    for m in states {
      var c = EngagementComponents(
        participationRate: 0, frameworksJoined: 0, frameworksEligible: 0, leadershipRoles: 0, eventsHosted: 0,
        fundsGiven: 0, fundsEUR: 0, commitments: 0)
      var joinedEvidence: [Int: [Int]] = [:]
      for e in outgoingEdges(of: m) {
        let edge = edges[e]
        guard edgeBegun(e, asOf: asOf) else { continue }
        if edge.kind == conventions.participationEdgeKind {
          joinedEvidence[targetIndices[e], default: []].append(e)
          if let role = edge.role, conventions.leadershipRoles.contains(role) {
            c.leadershipRoles += 1
            c.evidence.append(e)
          }
        } else if edge.kind == conventions.hostsEdgeKind {
          c.eventsHosted += 1
          c.evidence.append(e)
        } else if edge.kind == conventions.fundsEdgeKind {
          c.fundsGiven += 1
          c.fundsEUR += edge.amountEUR ?? 0
          c.evidence.append(e)
        } else if conventions.commitmentEdgeKinds.contains(edge.kind) {
          c.commitments += 1
          c.evidence.append(e)
        }
      }
      for f in frameworks where periodsOverlap(m, f) {
        c.frameworksEligible += 1
        if let evidence = joinedEvidence[f] {
          c.frameworksJoined += 1
          c.evidence += evidence
        }
      }
      c.participationRate =
        c.frameworksEligible == 0 ? 0 : Double(c.frameworksJoined) / Double(c.frameworksEligible)
      c.evidence = Array(Set(c.evidence)).sorted()
      result[m] = c
    }
    normalise(&result, weights: weights)
    return result
  }

  /// Divides each count by the maximum over the member states and forms the weighted score.
  private func normalise(_ result: inout [Int: EngagementComponents], weights: EngagementWeights) {
    func maximum(_ value: (EngagementComponents) -> Double) -> Double { result.values.map(value).max() ?? 0 }
    func scaled(_ x: Double, _ max: Double) -> Double { max > 0 ? x / max : 0 }
    let maxLead = maximum { Double($0.leadershipRoles) }
    let maxHosted = maximum { Double($0.eventsHosted) }
    let funding: (EngagementComponents) -> Double =
      weights.fundingMeasure == .count ? { Double($0.fundsGiven) } : { $0.fundsEUR }
    let maxFunding = maximum(funding)
    let maxCommitments = maximum { Double($0.commitments) }
    let w = [
      weights.participation, weights.leadership, weights.hosting, weights.funding, weights.commitments,
    ]
    let total = weights.total
    for key in result.keys {
      let c = result[key]!
      let n = [
        c.participationRate, scaled(Double(c.leadershipRoles), maxLead),
        scaled(Double(c.eventsHosted), maxHosted),
        scaled(funding(c), maxFunding), scaled(Double(c.commitments), maxCommitments),
      ]
      result[key]!.normalised = n
      result[key]!.score = total > 0 ? zip(w, n).map { $0 * $1 }.reduce(0, +) / total : 0
    }
  }
}
