/// The ranges of numbers a dataset may hold, chosen so that every sum the toolkit forms stays finite.
///
/// An `amount_eur` or a link `weight` of at most 10¹⁵ (a thousand trillion — far above any real
/// grant; the EU's yearly budget is about 1.7 × 10¹¹ euros): adding up even a billion of them stays
/// below 10²⁴, exactly representable in magnitude and nowhere near `Double`'s 1.8 × 10³⁰⁸. Before
/// this bound, two amounts of 1.7e308 — each valid alone — summed to infinity, so one member state's
/// score became `null` and every other member state's funding component 0.
enum ValueRanges {
  /// The largest `amount_eur`.
  static let maximumAmountEUR = 1e15
  /// The largest link `weight`.
  static let maximumWeight = 1e15
  /// "10^15", for messages.
  static let maximumText = "1e15"
}
