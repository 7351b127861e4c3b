/// The checks every network passes, whether read from files or built in code: required fields,
/// vocabulary membership, amounts and weights, date order, unique ids, node references and
/// `part-of` cycles. (Syntax — CSV, dates and numbers as text — is the loader's job.)
struct NetworkValidator {
  /// How strict the required fields are.
  enum Policy {
    /// A dataset folder: `citation` and `confidence` are required.
    case dataset
    /// A bare edge list: there is no citation or confidence to require.
    case edgeList
  }

  /// What validation produced besides problems: the lookup tables the network keeps.
  struct Resolution {
    var nodeIndex: [String: Int]
    var sources: [Int]
    var targets: [Int]
  }

  let vocabulary: Vocabulary
  let policy: Policy
  /// Ids of rows the loader rejected: references to them are not reported again.
  var rejectedIds: Set<String> = []
  /// The file name nodes come from (for reference messages).
  var nodesFile = "nodes.csv"
  /// Set when the node ids could not be read at all: unknown references are then not reported.
  var referencesUnknowable = false
  /// Column numbers by file and column name, filled in by the loader.
  private var columnNumbers: [String: [String: Int]] = [:]

  /// A validator with no column numbers and no rejected ids yet.
  init(vocabulary: Vocabulary, policy: Policy) {
    self.vocabulary = vocabulary
    self.policy = policy
  }

  /// Records the column numbers of a file's header, for problem positions.
  mutating func setColumns(file: String, _ numbers: [String: Int]) {
    columnNumbers[file] = numbers
  }

  /// Validates `nodes` and `edges`, adding every problem to `problems`.
  ///
  /// - Complexity: O(n + m) expected (hashing), plus O(m) for the cycle check.
  func validate(nodes: [Node], edges: [Edge], into problems: inout ProblemCollector) -> Resolution {
    var nodeIndex: [String: Int] = [:]
    nodeIndex.reserveCapacity(nodes.count)
    for (i, node) in nodes.enumerated() {
      checkNode(node, into: &problems)
      if node.id.isEmpty { continue }
      if let first = nodeIndex[node.id] {
        report(
          node.origin, "id", node.id, "a unique id (first used on line \(nodes[first].origin.line))",
          "duplicate id \(DatasetProblem.quoted(node.id))", into: &problems)
      } else {
        nodeIndex[node.id] = i
      }
    }
    var sources = [Int](repeating: -1, count: edges.count)
    var targets = [Int](repeating: -1, count: edges.count)
    var edgeIds: [String: Int] = [:]
    edgeIds.reserveCapacity(edges.count)
    for (e, edge) in edges.enumerated() {
      checkEdge(edge, into: &problems)
      if let first = edgeIds.updateValue(e, forKey: edge.id) {
        edgeIds[edge.id] = first
        report(
          edge.origin, "id", edge.id, "a unique id (first used on line \(edges[first].origin.line))",
          "duplicate id \(DatasetProblem.quoted(edge.id))", into: &problems)
      }
      for (field, id) in [("source", edge.source), ("target", edge.target)] where !id.isEmpty {
        if let index = nodeIndex[id] {
          if field == "source" { sources[e] = index } else { targets[e] = index }
        } else if !referencesUnknowable && !rejectedIds.contains(id) {
          report(
            edge.origin, field, id, "an id from \(nodesFile)",
            "unknown node \(DatasetProblem.quoted(id)) in column \"\(field)\"", into: &problems)
        }
      }
    }
    reportPartOfCycles(nodes: nodes, edges: edges, sources: sources, targets: targets, into: &problems)
    return Resolution(nodeIndex: nodeIndex, sources: sources, targets: targets)
  }

  private func checkNode(_ node: Node, into problems: inout ProblemCollector) {
    let o = node.origin
    require(o, "id", node.id, into: &problems)
    require(o, "label", node.label, into: &problems)
    if require(o, "kind", node.kind, into: &problems), vocabulary.nodeKind(node.kind) == nil {
      report(o, "kind", node.kind, "a node kind from the vocabulary", "unknown node kind \(DatasetProblem.quoted(node.kind))", into: &problems)
    }
    if let subtype = node.subtype, !vocabulary.hasSubtype(subtype, ofKind: node.kind) {
      report(o, "subtype", subtype, "a subtype of \"\(node.kind)\" from the vocabulary", "unknown subtype \(DatasetProblem.quoted(subtype))", into: &problems)
    }
    checkCommon(o, status: node.status, amount: node.amountEUR, weight: nil, start: node.start, end: node.end, citation: node.citation, confidence: node.confidence, into: &problems)
  }

  private func checkEdge(_ edge: Edge, into problems: inout ProblemCollector) {
    let o = edge.origin
    require(o, "source", edge.source, into: &problems)
    require(o, "target", edge.target, into: &problems)
    if require(o, "kind", edge.kind, into: &problems), vocabulary.edgeKind(edge.kind) == nil {
      report(o, "kind", edge.kind, "an edge kind from the vocabulary", "unknown edge kind \(DatasetProblem.quoted(edge.kind))", into: &problems)
    }
    if let role = edge.role, !vocabulary.hasRole(role) {
      report(o, "role", role, "a role from the vocabulary", "unknown role \(DatasetProblem.quoted(role))", into: &problems)
    }
    checkCommon(o, status: edge.status, amount: edge.amountEUR, weight: edge.weight, start: edge.start, end: edge.end, citation: edge.citation, confidence: edge.confidence, into: &problems)
  }

  private func checkCommon(
    _ o: RowLocation, status: String?, amount: Double?, weight: Double?, start: PartialDate?,
    end: PartialDate?, citation: String, confidence: String, into problems: inout ProblemCollector
  ) {
    if let status, vocabulary.status(status) == nil {
      report(o, "status", status, "a status from the vocabulary", "unknown status \(DatasetProblem.quoted(status))", into: &problems)
    }
    if let amount, !(amount.isFinite && amount >= 0) {
      report(o, "amount_eur", "\(amount)", "a decimal number ≥ 0", "negative or non-finite amount", into: &problems)
    }
    if let weight, !(weight.isFinite && weight >= 0) {
      report(o, "weight", "\(weight)", "a decimal number ≥ 0", "negative or non-finite weight", into: &problems)
    }
    if let start, let end, end.dayAfterLastDay <= start.firstDay {
      report(o, "end", end.description, "an end on or after the start (\(start))", "end \(end) is before start \(start)", into: &problems)
    }
    if policy == .dataset {
      require(o, "citation", citation, into: &problems)
      if require(o, "confidence", confidence, into: &problems), vocabulary.confidenceRank(confidence) == nil {
        report(o, "confidence", confidence, "one of \(vocabulary.confidences.joined(separator: ", "))", "unknown confidence \(DatasetProblem.quoted(confidence))", into: &problems)
      }
    } else if !confidence.isEmpty, vocabulary.confidenceRank(confidence) == nil {
      report(o, "confidence", confidence, "one of \(vocabulary.confidences.joined(separator: ", "))", "unknown confidence \(DatasetProblem.quoted(confidence))", into: &problems)
    }
  }

  /// Reports an empty required field; returns whether the field was given.
  @discardableResult
  private func require(_ o: RowLocation, _ field: String, _ value: String, into problems: inout ProblemCollector) -> Bool {
    guard value.isEmpty else { return true }
    report(o, field, nil, "a value (the column is required)", "missing \(field)", into: &problems)
    return false
  }

  func report(
    _ origin: RowLocation, _ field: String, _ value: String?, _ expected: String, _ message: String,
    into problems: inout ProblemCollector
  ) {
    problems.add(
      DatasetProblem(
        file: origin.file, line: origin.line > 0 ? origin.line : nil, column: columnNumbers[origin.file]?[field],
        value: value, expected: expected, message: message))
  }

  /// Reports each cycle of `part-of` links once, at the link that closes it.
  ///
  /// Iterative depth-first search with three colours over the `part-of` links.
  /// - Complexity: O(n + m).
  private func reportPartOfCycles(nodes: [Node], edges: [Edge], sources: [Int], targets: [Int], into problems: inout ProblemCollector) {
    var outgoing: [Int: [Int]] = [:]  // node → part-of edge indices
    for (e, edge) in edges.enumerated() where edge.kind == "part-of" && sources[e] >= 0 && targets[e] >= 0 {
      outgoing[sources[e], default: []].append(e)
    }
    guard !outgoing.isEmpty else { return }
    var colour: [Int: UInt8] = [:]  // absent: unvisited, 1: on the stack, 2: done
    var pathNodes: [Int] = []
    for root in outgoing.keys.sorted() where colour[root] == nil {
      var stack: [(node: Int, next: Int)] = [(root, 0)]
      colour[root] = 1
      pathNodes = [root]
      while let top = stack.last {
        let list = outgoing[top.node] ?? []
        if top.next == list.count {
          colour[top.node] = 2
          stack.removeLast()
          pathNodes.removeLast()
          continue
        }
        stack[stack.count - 1].next += 1
        let e = list[top.next]
        let child = targets[e]
        switch colour[child] {
        case nil:
          colour[child] = 1
          stack.append((child, 0))
          pathNodes.append(child)
        case 1:
          let cycleStart = pathNodes.lastIndex(of: child) ?? 0
          let ids = (pathNodes[cycleStart...] + [child]).map { nodes[$0].id }
          report(
            edges[e].origin, "target", edges[e].target, "part-of links without a cycle",
            "part-of cycle: " + ids.joined(separator: " → "), into: &problems)
        default: break
        }
      }
    }
  }
}
