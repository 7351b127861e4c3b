import ArgumentParser
import DialogueGraph

/// Options that narrow the network to a date, kinds of nodes and links, or a region.
struct FilterOptions: ParsableArguments {
  @OptionGroup var date: AsOfOptions

  @Option(
    name: .long, parsing: .singleValue,
    help: ArgumentHelp(
      "Keep only nodes of these kinds (comma-separated, repeatable), e.g. member-state,mobility-partnership.",
      valueName: "kinds"))
  var kinds: [String] = []

  @Option(
    name: .long, parsing: .singleValue,
    help: ArgumentHelp(
      "Keep only links of these kinds (comma-separated, repeatable), e.g. participates-in.",
      valueName: "kinds"))
  var edgeKinds: [String] = []

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Keep only the countries in this region (a region id such as eastern-partnership); other actors stay.",
      valueName: "id"))
  var region: String?

  func validate() throws {
    for list in [kinds, edgeKinds]
    where list.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
      throw ValidationError("--kinds and --edge-kinds need kind ids, e.g. --kinds member-state")
    }
    if let region, region.isEmpty { throw ValidationError("--region needs a region id") }
  }

  /// The node kinds asked for (`nil` = all).
  var nodeKindSet: Set<String>? { FilterOptions.split(kinds) }
  /// The edge kinds asked for (`nil` = all).
  var edgeKindSet: Set<String>? { FilterOptions.split(edgeKinds) }

  /// Splits repeated, comma-separated values; `nil` when none were given.
  static func split(_ values: [String]) -> Set<String>? {
    let items = values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
      .filter { !$0.isEmpty }
    return items.isEmpty ? nil : Set(items)
  }

  /// The filters as phrases for an output's title (`kinds member-state`, `region eastern-partnership`).
  var phrases: [String] {
    var result: [String] = []
    if let kinds = nodeKindSet { result.append("kinds " + kinds.sorted().joined(separator: ",")) }
    if let kinds = edgeKindSet { result.append("link kinds " + kinds.sorted().joined(separator: ",")) }
    if let region { result.append("region " + region) }
    return result
  }

  /// What an output of these filters is about.
  func context(for network: DialogueNetwork) -> OutputContext { date.context(for: network, filters: phrases) }

  /// The view of `network` these filters describe; with `applyingKinds == false`, every node kind is
  /// kept (the kinds are still checked against the vocabulary) so that a caller can compute on the
  /// whole view and show only `--kinds`.
  func view(of network: DialogueNetwork, applyingKinds: Bool = true) throws(CommandFailure) -> NetworkView {
    do {
      if !applyingKinds, let kinds = nodeKindSet {
        _ = try network.view(nodeKinds: kinds)  // an unknown kind is still an error
      }
      return try network.view(
        asOf: date.resolve(for: network).day, nodeKinds: applyingKinds ? nodeKindSet : nil, edgeKinds: edgeKindSet, region: region)
    } catch {
      throw CommandFailure(FilterOptions.explain(error, network: network))
    }
  }

  /// A message for a filter the network does not know, listing what it does know.
  static func explain(_ error: ViewError, network: DialogueNetwork) -> String {
    switch error {
    case .unknownNodeKind:
      return "\(error) (\(network.vocabulary.nodeKinds.map(\.id).joined(separator: ", ")))"
    case .unknownEdgeKind:
      return "\(error) (\(network.vocabulary.edgeKinds.map(\.id).joined(separator: ", ")))"
    case .unknownRegion:
      let regions = network.nodes.filter { $0.kind == network.conventions.regionKind }.map(\.id)
      return regions.isEmpty ? "\(error)" : "\(error) such as \(regions.prefix(8).joined(separator: ", "))"
    case .unknownConfidence:
      return "\(error)"
    }
  }
}
