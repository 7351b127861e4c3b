import ArgumentParser
import DialogueGraph

/// `dialogue neighbors ID`: who a node is linked to, how, when, and on what source.
struct NeighborsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "neighbors",
    abstract: "Show the nodes linked to one node, with the kind, dates and source of every link.",
    discussion: """
      One row per link touching the node, in dataset order. 'direction' says how the link reads: \
      "out" when the node is its subject (MD participates-in prague-process), "in" when it is the \
      object.

      JSON fields: neighbor, neighborLabel, neighborKind, direction, kind, role, start, end, status, \
      citation, edge.

      Examples:
        dialogue neighbors MD
        dialogue neighbors prague-process --edge-kinds participates-in --as-of 2013-12-31
        dialogue neighbors EL --format json
      """)

  @Argument(
    help: ArgumentHelp(
      "The node: an id such as MD, DE or mp-moldova (EL and UK work for GR and GB).", valueName: "id"))
  var id: String

  @OptionGroup var dataset: DatasetOptions
  @OptionGroup var filters: FilterOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let network = try dataset.load(verbose: output.verbose)
    let view = try filters.view(of: network)
    let index = try NodeLookup.require(id, in: view)
    try output.emit(NeighborTable.table(of: index, in: view), about: filters.context(for: network))
  }
}
