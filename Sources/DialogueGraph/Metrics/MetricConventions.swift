/// Which kinds of a dataset play which part in the analyses: which node kind is a member state,
/// which link means "takes part in", which framework kind the main job and the report focus on…
///
/// Conventions are **data**: the `conventions` object of a `vocabulary.json` (see
/// `Datasets/SCHEMA.md`, "Conventions"), read with ``DialogueNetwork/conventions``. Keys the file
/// leaves out keep the toolkit's defaults (``default``: the bundled vocabulary's), so a dataset
/// of another dialogue network that renames every kind (`state`, `joins`, `process`…) works in
/// every command, diagram and report without code changes. No command, diagram or report section
/// names a kind itself.
///
/// Node kinds that are *frameworks* or *countries* come from the vocabulary's `framework` and
/// `country` flags.
public struct MetricConventions: Sendable, Equatable, Codable {
  /// A status table the report rebuilds, e.g. COM(2014) 96's Annex I for mobility partnerships.
  public struct StatusTableConvention: Sendable, Equatable, Codable {
    /// The bilateral framework kind.
    public var frameworkKind: String
    /// What the source calls the table ("Annex I").
    public var title: String

    public init(frameworkKind: String, title: String) {
      self.frameworkKind = frameworkKind
      self.title = title
    }
  }

  /// The node kind of EU member states; a node's `start` is its accession date.
  public var memberStateKind: String
  /// The edge kind "actor participates in framework" (any role).
  public var participationEdgeKind: String
  /// The framework kind the main job, the report and `gaps` ask about when none is named.
  public var focusFrameworkKind: String
  /// The status tables the report and `status` rebuild, in order.
  public var statusTables: [StatusTableConvention]
  /// The role of the third country of a bilateral framework (holds the Annex status).
  public var partnerRole: String
  /// Participation roles that count as leadership in the engagement score.
  public var leadershipRoles: Set<String>
  /// Node kinds that, like frameworks, should be dated: instruments, programmes and agreements (an
  /// undated one holds on every date, which `dialogue validate` warns about).
  public var instrumentKinds: Set<String>
  /// The edge kind "actor hosts event".
  public var hostsEdgeKind: String
  /// The edge kind "donor funds project"; its `amount_eur` is the amount.
  public var fundsEdgeKind: String
  /// The edge kind "framework addresses thematic priority".
  public var addressesEdgeKind: String
  /// The node kind of thematic priorities (GAMM's four pillars in the default datasets).
  public var themeKind: String
  /// The node kind of regions.
  public var regionKind: String
  /// The edge kind "country is in region".
  public var inRegionEdgeKind: String
  /// The node kind of meetings and events.
  public var eventKind: String
  /// The status id that a concluded (launched) framework has.
  public var concludedStatus: String
  /// The status a framework under way but not concluded gets in derived status tables.
  public var workInProgressStatus: String
  /// The edge kind "event is part of a process or framework".
  public var partOfEdgeKind: String
  /// Edge kinds from a member state that count as "other commitments" in the engagement score
  /// (resettlement, support to a project, implementation…).
  public var commitmentEdgeKinds: Set<String>

  /// The conventions of the toolkit's default vocabulary.
  public init() { self = .default }

  /// The default conventions: the `conventions` of the bundled `Resources/vocabulary.json`
  /// (``Vocabulary/default``), which names every key — the one place the toolkit's own kind names
  /// are written.
  public static var `default`: MetricConventions { Vocabulary.default.conventions }

  /// Set in a decoder's `userInfo` to read conventions that must name every key (the bundled ones,
  /// which are the defaults of all others, so they cannot fall back on ``default``).
  static let everyKeyRequired = CodingUserInfoKey(rawValue: "MetricConventions.everyKeyRequired")!

  private enum CodingKeys: String, CodingKey {
    case memberStateKind, participationEdgeKind, focusFrameworkKind, statusTables, partnerRole, leadershipRoles
    case hostsEdgeKind, fundsEdgeKind, addressesEdgeKind, themeKind, regionKind, inRegionEdgeKind, eventKind
    case concludedStatus, workInProgressStatus, partOfEdgeKind, commitmentEdgeKinds, instrumentKinds
  }

  /// Reads the `conventions` object of a vocabulary; every key is optional, a missing one keeps
  /// the default (``default``).
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    let defaults: MetricConventions? = decoder.userInfo[Self.everyKeyRequired] == nil ? .default : nil
    func read<T: Decodable>(_ key: CodingKeys, _ field: KeyPath<MetricConventions, T>) throws -> T {
      if let decoded = try c.decodeIfPresent(T.self, forKey: key) { return decoded }
      guard let defaults else {
        throw DecodingError.keyNotFound(
          key, .init(codingPath: c.codingPath, debugDescription: "the bundled conventions name every key"))
      }
      return defaults[keyPath: field]
    }
    memberStateKind = try read(.memberStateKind, \.memberStateKind)
    participationEdgeKind = try read(.participationEdgeKind, \.participationEdgeKind)
    focusFrameworkKind = try read(.focusFrameworkKind, \.focusFrameworkKind)
    statusTables = try read(.statusTables, \.statusTables)
    partnerRole = try read(.partnerRole, \.partnerRole)
    leadershipRoles = try read(.leadershipRoles, \.leadershipRoles)
    hostsEdgeKind = try read(.hostsEdgeKind, \.hostsEdgeKind)
    fundsEdgeKind = try read(.fundsEdgeKind, \.fundsEdgeKind)
    addressesEdgeKind = try read(.addressesEdgeKind, \.addressesEdgeKind)
    themeKind = try read(.themeKind, \.themeKind)
    regionKind = try read(.regionKind, \.regionKind)
    inRegionEdgeKind = try read(.inRegionEdgeKind, \.inRegionEdgeKind)
    eventKind = try read(.eventKind, \.eventKind)
    concludedStatus = try read(.concludedStatus, \.concludedStatus)
    workInProgressStatus = try read(.workInProgressStatus, \.workInProgressStatus)
    partOfEdgeKind = try read(.partOfEdgeKind, \.partOfEdgeKind)
    commitmentEdgeKinds = try read(.commitmentEdgeKinds, \.commitmentEdgeKinds)
    instrumentKinds = try read(.instrumentKinds, \.instrumentKinds)
  }
}
