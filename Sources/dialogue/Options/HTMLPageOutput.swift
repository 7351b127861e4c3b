import ArgumentParser
import Foundation

/// `--output FILE|-` and `--quiet`, for the commands that write one HTML page (`report`,
/// `explore`): the file is written atomically, `-` writes to standard output.
struct HTMLPageOutput: ParsableArguments {
  @Option(
    name: [.short, .long],
    help: ArgumentHelp(
      "The HTML file to write ('-' = standard output). Default: report.html for report, explorer.html for explore, in the current folder.",
      valueName: "file"))
  var output: String?

  @Flag(name: .shortAndLong, help: "Print no progress messages.")
  var quiet = false

  func validate() throws {
    if let output, output.isEmpty { throw ValidationError("--output needs a file path (or '-' for standard output).") }
  }

  /// Writes `html` to `--output`, or to `defaultFile` when the option is absent.
  func write(_ html: String, defaultFile: String) throws {
    let destination = output ?? defaultFile
    if destination == "-" {
      StandardStreams.writeOut(html)
    } else {
      try OutputOptions.writeAtomically(Data(html.utf8), to: destination)
    }
  }
}
