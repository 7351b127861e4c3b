/// "Did you mean …?": the candidates nearest to what a user typed.
///
/// Definition: the Damerau–Levenshtein distance (optimal string alignment: insertions, deletions,
/// substitutions and swaps of two adjacent characters, each costing 1) between the lowercased
/// strings. A candidate is suggested when its distance is at most a third of the typed text's
/// length (at least 1, at most 3), when one contains the other, or when every word of the typed
/// text (split at `-`, `_`, spaces) is a word of the candidate (`gamm-2013` → `gamm-2012-2013`);
/// nearest first, then by name.
/// Hand-written: no listed package offers an edit distance, and it is twenty lines.
/// - Complexity: O(candidates × |typed| × |candidate|).
enum Suggestions {
  /// Up to `limit` candidates near `typed`.
  static func nearest(to typed: String, among candidates: [String], limit: Int = 5) -> [String] {
    let typed = typed.lowercased()
    guard !typed.isEmpty else { return [] }
    let threshold = min(3, max(1, typed.count / 3))
    let typedWords = Set(words(typed))
    var scored: [(distance: Int, name: String)] = []
    for candidate in candidates {
      let lowered = candidate.lowercased()
      let distance = editDistance(typed, lowered)
      if distance <= threshold {
        scored.append((distance, candidate))
      } else if typed.count >= 3, lowered.contains(typed) || (lowered.count >= 3 && typed.contains(lowered)) {
        scored.append((threshold + 1, candidate))
      } else if typedWords.count > 1, Set(words(lowered)).isSuperset(of: typedWords) {
        scored.append((threshold + 2, candidate))
      }
    }
    var seen = Set<String>()
    return scored.sorted { ($0.distance, $0.name) < ($1.distance, $1.name) }
      .map(\.name).filter { seen.insert($0).inserted }.prefix(limit).map { $0 }
  }

  private static func words(_ text: String) -> [Substring] {
    text.split { $0 == "-" || $0 == "_" || $0 == " " }
  }

  /// The optimal-string-alignment distance between `a` and `b` (by Unicode characters).
  static func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous2 = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
      current[0] = i
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
          current[j] = min(current[j], previous2[j - 2] + 1)
        }
      }
      (previous2, previous, current) = (previous, current, previous2)
    }
    return previous[b.count]
  }
}
