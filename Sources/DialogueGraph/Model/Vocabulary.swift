import Foundation

/// The kinds of nodes and links, the roles, subtypes, statuses and confidence levels a dataset may
/// use — data, not code (see `Datasets/SCHEMA.md`, "Vocabulary").
///
/// The toolkit's default is ``Vocabulary/default`` (the bundled `vocabulary.json`); a dataset
/// folder's own `vocabulary.json` replaces it for that dataset.
///
/// ```swift
/// let vocabulary = Vocabulary.default
/// vocabulary.isCountry(kind: vocabulary.conventions.memberStateKind) // true
/// vocabulary.isFramework(kind: "mobility-partnership") // true
/// vocabulary.status(printed: "Indgået")?.id          // "concluded"
/// ```
public struct Vocabulary: Decodable, Equatable, Sendable {
  /// A kind of node.
  public struct NodeKind: Codable, Equatable, Sendable {
    /// The id used in `nodes.csv`'s `kind` column.
    public let id: String
    /// A human-readable name.
    public let label: String
    /// Whether member states join nodes of this kind (used by participation gaps).
    public let framework: Bool
    /// Whether nodes of this kind are countries (used by geographic coverage and regions).
    public let country: Bool
    /// The plural of ``label`` ("regional dialogue processes"); `nil` when the vocabulary gives
    /// none (``pluralLabel`` then appends "s").
    public var plural: String? = nil
    /// How diagrams draw nodes of this kind; `nil` for a palette colour chosen from the id.
    public var style: NodeKindStyle? = nil

    /// The plural of the label, as the vocabulary spells it.
    public var pluralLabel: String { plural ?? label + "s" }
  }

  /// How diagrams draw a node kind: a Graphviz shape, a fill and an outline colour (`#rrggbb`).
  public struct NodeKindStyle: Codable, Equatable, Sendable {
    public var shape: String
    public var fill: String
    public var outline: String?
  }

  /// How diagrams draw a link kind: a Graphviz line style, a colour and an arrowhead.
  public struct EdgeKindStyle: Codable, Equatable, Sendable {
    public var line: String
    public var colour: String
    public var arrowhead: String?
  }

  /// A kind of link.
  public struct EdgeKind: Codable, Equatable, Sendable {
    /// The id used in `edges.csv`'s `kind` column.
    public let id: String
    /// A human-readable name; "source *label* target" reads as a sentence.
    public let label: String
    /// Whether the link has a direction.
    public let directed: Bool
    /// How diagrams draw links of this kind; `nil` for a palette colour chosen from the id.
    public var style: EdgeKindStyle? = nil
  }

  /// A role of a participant (for `participates-in` links).
  public struct Role: Codable, Equatable, Sendable {
    /// The id used in `edges.csv`'s `role` column.
    public let id: String
    /// A human-readable name.
    public let label: String
  }

  /// A finer kind within a node kind (e.g. a `readmission` agreement).
  public struct Subtype: Codable, Equatable, Sendable {
    /// The node kind the subtype belongs to.
    public let kind: String
    /// The id used in `nodes.csv`'s `subtype` column.
    public let id: String
    /// A human-readable name.
    public let label: String
  }

  /// A status of a framework or link.
  public struct Status: Codable, Equatable, Sendable {
    /// The id used in the `status` columns.
    public let id: String
    /// A human-readable name.
    public let label: String
    /// The text the source document prints for this status (e.g. Annex I's "Indgået"), or "".
    public let printed: String
    /// Whether a framework with this status and no `start` has not come into being yet (talks
    /// ongoing, to be considered, proposed, planned…); see `Datasets/SCHEMA.md`, "Dates".
    public let prospective: Bool

    public init(id: String, label: String, printed: String, prospective: Bool = false) {
      self.id = id
      self.label = label
      self.printed = printed
      self.prospective = prospective
    }

    public init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: CodingKeys.self)
      id = try container.decode(String.self, forKey: .id)
      label = try container.decode(String.self, forKey: .label)
      printed = try container.decodeIfPresent(String.self, forKey: .printed) ?? ""
      prospective = try container.decodeIfPresent(Bool.self, forKey: .prospective) ?? false
    }
  }

  /// Node kinds, in the file's order.
  public let nodeKinds: [NodeKind]
  /// Edge kinds, in the file's order.
  public let edgeKinds: [EdgeKind]
  /// Roles, in the file's order.
  public let roles: [Role]
  /// Subtypes, in the file's order.
  public let subtypes: [Subtype]
  /// Statuses, in the file's order.
  public let statuses: [Status]
  /// Confidence levels, strongest first (`seed`, `high`, `medium`, `low`).
  public let confidences: [String]
  /// Which kinds play which part in the metrics (the member state, the participation link…); the
  /// toolkit's defaults where the file says nothing.
  public let conventions: MetricConventions

  private let nodeKindIndex: [String: Int]
  private let edgeKindIndex: [String: Int]
  private let roleIds: Set<String>
  private let subtypeKeys: Set<String>
  private let statusIndex: [String: Int]
  private let confidenceRanks: [String: Int]

  private enum CodingKeys: String, CodingKey {
    case nodeKinds, edgeKinds, roles, subtypes, statuses, confidences, conventions
  }

  /// Decodes the JSON shape of `vocabulary.json`.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    self.init(
      nodeKinds: try container.decode([NodeKind].self, forKey: .nodeKinds),
      edgeKinds: try container.decode([EdgeKind].self, forKey: .edgeKinds),
      roles: try container.decodeIfPresent([Role].self, forKey: .roles) ?? [],
      subtypes: try container.decodeIfPresent([Subtype].self, forKey: .subtypes) ?? [],
      statuses: try container.decodeIfPresent([Status].self, forKey: .statuses) ?? [],
      confidences: try container.decode([String].self, forKey: .confidences),
      conventions: try container.decodeIfPresent(MetricConventions.self, forKey: .conventions) ?? MetricConventions())
  }

  /// A vocabulary from its parts (for programmatic use and tests).
  public init(
    nodeKinds: [NodeKind], edgeKinds: [EdgeKind], roles: [Role] = [], subtypes: [Subtype] = [],
    statuses: [Status] = [], confidences: [String], conventions: MetricConventions = MetricConventions()
  ) {
    self.nodeKinds = nodeKinds
    self.edgeKinds = edgeKinds
    self.roles = roles
    self.subtypes = subtypes
    self.statuses = statuses
    self.confidences = confidences
    self.conventions = conventions
    nodeKindIndex = Dictionary(nodeKinds.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    edgeKindIndex = Dictionary(edgeKinds.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    roleIds = Set(roles.map(\.id))
    subtypeKeys = Set(subtypes.map { $0.kind + "\u{0}" + $0.id })
    statusIndex = Dictionary(statuses.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
    confidenceRanks = Dictionary(confidences.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
  }

  public static func == (lhs: Vocabulary, rhs: Vocabulary) -> Bool {
    lhs.nodeKinds == rhs.nodeKinds && lhs.edgeKinds == rhs.edgeKinds && lhs.roles == rhs.roles
      && lhs.subtypes == rhs.subtypes && lhs.statuses == rhs.statuses && lhs.confidences == rhs.confidences
      && lhs.conventions == rhs.conventions
  }

  /// The node kind with this id. - Complexity: O(1).
  public func nodeKind(_ id: String) -> NodeKind? { nodeKindIndex[id].map { nodeKinds[$0] } }
  /// The edge kind with this id. - Complexity: O(1).
  public func edgeKind(_ id: String) -> EdgeKind? { edgeKindIndex[id].map { edgeKinds[$0] } }
  /// Whether the role exists. - Complexity: O(1).
  public func hasRole(_ id: String) -> Bool { roleIds.contains(id) }
  /// Whether `id` is a subtype of node kind `kind`. - Complexity: O(1).
  public func hasSubtype(_ id: String, ofKind kind: String) -> Bool { subtypeKeys.contains(kind + "\u{0}" + id) }
  /// The status with this id. - Complexity: O(1).
  public func status(_ id: String) -> Status? { statusIndex[id].map { statuses[$0] } }
  /// The status a source prints as `text` (e.g. "Indgået"). - Complexity: O(statuses).
  public func status(printed text: String) -> Status? { statuses.first { !$0.printed.isEmpty && $0.printed == text } }
  /// The rank of a confidence level, 0 being the strongest; `nil` if unknown. - Complexity: O(1).
  public func confidenceRank(_ level: String) -> Int? { confidenceRanks[level] }
  /// Whether nodes of this kind are countries (`false` for an unknown kind). - Complexity: O(1).
  public func isCountry(kind: String) -> Bool { nodeKind(kind)?.country ?? false }
  /// Whether nodes of this kind are frameworks member states join. - Complexity: O(1).
  public func isFramework(kind: String) -> Bool { nodeKind(kind)?.framework ?? false }
  /// The plural label of a node kind ("mobility partnerships"), or the id for an unknown kind.
  public func pluralLabel(ofKind kind: String) -> String { nodeKind(kind)?.pluralLabel ?? kind }
  /// The label of a node kind, or the id for an unknown kind.
  public func label(ofKind kind: String) -> String { nodeKind(kind)?.label ?? kind }
  /// The node kinds whose nodes are frameworks member states join, in the file's order.
  public var frameworkKinds: [String] { nodeKinds.filter(\.framework).map(\.id) }
  /// Whether links of this kind have a direction (`true` for an unknown kind). - Complexity: O(1).
  public func isDirected(kind: String) -> Bool { edgeKind(kind)?.directed ?? true }

  /// The toolkit's default vocabulary, the bundled `Resources/vocabulary.json`.
  public static let `default`: Vocabulary = {
    guard let url = Bundle.module.url(forResource: "vocabulary", withExtension: "json"),
      let data = try? Data(contentsOf: url)
    else { preconditionFailure("the bundled vocabulary.json is missing from the DialogueGraph module") }
    let decoder = JSONDecoder()
    decoder.userInfo[MetricConventions.everyKeyRequired] = true  // they are the defaults of all others
    do { return try decoder.decode(Vocabulary.self, from: data) } catch {
      preconditionFailure("the bundled vocabulary.json does not decode: \(error)")
    }
  }()

  /// Reads a `vocabulary.json` file.
  ///
  /// - Throws: ``DatasetError/unreadable(path:reason:)`` if the file cannot be read, or
  ///   ``DatasetError/invalid(problems:total:)`` if it is not a vocabulary.
  public static func load(from url: URL) throws(DatasetError) -> Vocabulary {
    let data: Data
    do { data = try Data(contentsOf: url) } catch {
      throw .unreadable(path: url.path, reason: error.localizedDescription)
    }
    do { return try JSONDecoder().decode(Vocabulary.self, from: data) } catch {
      let problem = DatasetProblem(
        file: url.lastPathComponent, line: nil, column: nil, value: nil,
        expected: "the shape of Datasets/SCHEMA.md, \"Vocabulary\"",
        message: "not a vocabulary: \(Vocabulary.explain(error))")
      throw .invalid(problems: [problem], total: 1)
    }
  }

  /// A short explanation of a decoding error, naming the JSON path.
  private static func explain(_ error: any Error) -> String {
    func path(_ keys: [any CodingKey]) -> String {
      keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }
    switch error {
    case DecodingError.keyNotFound(let key, let context): return "missing key \(path(context.codingPath + [key]))"
    case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
      return "wrong type at \(path(context.codingPath))"
    case DecodingError.dataCorrupted(let context):
      return context.codingPath.isEmpty ? "malformed JSON" : "bad value at \(path(context.codingPath))"
    default: return "\(error)"
    }
  }
}
