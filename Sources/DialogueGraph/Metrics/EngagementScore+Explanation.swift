import Foundation

extension EngagementScores {
  /// The score as its formula with the member state's numbers, e.g.
  /// `engagement score 0.263 = (0.4×0.300 + 0.2×0.250 + 0.15×0 + 0.15×0.500) / 0.9`; components
  /// with no data are named as left out.
  public func formula(_ c: EngagementComponents) -> String {
    let w = effectiveWeights
    let used = EngagementComponent.allCases.filter { w[$0.index] > 0 }
    let terms = used.map { "\(EngagementWeights.short(w[$0.index]))×\(Self.fixed(c.normalised[$0.index]))" }
    let total = w.reduce(0, +)
    var text = "engagement score \(Self.fixed(c.score)) = "
    text +=
      used.isEmpty
      ? "0 (no weighted component has data)"
      : "(" + terms.joined(separator: " + ") + ") / \(EngagementWeights.short(total))"
    if !noData.isEmpty {
      text += "; no data, left out: " + noData.map(\.rawValue).joined(separator: ", ")
    }
    return text
  }

  /// One evidence line per component: raw value ÷ the largest among the member states = the
  /// normalised value, × its weight.
  func arithmetic(_ c: EngagementComponents) -> [Explanation.Evidence] {
    EngagementComponent.allCases.map { k in
      let i = k.index
      let raw: String
      switch k {
      case .participation:
        raw = "\(c.frameworksJoined)/\(c.frameworksEligible) frameworks = \(Self.fixed(c.raw[i]))"
      case .funding where weights.fundingMeasure == .euros: raw = "€" + String(format: "%.0f", c.raw[i])
      default: raw = String(Int(c.raw[i]))
      }
      let what: String
      if maxima[i] == 0 {
        what = "\(k.title): \(raw); no data (0 for every member state), weight left out"
      } else {
        let largest =
          k == .participation || (k == .funding && weights.fundingMeasure == .euros)
          ? Self.fixed(maxima[i]) : String(Int(maxima[i]))
        what =
          "\(k.title): \(raw) ÷ largest \(largest) = \(Self.fixed(c.normalised[i])), "
          + "weight \(EngagementWeights.short(effectiveWeights[i]))"
      }
      return .init(role: "score", row: nil, location: "—", id: k.rawValue, what: what, citation: "", reference: "")
    }
  }

  /// Three decimals, as every table shows.
  static func fixed(_ x: Double) -> String { String(format: "%.3f", x) }
}
