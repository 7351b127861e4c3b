/// The ids through which the metrics read a dataset: which node kind is a member state, which edge
/// kind is participation, which roles are leadership, and so on.
///
/// Node kinds that are *frameworks* or *countries* come from the vocabulary's `framework` and
/// `country` flags; the ids here name the few conventions that `Datasets/SCHEMA.md` describes in
/// prose. The defaults match the toolkit's default vocabulary; a dataset with its own
/// `vocabulary.json` that renames them passes its own conventions.
public struct MetricConventions: Sendable, Equatable {
  /// The node kind of EU member states; a node's `start` is its accession date.
  public var memberStateKind = "member-state"
  /// The edge kind "actor participates in framework" (any role).
  public var participationEdgeKind = "participates-in"
  /// The role of the third country of a bilateral framework (holds the Annex status).
  public var partnerRole = "partner"
  /// Participation roles that count as leadership in the engagement score.
  public var leadershipRoles: Set<String> = [
    "chair", "co-chair", "secretariat", "co-organiser", "lead", "steering-committee",
  ]
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
}
