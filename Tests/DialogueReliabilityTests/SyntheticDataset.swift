import Foundation

/// Large, valid datasets made up for load tests: member states, third countries and frameworks
/// (mobility partnerships, regional processes) linked by `participates-in` edges chosen by a fixed
/// linear congruential generator, so the same arguments always give the same bytes.
enum SyntheticDataset {
  /// Writes `nodes.csv` and `edges.csv` with `frameworks` framework nodes and `countries` countries,
  /// each country joining `perCountry` frameworks, into a new folder under `parent`.
  /// - Returns: the dataset folder.
  static func write(
    countries: Int, frameworks: Int, perCountry: Int, into parent: URL, name: String = "synthetic"
  )
    throws -> URL
  {
    let folder = parent.appendingPathComponent(name, isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    var nodes = "id,kind,label,start,citation,confidence\n"
    for c in 0..<countries {
      let kind = c % 3 == 0 ? "member-state" : "third-country"
      nodes += "c\(c),\(kind),Country \(c) <&> \"quoted\",2004-05-01,synthetic,seed\n"
    }
    for f in 0..<frameworks {
      let kind = f % 2 == 0 ? "mobility-partnership" : "regional-process"
      nodes += "f\(f),\(kind),Framework \(f),2008-06-05,synthetic,seed\n"
    }
    var edges = "id,source,target,kind,start,citation,confidence\n"
    var state: UInt64 = 0x2545_F491_4F6C_DD1D
    var edge = 0
    for c in 0..<countries {
      var joined = Set<Int>()
      while joined.count < min(perCountry, frameworks) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        joined.insert(Int((state >> 33) % UInt64(frameworks)))
      }
      for f in joined.sorted() {
        edges += "e\(edge),c\(c),f\(f),participates-in,2010-01-01,synthetic,seed\n"
        edge += 1
      }
    }
    try Data(nodes.utf8).write(to: folder.appendingPathComponent("nodes.csv"))
    try Data(edges.utf8).write(to: folder.appendingPathComponent("edges.csv"))
    return folder
  }
}
