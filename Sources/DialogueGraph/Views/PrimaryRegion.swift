extension DialogueNetwork {
  /// The region each country is drawn in: the target of its first link of the conventions'
  /// in-region kind (in dataset row order) that a view of `asOf` shows (``Presence/isShown(asOf:)``:
  /// on a date, what holds; with no date, every link, the prospective ones too). A country in several regions (Moldova: Eastern Partnership and the
  /// Prague Process area, say) gets the one listed first; countries in none are absent.
  ///
  /// One rule for every picture that needs a single region per country: region boxes, the region
  /// groups of the overview diagram, colouring by region.
  /// - Returns: region node index by country node index.
  /// - Complexity: O(m).
  public func primaryRegions(asOf: Day?) -> [Int: Int] {
    var result: [Int: Int] = [:]
    for (e, edge) in edges.enumerated() where edge.kind == conventions.inRegionEdgeKind {
      guard presence(ofEdge: e, asOf: asOf).isShown(asOf: asOf) else { continue }
      let country = sourceIndices[e]
      guard vocabulary.isCountry(kind: nodes[country].kind), result[country] == nil else { continue }
      result[country] = targetIndices[e]
    }
    return result
  }
}
