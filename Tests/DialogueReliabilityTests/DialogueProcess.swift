import Foundation

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

  /// The `dialogue` binary: `DIALOGUE_BINARY` if set, else the file beside the running test bundle
  /// (the folder of `Bundle.main.executableURL` / `CommandLine.arguments[0]` or of the `.xctest`
  /// bundle): whatever `--scratch-path` built the tests also built the tool there.
  static func binary() throws -> URL {
    if let path = ProcessInfo.processInfo.environment["DIALOGUE_BINARY"], !path.isEmpty {
      return URL(fileURLWithPath: path)
    }
    var candidates: [URL] = []
    for start in [Bundle.main.executableURL, URL(fileURLWithPath: CommandLine.arguments[0])].compactMap({ $0 }
    ) {
      var folder = start.resolvingSymlinksInPath().deletingLastPathComponent()
      for _ in 0..<4 {
        candidates.append(folder.appendingPathComponent("dialogue"))
        folder = folder.deletingLastPathComponent()
      }
    }
    for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
      candidates.append(bundle.bundleURL.deletingLastPathComponent().appendingPathComponent("dialogue"))
    }
    if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) {
      return found
    }
    throw MissingBinary(searched: candidates.map(\.path))
  }

  /// The binary was not built next to the tests.
  struct MissingBinary: Error, CustomStringConvertible {
    let searched: [String]
    var description: String {
      "the dialogue executable was not found beside the test bundle (looked at \(searched.joined(separator: ", "))); "
        + "build it with the same --scratch-path (`swift build --product dialogue`) or set DIALOGUE_BINARY"
    }
  }

  /// A started process whose output is being collected.
  final class Running: @unchecked Sendable {
    // @unchecked: `output` and `errors` are written by their reader threads and read only after
    // both threads have finished (`finished` is signalled twice).
    let process = Process()
    let arguments: [String]
    private var output = Data()
    private var errors = Data()
    private let finished = DispatchSemaphore(value: 0)

    init(_ arguments: [String], in directory: URL) throws {
      self.arguments = arguments
      process.executableURL = try DialogueProcess.binary()
      process.arguments = arguments
      process.currentDirectoryURL = directory
      process.standardInput = FileHandle.nullDevice
      let out = Pipe()
      let err = Pipe()
      process.standardOutput = out
      process.standardError = err
      try process.run()
      // Drain both pipes while the process runs, so a large output cannot block it.
      Thread.detachNewThread { [self] in
        output = Running.readToEnd(out.fileHandleForReading.fileDescriptor)
        finished.signal()
      }
      Thread.detachNewThread { [self] in
        errors = Running.readToEnd(err.fileHandleForReading.fileDescriptor)
        finished.signal()
      }
    }

    /// Reads a descriptor to its end with `read(2)`, retrying on `EINTR` (Foundation's
    /// `readDataToEndOfFile` traps when a signal such as `SIGCHLD` interrupts it).
    private static func readToEnd(_ descriptor: Int32) -> Data {
      var data = Data()
      var buffer = [UInt8](repeating: 0, count: 65_536)
      while true {
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count > 0 {
          data.append(contentsOf: buffer[0..<count])
        } else if count == 0 || errno != EINTR {
          return data
        }
      }
    }

    /// Sends `SIGKILL`: the process gets no chance to clean up.
    func kill() { Foundation.kill(process.processIdentifier, SIGKILL) }

    /// Waits for the process to end (killing it after `timeout` seconds) and returns its outcome.
    func wait(timeout: TimeInterval = 300) -> Outcome {
      let deadline = Date().addingTimeInterval(timeout)
      while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
      if process.isRunning { kill() }
      process.waitUntilExit()
      finished.wait()
      finished.wait()
      return Outcome(
        arguments: arguments, reason: process.terminationReason, status: process.terminationStatus,
        stdout: String(decoding: output, as: UTF8.self), stderr: String(decoding: errors, as: UTF8.self))
    }
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
