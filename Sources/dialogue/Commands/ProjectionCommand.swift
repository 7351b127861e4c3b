import ArgumentParser
import DialogueGraph

/// `dialogue projection`: who shares frameworks with whom.
struct ProjectionCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "projection",
    abstract:
      "Link nodes of one kind that share nodes of another kind (e.g. member states sharing frameworks).",
    discussion: """
      Turns the two-mode network "member state — framework" into a network of member states: two \
      member states are linked when they take part in at least one common framework. Any link \
      between the two kinds counts, in either direction (narrow it with --edge-kinds).

      Weightings:
      \(ProjectionWeightingChoice.allCases.map { "  \($0.rawValue): \($0.explanation)" }.joined(separator: "\n"))

      JSON: an array of {source, sourceLabel, target, targetLabel, weight, shared [id]}, heaviest \
      first, ties by ids.

      Examples:
        dialogue projection --onto member-state --via mobility-partnership
        dialogue projection --onto member-state --via mobility-partnership,common-agenda --weighting jaccard
        dialogue projection --onto third-country --via regional-process --edge-kinds participates-in --format csv
      """)

  @Option(name: .long, help: ArgumentHelp("The kind of nodes to link, e.g. member-state.", valueName: "kind"))
  var onto: String

  @Option(
    name: .long, parsing: .singleValue,
    help: ArgumentHelp(
      "The kind(s) of nodes they share, e.g. mobility-partnership (comma-separated).", valueName: "kinds"))
  var via: [String]

  @Option(
    name: .long,
    help: ArgumentHelp(
      "How to weigh a link: \(ProjectionWeightingChoice.allCases.map(\.rawValue).joined(separator: ", ")).",
      valueName: "weighting"))
  var weighting: ProjectionWeightingChoice = .count

  @OptionGroup var dataset: DatasetOptions
  @OptionGroup var filters: FilterOptions
  @OptionGroup var output: OutputOptions

  func validate() throws {
    if onto.trimmingCharacters(in: .whitespaces).isEmpty {
      throw ValidationError("--onto needs a node kind.")
    }
    if FilterOptions.split(via) == nil { throw ValidationError("--via needs at least one node kind.") }
  }

  func run() throws {
    let network = try dataset.load(verbose: output.verbose)
    let view = try filters.view(of: network)
    let projection = ProjectionTable(
      view: view, onto: [onto.trimmingCharacters(in: .whitespaces)], via: FilterOptions.split(via) ?? [],
      weighting: weighting)
    try output.emit(try projection.table(), about: filters.context(for: network))
  }
}

extension ProjectionWeightingChoice: ExpressibleByArgument {}
