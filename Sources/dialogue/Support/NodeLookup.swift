import DialogueGraph

/// Finds a node a user typed, with messages that say what to try instead.
enum NodeLookup {
  /// The network index of `id` (EU aliases `EL`→`GR`, `UK`→`GB` and any letter case accepted for
  /// countries), which must also be kept by `view`.
  /// - Throws: ``CommandFailure`` (exit 1) for an unknown id or a node the filters leave out.
  static func require(_ id: String, in view: NetworkView) throws(CommandFailure) -> Int {
    let network = view.network
    guard let index = network.index(of: id) else {
      let lowered = id.lowercased()
      let similar = network.nodes.filter {
        $0.id.lowercased().contains(lowered) || $0.label.lowercased().contains(lowered)
      }
      .prefix(5).map(\.id)
      let hint =
        similar.isEmpty ? "see 'dialogue list nodes'" : "did you mean \(similar.joined(separator: ", "))?"
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

  /// `text` in double quotes, safe for a one-line message.
  static func quoted(_ text: String) -> String {
    "\"" + ResultTable.visible(text).replacingOccurrences(of: "\"", with: "\\\"") + "\""
  }
}
