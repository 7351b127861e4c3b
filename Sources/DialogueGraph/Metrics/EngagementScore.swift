/// One signal of engagement, in the fixed order the score uses.
public enum EngagementComponent: String, Sendable, CaseIterable {
  case participation, leadership, hosting, funding, commitments

  /// Position in ``EngagementComponents/raw`` and ``EngagementComponents/normalised``.
  public var index: Int { Self.allCases.firstIndex(of: self)! }

  /// Words for people.
  public var title: String {
    switch self {
    case .participation: "participation (all framework kinds)"
    case .leadership: "leadership roles"
    case .hosting: "events hosted"
    case .funding: "funding given"
    case .commitments: "other commitments"
    }
  }
}

/// How much weight each signal gets in the engagement score. Weights are ≥ 0; they need not sum
/// to 1 (the score divides by the sum of the weights of the components that have data). A weight
/// of 0 drops a component.
public struct EngagementWeights: Sendable, Equatable {
  /// Weight of participation across all framework kinds.
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

  /// The weight of one component.
  public subscript(component: EngagementComponent) -> Double {
    get {
      switch component {
      case .participation: participation
      case .leadership: leadership
      case .hosting: hosting
      case .funding: funding
      case .commitments: commitments
      }
    }
    set {
      switch component {
      case .participation: participation = newValue
      case .leadership: leadership = newValue
      case .hosting: hosting = newValue
      case .funding: funding = newValue
      case .commitments: commitments = newValue
      }
    }
  }

  /// The weights in component order.
  public var values: [Double] { EngagementComponent.allCases.map { self[$0] } }

  /// `name=value` pairs, e.g. `participation=0.4, leadership=0.2, …`.
  public var description: String {
    EngagementComponent.allCases.map { "\($0.rawValue)=\(Self.short(self[$0]))" }.joined(separator: ", ")
  }

  /// A weight without float noise (0.15, not 0.15000000000000002).
  static func short(_ x: Double) -> String {
    let rounded = (x * 1000).rounded() / 1000
    return rounded == rounded.rounded() ? String(Int(rounded)) : "\(rounded)"
  }
}

/// The engagement signals of one member state up to a date, raw and normalised, and the score.
///
/// Engagement is a **record up to d**: what a member state did while it was one, on or before d,
/// counts even if it is over by d (the 2012 resettlement round still counts at the end of 2013).
/// Every link's start falls back to its target's start (a participation counts from the
/// framework's conclusion, a hosting from the event's day); a link with no date at all counts.
///
/// **Components** (raw values, links leaving the member state):
/// - participation = frameworks joined / frameworks eligible across *all* framework kinds of the
///   vocabulary, where f is eligible when it has a `start` ≤ d and its period overlaps the
///   member state's, and joined when a participation link m → f has begun by d;
/// - leadership = participation links begun by d whose role is a leadership role
///   (``MetricConventions/leadershipRoles``);
/// - hosting = hosting links begun by d;
/// - funding = funding links begun by d (their number, or the sum of their `amount_eur`);
/// - commitments = links of the commitment kinds begun by d.
///
/// **Normalisation — one rule for every component.** Each raw value x is divided by the largest
/// value of the same component among the member states of the computation: n = x / max, so the
/// most engaged member state on a component gets 1 and one with nothing gets 0. A component whose
/// maximum is 0 (no member state has any) has **no data**: every n is 0 and its weight is left out.
///
/// **Score.** `score = Σ wᵢ·nᵢ / Σ wᵢ`, both sums over the components *with data*
/// (0 when their weights sum to 0); 0 = no signal at all, 1 = the maximum on every component.
/// Scores compare member states of one computation only (the normalisation depends on the others).
/// Reference: OECD/JRC, *Handbook on Constructing Composite Indicators* (2008), §5 (min–max
/// normalisation with min 0, linear aggregation) and §7 (sensitivity to weights).
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
  /// Raw values in component order (funding as the chosen measure).
  public var raw: [Double] = []
  /// Normalised values in [0, 1], in component order (0 for a component with no data).
  public var normalised: [Double] = []
  /// The weighted score in [0, 1].
  public var score: Double = 0
  /// The edges behind the counts (for explanations), in edge order.
  public var evidence: [Int] = []
}

/// The engagement of every member state on a date: components, the reference each component is
/// divided by, and which components have no data.
public struct EngagementScores: Sendable, Equatable {
  /// Components and score of each member state, keyed by node index.
  public var byNode: [Int: EngagementComponents]
  /// The largest raw value of each component among the member states (component order).
  public var maxima: [Double]
  /// The weights asked for.
  public var weights: EngagementWeights

  /// Components that are 0 for every member state: reported as "no data", weight left out.
  public var noData: [EngagementComponent] { EngagementComponent.allCases.filter { maxima[$0.index] == 0 } }

  /// The weights actually used: those asked for, 0 for components with no data.
  public var effectiveWeights: [Double] {
    EngagementComponent.allCases.map { maxima[$0.index] > 0 ? weights[$0] : 0 }
  }
}

extension DialogueNetwork {
  /// The engagement components and score of every member state on `asOf` (see
  /// ``EngagementComponents`` for the formula).
  ///
  /// - Complexity: O(n + M·F + E) for M member states and F frameworks.
  public func engagement(asOf: Day?, weights: EngagementWeights = .default) -> EngagementScores {
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
      c.raw = [
        c.participationRate, Double(c.leadershipRoles), Double(c.eventsHosted),
        weights.fundingMeasure == .count ? Double(c.fundsGiven) : c.fundsEUR, Double(c.commitments),
      ]
      c.evidence = Array(Set(c.evidence)).sorted()
      result[m] = c
    }
    var scores = EngagementScores(byNode: result, maxima: [], weights: weights)
    scores.maxima = EngagementComponent.allCases.map { k in result.values.map { $0.raw[k.index] }.max() ?? 0 }
    scores.rescore()
    return scores
  }
}

extension EngagementScores {
  /// Normalises every component by its maximum and forms the weighted score (see
  /// ``EngagementComponents``).
  mutating func rescore() {
    let w = effectiveWeights
    let total = w.reduce(0, +)
    for key in byNode.keys {
      let raw = byNode[key]!.raw
      let n = raw.indices.map { maxima[$0] > 0 ? raw[$0] / maxima[$0] : 0 }
      byNode[key]!.normalised = n
      byNode[key]!.score = total > 0 ? zip(w, n).map { $0 * $1 }.reduce(0, +) / total : 0
    }
  }

  /// The same member states scored with other weights (the raw values and maxima do not change;
  /// the funding measure stays the one these scores were computed with).
  public func reweighted(_ other: EngagementWeights) -> EngagementScores {
    var copy = self
    copy.weights = other
    copy.weights.fundingMeasure = weights.fundingMeasure
    copy.rescore()
    return copy
  }
}
