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
    /// Edge indices by id; when ``automaticIdFile`` is set, only the ids that were given.
    var edgeIndex: [String: Int]
    /// Set when the edges without an id (``Edge/hasAutomaticId``) all come from this file, in
    /// strictly increasing lines, and no given id looks like theirs: their ids (`file:line`) are
    /// then found by line (binary search) instead of being stored in ``edgeIndex``.
    var automaticIdFile: String?
    var sources: [Int]
    var targets: [Int]
  }

  let vocabulary: Vocabulary
  let policy: Policy
  /// Whether kinds, roles, statuses and confidences still need checking (the loader checks them
  /// cell by cell and turns this off).
  var checksVocabulary = true
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

  /// The column number of a field in a file, if known.
  func column(_ file: String, _ field: String) -> Int? { columnNumbers[file]?[field] }

  /// Validates `nodes` and `edges`, adding every problem to `problems`.
  ///
  /// - Parameter resolved: node indices of the endpoints when the caller already found them
  ///   (-1 where not found); otherwise they are looked up here.
  /// - Complexity: O(n + m) expected (hashing).
  func validate(
    nodes: [Node], edges: [Edge], resolved: (sources: [Int], targets: [Int])? = nil,
    into problems: inout ProblemCollector
  ) -> Resolution {
    // Unsafe buffers read fields in place; array subscripts here copied whole structs (measured).
    nodes.withUnsafeBufferPointer { nodes in
      edges.withUnsafeBufferPointer { edges in
        validate(nodes: nodes, edges: edges, resolved: resolved, into: &problems)
      }
    }
  }

  private func validate(
    nodes: UnsafeBufferPointer<Node>, edges: UnsafeBufferPointer<Edge>, resolved: (sources: [Int], targets: [Int])?,
    into problems: inout ProblemCollector
  ) -> Resolution {
    var nodeIndex: [String: Int] = [:]
    nodeIndex.reserveCapacity(nodes.count)
    // Indexing (not `for node in nodes`) borrows each element instead of copying it.
    for i in nodes.indices {
      checkNode(nodes.baseAddress! + i, into: &problems)
      let id = nodes[i].id
      if id.isEmpty { continue }
      if let first = nodeIndex.updateValue(i, forKey: id) {
        nodeIndex[id] = first
        report(
          nodes[i].origin, "id", id, "a unique id (first used on line \(nodes[first].origin.line))",
          "duplicate id \(DatasetProblem.quoted(id))", into: &problems)
      }
    }
    var sources = resolved?.sources ?? [Int](repeating: -1, count: edges.count)
    var targets = resolved?.targets ?? [Int](repeating: -1, count: edges.count)
    let automaticIdFile = NetworkValidator.lazyAutomaticIdFile(edges)
    var edgeIndex: [String: Int] = [:]
    edgeIndex.reserveCapacity(automaticIdFile == nil ? edges.count : edges.count / 8)
    for e in edges.indices {
      checkEdge(edges.baseAddress! + e, into: &problems)
      // Automatic ids of increasing lines are unique and collide with no given id (checked above).
      if automaticIdFile == nil || !edges[e].hasAutomaticId {
        let id = edges[e].id
        if let first = edgeIndex.updateValue(e, forKey: id) {
          edgeIndex[id] = first
          report(
            edges[e].origin, "id", id, "a unique id (first used on line \(edges[first].origin.line))",
            "duplicate id \(DatasetProblem.quoted(id))", into: &problems)
        }
      }
      if sources[e] < 0 { sources[e] = resolve(edges[e].source, "source", edges[e], nodeIndex, &problems) }
      if targets[e] < 0 { targets[e] = resolve(edges[e].target, "target", edges[e], nodeIndex, &problems) }
    }
    reportPartOfCycles(nodes: nodes, edges: edges, sources: sources, targets: targets, into: &problems)
    return Resolution(
      nodeIndex: nodeIndex, edgeIndex: edgeIndex, automaticIdFile: automaticIdFile, sources: sources,
      targets: targets)
  }

  /// The file of the automatic edge ids when they can be looked up by line rather than stored:
  /// every edge's line is greater than the previous edge's, every edge without an id comes from the
  /// same file, and no given id equals an automatic one. `nil` otherwise (then every id is stored
  /// and checked for duplicates as it is).
  ///
  /// - Complexity: O(m + k log m), k the given ids that start with `file:`.
  static func lazyAutomaticIdFile(_ edges: UnsafeBufferPointer<Edge>) -> String? {
    var file: String? = nil
    var previousLine = Int.min
    for e in edges.indices {
      let line = edges[e].origin.line
      guard line > previousLine else { return nil }
      previousLine = line
      if edges[e].hasAutomaticId {
        if file == nil {
          file = edges[e].origin.file
        } else if edges[e].origin.file != file {
          return nil
        }
      }
    }
    guard let file else { return nil }
    let prefix = file + ":"
    for e in edges.indices where !edges[e].hasAutomaticId {
      let id = edges[e].id
      if id.utf8.count > prefix.utf8.count, id.utf8.starts(with: prefix.utf8),
        automaticEdge(withId: id, file: file, in: edges) != nil
      {
        return nil
      }
    }
    return file
  }

  /// The index of the edge without a given id whose automatic id is `id` (`file:line`), found by
  /// binary search over lines; the edges' lines must increase strictly.
  ///
  /// - Complexity: O(log m).
  static func automaticEdge(withId id: String, file: String, in edges: UnsafeBufferPointer<Edge>) -> Int? {
    guard let colon = id.utf8.lastIndex(of: UInt8(ascii: ":")) else { return nil }
    guard let line = Int(id[id.utf8.index(after: colon)...]), line > 0 else { return nil }
    var low = 0
    var high = edges.count
    while low < high {
      let mid = (low + high) / 2
      if edges[mid].origin.line < line { low = mid + 1 } else { high = mid }
    }
    guard low < edges.count, edges[low].origin.line == line, edges[low].hasAutomaticId,
      edges[low].origin.file == file, Edge.automaticId(edges[low].origin) == id
    else { return nil }
    return low
  }

  /// The index of an endpoint id, reporting it when unknown (-1 when empty or unknown).
  private func resolve(
    _ id: String, _ field: String, _ edge: Edge, _ nodeIndex: [String: Int], _ problems: inout ProblemCollector
  ) -> Int {
    if id.isEmpty { return -1 }
    if let index = nodeIndex[id] { return index }
    if !referencesUnknowable && !rejectedIds.contains(id) {
      report(
        edge.origin, field, id, "an id from \(nodesFile)",
        "unknown node \(DatasetProblem.quoted(id)) in column \"\(field)\"", into: &problems)
    }
    return -1
  }

  // The checks take pointers: passing `nodes[i]` or `edges[e]` copied the whole struct (retaining
  // every string) even as a `borrowing` parameter (measured with callgrind).
  private func checkNode(_ node: UnsafePointer<Node>, into problems: inout ProblemCollector) {
    let o = node.pointee.origin
    require(o, "id", node.pointee.id, into: &problems)
    require(o, "label", node.pointee.label, into: &problems)
    if require(o, "kind", node.pointee.kind, into: &problems) {
      checkVocabulary(.nodeKind, node.pointee.kind, o, &problems)
    }
    if let subtype = node.pointee.subtype, !vocabulary.hasSubtype(subtype, ofKind: node.pointee.kind) {
      report(
        o, "subtype", subtype, "a subtype of \"\(node.pointee.kind)\" from the vocabulary",
        "unknown subtype \(DatasetProblem.quoted(subtype))", into: &problems)
    }
    checkCommon(
      o, status: node.pointee.status, amount: node.pointee.amountEUR, weight: nil, start: node.pointee.start,
      end: node.pointee.end, citation: node.pointee.citation, confidence: node.pointee.confidence,
      into: &problems)
  }

  private func checkEdge(_ edge: UnsafePointer<Edge>, into problems: inout ProblemCollector) {
    let o = edge.pointee.origin
    require(o, "source", edge.pointee.source, into: &problems)
    require(o, "target", edge.pointee.target, into: &problems)
    if require(o, "kind", edge.pointee.kind, into: &problems) {
      checkVocabulary(.edgeKind, edge.pointee.kind, o, &problems)
    }
    if let role = edge.pointee.role { checkVocabulary(.role, role, o, &problems) }
    checkCommon(
      o, status: edge.pointee.status, amount: edge.pointee.amountEUR, weight: edge.pointee.weight,
      start: edge.pointee.start, end: edge.pointee.end, citation: edge.pointee.citation,
      confidence: edge.pointee.confidence, into: &problems)
  }

  private func checkCommon(
    _ o: RowLocation, status: String?, amount: Double?, weight: Double?, start: PartialDate?,
    end: PartialDate?, citation: String, confidence: String, into problems: inout ProblemCollector
  ) {
    if let status { checkVocabulary(.status, status, o, &problems) }
    if let amount, !(amount.isFinite && amount >= 0) {
      report(o, "amount_eur", "\(amount)", "a decimal number ≥ 0", "negative or non-finite amount", into: &problems)
    } else if let amount, amount > ValueRanges.maximumAmountEUR {
      report(
        o, "amount_eur", "\(amount)", "at most \(ValueRanges.maximumText) euros", "amount beyond any real funding",
        into: &problems)
    }
    if let weight, !(weight.isFinite && weight >= 0) {
      report(o, "weight", "\(weight)", "a decimal number ≥ 0", "negative or non-finite weight", into: &problems)
    } else if let weight, weight > ValueRanges.maximumWeight {
      report(
        o, "weight", "\(weight)", "at most \(ValueRanges.maximumText)", "weight too large to add up", into: &problems)
    }
    if let start, let end, end.dayAfterLastDay <= start.firstDay {
      report(
        o, "end", end.description, "an end on or after the start (\(start))", "end \(end) is before start \(start)",
        into: &problems)
    }
    if policy == .dataset {
      require(o, "citation", citation, into: &problems)
      if require(o, "confidence", confidence, into: &problems) {
        checkVocabulary(.confidence, confidence, o, &problems)
      }
    } else if !confidence.isEmpty {
      checkVocabulary(.confidence, confidence, o, &problems)
    }
  }

  /// Reports a value the vocabulary does not know (unless the loader already checked).
  private func checkVocabulary(
    _ field: VocabularyField, _ value: String, _ o: RowLocation, _ problems: inout ProblemCollector
  ) {
    guard checksVocabulary, field.canonical(value, in: vocabulary) != value else { return }
    report(o, field.column, value, field.expected(vocabulary), field.message(value), into: &problems)
  }

  /// Reports an empty required field; returns whether the field was given.
  @discardableResult
  private func require(_ o: RowLocation, _ field: String, _ value: String, into problems: inout ProblemCollector)
    -> Bool
  {
    guard value.isEmpty else { return true }
    report(o, field, nil, "a value (the column is required)", "missing \(field)", into: &problems)
    return false
  }

  /// Adds a problem at a row's location and a field's column.
  func report(
    _ origin: RowLocation, _ field: String, _ value: String?, _ expected: String, _ message: String,
    into problems: inout ProblemCollector
  ) {
    problems.add(
      DatasetProblem(
        file: origin.file, line: origin.line > 0 ? origin.line : nil, column: column(origin.file, field),
        value: value, expected: expected, message: message))
  }

  /// Reports each cycle of `part-of` links once, at the link that closes it.
  ///
  /// Iterative depth-first search with three colours over the `part-of` links, roots in index order.
  /// - Complexity: O(n + m).
  private func reportPartOfCycles(
    nodes: UnsafeBufferPointer<Node>, edges: UnsafeBufferPointer<Edge>, sources: [Int], targets: [Int],
    into problems: inout ProblemCollector
  ) {
    // The part-of links of each node, in edge order, as offsets into one list (counting sort):
    // arrays instead of a dictionary of arrays, which allocated one array per node.
    var offsets = [Int](repeating: 0, count: nodes.count + 1)
    var partOf: [Int] = []
    for e in edges.indices where sources[e] >= 0 && targets[e] >= 0 && edges[e].kind == "part-of" {
      partOf.append(e)
      offsets[sources[e] + 1] += 1
    }
    guard !partOf.isEmpty else { return }
    for v in 0..<nodes.count { offsets[v + 1] += offsets[v] }
    var outgoing = [Int](repeating: 0, count: partOf.count)
    var fill = offsets
    for e in partOf {
      outgoing[fill[sources[e]]] = e
      fill[sources[e]] += 1
    }
    var colour = [UInt8](repeating: 0, count: nodes.count)  // 0: unvisited, 1: on the stack, 2: done
    for root in 0..<nodes.count where offsets[root] < offsets[root + 1] && colour[root] == 0 {
      var stack: [(node: Int, next: Int)] = [(root, 0)]
      var path = [root]
      colour[root] = 1
      while let top = stack.last {
        let list = outgoing[offsets[top.node]..<offsets[top.node + 1]]
        if top.next == list.count {
          colour[top.node] = 2
          stack.removeLast()
          path.removeLast()
          continue
        }
        stack[stack.count - 1].next += 1
        let e = list[list.startIndex + top.next]
        let child = targets[e]
        switch colour[child] {
        case 0:
          colour[child] = 1
          stack.append((child, 0))
          path.append(child)
        case 1:
          let cycle = Array(path[(path.lastIndex(of: child) ?? 0)...] + [child]).map { nodes[$0].id }
          report(
            edges[e].origin, "target", edges[e].target, "part-of links without a cycle",
            "part-of cycle: " + Self.shortened(cycle), into: &problems)
        default: break
        }
      }
    }
  }

  /// A cycle's ids joined by arrows; a long cycle shows its first four and last three ids and how
  /// many lie between, so the message stays one readable line.
  static func shortened(_ cycle: [String]) -> String {
    guard cycle.count > 9 else { return cycle.joined(separator: " → ") }
    let omitted = cycle.count - 7
    return (cycle.prefix(4) + ["… \(omitted) more …"] + cycle.suffix(3)).joined(separator: " → ")
  }
}
