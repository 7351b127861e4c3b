import ArgumentParser
import DialogueGraph

/// `--help` with its examples printed verbatim.
///
/// ArgumentParser wraps help at the terminal's width, which breaks an example command in two (copy
/// and paste then runs half of it) and cuts formulas mid-parenthesis. So the help is asked of
/// ArgumentParser unwrapped, then wrapped here: every line of an `Examples:` block is printed as
/// written, however wide; prose is wrapped at spaces, preferring spaces outside parentheses; option
/// descriptions keep their hanging indent.
enum HelpText {
  /// The command that `arguments` ask help for (`dialogue coverage themes --help`,
  /// `dialogue help neighbors`), or `nil` when they do not ask for help.
  static func requestedCommand(in arguments: [String], root: any ParsableCommand.Type) -> (any ParsableCommand.Type)? {
    let asksHelp = arguments.first == "help" || arguments.contains("--help") || arguments.contains("-h")
    guard asksHelp else { return nil }
    var command = root
    for word in arguments where word != "help" && !word.hasPrefix("-") {
      guard let sub = command.configuration.subcommands.first(where: { $0._commandName == word }) else { break }
      command = sub
    }
    return command
  }

  /// The help of `command`, wrapped to `width` with examples verbatim.
  static func message(for command: any ParsableCommand.Type, root: any ParsableCommand.Type, width: Int) -> String {
    let raw = root.helpMessage(for: command, columns: 1_000_000)
    var out: [String] = []
    var inExamples = false
    for line in raw.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      let trimmed = line.drop { $0 == " " }
      if trimmed.isEmpty {
        inExamples = false
        out.append("")
        continue
      }
      if inExamples && line.hasPrefix(" ") {
        out.append(line)
        continue
      }
      if trimmed.hasSuffix("Examples:") { inExamples = true }
      out.append(wrap(line, to: width))
    }
    return out.joined(separator: "\n")
  }

  /// The examples of `command`'s help, as written (without their indentation).
  static func examples(of command: any ParsableCommand.Type, root: any ParsableCommand.Type) -> [String] {
    var examples: [String] = []
    var inExamples = false
    for line in root.helpMessage(for: command, columns: 1_000_000).split(
      separator: "\n", omittingEmptySubsequences: false)
    {
      let trimmed = String(line.drop { $0 == " " })
      if trimmed.isEmpty {
        inExamples = false
      } else if inExamples && line.hasPrefix(" ") {
        examples.append(trimmed)
      } else if trimmed.hasSuffix("Examples:") {
        inExamples = true
      }
    }
    return examples
  }

  /// One line wrapped to `width`, continuation lines indented like an option's description (the
  /// column after the first gap of two or more spaces) or like the line itself.
  static func wrap(_ line: String, to width: Int) -> String {
    guard line.count > width else { return line }
    let characters = Array(line)
    let leading = characters.prefix { $0 == " " }.count
    var hanging = leading
    if leading > 0 {
      var i = leading
      while i + 1 < characters.count, !(characters[i] == " " && characters[i + 1] == " ") { i += 1 }
      var j = i
      while j < characters.count, characters[j] == " " { j += 1 }
      if j < characters.count, j <= 40 { hanging = j }
    }
    if width - hanging < 20 { hanging = leading }  // too narrow for the hanging indent
    let body = String(characters[leading...])
    guard width - max(leading, hanging) >= 10 else { return line }
    // The first line has `leading` spaces, the others `hanging`: the first line is cut at its own
    // width, the rest wrapped at theirs.
    let firstCut = ResultTable.wrap(body, to: width - leading).split(separator: "\n", maxSplits: 1)
    guard let first = firstCut.first else { return line }
    var lines = [String(repeating: " ", count: leading) + first]
    if firstCut.count > 1 {
      let rest = String(body.dropFirst(first.count)).drop { $0 == " " }
      for text in ResultTable.wrap(String(rest), to: width - hanging).split(separator: "\n") {
        lines.append(String(repeating: " ", count: hanging) + text)
      }
    }
    return lines.joined(separator: "\n")
  }
}
