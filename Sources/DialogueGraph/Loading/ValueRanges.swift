/// The ranges of numbers a dataset may hold, chosen so that every sum the toolkit forms stays finite.
///
/// An `amount_eur` or a link `weight` of at most 10²⁰ (far above any real grant: the EU's yearly
/// budget is about 1.7 × 10¹¹ euros): adding up even a billion of them stays below 10²⁹, nowhere
/// near `Double`'s 1.8 × 10³⁰⁸, and products with normalised values in [0, 1] stay finite too. Before
/// this bound, two amounts of 1.7e308 — each valid alone — summed to infinity, so one member state's
/// score became `null` and every other member state's funding component 0.
enum ValueRanges {
  /// The largest `amount_eur`.
  static let maximumAmountEUR = 1e20
  /// The largest link `weight`.
  static let maximumWeight = 1e20
  /// The bound as written in messages.
  static let maximumText = "1e20"
}
