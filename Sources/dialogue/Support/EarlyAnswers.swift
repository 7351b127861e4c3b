import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What the tool answers before ArgumentParser parses the command line: `--help` (with examples
/// verbatim, see ``HelpText``) and a misspelt command (with the nearest command names, exit 64).
enum EarlyAnswers {
  /// Prints help and exits 0, or reports an unknown command and exits 64; returns otherwise.
  static func answer(_ arguments: [String], root: any ParsableCommand.Type) {
    if let helped = HelpText.requestedCommand(in: arguments, root: root) {
      let width = TerminalWidth.forStandardOutput() ?? 80
      StandardStreams.writeOut(HelpText.message(for: helped, root: root, width: width) + "\n")
      exit(0)
    }
    guard let word = arguments.first, !word.hasPrefix("-"), word != "help" else { return }
    let names = root.configuration.subcommands.map { $0._commandName }
    guard !names.contains(word) else { return }
    let near = Suggestions.nearest(to: word, among: names, limit: 3)
    StandardStreams.writeError(
      "dialogue: error: unknown command \(NodeLookup.quoted(word))"
        + (near.isEmpty ? "" : " — did you mean \(near.map { "'\($0)'" }.joined(separator: " or "))?") + "\n"
        + "The commands are: \(names.joined(separator: ", ")). See 'dialogue --help'.\n")
    exit(CommandFailure.ExitStatus.usage.rawValue)
  }
}
