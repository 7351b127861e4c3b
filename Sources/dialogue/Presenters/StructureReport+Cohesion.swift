import DialogueGraph
import Foundation

/// The cohesion parts of `dialogue structure`: clustering, distances, biconnected components,
/// local bridges, strongly connected components (with `--directed`), a k-truss and the modularity
/// of a partition the analyst supplies — each from the core's algorithm of the networkx name.
struct StructureCohesion {
  var averageClustering = 0.0
  var transitivity = 0.0
  /// Diameter and radius of the largest component (`nil` without links).
  var diameter: Double?
  var radius: Double?
  var biconnected: [[Int]] = []
  var localBridges: [LocalBridge] = []
  /// Strongly connected components, with `--directed`.
  var strong: [[Int]]?
  var truss: (k: Int, result: KTruss)?
  var partition: (file: String, modularity: Double, communities: Int)?

  /// Computes every part on `undirected` (direction ignored) and, when given, `directed`.
  init(
    undirected graph: AdjacencyGraph, directed: AdjacencyGraph?, ids: [String], kTruss: Int?,
    partition: (file: String, labels: [Int])?, weighting: Weighting, resolution: Double, distances: Bool
  ) throws {
    averageClustering = try graph.averageClustering()
    transitivity = try graph.transitivity()
    let components = graph.connectedComponents()
    if distances, let largest = components.members.max(by: { $0.count < $1.count }), largest.count > 1 {
      let within = try graph.eccentricities(scope: .withinComponent)
      let values = largest.map { within[$0] }
      diameter = values.max()
      radius = values.min()
    }
    biconnected = try graph.biconnectedComponents()
    localBridges = try graph.localBridges(withSpan: distances)
    if let directed { strong = directed.stronglyConnectedComponents().members }
    if let kTruss { truss = (kTruss, try graph.kTruss(kTruss)) }
    if let partition {
      let modularity = try graph.modularity(of: partition.labels, weighting: weighting, resolution: resolution)
      self.partition = (partition.file, modularity, Set(partition.labels).count)
    }
  }

  /// Reads a partition file: CSV with a header `id,community` (other columns ignored); every node of
  /// the analysed network must appear once.
  static func partitionLabels(file: String, ids: [String]) throws(CommandFailure) -> [Int] {
    let name = URL(fileURLWithPath: file).lastPathComponent
    guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
      throw CommandFailure("\(file): cannot be read — expected a CSV file with columns id,community")
    }
    let lines = text.split(whereSeparator: \.isNewline).map { String($0) }
    guard let header = lines.first?.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }),
      let idColumn = header.firstIndex(of: "id"), let communityColumn = header.firstIndex(of: "community")
    else { throw CommandFailure("\(name):1: expected a header with the columns id and community") }
    var community: [String: String] = [:]
    for (number, line) in lines.enumerated().dropFirst() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
      let fields = line.split(separator: ",", omittingEmptySubsequences: false).map {
        $0.trimmingCharacters(in: .whitespaces)
      }
      guard fields.count > max(idColumn, communityColumn), !fields[idColumn].isEmpty else {
        throw CommandFailure("\(name):\(number + 1): expected an id and a community")
      }
      if community.updateValue(fields[communityColumn], forKey: fields[idColumn]) != nil {
        throw CommandFailure("\(name):\(number + 1): \(fields[idColumn]) is listed twice")
      }
    }
    if let missing = ids.first(where: { community[$0] == nil }) {
      throw CommandFailure(
        "\(name): node \(missing) of the analysed network has no community — every node needs one")
    }
    var numbers: [String: Int] = [:]
    return ids.map { id in
      let label = community[id]!
      if let n = numbers[label] { return n }
      numbers[label] = numbers.count
      return numbers.count - 1
    }
  }
}
