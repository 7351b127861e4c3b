import ArgumentParser
import DialogueGraph

/// `dialogue diff`: what changed between two dates.
struct DiffCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "diff",
    abstract: "List the nodes and links that appear or disappear between two dates.",
    discussion: """
      Compares the network as it stood on --from with the network on --to (a month or a year means \
      its last day: --from 2012 is 31 December 2012). A member state appears on its accession date; \
      a link appears on its start date and disappears on its end date. Undated nodes and links hold \
      on every date, so they never appear in a diff.

      JSON: an array of {change, item, id, kind, description, start, end, citation}; nodes before \
      links, added before removed, dataset order within each.

      Examples:
        dialogue diff --from 2011-12-31 --to 2013-12-31
        dialogue diff --from 2012 --to 2013 --edge-kinds participates-in
        dialogue diff --from 2013-06-30 --to 2013-07-01 --kinds member-state --format json
      """)

  @Option(
    name: .long, help: ArgumentHelp("The earlier date (YYYY-MM-DD, YYYY-MM or YYYY).", valueName: "date"))
  var from: DateArgument

  @Option(name: .long, help: ArgumentHelp("The later date.", valueName: "date"))
  var to: DateArgument

  @OptionGroup var dataset: DatasetOptions
  @OptionGroup var filters: FilterOptions
  @OptionGroup var output: OutputOptions

  func validate() throws {
    if filters.date.asOf != nil { throw ValidationError("diff compares --from and --to; --as-of does not apply.") }
    if to.day < from.day { throw ValidationError("--to (\(to)) is before --from (\(from)).") }
  }

  func run() throws {
    let network = try dataset.load(verbose: output.verbose)
    let old: NetworkView
    let new: NetworkView
    do {
      old = try network.view(
        asOf: from.day, nodeKinds: filters.nodeKindSet, edgeKinds: filters.edgeKindSet, region: filters.region
      )
      new = try network.view(
        asOf: to.day, nodeKinds: filters.nodeKindSet, edgeKinds: filters.edgeKindSet, region: filters.region)
    } catch {
      throw CommandFailure(FilterOptions.explain(error, network: network))
    }
    var context = OutputContext(dataset: network.name, asOf: to.day, filters: ["changes since \(from.day)"] + filters.phrases)
    context.asOfIsReferenceDate = false
    try output.emit(DiffTable.table(NetworkDiff(from: old, to: new), from: old, to: new), about: context)
  }
}
