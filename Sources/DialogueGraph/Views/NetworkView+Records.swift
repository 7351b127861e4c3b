/// One link seen from one of its ends: what it is, which way it reads, who is at the other end, and
/// where it comes from. For scripts, which then never handle adjacency indices.
public struct LinkRecord: Sendable {
  /// How the link reads from the node it was looked up from.
  public enum Direction: String, Sendable {
    /// The node is the link's subject (`MD participates-in prague-process`, seen from MD).
    case outgoing
    /// The node is the link's object (the same link, seen from prague-process).
    case incoming
  }

  /// The dataset row.
  public let edge: Edge
  /// Which way the link reads from the node it was looked up from.
  public let direction: Direction
  /// The node at the other end.
  public let other: Node

  /// The link's kind (`participates-in`, `in-region`…).
  public var kind: String { edge.kind }
  /// The role of the subject in the link (`signatory`, `partner`…), if recorded.
  public var role: String? { edge.role }
  /// When the link began, if recorded.
  public var start: PartialDate? { edge.start }
  /// When the link ended, if recorded.
  public var end: PartialDate? { edge.end }
  /// The source the row cites (`com-2014-96 §2.5`).
  public var citation: String { edge.citation }
}

/// A node with the links the view keeps, for scripts: look up by id, read kinds, labels, links and
/// citations directly.
///
/// ```swift
/// let view = try network.view(asOf: Day("2013-12-31"))
/// if let moldova = view.record("MD") {
///   for link in moldova.links(kind: "participates-in") { print(link.other.label, link.citation) }
/// }
/// ```
public struct NodeRecord: Sendable {
  /// The dataset row.
  public let node: Node
  /// Every link of the node that the view keeps, outgoing first, in dataset order.
  public let links: [LinkRecord]

  /// The node's id.
  public var id: String { node.id }
  /// The node's label.
  public var label: String { node.label }
  /// The node's kind.
  public var kind: String { node.kind }
  /// The source the node's row cites.
  public var citation: String { node.citation }

  /// The links of one kind (and, optionally, one direction).
  public func links(kind: String, direction: LinkRecord.Direction? = nil) -> [LinkRecord] {
    links.filter { $0.kind == kind && (direction == nil || $0.direction == direction) }
  }

  /// The nodes at the other end of the links, each once, in link order; optionally only those of
  /// some kinds.
  public func neighbors(kinds: Set<String>? = nil) -> [Node] {
    var seen = Set<String>()
    return links.map(\.other).filter { (kinds?.contains($0.kind) ?? true) && seen.insert($0.id).inserted }
  }
}

extension NetworkView {
  /// The node with `id` (EU aliases and letter case accepted for countries, as in
  /// ``DialogueNetwork/index(of:)``) and the links the view keeps; `nil` when the network has no such
  /// node or the view leaves it out.
  /// - Complexity: O(degree of the node).
  public func record(_ id: String) -> NodeRecord? {
    guard let index = network.index(of: id), contains(node: index) else { return nil }
    return record(at: index)
  }

  /// Every node the view keeps whose kind is in `kinds` (all kept nodes for `nil`), with its links,
  /// in dataset order.
  /// - Complexity: O(n + m).
  public func records(kinds: Set<String>? = nil) -> [NodeRecord] {
    nodeIndices.filter { kinds?.contains(network.nodes[$0].kind) ?? true }.map(record(at:))
  }

  private func record(at index: Int) -> NodeRecord {
    let links = incidentEdges(of: index).map { edge, neighbor in
      LinkRecord(
        edge: network.edges[edge],
        direction: network.sourceIndices[edge] == index ? .outgoing : .incoming,
        other: network.nodes[neighbor])
    }
    return NodeRecord(node: network.nodes[index], links: links)
  }
}

extension DialogueNetwork {
  /// The network as it stood on `date` (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`, a partial date meaning
  /// its last day) under the one as-of rule, or on the dataset's reference date for `nil`, or
  /// regardless of date for `"all"`.
  /// - Throws: ``DateError`` for text that is not a date.
  public func on(_ date: String? = nil) throws(DateError) -> NetworkView {
    guard let date else { return try! view(asOf: referenceDate) }
    if date == "all" { return wholeView }
    guard let partial = PartialDate(date) else { throw DateError(text: date) }
    let last = Day(daysSince1970: partial.dayAfterLastDay.daysSince1970 - 1)
    return try! view(asOf: last)  // no kind, region or confidence filter: cannot throw
  }
}

/// Text that is not a date (`YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or `all`).
public struct DateError: Error, Sendable, CustomStringConvertible {
  public let text: String
  public var description: String { "\"\(text)\" is not a date — expected YYYY-MM-DD, YYYY-MM, YYYY or all" }
}
