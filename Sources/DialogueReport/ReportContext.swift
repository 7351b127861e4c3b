import DialogueGraph
import Foundation

/// What every section of the report reads: the network, the options, and a few shared helpers
/// for words and numbers. Built once per report.
struct ReportContext {
  let network: DialogueNetwork
  let options: ReportOptions

  var asOf: Day? { options.asOf }
  /// The dataset's conventions: which kind is the member state, the participation link…
  var conventions: MetricConventions { network.conventions }
  /// The framework kind the report is about: the options', else the dataset's focus.
  var focusKind: String { options.focusFrameworkKind ?? conventions.focusFrameworkKind }
  /// The status tables to show: the options', else the dataset's.
  var statusTables: [StatusTableSpec] {
    options.statusTables
      ?? conventions.statusTables.map { StatusTableSpec(frameworkKind: $0.frameworkKind, title: $0.title) }
  }

  /// "as of 2013-12-31" or "all dates".
  var dateCaption: String { asOf.map { "as of \($0)" } ?? "all dates" }

  /// The vocabulary's label of a node kind, or the id when the vocabulary does not know it.
  func kindLabel(_ kind: String) -> String { network.vocabulary.nodeKind(kind)?.label ?? kind }

  /// The plural of a node kind's label, as the vocabulary spells it ("mobility partnerships").
  func kindPlural(_ kind: String) -> String { network.vocabulary.pluralLabel(ofKind: kind) }

  /// The label of a node id, or the id when no node has it.
  func label(of id: String) -> String { network.node(id)?.label ?? id }

  /// `n` with the singular or the plural of a node kind's label.
  func count(_ n: Int, kind: String) -> String { "\(n) " + (n == 1 ? kindLabel(kind) : kindPlural(kind)) }

  /// `n` with `singular` or `plural`.
  static func count(_ n: Int, _ singular: String, _ plural: String) -> String { "\(n) " + (n == 1 ? singular : plural) }

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
  var frameworkKinds: [String] { network.vocabulary.frameworkKinds }

  /// Whether the dataset has at least one node of `kind`.
  func hasNodes(ofKind kind: String) -> Bool { network.nodes.contains { $0.kind == kind } }

  /// The participation gaps for the focus kind, or why there are none (`nil` with a note).
  func focusGaps() -> (gaps: ParticipationGaps?, note: String?) {
    let kind = focusKind
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
        frameworkKind: kind, asOf: asOf, weights: options.weights)
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
      return (nil, "The participation analysis could not be computed: \(error)")
    }
  }
}
