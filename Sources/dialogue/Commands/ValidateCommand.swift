import ArgumentParser
import DialogueGraph

/// `dialogue validate`: checks a dataset and prints a one-line summary.
struct ValidateCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "validate",
    abstract: "Check that a dataset loads: ids, kinds, dates, references, citations.",
    discussion: """
      Prints one line when the dataset is valid — "NAME: valid — N nodes, M edges, K kinds of node", where K \
      counts the kinds of nodes present — and exits with 0. Otherwise prints the first problem with \
      its file, line and column (every problem with --verbose) and exits with 1. Warns (on standard \
      error, exit status still 0) about frameworks and instruments with neither a start date nor a \
      status: undated, they hold on every date.

      Examples:
        dialogue validate
        dialogue validate --dataset Datasets/circular-migration-2007 --verbose
        dialogue validate --dataset my-edges.csv --format json
      """)

  @OptionGroup var dataset: DatasetOptions
  @OptionGroup var output: OutputOptions

  func run() throws {
    let network = try dataset.load(verbose: output.verbose)
    try output.emit(ValidationSummary(network).rendered(as: output.format))
    let undated = network.undatedWithoutStatus
    if !undated.isEmpty {
      let ids = undated.prefix(12).map { network.nodes[$0].id }.joined(separator: ", ")
      StandardStreams.writeError(
        "warning: \(undated.count) frameworks or instruments have neither a start date nor a status, so they hold on "
          + "every date: \(ids)\(undated.count > 12 ? ", …" : "") — give each the start the sources give, or a status.\n")
    }
  }
}
