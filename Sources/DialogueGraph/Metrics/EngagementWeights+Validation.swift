/// The range of weights the engagement score's arithmetic holds (input validation only: the score's
/// definition lives in EngagementScore.swift).
///
/// The score divides Σ wᵢ·nᵢ by Σ wᵢ, each nᵢ in [0, 1]. Weights up to ``maximumWeight`` (10⁶) keep
/// both sums far from overflow (two weights of 1e308 summed to infinity and made every score 0);
/// all weights 0 leave nothing to divide by, so every score would be 0 — a question with no answer,
/// refused rather than answered with zeros.
extension EngagementWeights {
  /// The largest weight accepted (weights are relative, so 10⁶ is ample room for any ratio).
  public static let maximumWeight = 1e6

  /// Why these weights cannot give a score, or `nil` when they can: every weight finite and in
  /// [0, ``maximumWeight``], at least one above 0.
  public var problem: String? {
    let named = [
      ("participation", participation), ("leadership", leadership), ("hosting", hosting), ("funding", funding),
      ("commitments", commitments),
    ]
    if let (name, value) = named.first(where: { !($0.1.isFinite && $0.1 >= 0 && $0.1 <= Self.maximumWeight) }) {
      return
        "the \(name) weight \(value) is outside 0…\(Int(Self.maximumWeight)) — weights are relative, so smaller numbers"
        + " in the same ratio give the same ranking"
    }
    if named.allSatisfy({ $0.1 == 0 }) {
      return "every weight is 0, so every score would be 0 — give at least one weight above 0"
    }
    return nil
  }
}
