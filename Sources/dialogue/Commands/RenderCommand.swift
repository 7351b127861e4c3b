import ArgumentParser
import DialogueGraph
import Foundation
import GraphvizRender
import NetworkDiagrams

/// `dialogue render`: a network diagram, drawn in-process by Graphviz.
struct RenderCommand: ParsableCommand {
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case svg, png, pdf, dot
  }

  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Draw the network as a diagram (SVG, PNG, PDF or Graphviz DOT).",
    discussion: """
      Shapes and colours show the kind of each actor or framework, line styles the kind of link; \
      a legend lists them. The same dataset and options always give the same file, byte for byte, \
      so diagrams can be kept under version control.

      Examples:
        dialogue render --output gamm.svg
        dialogue render --view two-mode --highlight disengaged --as-of 2013-12-31 --output mp.svg
        dialogue render --focus MD --radius 2 --output moldova.png
        dialogue render --view overview --page a4-landscape --output overview.pdf
        dialogue render --region eastern-partnership --colour-by community --page slide --output eap.svg

      --page fits the drawing to a printed page (12 mm margins) or a 16:9 slide: a compact layout \
      chosen by the page's shape (the two-mode and frameworks views put half the actors on either \
      side of the frameworks), labels wrapped (--label-width), the legend in a column of its own; a \
      frameworks view with too many actors to read keeps each framework and groups its actors by \
      kind and region (as the overview does); and a warning when a label would still print below \
      7 pt. The whole network of a large \
      dataset cannot be read on a page: --view overview draws one box per kind (countries per \
      region) with the number of links between them; 'dialogue explore' shows every node. \
      --region draws the region's neighbourhood: its countries, the frameworks they take part in \
      and those frameworks' actors.

      The format follows the output file's extension (.svg, .png, .pdf, .dot or .gv); --format is \
      needed only for standard output or another extension, and is an error when it contradicts \
      the extension.

      Exit status: 0 when the diagram is written; 3 when it is written but shows no link (an \
      empty view, e.g. a two-mode view of a framework kind no member state has joined on the \
      date) — a warning says so; 1 for bad input; 64 for bad usage; 73 when the file cannot be \
      written.
      """)

  @Option(
    name: .long,
    help: ArgumentHelp(
      "svg, png, pdf or dot (default: from the output file's extension, else svg).", valueName: "format"))
  var format: Format?

  @Option(name: [.short, .long], help: ArgumentHelp("The file to write ('-' = standard output).", valueName: "file"))
  var output: String

  @Flag(name: .shortAndLong, help: "Print no progress messages.")
  var quiet = false

  @OptionGroup var diagram: DiagramArguments
  @OptionGroup var filters: FilterOptions
  @OptionGroup var dataset: DatasetOptions

  /// The exit status of a diagram written with no link in it (see the help).
  static let emptyViewStatus: Int32 = 3

  func validate() throws {
    if output.isEmpty { throw ValidationError("--output needs a file path (or '-' for standard output).") }
    _ = try resolvedFormat()
  }

  /// The format asked for, or the one the output's extension names, or SVG.
  /// - Throws: `ValidationError` when `--format` contradicts the extension.
  func resolvedFormat() throws -> Format {
    let ext = output == "-" ? "" : URL(fileURLWithPath: output).pathExtension.lowercased()
    let inferred: Format? = ext == "gv" ? .dot : Format(rawValue: ext)
    if let format, let inferred, format != inferred {
      throw ValidationError(
        "--format \(format.rawValue) contradicts the output file's extension .\(ext): drop --format or rename the file."
      )
    }
    return format ?? inferred ?? .svg
  }

  func run() throws {
    let network = try dataset.loadWithoutVerboseOption()
    let options = try diagram.options(for: network, filters: filters)
    let data = try Self.render(network, options: options, format: try resolvedFormat(), quiet: quiet)
    if output == "-" {
      StandardStreams.writeOut([UInt8](data))
    } else {
      try OutputOptions.writeAtomically(data, to: output)
    }
    if let page = options.page {
      let svg =
        try resolvedFormat() == .svg
        ? String(decoding: data, as: UTF8.self)
        : String(decoding: try Self.render(network, options: options, format: .svg, quiet: true), as: UTF8.self)
      if let points = DiagramLegibility.smallestTextPoints(inSVG: svg), points < DiagramPage.minimumLabelPoints {
        StandardStreams.writeError(
          "dialogue: warning: fitted to \(page.rawValue), the smallest labels print at "
            + String(format: "%.1f", points) + " pt (less than 7 pt): draw a smaller view "
            + "(--view overview, --region, --focus, --hide-isolated, --node-kinds) or a larger page.\n")
      }
    }
    let content: (nodes: Int, links: Int)
    do { content = try NetworkDiagram.content(of: network, options: options) } catch {
      throw CommandFailure(error.description)
    }
    if content.links == 0 {
      StandardStreams.writeError(
        "dialogue: warning: the diagram shows no link (\(content.nodes) node\(content.nodes == 1 ? "" : "s")): "
          + "nothing in this view is connected on the date; written anyway, exit status 3.\n")
      throw ExitCode(Self.emptyViewStatus)
    }
  }

  /// Renders through the library, with progress on a terminal for long renders.
  static func render(_ network: DialogueNetwork, options: DiagramOptions, format: Format, quiet: Bool)
    throws(CommandFailure) -> Data
  {
    let progress = ProgressReporter(task: "drawing the diagram", enabled: !quiet)
    defer { progress.finish() }
    do {
      return try NetworkDiagram.render(network, options: options, format: OutputFormat(rawValue: format.rawValue))
    } catch {
      throw CommandFailure(error.description)
    }
  }
}
