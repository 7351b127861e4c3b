import ArgumentParser
import DialogueGraph

/// `dialogue summary`: the size and shape of the network.
struct SummaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary",
    abstract: "Count nodes and links per kind; components, density and the period covered.",
    discussion: """
      Components and density are measured on the network with every pair of linked nodes counted \
      once (repeated links between the same two nodes merged, links of a node to itself ignored). \
      Density is the share of all possible pairs that are linked, from 0 to 1.

      JSON fields: dataset, asOf, nodes, edges, nodeKinds {kind: count}, edgeKinds {kind: count}, \
      linkedPairs, components, largestComponent, density, dateRange {earliest, latest}.

      Examples:
        dialogue summary
        dialogue summary --as-of 2013-06 --format json
        dialogue summary --region eastern-partnership
      """)

  @OptionGroup var dataset: DatasetOptions
  @OptionGroup var filters: FilterOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let network = try dataset.load(verbose: output.verbose)
    let view = try filters.view(of: network)
    var result = NetworkSummary(view: view).result()
    result.csvTable.context = filters.context(for: network)
    try output.emit(result.rendered(as: output.format))
  }
}
