import ArgumentParser
import DialogueGraph

/// `dialogue structure`: how the network holds together.
struct StructureCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "structure",
    abstract: "Components, bridges, cut points, cores and communities of the network.",
    discussion: """
      All parts use the network with every pair of linked nodes counted once (repeated links merged, \
      links of a node to itself ignored, directions ignored).
        components: groups of nodes joined by some chain of links
        bridges: single links whose loss would split a group (two links between the same pair are \
      not a bridge: losing one leaves the other)
        articulation points: nodes whose loss would split a group (brokers nobody can bypass)
        cores: the k-core is the largest part where everyone has ≥ k links inside it
        communities: groups more densely linked inside than chance (Louvain method; --seed fixes the \
      random order so results repeat); modularity measures how clear the split is (above 0.3 is clear)

      JSON fields: nodes, components [[id]], bridges [[id, id]], articulationPoints [id], \
      cores {degeneracy, coreNumber {id: k}}, communities {method, seed, weighted, modularity, groups [[id]]}. \
      CSV: one row per node (id, label, kind, component, core, community, articulationPoint); \
      components and communities are numbered largest first.

      Examples:
        dialogue structure
        dialogue structure --edge-kinds participates-in --seed 7
        dialogue structure --as-of 2013-12-31 --format json
      """)

  @Option(
    name: .long,
    help: ArgumentHelp("Seed for the community search (same seed, same communities).", valueName: "n"))
  var seed: UInt64 = 1

  @Flag(name: .long, help: "Let link weights (summed over repeated links) shape the communities.")
  var weighted = false

  @OptionGroup var dataset: DatasetOptions
  @OptionGroup var filters: FilterOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let network = try dataset.load(verbose: output.verbose)
    let view = try filters.view(of: network)
    let report = StructureReport(view: view, seed: seed, weighting: weighted ? .weighted : .unweighted)
    let result = try output.progress("analysing the structure of \(view.nodeIndices.count) nodes").run {
      () throws(CommandFailure) in try report.result()
    }
    try output.emit(result.rendered(as: output.format))
  }
}
