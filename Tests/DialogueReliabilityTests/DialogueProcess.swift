import Foundation
import ProcessTestSupport
import Testing

/// Runs the real `dialogue` executable, as a user or a script would, and reports how it ended.
struct DialogueProcess {
  /// How a run ended and what it printed.
  struct Outcome: Sendable {
    /// The arguments, for messages.
    var arguments: [String]
    /// `.exit` or `.uncaughtSignal`.
    var reason: Process.TerminationReason
    /// The exit code, or the signal number when killed.
    var status: Int32
    var stdout: String
    var stderr: String

    /// Standard error split into lines (a trailing newline ends the last line).
    var stderrLines: [String] {
      stderr.split(separator: "\n", omittingEmptySubsequences: false).dropLast(stderr.hasSuffix("\n") ? 1 : 0)
        .map(String.init)
    }

    /// Signs of a crash rather than a reported error: a signal, a Swift runtime trap, a stack dump
    /// or a sanitizer report.
    var crashSigns: [String] {
      var signs: [String] = []
      if reason == .uncaughtSignal { signs.append("killed by signal \(status)") }
      for marker in [
        "Fatal error", "Stack dump", "Current stack trace", "Illegal instruction", "Segmentation fault",
        "AddressSanitizer", "💣",
      ]
      where stderr.contains(marker) {
        signs.append("stderr contains \"\(marker)\"")
      }
      return signs
    }

    /// One line describing the run, for failure messages.
    var summary: String {
      "dialogue \(arguments.joined(separator: " ")) → \(reason == .exit ? "exit" : "signal") \(status); stderr: \(stderr.prefix(600).debugDescription)"
    }
  }

  /// The `dialogue` binary (see `DialogueBinary`).
  static func binary() throws -> URL { try DialogueBinary.url() }

  /// A started `dialogue` whose output is being collected.
  final class Running: @unchecked Sendable {
    let arguments: [String]
    private let child: ChildProcess
    var process: Process { child.process }

    init(_ arguments: [String], in directory: URL) throws {
      self.arguments = arguments
      child = try ChildProcess(DialogueProcess.binary(), arguments, in: directory)
    }

    /// Sends `SIGKILL`: the process gets no chance to clean up.
    func kill() { child.kill() }

    /// Waits for the process to end (killing it after `timeout` seconds) and returns its outcome.
    func wait(timeout: TimeInterval = 300) -> Outcome {
      let ending = child.wait(timeout: timeout)
      return Outcome(
        arguments: arguments, reason: ending.reason, status: ending.status, stdout: ending.stdout,
        stderr: ending.stderr)
    }
  }

  /// The time of the shorter of two complete, successful runs of `dialogue arguments` in
  /// `directory`: a slow first run (cold caches, a busy machine) does not push the moments an
  /// interruption test picks past the end of the command.
  static func shorterOfTwoCompleteRuns(_ arguments: [String], in directory: URL) throws -> TimeInterval {
    var duration = TimeInterval.infinity
    for _ in 0..<2 {
      let started = Date()
      let complete = try run(arguments, in: directory)
      duration = min(duration, Date().timeIntervalSince(started))
      try #require(complete.reason == .exit && complete.status == 0, "\(complete.summary)")
    }
    return duration
  }

  /// Runs `dialogue arguments` in `directory` to the end.
  static func run(_ arguments: [String], in directory: URL, timeout: TimeInterval = 300) throws -> Outcome {
    try Running(arguments, in: directory).wait(timeout: timeout)
  }
}

/// Fresh folders under the system's temporary folder.
enum ScratchFolder {
  /// A new empty folder `dialogue-reliability-<purpose>-<uuid>`.
  static func make(_ purpose: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("dialogue-reliability-\(purpose)-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// The names in `folder`, hidden ones included, sorted.
  static func contents(of folder: URL) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
  }
}
