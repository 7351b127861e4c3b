import DialogueGraph
import NetworkDiagrams

/// The data the page reads: every row of the dataset with its attributes, dates, status, citation
/// (and the full reference of each source it names, from `sources.csv`) and `file:line`, the kinds and confidence levels of the vocabulary, and the per-date facts
/// computed in Swift (``ExplorerTimeline``, ``ExplorerDateFacts``). Field names are short and fixed;
/// `null` stands for an empty cell.
///
/// The page embeds it as JSON in a `<script type="application/json">` element, with `<`, `>`, `&`,
/// U+2028 and U+2029 escaped (``JSONValue/serialized(pretty:escapingHTMLSensitiveCharacters:)``),
/// so no dataset text can close the element.
struct ExplorerData {
  let network: DialogueNetwork
  let timeline: ExplorerTimeline
  let facts: ExplorerDateFacts
  let options: ExplorerOptions
  /// Each source's position in ``DialogueNetwork/sources``, by id.
  let sourcePositions: [String: Int]
  /// For each link, the link whose line stands for it in the drawing (parallel links are drawn
  /// once: ``NetworkDiagram/drawnLinks(in:)``).
  let drawnLinks: [Int]

  init(network: DialogueNetwork, timeline: ExplorerTimeline, facts: ExplorerDateFacts, options: ExplorerOptions) {
    self.network = network
    self.timeline = timeline
    self.facts = facts
    self.options = options
    drawnLinks = NetworkDiagram.drawnLinks(in: network)
    sourcePositions = Dictionary(
      network.sources.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
  }

  var json: JSONValue {
    .object([
      ("dataset", .string(network.name)),
      ("initialDate", (options.asOf ?? network.referenceDate).map { .string($0.description) } ?? .null),
      ("referenceDate", network.referenceDate.map { .string($0.description) } ?? .null),
      ("dates", .array(timeline.days.map { .string($0.description) })),
      (
        "nodeKinds",
        kinds(network.nodes.map(\.kind), vocabulary: network.vocabulary.nodeKinds.map { ($0.id, $0.label) })
      ),
      (
        "edgeKinds",
        kinds(network.edges.map(\.kind), vocabulary: network.vocabulary.edgeKinds.map { ($0.id, $0.label) })
      ),
      ("confidences", .array(network.vocabulary.confidences.map(JSONValue.string))),
      (
        "memberStates",
        .array([
          .string(network.vocabulary.label(ofKind: network.conventions.memberStateKind)),
          .string(network.vocabulary.pluralLabel(ofKind: network.conventions.memberStateKind)),
        ])
      ),
      ("sources", .array(network.sources.map(source))),
      ("nodes", .array(network.nodes.indices.map(node))),
      ("edges", .array(network.edges.indices.map(edge))),
      ("regions", .array(facts.regions.map(region))),
      ("disengagement", .array(facts.disengagement.map(disengagement))),
      ("disengagementProblems", .object(facts.problems.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
    ])
  }

  /// The kinds present in the dataset, in vocabulary order, with their labels and counts.
  private func kinds(_ used: [String], vocabulary: [(id: String, label: String)]) -> JSONValue {
    var counts: [String: Int] = [:]
    for kind in used { counts[kind, default: 0] += 1 }
    let known = Set(vocabulary.map(\.id))
    let ordered =
      vocabulary.filter { counts[$0.id] != nil } + counts.keys.filter { !known.contains($0) }.sorted().map { ($0, $0) }
    return .array(
      ordered.map { kind in
        .object([("id", .string(kind.id)), ("label", .string(kind.label)), ("count", .integer(counts[kind.id] ?? 0))])
      })
  }

  private func node(_ v: Int) -> JSONValue {
    let n = network.nodes[v]
    return .object([
      ("id", .string(n.id)), ("label", .string(n.label)), ("kind", .string(n.kind)),
      ("subtype", optional(n.subtype)), ("start", optional(n.start?.description)),
      ("end", optional(n.end?.description)), ("status", optional(n.status.map(statusLabel))),
      ("city", optional(n.city)), ("amountEUR", n.amountEUR.map(JSONValue.number) ?? .null),
      ("confidence", .string(n.confidence)), ("rank", rank(n.confidence)),
      ("citation", .string(n.citation)), ("sources", sources(n.citation)), ("note", optional(n.note)),
      ("origin", .string(n.origin.description)),
      ("attributes", attributes(n.attributes)), ("prospective", .bool(network.isProspective(v))),
      ("unrecorded", unrecorded(v)), ("shown", .array(timeline.nodeRuns[v].map(JSONValue.integer))),
    ])
  }

  private func edge(_ e: Int) -> JSONValue {
    let x = network.edges[e]
    return .object([
      ("id", .string(x.id)), ("source", .integer(network.sourceIndices[e])),
      ("target", .integer(network.targetIndices[e])), ("drawnAs", .integer(drawnLinks[e])),
      ("kind", .string(x.kind)), ("role", optional(x.role)),
      ("start", optional(x.start?.description)), ("end", optional(x.end?.description)),
      ("status", optional(x.status.map(statusLabel))), ("amountEUR", x.amountEUR.map(JSONValue.number) ?? .null),
      ("weight", .number(x.weight)), ("confidence", .string(x.confidence)), ("rank", rank(x.confidence)),
      ("citation", .string(x.citation)), ("sources", sources(x.citation)), ("note", optional(x.note)),
      ("origin", .string(x.origin.description)),
      ("attributes", attributes(x.attributes)),
      ("prospective", .bool(network.presence(ofEdge: e, asOf: nil) == .prospective)),
      ("shown", .array(timeline.edgeRuns[e].map(JSONValue.integer))),
    ])
  }

  private func region(_ region: ExplorerDateFacts.Region) -> JSONValue {
    .object([
      ("node", .integer(region.node)),
      (
        "hidden",
        .array(
          region.hiddenRuns.keys.sorted().map { v in
            .array([.integer(v), .array(region.hiddenRuns[v]!.map(JSONValue.integer))])
          })
      ),
    ])
  }

  private func disengagement(_ d: ExplorerDateFacts.Disengagement) -> JSONValue {
    .object([
      ("kind", .string(d.kind)),
      (
        "runs",
        .array(
          d.runs.map { run in
            .object([
              ("from", .integer(run.from)), ("to", .integer(run.to)),
              ("rows", .array(run.rows.map { .array($0.map(JSONValue.integer)) })),
              ("notRecorded", run.notRecorded.map(JSONValue.string) ?? .null),
            ])
          })
      ),
    ])
  }

  /// A document of the sources table: id, full reference and row.
  private func source(_ source: Source) -> JSONValue {
    .object([
      ("id", .string(source.id)), ("reference", .string(source.fullReference)),
      ("origin", .string(source.origin.description)),
    ])
  }

  /// The positions in ``DialogueNetwork/sources`` of the sources a citation names
  /// (``DialogueNetwork/sources(forCitation:)``).
  private func sources(_ citation: String) -> JSONValue {
    .array(network.sources(forCitation: citation).compactMap { sourcePositions[$0.id] }.map(JSONValue.integer))
  }

  /// What the sources do not record about node `v` (``DialogueNetwork/unrecorded(_:of:)``): one
  /// `[aspect, phrase, citation, note, file:line]` per aspect.
  private func unrecorded(_ v: Int) -> JSONValue {
    .array(
      Unrecorded.Aspect.allCases.compactMap { aspect in
        network.unrecorded(aspect, of: v).map { u in
          .array([
            .string(aspect.rawValue), .string(u.phrase), .string(u.citation), optional(u.note),
            .string(u.origin.description),
          ])
        }
      })
  }

  /// "label (id)" for a status the vocabulary knows, the id otherwise.
  private func statusLabel(_ id: String) -> String {
    guard let status = network.vocabulary.status(id), status.label != id else { return id }
    return "\(status.label) (\(id))"
  }

  /// The confidence level's position in the vocabulary (0 = strongest), or null when unknown.
  private func rank(_ level: String) -> JSONValue {
    network.vocabulary.confidenceRank(level).map(JSONValue.integer) ?? .null
  }

  private func optional(_ text: String?) -> JSONValue {
    guard let text, !text.isEmpty else { return .null }
    return .string(text)
  }

  private func attributes(_ values: [String: String]) -> JSONValue {
    .array(values.keys.sorted().map { .array([.string($0), .string(values[$0]!)]) })
  }
}
