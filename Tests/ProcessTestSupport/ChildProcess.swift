import Foundation

/// A started child process whose standard output and error are drained while it runs (so a large
/// output cannot block it), and how it ended. Used by every test that runs the real binary or a
/// shell script around it.
public final class ChildProcess: @unchecked Sendable {
  // @unchecked: `output` and `errors` are written by their reader threads and read only after
  // both threads have finished (`finished` is signalled twice).
  public let process = Process()
  private var output = Data()
  private var errors = Data()
  private let finished = DispatchSemaphore(value: 0)

  /// How a run ended and what it printed.
  public struct Ending: Sendable {
    /// `.exit` or `.uncaughtSignal`.
    public var reason: Process.TerminationReason
    /// The exit code, or the signal number when killed.
    public var status: Int32
    public var stdout: String
    public var stderr: String
  }

  /// Starts `executable` with `arguments` in `directory`, standard input from /dev/null;
  /// `environment` replaces the inherited one when given.
  public init(
    _ executable: URL, _ arguments: [String], in directory: URL, environment: [String: String]? = nil
  ) throws {
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    if let environment { process.environment = environment }
    process.standardInput = FileHandle.nullDevice
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    Thread.detachNewThread { [self] in
      output = Self.readToEnd(out.fileHandleForReading.fileDescriptor)
      finished.signal()
    }
    Thread.detachNewThread { [self] in
      errors = Self.readToEnd(err.fileHandleForReading.fileDescriptor)
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
  public func kill() { Foundation.kill(process.processIdentifier, SIGKILL) }

  /// Waits for the process to end (killing it after `timeout` seconds) and for its output.
  public func wait(timeout: TimeInterval = 300) -> Ending {
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
    if process.isRunning { kill() }
    process.waitUntilExit()
    finished.wait()
    finished.wait()
    return Ending(
      reason: process.terminationReason, status: process.terminationStatus,
      stdout: String(decoding: output, as: UTF8.self), stderr: String(decoding: errors, as: UTF8.self))
  }
}
