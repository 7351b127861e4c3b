import DialogueGraph
import Foundation

/// What every section of the report reads: the network, the options, and a few shared helpers
/// for words and numbers. Built once per report.
struct ReportContext {
  let network: DialogueNetwork
  let options: ReportOptions

  var asOf: Day? { options.asOf }
  var conventions: MetricConventions { options.conventions }

  /// "as of 2013-12-31" or "all dates".
  var dateCaption: String { asOf.map { "as of \($0)" } ?? "all dates" }

  /// The vocabulary's label of a node kind, or the id when the vocabulary does not know it.
  func kindLabel(_ kind: String) -> String { network.vocabulary.nodeKind(kind)?.label ?? kind }

  /// The plural of a node kind's label ("mobility partnerships", "regional processes").
  func kindPlural(_ kind: String) -> String { Self.plural(kindLabel(kind)) }

  /// The label of a node id, or the id when no node has it.
  func label(of id: String) -> String { network.node(id)?.label ?? id }

  /// English plural of a noun phrase, good enough for vocabulary labels: the head noun changes,
  /// which is the last word before a qualifier ("common agenda on migration and mobility" →
  /// "common agendas on migration and mobility", "node (from a bare edge list)" → "nodes (from a
  /// bare edge list)"), else the last word ("regional dialogue process" → "regional dialogue
  /// processes").
  static func plural(_ phrase: String) -> String {
    for marker in [" (", " on ", " of ", " with ", " for ", " from ", " in ", " to "] {
      if let range = phrase.range(of: marker) {
        return pluralWord(String(phrase[..<range.lowerBound])) + phrase[range.lowerBound...]
      }
    }
    // "global process or forum" → "global processes or forums": each alternative of two or more
    // words changes its last word, and so does the last alternative.
    let alternatives = phrase.components(separatedBy: " or ")
    guard alternatives.count > 1 else { return pluralWord(phrase) }
    return alternatives.enumerated().map { i, alternative in
      i == alternatives.count - 1 || alternative.contains(" ") ? pluralWord(alternative) : alternative
    }.joined(separator: " or ")
  }

  /// The plural of the last word of `phrase`.
  private static func pluralWord(_ phrase: String) -> String {
    let lower = phrase.lowercased()
    if lower.hasSuffix("s") || lower.hasSuffix("x") || lower.hasSuffix("ch") || lower.hasSuffix("sh") {
      return phrase + "es"
    }
    if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) {
      return phrase.dropLast() + "ies"
    }
    return phrase + "s"
  }

  /// `n` with the singular or plural of `noun`.
  static func count(_ n: Int, _ noun: String) -> String { "\(n) " + (n == 1 ? noun : plural(noun)) }

  /// A number with `decimals` decimals (the POSIX locale: always a point).
  static func decimal(_ value: Double, _ decimals: Int = 2) -> String {
    value.isFinite ? String(format: "%.\(decimals)f", value) : "–"
  }

  /// A share as a percentage without decimals ("40%").
  static func percent(_ value: Double) -> String {
    value.isFinite ? String(format: "%.0f%%", value * 100) : "–"
  }

  /// Whether the vocabulary has this node kind and marks it as a framework.
  func isFrameworkKind(_ kind: String) -> Bool { network.vocabulary.isFramework(kind: kind) }

  /// The framework kinds of the vocabulary, in its order.
  var frameworkKinds: [String] { network.vocabulary.nodeKinds.filter(\.framework).map(\.id) }

  /// Whether the dataset has at least one node of `kind`.
  func hasNodes(ofKind kind: String) -> Bool { network.nodes.contains { $0.kind == kind } }

  /// The participation gaps for the focus kind, or why there are none (`nil` with a note).
  func focusGaps() -> (gaps: ParticipationGaps?, note: String?) {
    let kind = options.focusFrameworkKind
    guard isFrameworkKind(kind) else {
      return (
        nil,
        "The dataset's vocabulary has no framework kind “\(kind)”, so there is no participation analysis."
      )
    }
    guard hasNodes(ofKind: conventions.memberStateKind) else {
      return (
        nil,
        "The dataset has no \(kindPlural(conventions.memberStateKind)), so there is no participation analysis."
      )
    }
    do {
      let gaps = try network.participationGaps(
        frameworkKind: kind, asOf: asOf, weights: options.weights, conventions: conventions)
      guard !gaps.matrix.frameworks.isEmpty else {
        // Every member state would count as "disengaged" from nothing: say what is missing instead.
        return (
          nil,
          "No \(kindLabel(kind)) existed \(dateCaption) (concluded or launched, not ended), "
            + "so no member state could have joined one."
        )
      }
      return (gaps, nil)
    } catch {
      return (nil, "The participation analysis could not be computed: \(error.description)")
    }
  }
}
