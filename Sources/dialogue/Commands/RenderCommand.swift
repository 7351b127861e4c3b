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
        dialogue render --focus MD --radius 2 --format png --output moldova.png
      """)

  @Option(name: .long, help: ArgumentHelp("svg (default), png, pdf or dot.", valueName: "format"))
  var format: Format = .svg

  @Option(name: [.short, .long], help: ArgumentHelp("The file to write ('-' = standard output).", valueName: "file"))
  var output: String

  @Flag(name: .shortAndLong, help: "Print no progress messages.")
  var quiet = false

  @OptionGroup var diagram: DiagramArguments
  @OptionGroup var filters: FilterOptions
  @OptionGroup var dataset: DatasetOptions

  func validate() throws {
    if output.isEmpty { throw ValidationError("--output needs a file path (or '-' for standard output).") }
  }

  func run() throws {
    let network = try dataset.loadWithoutVerboseOption()
    let options = try diagram.options(for: network, filters: filters)
    let data = try Self.render(network, options: options, format: format, quiet: quiet)
    if output == "-" {
      StandardStreams.writeOut([UInt8](data))
    } else {
      try OutputOptions.writeAtomically(data, to: output)
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
