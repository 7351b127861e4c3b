import Foundation

extension ImportedGraph {
  /// Node attributes that become ``Node`` fields; every other attribute is kept in
  /// ``Node/attributes`` under its own name.
  static let nodeFields: Set<String> = [
    "kind", "label", "subtype", "start", "end", "status", "city", "amount_eur", "citation", "confidence", "note",
  ]
  /// Edge attributes that become ``Edge`` fields; every other attribute is kept in
  /// ``Edge/attributes``.
  static let edgeFields: Set<String> = [
    "kind", "role", "start", "end", "status", "amount_eur", "weight", "citation", "confidence", "note",
  ]

  /// The network these nodes and edges describe, checked like a bare edge list: attributes named
  /// like the dataset's columns (`kind`, `label`, `start`, `end`, `status`, `citation`,
  /// `confidence`, `weight`…, see `Datasets/SCHEMA.md`) become those fields and must hold what the
  /// column holds (a vocabulary kind, a date `YYYY[-MM[-DD]]`, a number ≥ 0); a node without
  /// `kind` is a `node`, an edge without one a `link`; a node without `label` is labelled with its
  /// id; an edge without an id gets `FILE:LINE` (`FILE:LINE#k` for the k-th on one line). Citations
  /// and confidence are optional, as in an edge list. Every other attribute is kept as an extra
  /// attribute, so a toolkit export reads back to the same network.
  ///
  /// - Throws: ``DatasetError/invalid(problems:total:)`` listing every problem with file and line.
  /// - Complexity: O(n + m + total attribute text).
  func network(vocabulary: Vocabulary) throws(DatasetError) -> DialogueNetwork {
    var problems = ProblemCollector(fileOrder: [file])
    for problem in self.problems { problems.add(problem) }

    func text(_ item: Item, _ name: String) -> String? {
      guard let value = item.attributes[name], !value.isEmpty else { return nil }
      return value
    }
    func date(_ item: Item, _ name: String) -> PartialDate? {
      guard let value = text(item, name) else { return nil }
      if let date = PartialDate(value) { return date }
      // A timestamp (GEXF `datetime`, ISO 8601) keeps its day.
      if value.count > 10, value.dropFirst(10).first == "T", let date = PartialDate(String(value.prefix(10))) {
        return date
      }
      problems.add(
        DatasetProblem(
          file: file, line: item.line, column: nil, value: value, expected: "a date YYYY, YYYY-MM or YYYY-MM-DD",
          message: "bad date \(DatasetProblem.quoted(value)) in attribute \"\(name)\""))
      return nil
    }
    func number(_ item: Item, _ name: String) -> Double? {
      guard let value = text(item, name) else { return nil }
      if let number = Double(value.trimmingCharacters(in: .whitespaces)), number.isFinite { return number }
      problems.add(
        DatasetProblem(
          file: file, line: item.line, column: nil, value: value, expected: "a decimal number ≥ 0",
          message: "not a number: \(DatasetProblem.quoted(value)) in attribute \"\(name)\""))
      return nil
    }
    func extras(_ item: Item, _ fields: Set<String>) -> [String: String] {
      item.attributes.filter { !fields.contains($0.key) && !$0.value.isEmpty }
    }

    let nodes = self.nodes.map { item in
      let id = item.id ?? ""
      return Node(
        id: id, kind: text(item, "kind") ?? "node", label: text(item, "label") ?? id,
        subtype: text(item, "subtype"), start: date(item, "start"), end: date(item, "end"),
        status: text(item, "status"), city: text(item, "city"), amountEUR: number(item, "amount_eur"),
        citation: text(item, "citation") ?? "", confidence: text(item, "confidence") ?? "",
        note: text(item, "note"), attributes: extras(item, Self.nodeFields),
        origin: RowLocation(file: file, line: item.line))
    }
    // networkx numbers the parallel edges of each pair (keys 0, 1…): ids unique only per pair. When
    // the given ids repeat, each becomes SOURCE|TARGET|ID (a true duplicate is still reported).
    var seen = Set<String>()
    let idsArePerPair = self.edges.contains { item in item.id.map { !seen.insert($0).inserted } ?? false }
    var perLine: [Int: Int] = [:]
    var edges: [Edge] = []
    edges.reserveCapacity(self.edges.count)
    for (index, item) in self.edges.enumerated() {
      var id = item.id
      if let given = id, idsArePerPair { id = "\(item.source)|\(item.target)|\(given)" }
      if id == nil {
        let count = perLine[item.line, default: 0] + 1
        perLine[item.line] = count
        id = "\(file):\(item.line)" + (count > 1 ? "#\(count)" : "")
      }
      edges.append(
        Edge(
          loadedId: id, index: index, source: item.source, target: item.target,
          kind: text(item, "kind") ?? "link", role: text(item, "role"), start: date(item, "start"),
          end: date(item, "end"), status: text(item, "status"), amountEUR: number(item, "amount_eur"),
          weight: number(item, "weight") ?? 1, citation: text(item, "citation") ?? "",
          confidence: text(item, "confidence") ?? "", note: text(item, "note"),
          attributes: extras(item, Self.edgeFields), origin: RowLocation(file: file, line: item.line)))
    }
    var validator = NetworkValidator(vocabulary: vocabulary, policy: .edgeList)
    validator.nodesFile = "the file's nodes"
    let resolution = validator.validate(nodes: nodes, edges: edges, into: &problems)
    if let error = problems.error { throw error }
    return DialogueNetwork(
      validated: nodes, edges: edges, resolution: resolution, vocabulary: vocabulary, name: name ?? "")
  }
}
