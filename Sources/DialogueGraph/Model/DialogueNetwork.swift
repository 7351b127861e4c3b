/// A dialogue network: typed, dated, sourced nodes and links, immutable once built.
///
/// Nodes and edges are addressed by their position (`Int` index) in ``nodes`` and ``edges``; ids are
/// looked up in O(1) with ``index(of:)`` and ``node(_:)``, which accept the EU's country codes `EL`
/// and `UK` for `GR` and `GB`. Questions about a subset or a date go through a ``NetworkView``.
///
/// ```swift
/// let network = try DialogueNetwork.load(path: "Datasets/gamm-2012-2013")
/// let moldova = network.node("md")!               // country codes are case-insensitive
/// for e in network.outgoingEdges(of: network.index(of: "DE")!) { print(network.edges[e]) }
/// ```
public final class DialogueNetwork: Sendable {
  /// The dataset's name: its folder name (or the edge list's file name without extension).
  public let name: String
  /// The vocabulary the network was validated against.
  public let vocabulary: Vocabulary
  /// The nodes, in file order.
  public let nodes: [Node]
  /// The edges, in file order; `edges[i].index == i`.
  public let edges: [Edge]
  /// `sourceIndices[e]` is the node index of edge `e`'s source.
  public let sourceIndices: [Int]
  /// `targetIndices[e]` is the node index of edge `e`'s target.
  public let targetIndices: [Int]
  /// The documents the rows cite (`sources.csv`); empty when the dataset has no sources table.
  public let sourceTable: SourceTable
  /// The date the dataset describes (its descriptor's `referenceDate`): every command answers for
  /// it when no date is asked for. `nil` when the dataset declares none (answers are then
  /// regardless of date).
  public let referenceDate: Day?
  /// What the sources do not record (`unrecorded.csv`), in file order; see ``Unrecorded``.
  public let unrecordedDeclarations: [Unrecorded]
  /// Which kinds play which part in the analyses (the vocabulary's conventions).
  public var conventions: MetricConventions { vocabulary.conventions }

  let unrecordedIndex: [String: Unrecorded]

  private let nodeIndexById: [String: Int]
  private let edgeIndexById: [String: Int]
  /// When set, edges without an id are not in `edgeIndexById`: their ids (`file:line`) are found by
  /// line (see ``NetworkValidator/Resolution/automaticIdFile``).
  private let automaticIdFile: String?
  private let outOffsets: [Int]
  private let outList: [Int]
  private let inOffsets: [Int]
  private let inList: [Int]

  /// Builds and validates a network from nodes and edges made in code.
  ///
  /// Each node and edge passes the same checks as a dataset row: required fields, kinds, roles,
  /// subtypes, statuses and confidences from `vocabulary`, amounts and weights ≥ 0, `end` not
  /// before `start`, unique node and edge ids, references to existing nodes, no `part-of` cycle.
  /// - Throws: ``DatasetError/invalid(problems:total:)`` listing every problem (positions come from
  ///   each item's `origin`).
  /// - Complexity: O(n + m) expected.
  /// With `sources`, every citation must name its sources by id, as in a dataset with `sources.csv`.
  public convenience init(
    nodes: [Node], edges: [Edge], vocabulary: Vocabulary = .default, name: String = "",
    referenceDate: Day? = nil, unrecorded: [Unrecorded] = [], sources: [Source] = []
  ) throws(DatasetError) {
    let validator = NetworkValidator(vocabulary: vocabulary, policy: .dataset)
    var problems = ProblemCollector(fileOrder: [])
    let resolution = validator.validate(nodes: nodes, edges: edges, into: &problems)
    let table = SourceTable(sources)
    if !sources.isEmpty {
      var citations = CitationCheck(sources: table, rejectedIds: [])
      citations.check(nodes: nodes, edges: edges, validator: validator, problems: &problems)
    }
    if let error = problems.error { throw error }
    self.init(
      validated: nodes, edges: edges, resolution: resolution, vocabulary: vocabulary, name: name,
      referenceDate: referenceDate, unrecorded: unrecorded, sources: table)
  }

  /// Builds the lookup tables of an already validated network (every endpoint resolved).
  init(
    validated nodes: [Node], edges: [Edge], resolution: NetworkValidator.Resolution, vocabulary: Vocabulary,
    name: String, referenceDate: Day? = nil, unrecorded: [Unrecorded] = [], sources: SourceTable = SourceTable()
  ) {
    self.name = name
    self.sourceTable = sources
    self.referenceDate = referenceDate
    self.unrecordedDeclarations = unrecorded
    self.unrecordedIndex = Dictionary(
      unrecorded.map { (DialogueNetwork.unrecordedKey($0.aspect, $0.subject, kind: $0.subjectIsKind), $0) },
      uniquingKeysWith: { first, _ in first })
    self.vocabulary = vocabulary
    self.nodes = nodes
    if edges.withUnsafeBufferPointer({ buffer in buffer.indices.allSatisfy { buffer[$0].index == $0 } }) {
      self.edges = edges  // the loader numbers edges as it reads them: no copy
    } else {
      var numbered = edges
      for i in numbered.indices { numbered[i].index = i }
      self.edges = numbered
    }
    sourceIndices = resolution.sources
    targetIndices = resolution.targets
    nodeIndexById = resolution.nodeIndex
    edgeIndexById = resolution.edgeIndex
    automaticIdFile = resolution.automaticIdFile
    (outOffsets, outList) = DialogueNetwork.incidence(nodeCount: nodes.count, endpoints: resolution.sources)
    (inOffsets, inList) = DialogueNetwork.incidence(nodeCount: nodes.count, endpoints: resolution.targets)
  }

  /// Counting sort of edge indices by endpoint: CSR offsets and lists, each list in edge order.
  private static func incidence(nodeCount: Int, endpoints: [Int]) -> ([Int], [Int]) {
    var offsets = [Int](repeating: 0, count: nodeCount + 1)
    for v in endpoints { offsets[v + 1] += 1 }
    for v in 0..<nodeCount { offsets[v + 1] += offsets[v] }
    var next = offsets
    var list = [Int](repeating: 0, count: endpoints.count)
    for (e, v) in endpoints.enumerated() {
      list[next[v]] = e
      next[v] += 1
    }
    return (offsets, list)
  }

  /// The index of the node with this id, or `nil`.
  ///
  /// Exact ids match first. Otherwise a two-letter id is read as a country code: case does not
  /// matter and the EU's codes `EL` (Greece) and `UK` (United Kingdom) stand for `GR` and `GB`; it
  /// matches only a node whose kind is a country kind.
  /// - Complexity: O(1) expected.
  public func index(of id: String) -> Int? {
    if let index = nodeIndexById[id] { return index }
    guard id.utf8.count == 2, id.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
    var code = id.uppercased()
    if code == "EL" { code = "GR" } else if code == "UK" { code = "GB" }
    guard let index = nodeIndexById[code], vocabulary.isCountry(kind: nodes[index].kind) else { return nil }
    return index
  }

  /// The node with this id (see ``index(of:)`` for aliases), or `nil`.
  /// - Complexity: O(1) expected.
  public func node(_ id: String) -> Node? { index(of: id).map { nodes[$0] } }

  /// The index of the edge with this id (its `id` column or `edges.csv:LINE`), or `nil`.
  /// - Complexity: O(1) expected for a given id, O(log m) for an automatic one.
  public func edgeIndex(of id: String) -> Int? {
    if let index = edgeIndexById[id] { return index }
    guard let automaticIdFile else { return nil }
    return edges.withUnsafeBufferPointer { NetworkValidator.automaticEdge(withId: id, file: automaticIdFile, in: $0) }
  }

  /// The indices of the edges whose source is `node`, in edge order.
  /// - Complexity: O(1).
  public func outgoingEdges(of node: Int) -> ArraySlice<Int> { outList[outOffsets[node]..<outOffsets[node + 1]] }

  /// The indices of the edges whose target is `node`, in edge order.
  /// - Complexity: O(1).
  public func incomingEdges(of node: Int) -> ArraySlice<Int> { inList[inOffsets[node]..<inOffsets[node + 1]] }
}
