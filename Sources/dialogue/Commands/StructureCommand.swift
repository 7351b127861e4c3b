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
      random order so results repeat; --resolution above 1 favours smaller groups, networkx \
      resolution); modularity measures how clear the split is (above 0.3 is clear)
        clustering: average clustering (networkx average_clustering) and transitivity
        diameter, radius: largest and smallest eccentricity within the largest component
        biconnected components: groups no single node's loss splits (networkx biconnected_components)
        local bridges: links whose ends share no neighbour, with their span — how many steps apart \
      the ends would be without the link (networkx local_bridges)
        --k-truss K: the part where every link lies on at least K − 2 triangles (networkx k_truss)
        --partition FILE: the modularity of your own grouping, a CSV with columns id,community \
      (networkx community.modularity)
        --directed: components and cores keep link directions (weakly connected components; core \
      numbers count in- plus out-links, as networkx), and strongly connected components are added; \
      bridges, cut points, clustering, communities and trusses are defined for undirected networks \
      and stay so

      JSON fields: nodes, components [[id]], bridges [[id, id]], articulationPoints [id], \
      cores {degeneracy, coreNumber {id: k}}, communities {method, seed, weighted, modularity, groups [[id]], \
      resolution}, clustering {average, transitivity}, diameter, radius, biconnectedComponents [[id]], \
      localBridges [[id, id, span, null when none, "not computed" with --skip-distances]], and when asked stronglyConnectedComponents [[id]], kTruss \
      {k, nodes, links}, partition {file, communities, modularity}; last, dataset and as_of. \
      CSV: one row per node (id, label, kind, component, core, community, articulationPoint); \
      components and communities are numbered largest first.

      Examples:
        dialogue structure
        dialogue structure --edge-kinds participates-in --seed 7
        dialogue structure --as-of 2013-12-31 --format json
        dialogue structure --k-truss 4 --partition my-groups.csv
        dialogue structure --directed --edge-kinds part-of
      """)

  @Option(
    name: .long,
    help: ArgumentHelp("Seed for the community search (same seed, same communities).", valueName: "n"))
  var seed: UInt64 = 1

  @Flag(name: .long, help: "Let link weights (summed over repeated links) shape the communities.")
  var weighted = false

  @Option(
    name: .long,
    help: ArgumentHelp(
      "Louvain resolution (networkx resolution, default 1): above 1, smaller communities.", valueName: "number"))
  var resolution = 1.0

  @Flag(name: .long, help: "Keep link directions for components and cores, and add strongly connected components.")
  var directed = false

  @Option(
    name: .customLong("k-truss"),
    help: ArgumentHelp("Report the k-truss for this k (networkx k_truss).", valueName: "k"))
  var kTruss: Int?

  @Option(
    name: .long,
    help: ArgumentHelp(
      "A CSV file with columns id,community: report the modularity of this grouping (networkx community.modularity).",
      valueName: "file"))
  var partition: String?

  @Flag(
    name: .long,
    help:
      "Skip diameter, radius and local-bridge spans (one search per node or per local bridge: slow beyond ~50,000 nodes)."
  )
  var skipDistances = false

  func validate() throws {
    if !(resolution >= 0 && resolution.isFinite) { throw ValidationError("--resolution must be a number ≥ 0.") }
    if let kTruss, kTruss < 2 { throw ValidationError("--k-truss must be at least 2.") }
  }

  @OptionGroup var dataset: DatasetOptions
  @OptionGroup var filters: FilterOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let network = try dataset.load(verbose: output.verbose)
    let view = try filters.view(of: network)
    let report = StructureReport(
      view: view, seed: seed, weighting: weighted ? .weighted : .unweighted, resolution: resolution, directed: directed,
      kTruss: kTruss, partitionFile: partition, distances: !skipDistances)
    var result = try output.progress("analysing the structure of \(view.nodeIndices.count) nodes").run {
      () throws(CommandFailure) in try report.result()
    }
    result.context = filters.context(for: network)
    try output.emit(result.rendered(as: output.format))
  }
}
