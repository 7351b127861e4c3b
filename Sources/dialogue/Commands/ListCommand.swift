import ArgumentParser
import DialogueGraph

/// `dialogue list nodes|edges`: the rows of the dataset that pass the filters.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the nodes or the links of the network, with filters.",
    discussion: """
      Nodes are the actors, frameworks, agreements, projects, events, themes and regions; links \
      (edges) are the dated, sourced relations between them. Each row shows where it comes from \
      (citation) and its line in the dataset (origin).

      Examples:
        dialogue list nodes --kinds member-state
        dialogue list edges --edge-kinds participates-in --node MD
        dialogue list nodes --kinds mobility-partnership --as-of 2013 --format csv
      """)

  /// What to list.
  enum Subject: String, ExpressibleByArgument, CaseIterable {
    case nodes, edges
  }

  @Argument(help: ArgumentHelp("What to list: nodes or edges.", valueName: "nodes|edges"))
  var subject: Subject

  @Option(
    name: .long,
    help: ArgumentHelp(
      "With edges: only the links that touch this node (an id such as MD or prague-process; EL and UK are accepted for GR and GB).",
      valueName: "id"))
  var node: String?

  @OptionGroup var dataset: DatasetOptions
  @OptionGroup var filters: FilterOptions
  @OptionGroup var output: OutputOptions

  func validate() throws {
    if node != nil && subject == .nodes {
      throw ValidationError(
        "--node applies to 'list edges' (the links touching a node); for its neighbours use 'dialogue neighbors ID'."
      )
    }
  }

  func run() throws {
    let network = try dataset.load(verbose: output.verbose)
    let view = try filters.view(of: network)
    switch subject {
    case .nodes:
      try output.emit(ItemTables.nodes(view.nodeIndices, in: view), about: filters.context(for: network))
    case .edges:
      guard let node else {
        return try output.emit(ItemTables.edges(view.edgeIndices, in: view), about: filters.context(for: network))
      }
      let index = try NodeLookup.require(node, in: view)
      let touching = Set(view.incidentEdges(of: index).map(\.edge))
      try output.emit(
        ItemTables.edges(view.edgeIndices.filter(touching.contains), in: view), about: filters.context(for: network))
    }
  }
}
