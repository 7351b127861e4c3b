/// Look-ups the metrics share: nodes of a kind, framework kinds, ids a user typed.
extension DialogueNetwork {
  /// The indices of the nodes of `kind`, in file order.
  /// - Complexity: O(n).
  func nodeIndices(ofKind kind: String) -> [Int] {
    nodes.indices.filter { nodes[$0].kind == kind }
  }

  /// The framework kinds of the vocabulary, in its order.
  var frameworkKinds: [String] { vocabulary.frameworkKinds }

  /// Checks that `kind` is a framework kind.
  /// - Throws: ``MetricError/unknownFrameworkKind(_:valid:)`` naming the valid kinds.
  func requireFrameworkKind(_ kind: String) throws(MetricError) {
    guard vocabulary.isFramework(kind: kind) else { throw .unknownFrameworkKind(kind, valid: frameworkKinds) }
  }

  /// Checks that some node (at any date) has the vocabulary's member-state kind: the measures
  /// about member states answer nothing on a dataset without them, which must not read as "no gap".
  /// - Throws: ``MetricError/noNodes(ofKind:plural:)``.
  func requireMemberStates() throws(MetricError) {
    try requireNodes(ofKind: conventions.memberStateKind)
  }

  /// Checks that some node (at any date) has `kind`.
  /// - Throws: ``MetricError/noNodes(ofKind:plural:)``.
  public func requireNodes(ofKind kind: String) throws(MetricError) {
    guard nodes.contains(where: { $0.kind == kind }) else {
      throw .noNodes(ofKind: kind, plural: vocabulary.pluralLabel(ofKind: kind))
    }
  }

  /// The node index of a country id (aliases `EL`, `UK` accepted).
  /// - Throws: ``MetricError/unknownCountry(_:)`` if no country node has the id.
  func requireCountry(_ id: String) throws(MetricError) -> Int {
    guard let index = index(of: id), vocabulary.isCountry(kind: nodes[index].kind) else {
      throw .unknownCountry(id)
    }
    return index
  }

  /// `file:line` of a node's row.
  func origin(ofNode index: Int) -> String { nodes[index].origin.description }
}

/// The ISO code a user means by a two-letter id: upper-cased, with the EU's `EL` and `UK` read as
/// `GR` and `GB` (other ids are returned unchanged).
func countryCode(_ id: String) -> String {
  guard id.utf8.count == 2, id.allSatisfy({ $0.isASCII && $0.isLetter }) else { return id }
  let upper = id.uppercased()
  return upper == "EL" ? "GR" : upper == "UK" ? "GB" : upper
}
