import DialogueGraph

/// Finds a node a user typed, with messages that say what to try instead.
enum NodeLookup {
  /// The network index of `id` (EU aliases `EL`→`GR`, `UK`→`GB` and any letter case accepted for
  /// countries), which must also be kept by `view`.
  /// - Throws: ``CommandFailure`` (exit 1) for an unknown id or a node the filters leave out.
  static func require(_ id: String, in view: NetworkView) throws(CommandFailure) -> Int {
    let network = view.network
    guard let index = network.index(of: id) else {
      let hint =
        nearMatches(id, in: network).map { "did you mean \($0)?" } ?? "see 'dialogue list nodes'"
      throw CommandFailure("unknown node \(quoted(id)) — expected an id from nodes.csv (\(hint))")
    }
    guard view.contains(node: index) else {
      let node = network.nodes[index]
      var reason = "the filters leave it out"
      if let asOf = view.asOf {
        switch network.presence(ofNode: index, asOf: asOf) {
        case .prospective:
          reason = "it is prospective (\(node.status ?? "no status"), no start date): it exists on no date"
        case .absent:
          reason =
            "it does not exist on \(asOf)" + (node.start.map { " (start \($0))" } ?? "")
            + (node.end.map { " (end \($0))" } ?? "")
        case .holds: break
        }
      }
      throw CommandFailure("node \(quoted(node.id)) is not in the network you asked for: \(reason)")
    }
    return index
  }

  /// The nodes whose id or label is nearest to `typed` (see ``Suggestions``), as `MD (Moldova), …`;
  /// `nil` when none is near.
  static func nearMatches(_ typed: String, in network: DialogueNetwork) -> String? {
    let nodes = network.nodes
    var idsByName: [String: [String]] = [:]  // an id or a label → the ids it names
    for node in nodes {
      idsByName[node.id, default: []].append(node.id)
      if !node.label.isEmpty { idsByName[node.label, default: []].append(node.id) }
    }
    let names = Suggestions.nearest(to: typed, among: Array(idsByName.keys), limit: 20)
    var seen = Set<String>()
    let chosen = names.flatMap { idsByName[$0] ?? [] }.filter { seen.insert($0).inserted }.prefix(5)
    guard !chosen.isEmpty else { return nil }
    return chosen.compactMap { id in
      network.index(of: id).map { i in
        let label = nodes[i].label
        let shown = label.count > 40 ? String(label.prefix(39)) + "…" : label
        return label.isEmpty || label == id ? id : "\(id) (\(ResultTable.visible(shown)))"
      }
    }.joined(separator: ", ")
  }

  /// `text` in double quotes, safe for a one-line message.
  static func quoted(_ text: String) -> String {
    "\"" + ResultTable.visible(text).replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }
}
