/// Why a metric could not be computed: a choice the user typed does not exist in the dataset or
/// its vocabulary. Every case names the offending value and the valid choices, so the CLI can
/// print it as one line.
///
/// ```
/// unknown framework kind "mobility-partnerships" — expected one of: bilateral-dialogue, common-agenda, …
/// ```
public enum MetricError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The node kind does not exist or is not marked `framework: true` in the vocabulary.
  case unknownFrameworkKind(String, valid: [String])
  /// No region node has this id.
  case unknownRegion(String, valid: [String])
  /// The id names no node of a country kind (after the `EL`/`UK` aliases).
  case unknownCountry(String)
  /// No node has this id (for an actor or a framework asked for by id).
  case unknownNode(String)
  /// The text names neither an edge kind, a framework kind nor a node id.
  case unknownInstrument(String, edgeKinds: [String], frameworkKinds: [String])
  /// The edge kind does not exist in the vocabulary.
  case unknownEdgeKind(String, valid: [String])
  /// The node exists but has the wrong kind for this question.
  case wrongKind(id: String, kind: String, expected: String)
  /// No member state with this id exists in the result asked about.
  case notInResult(String, result: String)
  /// An engagement weight is negative or not a number.
  case invalidWeight(String, value: Double)
  /// The two dates of a change are in the wrong order.
  case datesOutOfOrder(from: Day, to: Day)
  /// The dataset has no node of a kind the measure is about (a bare edge list has only `node`s):
  /// the kind's id and its plural label from the vocabulary.
  case noNodes(ofKind: String, plural: String)

  /// One line for people: what is wrong and what would be accepted.
  public var description: String {
    func list(_ items: [String]) -> String {
      guard !items.isEmpty else { return "(none in this dataset)" }
      let shown = items.prefix(30).joined(separator: ", ")
      return items.count > 30 ? shown + ", … (\(items.count) in all)" : shown
    }
    func quoted(_ s: String) -> String { "\"" + MetricError.oneLine(s) + "\"" }
    switch self {
    case .unknownFrameworkKind(let kind, let valid):
      return "unknown framework kind \(quoted(kind)) — expected one of: \(list(valid))"
    case .unknownRegion(let id, let valid):
      return "unknown region \(quoted(id)) — expected one of: \(list(valid))"
    case .unknownCountry(let id):
      return
        "unknown country \(quoted(id)) — expected the id of a country node (ISO 3166-1 alpha-2; EL and UK accepted)"
    case .unknownNode(let id):
      return "unknown node \(quoted(id)) — expected an id from nodes.csv"
    case .unknownInstrument(let text, let edgeKinds, let frameworkKinds):
      return "unknown instrument \(quoted(text)) — expected an edge kind (\(list(edgeKinds))), "
        + "a framework kind (\(list(frameworkKinds))) or a node id"
    case .unknownEdgeKind(let kind, let valid):
      return "unknown edge kind \(quoted(kind)) — expected one of: \(list(valid))"
    case .wrongKind(let id, let kind, let expected):
      return "node \(quoted(id)) has kind \(quoted(kind)) — expected \(expected)"
    case .notInResult(let id, let result):
      return "\(quoted(id)) is not in the \(result) — expected one of its member-state ids"
    case .invalidWeight(let name, let value):
      return "the \(name) weight is \(value) — expected a finite number ≥ 0"
    case .datesOutOfOrder(let from, let to):
      return "the first date (\(from)) is after the second (\(to)) — expected an earlier date first"
    case .noNodes(let kind, let plural):
      return "the dataset has no \(MetricError.oneLine(plural)) (no node of kind \(quoted(kind))), which this measure "
        + "is about — expected nodes of that kind, with their kinds given in a nodes table (columns id, kind)"
    }
  }

  /// Dataset text made safe for a one-line message: control characters become `\u{…}` escapes.
  static func oneLine(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
      if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
        || (0x202A...0x202E).contains(scalar.value)
        || (0x2066...0x2069).contains(scalar.value)
      {
        out += "\\u{" + String(scalar.value, radix: 16) + "}"
      } else {
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
