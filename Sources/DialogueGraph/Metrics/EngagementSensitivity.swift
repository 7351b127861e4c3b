/// Does the bottom of the engagement score depend on the weights? The member states with the
/// lowest scores under the weights asked for, compared with those under other reasonable weights.
///
/// **Definition.** The *bottom five* under weights w are the member states whose score is at most
/// the fifth-lowest score (more than five when scores tie at the boundary; all of them when there
/// are five or fewer). The alternatives are: equal weights (1 for every component with data),
/// participation only, and, for each component with data and a weight > 0, the weights asked for
/// with that component left out. A component with no data is not varied (it is left out already).
/// The bottom five is **stable** when every alternative gives the same set.
///
/// The ranking of ``ParticipationGaps`` orders by participation in one framework kind and uses the
/// score only to break ties, so this check is about the score column, not the ranking's order.
/// Reference: OECD/JRC, *Handbook on Constructing Composite Indicators* (2008), §7.
///
/// - Complexity: O(A·M log M) for A ≤ 7 alternatives and M member states.
public struct EngagementSensitivity: Sendable, Equatable {
  /// One set of weights and the bottom five it gives.
  public struct Alternative: Sendable, Equatable {
    /// Its name, e.g. `equal weights`, `participation only`, `without leadership`.
    public let name: String
    /// The weights.
    public let weights: EngagementWeights
    /// Ids of its bottom five, lowest score first (ties by id).
    public let bottom: [String]
    /// Ids in its bottom five that are not in the baseline's.
    public let entered: [String]
    /// Ids in the baseline's bottom five that are not in its.
    public let left: [String]
    /// Whether it gives the same set as the baseline.
    public var same: Bool { entered.isEmpty && left.isEmpty }
  }

  /// How many lowest scores are compared.
  public static let size = 5
  /// The bottom five under the weights asked for, lowest score first (ties by id).
  public let baseline: [String]
  /// The other weights tried.
  public let alternatives: [Alternative]

  /// Whether every alternative gives the baseline's set.
  public var stable: Bool { alternatives.allSatisfy(\.same) }

  /// Names of the weightings (`asked` for the baseline, then the alternatives) under which a
  /// member state is in the bottom five.
  public func weightings(withBottom id: String) -> [String] {
    (baseline.contains(id) ? ["asked"] : []) + alternatives.filter { $0.bottom.contains(id) }.map(\.name)
  }

  /// One sentence for people: the baseline and whether each alternative changes it.
  public var sentence: String {
    let ties = baseline.count > Self.size ? "\(baseline.count) with ties: " : ""
    var text = "Sensitivity: the five lowest engagement scores (\(ties)\(baseline.joined(separator: ", "))) "
    let changed = alternatives.filter { !$0.same }
    if changed.isEmpty {
      text +=
        "are the same under all \(alternatives.count) other weightings ("
        + alternatives.map(\.name).joined(separator: "; ") + ")."
    } else {
      text += "are the same under \(alternatives.count - changed.count) of \(alternatives.count) other weightings; "
      text +=
        changed.map { a in
          var parts: [String] = []
          if !a.entered.isEmpty { parts.append("+" + a.entered.joined(separator: ", +")) }
          if !a.left.isEmpty { parts.append("−" + a.left.joined(separator: ", −")) }
          return "\(a.name): " + parts.joined(separator: " ")
        }.joined(separator: "; ") + "."
    }
    return text
  }

  /// `{baseline, stable, alternatives: [{name, weights, bottom, entered, left}]}`.
  public var json: JSONValue {
    .object([
      ("baseline", .array(baseline.map(JSONValue.string))), ("stable", .bool(stable)),
      (
        "alternatives",
        .array(
          alternatives.map { a in
            .object([
              ("name", .string(a.name)),
              (
                "weights",
                .object(EngagementComponent.allCases.map { ($0.rawValue, JSONValue.number(a.weights[$0])) })
              ),
              ("bottom", .array(a.bottom.map(JSONValue.string))),
              ("entered", .array(a.entered.map(JSONValue.string))),
              ("left", .array(a.left.map(JSONValue.string))),
            ])
          })
      ),
    ])
  }
}

extension EngagementScores {
  /// The bottom five of these scores and of the alternative weights (see ``EngagementSensitivity``);
  /// `id` names a member state by node index.
  public func sensitivity(id: (Int) -> String) -> EngagementSensitivity {
    let baseline = bottom(id: id)
    var alternatives: [(String, EngagementWeights)] = []
    let withData = EngagementComponent.allCases.filter { maxima[$0.index] > 0 }
    var equal = weights
    for k in EngagementComponent.allCases { equal[k] = 1 }
    alternatives.append(("equal weights", equal))
    var participationOnly = weights
    for k in EngagementComponent.allCases { participationOnly[k] = k == .participation ? 1 : 0 }
    alternatives.append(("participation only", participationOnly))
    for k in withData where weights[k] > 0 {
      var without = weights
      without[k] = 0
      alternatives.append(("without \(k.rawValue)", without))
    }
    let base = Set(baseline)
    return EngagementSensitivity(
      baseline: baseline,
      alternatives: alternatives.map { name, w in
        let bottom = reweighted(w).bottom(id: id)
        return .init(
          name: name, weights: w, bottom: bottom, entered: bottom.filter { !base.contains($0) },
          left: baseline.filter { !bottom.contains($0) })
      })
  }

  /// Ids whose score is at most the fifth-lowest, lowest first (ties by id).
  func bottom(id: (Int) -> String) -> [String] {
    let sorted = byNode.map { (id: id($0.key), score: $0.value.score) }
      .sorted { $0.score != $1.score ? $0.score < $1.score : $0.id < $1.id }
    guard sorted.count > EngagementSensitivity.size else { return sorted.map(\.id) }
    let cut = sorted[EngagementSensitivity.size - 1].score
    return sorted.filter { $0.score <= cut + 1e-12 }.map(\.id)  // float noise is not a difference
  }
}
