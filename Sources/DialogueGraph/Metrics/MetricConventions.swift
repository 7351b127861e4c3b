/// Which kinds of a dataset play which part in the analyses: which node kind is a member state,
/// which link means "takes part in", which framework kind the main job and the report focus on…
///
/// Conventions are **data**: the `conventions` object of a `vocabulary.json` (see
/// `Datasets/SCHEMA.md`, "Conventions"), read with ``DialogueNetwork/conventions``. Keys the file
/// leaves out keep the defaults below, which match the toolkit's default vocabulary, so a dataset
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
  public var memberStateKind = "member-state"
  /// The edge kind "actor participates in framework" (any role).
  public var participationEdgeKind = "participates-in"
  /// The framework kind the main job, the report and `gaps` ask about when none is named.
  public var focusFrameworkKind = "mobility-partnership"
  /// The status tables the report and `status` rebuild, in order.
  public var statusTables: [StatusTableConvention] = [
    .init(frameworkKind: "mobility-partnership", title: "Annex I"),
    .init(frameworkKind: "common-agenda", title: "Annex II"),
  ]
  /// The role of the third country of a bilateral framework (holds the Annex status).
  public var partnerRole = "partner"
  /// Participation roles that count as leadership in the engagement score.
  public var leadershipRoles: Set<String> = [
    "chair", "co-chair", "secretariat", "co-organiser", "lead", "steering-committee",
  ]
  /// Node kinds that, like frameworks, should be dated: instruments, programmes and agreements (an
  /// undated one holds on every date, which `dialogue validate` warns about).
  public var instrumentKinds: Set<String> = ["agreement", "instrument", "funding-programme"]
  /// The edge kind "actor hosts event".
  public var hostsEdgeKind = "hosts"
  /// The edge kind "donor funds project"; its `amount_eur` is the amount.
  public var fundsEdgeKind = "funds"
  /// The edge kind "framework addresses thematic priority".
  public var addressesEdgeKind = "addresses"
  /// The node kind of thematic priorities (GAMM's four pillars in the default datasets).
  public var themeKind = "thematic-priority"
  /// The node kind of regions.
  public var regionKind = "region"
  /// The edge kind "country is in region".
  public var inRegionEdgeKind = "in-region"
  /// The node kind of meetings and events.
  public var eventKind = "event"
  /// The status id that a concluded (launched) framework has.
  public var concludedStatus = "concluded"
  /// The status a framework under way but not concluded gets in derived status tables.
  public var workInProgressStatus = "negotiating"
  /// The edge kind "event is part of a process or framework".
  public var partOfEdgeKind = "part-of"
  /// Edge kinds from a member state that count as "other commitments" in the engagement score
  /// (resettlement, support to a project, implementation…).
  public var commitmentEdgeKinds: Set<String> = ["supports", "implements"]

  /// The conventions of the toolkit's default vocabulary.
  public init() {}

  /// The default conventions.
  public static let `default` = MetricConventions()

  private enum CodingKeys: String, CodingKey {
    case memberStateKind, participationEdgeKind, focusFrameworkKind, statusTables, partnerRole, leadershipRoles
    case hostsEdgeKind, fundsEdgeKind, addressesEdgeKind, themeKind, regionKind, inRegionEdgeKind, eventKind
    case concludedStatus, workInProgressStatus, partOfEdgeKind, commitmentEdgeKinds, instrumentKinds
  }

  /// Reads the `conventions` object of a vocabulary; every key is optional.
  public init(from decoder: any Decoder) throws {
    let c = try decoder.container(keyedBy: CodingKeys.self)
    func read<T: Decodable>(_ key: CodingKeys, _ value: inout T) throws {
      if let decoded = try c.decodeIfPresent(T.self, forKey: key) { value = decoded }
    }
    try read(.memberStateKind, &memberStateKind)
    try read(.participationEdgeKind, &participationEdgeKind)
    try read(.focusFrameworkKind, &focusFrameworkKind)
    try read(.statusTables, &statusTables)
    try read(.partnerRole, &partnerRole)
    try read(.leadershipRoles, &leadershipRoles)
    try read(.hostsEdgeKind, &hostsEdgeKind)
    try read(.fundsEdgeKind, &fundsEdgeKind)
    try read(.addressesEdgeKind, &addressesEdgeKind)
    try read(.themeKind, &themeKind)
    try read(.regionKind, &regionKind)
    try read(.inRegionEdgeKind, &inRegionEdgeKind)
    try read(.eventKind, &eventKind)
    try read(.concludedStatus, &concludedStatus)
    try read(.workInProgressStatus, &workInProgressStatus)
    try read(.partOfEdgeKind, &partOfEdgeKind)
    try read(.commitmentEdgeKinds, &commitmentEdgeKinds)
    try read(.instrumentKinds, &instrumentKinds)
  }
}
