import DialogueGraph

/// Why a command stopped, with the lines to print and the exit code to return.
///
/// Every failure the tool reports (other than usage mistakes, which ArgumentParser reports with
/// exit code 64) becomes one of these: the root command prints each line as
/// `dialogue: error: <line>` on standard error and exits with ``exitCode``. No stack trace, no
/// signal.
struct CommandFailure: Error, CustomStringConvertible {
  /// The exit codes the tool uses.
  enum ExitStatus: Int32 {
    /// Bad input: a dataset that does not load, an unknown id, kind or region, an algorithm that
    /// cannot run on the data.
    case badInput = 1
    /// Bad usage (`EX_USAGE` from sysexits.h), the code ArgumentParser uses for `ValidationError`.
    case usage = 64
    /// The result could not be written (`EX_CANTCREAT`).
    case cannotWrite = 73
  }

  /// The lines to print, the first being the main message.
  let lines: [String]
  /// How the process ends.
  let status: ExitStatus

  init(_ message: String, status: ExitStatus = .badInput) {
    self.lines = [message]
    self.status = status
  }

  init(lines: [String], status: ExitStatus = .badInput) {
    self.lines = lines.isEmpty ? ["unknown error"] : lines
    self.status = status
  }

  var description: String { lines.joined(separator: "\n") }
}

extension CommandFailure {
  /// A dataset that did not load, every problem prefixed with the dataset's folder as the user
  /// named it (`Datasets/x/edges.csv:12:3: …`).
  ///
  /// - Parameters:
  ///   - folder: the folder the problem's file name is relative to (`nil` to leave it as is).
  ///   - verbose: list every problem kept by the loader; otherwise the first and a count.
  ///   - hint: how to see every problem, for the summary line (`use --verbose`).
  static func dataset(
    _ error: DatasetError, folder: String?, verbose: Bool, hint: String = "use --verbose"
  ) -> CommandFailure {
    switch error {
    case .missingFile, .unreadable:
      return CommandFailure(error.description)
    case .invalid(let problems, let total):
      let located = problems.map { problem -> String in
        guard let folder, !folder.isEmpty else { return problem.description }
        return (folder.hasSuffix("/") ? folder : folder + "/") + problem.description
      }
      guard let first = located.first else { return CommandFailure("the dataset is invalid") }
      if verbose {
        var lines = located
        if total > problems.count { lines.append("(and \(total - problems.count) more problems not listed)") }
        return CommandFailure(lines: lines)
      }
      let more = total - 1
      return CommandFailure(
        more > 0 ? "\(first) (and \(more) more problem\(more == 1 ? "" : "s"); \(hint))" : first)
    }
  }

  /// An algorithm that could not run, with node indices of the analysed graph named by id.
  static func algorithm(_ error: any Error, nodeIds: [String]) -> CommandFailure {
    if case GraphAlgorithmError.nonPositiveWeight(let source, let target, let weight) = error,
      nodeIds.indices.contains(source), nodeIds.indices.contains(target)
    {
      return CommandFailure(
        "the link \(nodeIds[source])–\(nodeIds[target]) has weight \(weight): with --weighted, path-based measures "
          + "read weights as distances and need every weight > 0 — drop --weighted or fix the weights")
    }
    return CommandFailure(String(describing: error))
  }
}
